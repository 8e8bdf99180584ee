/** The presenter decks, kept across visits (persisted; see PERSISTED in index.ts). */
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
}

export const createUiSlice: StateCreator<DashboardState, [], [], UiSlice> = (set) => ({
  decks: {},
  setDeck: (documentId, slides) => set((s) => ({ decks: { ...s.decks, [documentId]: slides } })),
});
