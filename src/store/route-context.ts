/**
 * The route a view reads: the URL's, unless an ancestor overrides it (the printed deck handout renders several saved
 * views at once, each with its own route).
 */
import { createContext, useContext } from 'react';

import type { MoneyUnit } from '@/domain/money';

import { useDashboardStore } from './index';
import type { Route } from './route';
import { selectActiveAccounts, selectRoute } from './selectors';

export const RouteOverrideContext = createContext<Route | null>(null);

export function useRoute(): Route {
  const override = useContext(RouteOverrideContext);
  const route = useDashboardStore(selectRoute);
  return override ?? route;
}

/** The display unit of the route in effect (`unit=元`), else the document's unit. */
export function useDisplayUnit(): MoneyUnit {
  const route = useRoute();
  const accounts = useDashboardStore(selectActiveAccounts);
  const u = route.params['unit'];
  if (u === '元' || u === '万元') return u;
  return accounts?.meta.unit ?? '万元';
}
