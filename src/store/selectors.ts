/**
 * Named selectors (atoms; never a fresh object or array from a bare selector) and memoised derivations of the
 * immutable model (computed once per model, cached by identity).
 */
import type { FinalAccounts } from '@/domain/final-accounts.types';

import type { DashboardState, DocumentEntry } from './index';

export const selectDocuments = (s: DashboardState) => s.documents;
export const selectActiveId = (s: DashboardState) => s.activeId;
export const selectRoute = (s: DashboardState) => s.route;
export const selectNavigate = (s: DashboardState) => s.navigate;

export const selectActiveDocument = (s: DashboardState): DocumentEntry | null =>
  s.documents.find((d) => d.id === s.activeId) ?? s.documents[0] ?? null;

export const selectActiveAccounts = (s: DashboardState): FinalAccounts | null => {
  const doc = selectActiveDocument(s);
  return doc?.result.ok ? doc.result.accounts : null;
};

const linesCache = new WeakMap<DocumentEntry, readonly string[]>();
/** The source text's lines (index 0 = line 1). */
export function getSourceLines(doc: DocumentEntry): readonly string[] {
  let l = linesCache.get(doc);
  if (!l) {
    l = doc.source.split(/\r\n|\r|\n/);
    linesCache.set(doc, l);
  }
  return l;
}
