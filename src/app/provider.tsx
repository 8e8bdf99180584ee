/**
 * Starts the app: loads the reference document into the store, mirrors the URL hash into the store, and provides
 * the active document's context (source lines, glossary, audit badges, links) to shared components.
 */
import type { ReactNode } from 'react';
import { useMemo } from 'react';

import type { DocumentContextValue } from '@/components/document-context';
import { DocumentContext, EMPTY_DOCUMENT_CONTEXT } from '@/components/document-context';
import { useDashboardStore } from '@/store';
import { formatHash, routeTo } from '@/store/route';
import {
  getAuditReport,
  getChecksByLine,
  getSourceLines,
  selectActiveDocument,
  selectDisplayUnit,
  selectRoute,
} from '@/store/selectors';

export function DocumentProvider({ children }: { readonly children: ReactNode }) {
  const doc = useDashboardStore(selectActiveDocument);
  const route = useDashboardStore(selectRoute);
  const displayUnit = useDashboardStore(selectDisplayUnit);
  const value = useMemo<DocumentContextValue>(() => {
    if (!doc?.result.ok) return EMPTY_DOCUMENT_CONTEXT;
    const accounts = doc.result.accounts;
    const report = getAuditReport(accounts);
    return {
      lines: getSourceLines(doc),
      glossary: accounts.glossary,
      checksByLine: getChecksByLine(report),
      displayUnit,
      sourceHref: (line) => formatHash(routeTo('source', [], { line: String(line) }, route)),
      tableHref: (table, line) => formatHash(routeTo('tables', [String(table)], { hl: String(line) }, route)),
      checkHref: (id) => formatHash(routeTo('audit', [], { check: id }, route)),
    };
  }, [doc, displayUnit, route]);
  return <DocumentContext.Provider value={value}>{children}</DocumentContext.Provider>;
}
