/**
 * The audit reports known per model: computed by the parse worker alongside the model (parse-client seeds them),
 * or on demand on the main thread (audit-selectors). Apart from audit-selectors so the first screen's code can seed
 * the cache without loading the audit itself.
 */
import type { AuditCheck } from '@/domain/audit/core';
import type { AuditReport } from '@/domain/audit/run-audit';
import type { FinalAccounts } from '@/domain/final-accounts.types';

const reports = new WeakMap<FinalAccounts, AuditReport>();

export function cachedAuditReport(accounts: FinalAccounts): AuditReport | undefined {
  return reports.get(accounts);
}

/** Records the audit of a model (the worker's, computed by the same runAudit over the same model). */
export function seedAuditReport(accounts: FinalAccounts, report: AuditReport): void {
  reports.set(accounts, report);
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
