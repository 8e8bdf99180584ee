/**
 * Renders its children as if `route` were the URL's route: views, figures (their unit and links), audit badges and
 * stamps all read this route and its display unit. Used by the handout (each slide its own saved view) and the
 * presenter's window (the projected slide beside the notes).
 */
import type { ReactNode } from 'react';

import { RouteOverrideContext } from '@/store/route-context';
import type { Route } from '@/store/route';

import { DocumentProvider } from './provider';

export function RouteScope({ route, children }: { readonly route: Route; readonly children: ReactNode }) {
  return (
    <RouteOverrideContext.Provider value={route}>
      <DocumentProvider>{children}</DocumentProvider>
    </RouteOverrideContext.Provider>
  );
}
