/**
 * The parser never throws: every input yields a model (possibly partial, with located problems) or a located error.
 * Speed on these inputs is measured by `npm run bench`, not here (tests do not time things).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

import type { AuditReport } from './audit/run-audit';
import { runAudit } from './audit/run-audit';
import { parseFinalAccounts } from './parse/parse-final-accounts';
import { robustnessInputs } from '../testing/robustness-inputs';

const reference = readFileSync(
  new URL('../../data/source/jianghan-big-data-center-2021.txt', import.meta.url),
  'utf8',
);

/** The audit of a model is well formed: no family failed internally, every check has a status and a message. */
function expectAuditWellFormed(report: AuditReport): void {
  const bad = report.checks.filter(
    (c) =>
      c.id.startsWith('audit.internal') || !['pass', 'fail', 'warn'].includes(c.status) || c.message === '',
  );
  expect(bad.map((c) => `${c.id}: ${c.status} ${c.detail}`)).toEqual([]);
}

describe('robustness', () => {
  it.each(robustnessInputs(reference).map((i) => [i.name, i] as const))('%s', (_name, input) => {
    const r = parseFinalAccounts(input.text);
    if (input.expect === 'error') expect(r.ok).toBe(false);
    if (input.expect === 'model') expect(r.ok).toBe(true);
    if (!r.ok) {
      expect(r.error.code).toMatch(/^input\./);
      expect(r.error.message.length).toBeGreaterThan(4);
      expect(r.error.code).not.toBe('parser.internal');
    } else {
      for (const p of r.problems) expect(p.message.length).toBeGreaterThan(0);
      expectAuditWellFormed(runAudit(r.accounts));
    }
  });

  it('without 表5 (its title line deleted), the audit still runs: the prose is compared with what is printed', () => {
    // The 情况说明 still states 一般公共服务（类）支出 2697.43 万元，占 96% (line 437); there is no 表5 to hold it
    // against, so that comparison is not made, while the share (a prose-only check) still is. The audit used to
    // throw here (a 表5 column looked up on an absent table).
    const title = '## 2021 年度一般公共预算财政拨款支出决算表（表 5）\n';
    expect(reference.split(title)).toHaveLength(2);
    const r = parseFinalAccounts(reference.replace(title, ''));
    if (!r.ok) throw new Error(r.error.message);
    expect(r.accounts.tables.map((t) => t.kind)).not.toContain('general-budget-expense');
    const report = runAudit(r.accounts);
    expectAuditWellFormed(report);
    const ids = report.checks.map((c) => c.id);
    expect(ids).not.toContain('prose.structure.201');
    expect(ids).toContain('prose.structure.201.share');
  });

  it.each([undefined, null, 42, {}, ['a']])('non-string input %j is a located error', (input) => {
    const r = parseFinalAccounts(input);
    expect(r).toMatchObject({ ok: false, error: { code: 'input.not-text' } });
  });

  it('a document cut after half its lines keeps all nine tables and reports the missing scorecards', () => {
    const lines = reference.split('\n');
    const half = lines.slice(0, Math.floor(lines.length / 2)).join('\n');
    const r = parseFinalAccounts(half);
    if (!r.ok) throw new Error('expected a partial model');
    expect(r.accounts.tables).toHaveLength(9);
    expect(r.accounts.scorecards).toHaveLength(0);
    expect(r.problems.map((p) => p.code)).toContain('scorecard.none');
  });

  it('a document cut inside table 9 reports the missing table 9 content and keeps tables 1–8', () => {
    const cut = reference.slice(0, reference.indexOf('2021 年度国有资本经营预算财政拨款支出决算表'));
    const r = parseFinalAccounts(cut);
    if (!r.ok) throw new Error('expected a partial model');
    expect(r.accounts.tables.map((t) => t.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(r.problems.find((p) => p.code === 'table.missing')?.message).toBe(
      '缺少表9（国有资本经营预算财政拨款支出决算表）',
    );
  });

  it('hostile text stays text: a department named __proto__ or with markup is kept verbatim and pollutes nothing', () => {
    const r = parseFinalAccounts(
      reference.replace('年度武汉市江汉区大数据中心部门', '年度__proto__<img src=x onerror=1>部门'),
    );
    if (!r.ok) throw new Error('expected a model');
    expect(r.accounts.meta.department).toBe('__proto__');
    expect(({} as Record<string, unknown>)['onerror']).toBeUndefined();
    const r2 = parseFinalAccounts(
      reference.replace('“智慧江汉”综合指挥中心项目初步设计费\t', '<b onclick=x>恶意</b>名称\t'),
    );
    if (!r2.ok) throw new Error('expected a model');
    expect(r2.accounts.scorecards[1]?.name).toBe('恶意名称');
  });
});
