/**
 * What shared components need to know about the active document, provided by the app: source lines (for
 * provenance), glossary (for term tooltips), non-passing checks by line (for audit badges), and link builders.
 * Components never read the store.
 */
import { createContext, useContext } from 'react';

import type { AuditCheck } from '@/domain/audit/core';
import type { GlossaryEntry } from '@/domain/final-accounts.types';
import type { MoneyUnit } from '@/domain/money';

export interface DocumentContextValue {
  readonly lines: readonly string[];
  readonly glossary: readonly GlossaryEntry[];
  readonly checksByLine: ReadonlyMap<number, readonly AuditCheck[]>;
  readonly displayUnit: MoneyUnit;
  /** A hash link to the source view at a line. */
  readonly sourceHref: (line: number) => string;
  /** A hash link to a table with a line highlighted. */
  readonly tableHref: (table: number, line: number) => string;
  /** A hash link to the audit view showing one check. */
  readonly checkHref: (id: string) => string;
  /** For a document read from a PDF: a hash link to the page a figure (as printed) is on; null otherwise. */
  readonly pageHref: ((line: number, printed: string) => string) | null;
  /** For a document read from a PDF: the page a line is on; null otherwise. */
  readonly pageOf: ((line: number) => number | null) | null;
}

/** The figure as its line prints it (`2,940.05` for a value of 2940.05), for finding it on the PDF page. */
export function printedAt(line: string, value: string): string {
  for (const m of line.matchAll(/-?[\d,]+(?:\.\d+)?/g)) if (m[0].replace(/,/g, '') === value) return m[0];
  return value;
}

export const EMPTY_DOCUMENT_CONTEXT: DocumentContextValue = {
  lines: [],
  glossary: [],
  checksByLine: new Map(),
  displayUnit: '万元',
  sourceHref: (line) => `#/source?line=${line}`,
  tableHref: (table, line) => `#/tables/${table}?hl=${line}`,
  checkHref: (id) => `#/audit?check=${encodeURIComponent(id)}`,
  pageHref: null,
  pageOf: null,
};

export const DocumentContext = createContext<DocumentContextValue>(EMPTY_DOCUMENT_CONTEXT);

export function useDocumentContext(): DocumentContextValue {
  return useContext(DocumentContext);
}
