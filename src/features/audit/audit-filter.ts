/**
 * The audit view's state, read from and written to the URL (`#/audit?status=warn&family=scorecard&table=3&q=…&check=…`),
 * and the pure filtering it drives. No React here, so it is unit-tested on plain objects.
 */
import type { AuditCheck, CheckFamily, CheckStatus } from '@/domain/audit/core';
import { FAMILY_LABELS } from '@/domain/audit/core';

/** `problems` (the default, no `status` param) shows 不符 and 提示. */
export type StatusFilter = 'problems' | CheckStatus | 'all';

export const STATUS_FILTERS: readonly StatusFilter[] = ['problems', 'fail', 'warn', 'pass', 'all'];

export const STATUS_FILTER_LABELS: Readonly<Record<StatusFilter, string>> = {
  problems: '不符与提示',
  fail: '不符',
  warn: '提示',
  pass: '通过',
  all: '全部',
};

export const STATUS_LABELS: Readonly<Record<CheckStatus, string>> = {
  fail: '不符',
  warn: '提示',
  pass: '通过',
};

/** Display order: problems first. */
export const STATUS_ORDER: readonly CheckStatus[] = ['fail', 'warn', 'pass'];

export const FAMILIES = Object.keys(FAMILY_LABELS) as readonly CheckFamily[];

export interface AuditFilter {
  readonly status: StatusFilter;
  readonly family: CheckFamily | null;
  /** Checks with at least one place in this table. */
  readonly table: number | null;
  /** Free text, matched in id, message, arithmetic and place labels. */
  readonly q: string;
  /** The one check opened and scrolled into view. */
  readonly check: string | null;
  /** Families whose group of passing checks is expanded (`open=hierarchy,prose`). */
  readonly open: readonly CheckFamily[];
}

function isFamily(s: string): s is CheckFamily {
  return (FAMILIES as readonly string[]).includes(s);
}

/** Reads the filter from route params; unknown or malformed values fall back to the defaults. Never throws. */
export function parseAuditFilter(params: Readonly<Record<string, string>>): AuditFilter {
  const status = params['status'] ?? '';
  const family = params['family'] ?? '';
  const table = params['table'] ?? '';
  const open = (params['open'] ?? '').split(',').filter(isFamily);
  return {
    status: (STATUS_FILTERS as readonly string[]).includes(status) ? (status as StatusFilter) : 'problems',
    family: isFamily(family) ? family : null,
    table: /^[1-9]\d?$/.test(table) ? Number(table) : null,
    q: params['q'] ?? '',
    check: params['check'] || null,
    open: FAMILIES.filter((f) => open.includes(f)),
  };
}

/** Route param changes for a (partial) filter, for `withParams`; defaults become `undefined` (removed). */
export function filterToParams(filter: Partial<AuditFilter>): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  if ('status' in filter)
    out['status'] = filter.status === 'problems' ? undefined : (filter.status ?? undefined);
  if ('family' in filter) out['family'] = filter.family ?? undefined;
  if ('table' in filter)
    out['table'] = filter.table === null || filter.table === undefined ? undefined : String(filter.table);
  if ('q' in filter) out['q'] = filter.q || undefined;
  if ('check' in filter) out['check'] = filter.check ?? undefined;
  if ('open' in filter) {
    const open = FAMILIES.filter((f) => filter.open?.includes(f));
    out['open'] = open.length > 0 ? open.join(',') : undefined;
  }
  return out;
}

export function statusMatches(status: CheckStatus, filter: StatusFilter): boolean {
  if (filter === 'all') return true;
  if (filter === 'problems') return status !== 'pass';
  return status === filter;
}

function normalize(s: string): string {
  return s.toLowerCase().replace(/[\s,，]/g, '');
}

/** Whether a check matches the search text (case-insensitive; spaces and thousands separators ignored). */
export function matchesQuery(check: AuditCheck, q: string): boolean {
  const needle = normalize(q);
  if (!needle) return true;
  return [check.id, check.message, check.detail, ...check.places.map((p) => p.label)].some((s) =>
    normalize(s).includes(needle),
  );
}

/** Checks matching every part of the filter except status (the facet the status control counts over). */
export function filterExceptStatus(checks: readonly AuditCheck[], filter: AuditFilter): AuditCheck[] {
  return checks.filter(
    (c) =>
      (filter.family === null || c.family === filter.family) &&
      (filter.table === null || c.places.some((p) => p.table === filter.table)) &&
      matchesQuery(c, filter.q),
  );
}

/** The checks the filter shows, problems first (fail, warn, pass), in catalogue order within a status. */
export function filterChecks(checks: readonly AuditCheck[], filter: AuditFilter): AuditCheck[] {
  const shown = filterExceptStatus(checks, filter).filter((c) => statusMatches(c.status, filter.status));
  return STATUS_ORDER.flatMap((s) => shown.filter((c) => c.status === s));
}

export function countByStatus(checks: readonly AuditCheck[]): Record<CheckStatus, number> {
  const counts: Record<CheckStatus, number> = { fail: 0, warn: 0, pass: 0 };
  for (const c of checks) counts[c.status]++;
  return counts;
}

/** Table numbers that checks have places in, ascending. */
export function tablesOf(checks: readonly AuditCheck[]): number[] {
  const set = new Set<number>();
  for (const c of checks) for (const p of c.places) if (p.table !== null) set.add(p.table);
  return [...set].sort((a, b) => a - b);
}
