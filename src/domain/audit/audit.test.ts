/**
 * The audit on a small hand-made document that is consistent everywhere (consistent-mini-2022.txt: every figure was
 * chosen by hand so that every identity holds), and on copies of it with one deliberate inconsistency per family.
 * Each variant must fail exactly the checks listed, for the reason given.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

import { parseFinalAccounts } from '../parse/parse-final-accounts';
import { auditToJson, runAudit } from './run-audit';

const clean = readFileSync(new URL('../__fixtures__/consistent-mini-2022.txt', import.meta.url), 'utf8');

function audit(text: string) {
  const r = parseFinalAccounts(text);
  if (!r.ok) throw new Error(r.error.message);
  return runAudit(r.accounts);
}
const failing = (text: string): string[] =>
  audit(text)
    .checks.filter((c) => c.status === 'fail')
    .map((c) => c.id)
    .sort();
/** Replaces exactly one occurrence (the fixture must contain it once). */
function change(from: string, to: string): string {
  expect(clean.split(from)).toHaveLength(2);
  return clean.replace(from, to);
}

describe('a consistent document', () => {
  it('raises no fail and no warning, and checks every family', () => {
    const report = audit(clean);
    expect(report.checks.filter((c) => c.status !== 'pass').map((c) => `${c.id}: ${c.detail}`)).toEqual([]);
    for (const family of Object.values(report.byFamily)) expect(family.pass).toBeGreaterThan(5);
  });
});

describe('each family catches its own inconsistency', () => {
  it.each([
    [
      'printed identity: 表1 总计 110.00 → 111.00 breaks 30 = 27+28+29, the balance with 60, and the prose total',
      ['<b>总计</b>\t30\t110.00', '<b>总计</b>\t30\t111.00'],
      ['cross.t1.balance', 'identity.t1.r30.c1', 'prose.totals.total'],
    ],
    [
      'hierarchy: 表2 2010101 85.00 → 84.00 in both columns breaks 款 = Σ项 in both columns',
      ['2010101\t\t行政运行\t85.00\t85.00', '2010101\t\t行政运行\t84.00\t84.00'],
      ['hierarchy.t2.20101.c1', 'hierarchy.t2.20101.c2'],
    ],
    [
      'cross-table: 表5 208 小计 15.00 → 15.01 (and 基本 to keep 1 = 2+3) breaks 合计 = Σ类 and 表5 = 表3',
      ['208\t\t\t社会保障和就业支出\t15.00\t15.00', '208\t\t\t社会保障和就业支出\t15.01\t15.01'],
      [
        'cross.t3-t5.208.合计',
        'cross.t3-t5.208.基本支出',
        'cross.t5-t3.208',
        'hierarchy.t5.208.c1',
        'hierarchy.t5.208.c2',
        'hierarchy.t5.total.c1',
        'hierarchy.t5.total.c2',
        'prose.category.208.actual',
        'prose.structure.208',
      ],
    ],
    [
      'cross-table, all money 财政拨款 (表2 and the carry-over): 表4 八、社会保障和就业支出 15.00 → 14.00 in both columns must equal 表1, not merely be at most it',
      ['八、社会保障和就业支出\t40\t15.00\t15.00', '八、社会保障和就业支出\t40\t14.00\t14.00'],
      ['cross.t4-t1.208', 'identity.t4.r59.c2', 'identity.t4.r59.c3'],
    ],
    [
      'prose: a share printed as 90.4% where 95.00 / 105.00 = 90.48% rounds to 90.5%',
      ['占本年支出 90.5%', '占本年支出 90.4%'],
      ['prose.expense.基本支出.share'],
    ],
    [
      'scorecard: self score 100 → 99 where 20 + 20 + 60 = 100',
      ['自评得分：100', '自评得分：99'],
      ['card.1.self-score'],
    ],
    [
      'plausibility: 授予中小企业合同金额 printed in 元 in a 万元 document',
      ['授予中小企业合同金额10万元', '授予中小企业合同金额10元'],
      ['plausibility.unit.224.10元'],
    ],
    [
      'plausibility: a table heading with another year',
      ['## 2022 年度支出决算表（表 3）', '## 2021 年度支出决算表（表 3）'],
      ['plausibility.year.t3'],
    ],
  ] as const)('%s', (_what, [from, to], expected) => {
    expect(failing(change(from, to))).toEqual([...expected].sort());
  });

  it('a 0.01 difference is a fail labelled rounding-sized, not a pass', () => {
    const report = audit(change('一、一般公共服务支出\t31\t90.00', '一、一般公共服务支出\t31\t90.01'));
    const c = report.checks.find((x) => x.id === 'cross.t1-t3.201');
    expect(c).toMatchObject({ status: 'fail', roundingSized: true, values: ['90.01', '90.00'] });
    expect(c?.detail).toContain('舍入量级');
  });

  it('the template convention (budget score = 20 × printed rate) is not flagged', () => {
    // 10.2 / 10.3 = 99.03% is printed 99%; 20 × 99% = 19.8 is the convention, not 20 × 99.03% = 19.806.
    const text = clean
      .replace('年度财政资金总额\t10\t10\t100%\t20', '年度财政资金总额\t10.3\t10.2\t99%\t19.8')
      .replace('自评得分：100', '自评得分：99.8')
      .replace('执行数为10万元，完成预算的100%', '执行数为10.2万元，完成预算的99%')
      .replace('项目全年预算数为10万元', '项目全年预算数为10.3万元');
    const report = audit(text);
    const card = report.checks.filter((c) => c.id.startsWith('card.1.'));
    expect(card.find((c) => c.id === 'card.1.budget-score')?.status).toBe('pass');
    expect(card.find((c) => c.id === 'card.1.self-score')?.status).toBe('pass');
    expect(card.find((c) => c.id === 'card.1.rate')?.status).toBe('pass');
  });

  it('an unprinted score is a warning with the derived value, never zero', () => {
    const report = audit(change('\t\t年度财政资金总额\t10\t10\t100%\t20', '\t\t年度财政资金总额\t10\t10'));
    expect(report.checks.find((c) => c.id === 'card.1.budget-score')).toMatchObject({
      status: 'warn',
      values: ['', '20'],
    });
    expect(report.checks.find((c) => c.id === 'card.1.self-score')?.status).toBe('warn');
  });
});

describe('a model the checks cannot read', () => {
  it('is reported family by family as audit.internal warnings, never thrown', () => {
    // Not a model the parser makes (its tables are not a list): every family that reads the tables fails inside.
    const r = parseFinalAccounts(clean);
    if (!r.ok) throw new Error(r.error.message);
    const broken = { ...r.accounts, tables: null } as unknown as typeof r.accounts;
    const report = runAudit(broken);
    const internal = report.checks.filter((c) => c.id.startsWith('audit.internal.'));
    expect(internal.length).toBeGreaterThan(0);
    for (const c of internal) {
      expect(c.status).toBe('warn');
      expect(c.message).toContain('审计内部错误');
      expect(c.detail).not.toBe('');
    }
    expect(report.counts.warn).toBeGreaterThanOrEqual(internal.length);
  });
});

describe('cli json shape', () => {
  it('is {"checks": [{id, family, status, message, values, lines}]}', () => {
    const json = JSON.parse(auditToJson(audit(clean))) as { checks: Array<Record<string, unknown>> };
    expect(Object.keys(json)).toEqual(['coverage', 'checks']);
    expect(Object.keys(json.checks[0] ?? {})).toEqual([
      'id',
      'family',
      'status',
      'message',
      'values',
      'lines',
    ]);
  });
});
