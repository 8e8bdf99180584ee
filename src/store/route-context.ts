/**
 * The route a view reads, and the display unit: one source for both. The route is the URL's, unless an ancestor
 * overrides it (the printed deck handout renders several saved views at once, each with its own route; the presenter's
 * window renders the projected slide). Every view, slide, print stamp, export and speaker note takes its unit from
 * `useDisplayUnit()` (or `displayUnitOf` outside React), so a slide saved in 元 prints in 元 and is stamped 元.
 */
import { createContext, useContext } from 'react';

import type { FinalAccounts } from '@/domain/final-accounts.types';
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

/** The display unit of `route` (`unit=元` or `unit=万元`), else the document's unit, else 万元. Pure. */
export function displayUnitOf(route: Route, accounts: FinalAccounts | null): MoneyUnit {
  const u = route.params['unit'];
  if (u === '元' || u === '万元') return u;
  return accounts?.meta.unit ?? '万元';
}

/** The display unit of the route in effect (the override's, else the URL's). */
export function useDisplayUnit(): MoneyUnit {
  const route = useRoute();
  const accounts = useDashboardStore(selectActiveAccounts);
  return displayUnitOf(route, accounts);
}
