/**
 * runAudit: every check of the catalogue over one model. Pure; never throws on a partial model
 * (a check whose figures are absent is simply not produced). A family of checks that fails internally is reported
 * as one `audit.internal.<family>` warning, so the other families still run (the property tests assert none occurs).
 */
import type { Completeness } from '../completeness';
import type { FinalAccounts } from '../final-accounts.types';
import type { AuditCheck, CheckFamily, CheckStatus } from './core';
import { FAMILY_LABELS, factCheck } from './core';
import type { AuditCoverage } from './coverage';
import { auditCoverage, unknownCoverage } from './coverage';
import { documentChecks } from './checks-document';
import { plausibilityChecks } from './checks-plausibility';
import { proseChecks } from './checks-prose';
import { scorecardChecks } from './checks-scorecards';
import {
  crossTableChecks,
  hierarchyChecks,
  printedIdentityChecks,
  templateIdentityChecks,
} from './checks-tables';

export interface AuditReport {
  readonly checks: readonly AuditCheck[];
  readonly counts: Readonly<Record<CheckStatus, number>>;
  readonly byFamily: Readonly<Record<CheckFamily, Readonly<Record<CheckStatus, number>>>>;
  /** Which identities of the catalogue ran, and why the others did not (coverage.ts). */
  readonly coverage: AuditCoverage;
}

export function runAudit(accounts: FinalAccounts): AuditReport {
  const checks = [
    ...guarded('printed-identity', () => [
      ...printedIdentityChecks(accounts),
      ...templateIdentityChecks(accounts),
    ]),
    ...guarded('hierarchy', () => hierarchyChecks(accounts)),
    ...guarded('cross-table', () => crossTableChecks(accounts)),
    ...guarded('prose', () => proseChecks(accounts)),
    ...guarded('scorecard', () => scorecardChecks(accounts)),
    ...guarded('document', () => documentChecks(accounts)),
    ...guarded('plausibility', () => plausibilityChecks(accounts)),
  ];
  const seen = new Map<string, number>();
  const unique = checks.map((c) => {
    const n = seen.get(c.id) ?? 0;
    seen.set(c.id, n + 1);
    return n === 0 ? c : { ...c, id: `${c.id}#${n + 1}` };
  });
  const zero = (): Record<CheckStatus, number> => ({ pass: 0, fail: 0, warn: 0 });
  const counts = zero();
  const byFamily: Record<CheckFamily, Record<CheckStatus, number>> = {
    'printed-identity': zero(),
    hierarchy: zero(),
    'cross-table': zero(),
    prose: zero(),
    scorecard: zero(),
    document: zero(),
    plausibility: zero(),
  };
  for (const c of unique) {
    counts[c.status]++;
    byFamily[c.family][c.status]++;
  }
  let coverage: AuditCoverage;
  try {
    coverage = auditCoverage(accounts, unique);
  } catch (e) {
    coverage = unknownCoverage(e instanceof Error ? e.message : String(e));
  }
  return { checks: unique, counts, byFamily, coverage };
}

/** The checks of one family, or, when they throw, one warning that says so (with the error's message). */
function guarded(family: CheckFamily, checks: () => readonly AuditCheck[]): readonly AuditCheck[] {
  try {
    return checks();
  } catch (e) {
    return [
      factCheck(
        `audit.internal.${family}`,
        family,
        'warn',
        `审计内部错误：“${FAMILY_LABELS[family]}”类检查未能完成`,
        e instanceof Error ? e.message : String(e),
        ['', ''],
        [],
      ),
    ];
  }
}

/** The `cli audit --json` shape. */
export function auditToJson(report: AuditReport, completeness?: Completeness): string {
  return `${JSON.stringify(
    {
      ...(completeness ? { completeness } : {}),
      coverage: report.coverage,
      checks: report.checks.map((c) => ({
        id: c.id,
        family: c.family,
        status: c.status,
        message: c.message,
        values: c.values,
        lines: c.lines,
      })),
    },
    null,
    2,
  )}\n`;
}
