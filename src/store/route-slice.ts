/** The current route, mirrored from the URL hash (the URL is the source of truth; back/forward work). */
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

export const createRouteSlice: StateCreator<DashboardState, [], [], RouteSlice> = (set) => ({
  route: DEFAULT_ROUTE,
  navigate: (route, options) => {
    const hash = formatHash(route);
    if (typeof window === 'undefined') {
      set({ route: parseHash(hash) });
      return;
    }
    if (options?.replace) window.history.replaceState(null, '', hash);
    else window.history.pushState(null, '', hash);
    set({ route: parseHash(hash) });
  },
  syncRoute: (hash) => set({ route: parseHash(hash) }),
});
