/** The collection of documents (the reference document first; imports later) and the active one. */
import type { StateCreator } from 'zustand';

import type { ParseResult } from '@/domain/final-accounts.types';
import type { PdfAttachment } from '@/domain/pdf/attachment';

import type { DashboardState } from './index';

export interface DocumentEntry {
  readonly id: string;
  /** File name as received. */
  readonly name: string;
  /** The source text (kept so every figure can show its line). */
  readonly source: string;
  readonly result: ParseResult;
  readonly builtIn: boolean;
  readonly importedAt: string | null;
  /** For a document read from a PDF: the PDF and where each line of `source` sits on its pages. */
  readonly pdf?: PdfAttachment;
}

export interface DocumentsSlice {
  readonly documents: readonly DocumentEntry[];
  readonly activeId: string;
  /** NOTE replaces an entry with the same id; a built-in document goes first, however late it arrives. */
  readonly addDocument: (entry: DocumentEntry) => void;
  readonly setActiveDocument: (id: string) => void;
}

export const createDocumentsSlice: StateCreator<DashboardState, [], [], DocumentsSlice> = (set) => ({
  documents: [],
  activeId: '',
  addDocument: (entry) =>
    set((s) => ({
      documents: entry.builtIn
        ? [entry, ...s.documents.filter((d) => d.id !== entry.id)]
        : [...s.documents.filter((d) => d.id !== entry.id), entry],
      activeId: s.activeId || entry.id,
    })),
  setActiveDocument: (id) => set((s) => (s.documents.some((d) => d.id === id) ? { activeId: id } : {})),
});
