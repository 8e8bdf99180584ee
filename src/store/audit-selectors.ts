/**
 * The audit of the active model, memoised by model identity. Kept apart from selectors.ts so the audit code loads
 * with the views that need it (and lazily for badges), not with the first screen.
 */
import { runAudit } from '@/domain/audit/run-audit';
import type { AuditReport } from '@/domain/audit/run-audit';
import type { FinalAccounts } from '@/domain/final-accounts.types';

import { cachedAuditReport, seedAuditReport } from './audit-cache';

/** The audit of a model, computed once per model (or already by the parse worker). */
export function getAuditReport(accounts: FinalAccounts): AuditReport {
  let r = cachedAuditReport(accounts);
  if (!r) {
    r = runAudit(accounts);
    seedAuditReport(accounts, r);
  }
  return r;
}
