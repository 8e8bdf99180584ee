/** The presenter decks and the storage-permission flag, kept across visits (persisted; see PERSISTED in index.ts). */
import type { StateCreator } from 'zustand';

import type { DashboardState } from './index';

/** A slide is a saved view: its hash (with its state) and a title. */
export interface Slide {
  readonly id: string;
  readonly title: string;
  readonly hash: string;
}

export interface UiSlice {
  /** Decks by document id; a document without one uses its default deck. */
  readonly decks: Readonly<Record<string, readonly Slide[]>>;
  readonly setDeck: (documentId: string, slides: readonly Slide[]) => void;
  /** Whether navigator.storage.persist() was already called (it is called once, on the first import). */
  readonly storagePersistAsked: boolean;
  readonly setStoragePersistAsked: (asked: boolean) => void;
}

export const createUiSlice: StateCreator<DashboardState, [], [], UiSlice> = (set) => ({
  decks: {},
  setDeck: (documentId, slides) => set((s) => ({ decks: { ...s.decks, [documentId]: slides } })),
  storagePersistAsked: false,
  setStoragePersistAsked: (asked) => set({ storagePersistAsked: asked }),
});
