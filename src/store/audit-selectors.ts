/**
 * The audit of the active model, memoised by model identity. Kept apart from selectors.ts so the audit code loads
 * with the views that need it (and lazily for badges), not with the first screen.
 */
import type { AuditCheck } from '@/domain/audit/core';
import { runAudit } from '@/domain/audit/run-audit';
import type { AuditReport } from '@/domain/audit/run-audit';
import type { FinalAccounts } from '@/domain/final-accounts.types';

const auditCache = new WeakMap<FinalAccounts, AuditReport>();
/** The audit of a model, computed once per model. */
export function getAuditReport(accounts: FinalAccounts): AuditReport {
  let r = auditCache.get(accounts);
  if (!r) {
    r = runAudit(accounts);
    auditCache.set(accounts, r);
  }
  return r;
}

const byLineCache = new WeakMap<AuditReport, ReadonlyMap<number, readonly AuditCheck[]>>();
/** Non-passing checks by the source lines of their figures. */
export function getChecksByLine(report: AuditReport): ReadonlyMap<number, readonly AuditCheck[]> {
  let m = byLineCache.get(report);
  if (!m) {
    const map = new Map<number, AuditCheck[]>();
    for (const c of report.checks) {
      if (c.status === 'pass') continue;
      for (const line of c.lines) map.set(line, [...(map.get(line) ?? []), c]);
    }
    m = map;
    byLineCache.set(report, m);
  }
  return m;
}
