/**
 * The one store: typed slices combined here, and the only place middleware is applied.
 * Source facts only (documents, the route, preferences); everything else is derived (selectors.ts).
 */
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';

import type { DocumentsSlice } from './documents-slice';
import { createDocumentsSlice } from './documents-slice';
import type { ImportSlice } from './import-slice';
import { createImportSlice } from './import-slice';
import type { RouteSlice } from './route-slice';
import { createRouteSlice } from './route-slice';
import type { UiSlice } from './ui-slice';
import { createUiSlice } from './ui-slice';

export type DashboardState = DocumentsSlice & ImportSlice & RouteSlice & UiSlice;

/**
 * What persists in localStorage: the presenter decks and whether storage persistence was asked for; never documents
 * (imported ones live in IndexedDB, see import-slice.ts) or the route (an exhaustive, typed map).
 */
export const PERSISTED: Readonly<Record<keyof UiSlice, boolean>> = {
  decks: true,
  setDeck: false,
  storagePersistAsked: true,
  setStoragePersistAsked: false,
};

export const STORE_VERSION = 1;

/**
 * localStorage that skips a write when the persisted part is unchanged: zustand's persist writes on every set(),
 * and a navigation changes only the route (not persisted), so each step would otherwise pay a synchronous write.
 */
function unchangedWritesSkipped(storage: Storage): Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> {
  const last = new Map<string, string>();
  return {
    getItem: (key) => storage.getItem(key),
    setItem: (key, value) => {
      if (last.get(key) === value) return;
      storage.setItem(key, value);
      last.set(key, value);
    },
    removeItem: (key) => {
      last.delete(key);
      storage.removeItem(key);
    },
  };
}

export const useDashboardStore = create<DashboardState>()(
  persist(
    (...a) => ({
      ...createDocumentsSlice(...a),
      ...createImportSlice(...a),
      ...createRouteSlice(...a),
      ...createUiSlice(...a),
    }),
    {
      name: 'juesuan-dashboard',
      version: STORE_VERSION,
      storage: createJSONStorage(() => unchangedWritesSkipped(localStorage)),
      partialize: (s) =>
        Object.fromEntries(
          Object.entries(s).filter(([k]) => PERSISTED[k as keyof UiSlice] === true),
        ) as Partial<DashboardState>,
      migrate: (persisted) => persisted as Partial<DashboardState>,
    },
  ),
);

export type { DocumentEntry } from './documents-slice';
export type { Route, ViewName } from './route';
export type { Slide } from './ui-slice';
