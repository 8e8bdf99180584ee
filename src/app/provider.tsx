/**
 * Provides the active document's context (source lines, glossary, audit badges, links) to shared components.
 * The audit (for badges) usually comes with the model from the parse worker; where it did not (the main-thread
 * parser), it loads after the first paint, in its own chunk, and until then figures show no badges.
 */
import type { ReactNode } from 'react';
import { startTransition, useEffect, useMemo, useState } from 'react';

import type { DocumentContextValue } from '@/components/document-context';
import { DocumentContext, EMPTY_DOCUMENT_CONTEXT } from '@/components/document-context';
import type { AuditCheck } from '@/domain/audit/core';
import type { FinalAccounts } from '@/domain/final-accounts.types';
import { useDashboardStore } from '@/store';
import { cachedAuditReport, getChecksByLine } from '@/store/audit-cache';
import { formatHash, routeTo } from '@/store/route';
import { useDisplayUnit, useRoute } from '@/store/route-context';
import { getSourceLines, selectActiveDocument } from '@/store/selectors';

const NO_CHECKS: ReadonlyMap<number, readonly AuditCheck[]> = new Map();

/** Non-passing checks by line for `accounts`: from the worker's audit, else computed in a lazily loaded chunk. */
function useChecksByLine(accounts: FinalAccounts | null): ReadonlyMap<number, readonly AuditCheck[]> {
  const cached = accounts ? cachedAuditReport(accounts) : undefined;
  const [state, setState] = useState<{
    for: FinalAccounts | null;
    map: ReadonlyMap<number, readonly AuditCheck[]>;
  }>({ for: null, map: NO_CHECKS });
  useEffect(() => {
    if (!accounts || cachedAuditReport(accounts)) return;
    let live = true;
    void import('@/store/audit-selectors').then((m) => {
      const map = getChecksByLine(m.getAuditReport(accounts));
      // Badges for a whole view: a background (time-sliced) render.
      if (live) startTransition(() => setState({ for: accounts, map }));
    });
    return () => {
      live = false;
    };
  }, [accounts]);
  if (cached) return getChecksByLine(cached);
  return state.for === accounts ? state.map : NO_CHECKS;
}

export function DocumentProvider({ children }: { readonly children: ReactNode }) {
  const doc = useDashboardStore(selectActiveDocument);
  // The route in effect (a handout slide's or the presenter window's own, else the URL's), and its unit.
  const route = useRoute();
  const displayUnit = useDisplayUnit();
  const accounts = doc?.result.ok ? doc.result.accounts : null;
  const checksByLine = useChecksByLine(accounts);
  const value = useMemo<DocumentContextValue>(() => {
    if (!doc || !accounts) return EMPTY_DOCUMENT_CONTEXT;
    return {
      lines: getSourceLines(doc),
      glossary: accounts.glossary,
      checksByLine,
      displayUnit,
      sourceHref: (line) => formatHash(routeTo('source', [], { line: String(line) }, route)),
      tableHref: (table, line) => formatHash(routeTo('tables', [String(table)], { hl: String(line) }, route)),
      checkHref: (id) => formatHash(routeTo('audit', [], { check: id }, route)),
      pageHref: doc.pdf
        ? (line, printed) => formatHash(routeTo('page', [], { line: String(line), q: printed }, route))
        : null,
      pageOf: doc.pdf ? (line) => doc.pdf?.lines[line - 1]?.page ?? null : null,
    };
  }, [doc, accounts, checksByLine, displayUnit, route]);
  return <DocumentContext.Provider value={value}>{children}</DocumentContext.Provider>;
}
