/**
 * The current route, mirrored from the URL hash (the URL is the source of truth; back/forward work). A `doc=<id>`
 * param selects the active document when that document is loaded.
 */
import type { StateCreator } from 'zustand';

import type { DashboardState } from './index';
import type { Route } from './route';
import { DEFAULT_ROUTE, formatHash, parseHash } from './route';

export interface RouteSlice {
  readonly route: Route;
  /** Pushes (or replaces) the hash; the hashchange listener then updates `route`. */
  readonly navigate: (route: Route, options?: { readonly replace?: boolean }) => void;
  /** Reads the hash into `route` (called on start and on every hashchange). */
  readonly syncRoute: (hash: string) => void;
}

/** The route of `hash`, and the active document it names (`doc=<id>`) when that document is loaded. */
function routeState(s: DashboardState, hash: string): Partial<DashboardState> {
  const route = parseHash(hash);
  const doc = route.params['doc'];
  return doc && doc !== s.activeId && s.documents.some((d) => d.id === doc)
    ? { route, activeId: doc }
    : { route };
}

export const createRouteSlice: StateCreator<DashboardState, [], [], RouteSlice> = (set) => ({
  route: DEFAULT_ROUTE,
  navigate: (route, options) => {
    const hash = formatHash(route);
    if (typeof window !== 'undefined') {
      if (options?.replace) window.history.replaceState(null, '', hash);
      else window.history.pushState(null, '', hash);
    }
    set((s) => routeState(s, hash));
  },
  syncRoute: (hash) => set((s) => routeState(s, hash)),
});
