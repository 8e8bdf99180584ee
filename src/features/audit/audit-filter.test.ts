import { describe, expect, it } from 'vitest';

import { runAudit } from '@/domain/audit/run-audit';
import { parseFinalAccounts } from '@/domain/parse/parse-final-accounts';
import referenceText from '../../../data/source/jianghan-big-data-center-2021.txt?raw';

import {
  countByStatus,
  filterChecks,
  filterExceptStatus,
  filterToParams,
  matchesQuery,
  parseAuditFilter,
  tablesOf,
} from './audit-filter';

const parsed = parseFinalAccounts(referenceText);
if (!parsed.ok) throw new Error(parsed.error.message);
const checks = runAudit(parsed.accounts).checks;

describe('parseAuditFilter', () => {
  it('defaults to the problems (不符 and 提示) with nothing else set', () => {
    expect(parseAuditFilter({})).toEqual({
      status: 'problems',
      family: null,
      table: null,
      q: '',
      check: null,
      open: [],
    });
  });

  it('reads every param', () => {
    expect(
      parseAuditFilter({
        status: 'warn',
        family: 'scorecard',
        table: '3',
        q: '住房',
        check: 'cross.t1-t3.201',
        open: 'prose,hierarchy',
      }),
    ).toEqual({
      status: 'warn',
      family: 'scorecard',
      table: 3,
      q: '住房',
      check: 'cross.t1-t3.201',
      open: ['hierarchy', 'prose'],
    });
  });

  it('ignores malformed values instead of failing', () => {
    expect(parseAuditFilter({ status: 'bad', family: 'toString', table: '0', open: 'x,,prose' })).toEqual({
      status: 'problems',
      family: null,
      table: null,
      q: '',
      check: null,
      open: ['prose'],
    });
    expect(parseAuditFilter({ table: '3a' }).table).toBeNull();
  });

  it('writes defaults as removals, so links stay short and stable', () => {
    expect(
      filterToParams({ status: 'problems', family: null, table: null, q: '', check: null, open: [] }),
    ).toEqual({
      status: undefined,
      family: undefined,
      table: undefined,
      q: undefined,
      check: undefined,
      open: undefined,
    });
    expect(filterToParams({ status: 'fail', table: 1, open: ['prose', 'hierarchy'] })).toEqual({
      status: 'fail',
      table: '1',
      open: 'hierarchy,prose',
    });
  });

  it('round-trips', () => {
    const params = { status: 'pass', family: 'prose', table: '5', q: '预算', check: 'x', open: 'scorecard' };
    const out = filterToParams(parseAuditFilter(params));
    expect(out).toEqual(params);
  });
});

// Counts of the reference document, as documented (with reasons) in src/domain/audit/reference-audit.test.ts:
// 544 checks, 12 不符, 13 提示 (three of the passes: 决算数大于年初预算数 on lines 485, 487, 489, true of 2697.42 > 2535.63, 19.71 > 10.61, 59.93 > 22.44).
describe('filterChecks on the reference document', () => {
  it('shows the 25 problems by default, 不符 before 提示', () => {
    const shown = filterChecks(checks, parseAuditFilter({}));
    expect(shown).toHaveLength(25);
    expect(shown.slice(0, 12).every((c) => c.status === 'fail')).toBe(true);
    expect(shown.slice(12).every((c) => c.status === 'warn')).toBe(true);
  });

  it('shows every check, problems first, for status=all', () => {
    const shown = filterChecks(checks, parseAuditFilter({ status: 'all' }));
    expect(shown).toHaveLength(544);
    expect(countByStatus(shown)).toEqual({ fail: 12, warn: 13, pass: 519 });
    expect(shown.findIndex((c) => c.status === 'pass')).toBe(25);
  });

  it('filters by family and status: the scorecard warnings', () => {
    const ids = filterChecks(checks, parseAuditFilter({ status: 'warn', family: 'scorecard' })).map(
      (c) => c.id,
    );
    expect(ids.sort()).toEqual(
      [
        'card.department.budget-score',
        'card.department.self-score',
        'card.3.summary.name',
        'card.8.rate',
        'card.8.budget-score',
        'card.8.self-score',
      ].sort(),
    );
  });

  it('filters by table: a check with any place in 表3', () => {
    const shown = filterChecks(checks, parseAuditFilter({ table: '3', status: 'fail' }));
    expect(shown.map((c) => c.id).sort()).toEqual(['cross.t1-t3.201', 'cross.t1-t3.221']);
  });

  it('searches id, message, arithmetic and place labels, ignoring separators and spaces', () => {
    const byId = filterChecks(checks, parseAuditFilter({ q: 'projects.list.15' }));
    expect(byId.map((c) => c.id)).toEqual(['projects.list.15']);
    const byMessage = filterChecks(checks, parseAuditFilter({ q: '视频会议' }));
    expect(byMessage.map((c) => c.id)).toContain('projects.list.15');
    const byFigure = filterChecks(checks, parseAuditFilter({ q: '2604.73' }));
    expect(byFigure.map((c) => c.id)).toContain('prose.budget.by-category');
  });

  it('counts the status facet over the other filters', () => {
    const facet = countByStatus(filterExceptStatus(checks, parseAuditFilter({ family: 'cross-table' })));
    expect(facet).toEqual({ pass: 69, fail: 2, warn: 3 });
  });

  it('lists the tables that checks have places in', () => {
    expect(tablesOf(checks)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('matches an empty query', () => {
    expect(checks.every((c) => matchesQuery(c, '  '))).toBe(true);
  });
});
