/**
 * The audit's coverage: which identities of the catalogue ran on a document, and why the others did not. Expected
 * reasons and lines were read from the documents by hand (the reference's statements that 表8 and 表9 have no
 * figures at lines 373 and 391, that it has no 机关运行经费 at line 535).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

import { parseFinalAccounts } from '../parse/parse-final-accounts';
import type { AuditCoverage } from './coverage';
import { CATALOGUE, LOW_COVERAGE_BP, coverageVerdict, shareText } from './coverage';
import { runAudit } from './run-audit';

const reference = readFileSync(
  new URL('../../../data/source/jianghan-big-data-center-2021.txt', import.meta.url),
  'utf8',
);
const variant = (name: string): string =>
  readFileSync(new URL(`../__fixtures__/variants/${name}.txt`, import.meta.url), 'utf8');
const mini = readFileSync(new URL('../__fixtures__/consistent-mini-2022.txt', import.meta.url), 'utf8');

function auditOf(text: string) {
  const r = parseFinalAccounts(text);
  if (!r.ok) throw new Error(r.error.message);
  return { accounts: r.accounts, report: runAudit(r.accounts) };
}
const states = (c: AuditCoverage, state: string) =>
  c.entries.filter((e) => e.state === state).map((e) => e.id);

/** The reference without the lines of one table (its title through the line before the next title). */
function withoutLines(text: string, from: number, to: number): string {
  return text
    .split('\n')
    .filter((_, i) => i + 1 < from || i + 1 >= to)
    .join('\n');
}

describe('the catalogue', () => {
  it('has unique ids, and every family a reader of a disclosure checks', () => {
    const ids = CATALOGUE.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(CATALOGUE.map((e) => e.family))).toEqual(
      new Set(['printed-identity', 'hierarchy', 'cross-table', 'prose', 'scorecard', 'document']),
    );
  });
});

describe('the reference document', () => {
  const { accounts, report } = auditOf(reference);
  const c = report.coverage;

  it('runs every identity that applies; what does not apply says why, at its line', () => {
    expect(states(c, 'not-checked')).toEqual([]);
    const na = c.entries.filter((e) => e.state === 'not-applicable');
    expect(na.map((e) => [e.id, e.line])).toEqual([
      ['identity.t8', 373],
      ['identity.t9', 391],
      ['prose.operating', 535],
    ]);
    expect(na[2]?.reason).toContain('本单位无机关运行经费支出');
    expect(c.checked).toBe(c.applicable);
    expect([CATALOGUE.length, c.applicable]).toEqual([46, 43]);
    expect(shareText(c)).toBe('100%');
  });

  it('is not called clean: it has findings', () => {
    const v = coverageVerdict(c, report.counts, accounts.completeness.complete);
    expect(v.level).toBe('findings');
    expect(c.clean).toBe(false);
    expect(v.text).toContain(`不符 ${report.counts.fail} 项`);
  });

  it('counts each check once, under the entry that owns it', () => {
    const counted = c.entries.reduce((n, e) => n + e.counts.pass + e.counts.fail + e.counts.warn, 0);
    const plausibility = report.checks.filter((x) => x.family === 'plausibility').length;
    // every check but the soft plausibility ones (not a template identity) belongs to one entry
    expect(counted).toBe(report.checks.length - plausibility);
  });

  it('numbers tables as the national template does, whatever the document prints (2022 order)', () => {
    const moved = auditOf(variant('table-order-2022')).report.coverage;
    expect(moved.entries.map((e) => [e.id, e.state])).toEqual(c.entries.map((e) => [e.id, e.state]));
  });
});

describe('a document partly read', () => {
  // 表3 is printed from line 184 (its title) to line 218; 表4's title is line 219.
  const { accounts, report } = auditOf(withoutLines(reference, 184, 219));
  const c = report.coverage;

  it('lists every identity that needs the missing table as not run, naming it', () => {
    const missing = c.entries.filter((e) => e.state === 'not-checked');
    expect(missing.map((e) => e.id)).toEqual([
      'identity.t3',
      'hierarchy.t3',
      'cross.t1-t3',
      'cross.t3-t5',
      'cross.t6-t3',
      'cross.carry-over',
    ]);
    for (const e of missing) expect(e.reason).toBe('未找到支出决算表');
    expect(c.checked).toBe(c.applicable - 6);
  });

  it('is never summarised as clean, and says what did not run', () => {
    const v = coverageVerdict(c, report.counts, accounts.completeness.complete);
    expect(v.level).not.toBe('clean');
    expect(v.text).toContain('未能运行 6 类：支出决算表');
  });

  it('is called low when most of the catalogue could not run', () => {
    // Only the tables' part is left of the document, and of it only 表1 and 表2 (lines 104–183).
    const lines = reference.split('\n');
    const stub = [...lines.slice(0, 8), ...lines.slice(103, 183)].join('\n');
    const low = auditOf(stub);
    expect(low.report.coverage.shareBp).toBeLessThan(LOW_COVERAGE_BP);
    const v = coverageVerdict(low.report.coverage, low.report.counts, low.accounts.completeness.complete);
    expect(v.level).toBe('low');
    expect(v.text).toContain('覆盖不足，不能视为无误');
  });
});

describe('the hand-made consistent document', () => {
  const { accounts, report } = auditOf(mini);
  it('fails nothing, yet is clean only if every applicable identity ran', () => {
    expect(report.counts.fail + report.counts.warn).toBe(0);
    const notRun = states(report.coverage, 'not-checked');
    const v = coverageVerdict(report.coverage, report.counts, accounts.completeness.complete);
    // It prints no 机关运行经费 sentence and no 部门整体 card: those two cannot run, so it is not called clean.
    expect(notRun).toEqual(['prose.operating', 'card.department']);
    expect(v.level).toBe('partial');
    expect(v.text).toContain('不能视为完整无误');
  });
});
