import { useMemo } from 'react';

import type { Slide } from '@/store';
import { useDashboardStore } from '@/store';
import { selectActiveAccounts, selectActiveDocument } from '@/store/selectors';

import { defaultDeck } from './deck';

const selectDecks = (s: { decks: Readonly<Record<string, readonly Slide[]>> }) => s.decks;

/** The active document's deck (its saved deck, else the default deck) and its id. */
export function useDeck(): {
  readonly slides: readonly Slide[];
  readonly documentId: string;
  readonly isDefault: boolean;
} {
  const doc = useDashboardStore(selectActiveDocument);
  const accounts = useDashboardStore(selectActiveAccounts);
  const decks = useDashboardStore(selectDecks);
  return useMemo(() => {
    const id = doc?.id ?? '';
    const saved = decks[id];
    if (saved) return { slides: saved, documentId: id, isDefault: false };
    return { slides: accounts ? defaultDeck(accounts) : [], documentId: id, isDefault: true };
  }, [doc, accounts, decks]);
}
