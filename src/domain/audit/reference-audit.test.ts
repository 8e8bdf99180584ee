/**
 * The audit of the reference document. Every fail and every warning is listed here, each checked by hand against the
 * text, with the reason it is a real discrepancy (or, for warnings, why the document cannot decide).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

import { parseFinalAccounts } from '../parse/parse-final-accounts';
import { runAudit } from './run-audit';

const text = readFileSync(
  new URL('../../../data/source/jianghan-big-data-center-2021.txt', import.meta.url),
  'utf8',
);
const r = parseFinalAccounts(text);
if (!r.ok) throw new Error(r.error.message);
const report = runAudit(r.accounts);
const byStatus = (status: string) =>
  report.checks
    .filter((c) => c.status === status)
    .map((c) => [c.id, c.values.join(' vs '), c.lines.slice(0, 6).join(',')])
    .sort(byId);
function byId(a: readonly string[], b: readonly string[]): number {
  return (a[0] ?? '').localeCompare(b[0] ?? '');
}

describe('audit of the reference document', () => {
  it('finds exactly these contradictions', () => {
    const expected: string[][] = [
      // 部门整体自评表: the 预算执行率 indicator (line 672) says 94%, the budget row (line 658) gives
      // 2812.11 / 2961.62 = 94.95%, which rounds to 95% — one of the two is wrong by rounding.
      ['card.department.indicator-rate.672', '94 vs 95', '672,658'],
      // 附件 line 645 gives the department's funds as 2970.72 万元; the department card's 预算数(A) is 2961.62.
      ['card.department.prose-amount', '2970.72 vs 2961.62', '645,658'],
      // 一般公共服务支出: 表1 (line 115) 2697.43, 表3 (line 195) 2697.42.
      ['cross.t1-t3.201', '2697.43 vs 2697.42', '115,195'],
      // 住房保障支出: 表1 (line 133) 35.04, 表3 (line 209) 35.05. Both tables still total 2812.11 (the ±0.01 cancel).
      ['cross.t1-t3.221', '35.04 vs 35.05', '133,209'],
      // The four per-类 budgets (lines 485–491) add to 2535.63 + 10.61 + 22.44 + 35.05 = 2603.73, but the stated
      // 年初预算 (line 447) is 2604.73: 1.00 apart.
      ['prose.budget.by-category', '2604.73 vs 2603.73', '447,485,487,489,491'],
      // 住房保障支出（类）支出决算 35.04 (line 491) against 表5 (line 292) 35.05.
      ['prose.category.221.actual', '35.04 vs 35.05', '491,292'],
      // 2461.23 / 2498.77 (表5 项目支出) = 98.50% (98.4977…), which rounds to 98%, printed 99% (line 547).
      ['prose.performance.share', '99 vs 98', '547,277'],
      // 一般公共服务（类）支出 2697.43 (line 437) against 表5 (line 278) 2697.42.
      ['prose.structure.201', '2697.43 vs 2697.42', '437,278'],
      // “服务采购授予中小企业合同金额占服务支出金额的100%” means at least 207.20 万元 went to SMEs, but the total
      // awarded to SMEs is 15.54 (line 539) — impossible whichever unit 15.54 is in.
      ['plausibility.procurement.service-sme', '207.20 vs 15.54', '539'],
      // “授予中小企业合同金额15.54元” (line 539): 元 in a 万元 document; its own share (7.33% of 212.13 万元) and the
      // 小微企业 amount (15.54万元 = 100% of it) only hold if it is 15.54 万元.
      ['plausibility.unit.539.15.54元', '15.54 vs 15.54', '539'],
      // The 17 cards' 执行数 add to 2461.24; the stated 绩效 amount (line 547) is 2461.23.
      ['projects.total', '2461.23 vs 2461.24', '547,692,717,742,768,794'],
      // 情况说明 lists 卫生专网及视频会议设备 at 6.67 万元 (line 477); its card (line 1058) and summary say 6.97.
      ['projects.list.15', '6.67 vs 6.97', '477,1058'],
    ];
    expect(byStatus('fail')).toEqual(expected.sort(byId));
  });

  it('warns where the template allows it or the document cannot decide', () => {
    expect(byStatus('warn').map((w) => w[0])).toEqual(
      (
        [
          // The department card prints neither its budget score nor its goal score: both derived (19 and 20).
          'card.department.budget-score',
          'card.department.self-score',
          // Card 3 is named “AI热视觉” on the card, “AI 热感视觉” in its summary.
          'card.3.summary.name',
          // Card 8 prints no rate and no budget score: derived 100% and 20.
          'card.8.rate',
          'card.8.budget-score',
          'card.8.self-score',
          // 表6 economic items against 表3 function items for the same spending (pension 25.00 vs 19.71, housing fund
          // 27.33 vs 22.97, medical 27.77 vs 21.81): the totals agree (313.34), part may be booked under 事业运行.
          'cross.t6-t3.30108',
          'cross.t6-t3.30110+30111',
          'cross.t6-t3.30113',
          // 人员经费 is said to include 奖金, but 表6 30103 奖金 is blank.
          'prose.basic.personnel-items',
          // The two SME shares hold only if 15.54 is 万元 (the unit error is the fail above).
          'prose.procurement.sme-share',
          'prose.procurement.small-micro-share',
          // 公务用车保有量 1 辆 (line 517) and 共有车辆 2 辆，其中其他用车 2 辆 (line 543) cannot both hold.
          'plausibility.vehicles',
        ] as string[]
      ).sort((a, b) => a.localeCompare(b)),
    );
  });

  it('checks every family, and most checks pass', () => {
    for (const family of Object.values(report.byFamily)) expect(family.pass).toBeGreaterThan(5);
    expect(report.counts.pass).toBeGreaterThan(450);
  });

  it('each check names the places of its figures', () => {
    for (const c of report.checks) {
      expect(c.lines.length, c.id).toBeGreaterThan(0);
      for (const line of c.lines) expect(line).toBeLessThanOrEqual(r.accounts.lineCount);
    }
  });
});

describe('the audit reads a document as printed, not as the 2021 template (issue #9)', () => {
  it('names each table by the number its title prints: 三公 printed as 表9 is 表9 in every message', () => {
    // The same model with the 2022+ numbering of the last three tables (政府性基金 7, 国有资本经营 8, 三公 9).
    const renumbered = { 'three-public': 9, 'government-fund': 7, 'state-capital': 8 } as Record<
      string,
      number
    >;
    const tables = r.accounts.tables.map((t) => ({ ...t, number: renumbered[t.kind] ?? t.number }));
    const checks = runAudit({ ...r.accounts, tables }).checks;
    expect(checks.find((c) => c.id === 'prose.three-public.running')?.message).toBe(
      '说明 公务用车运行费 = 表9',
    );
    expect(checks.find((c) => c.id === 'cross.t7-t6.30231')?.message).toMatch(
      /^表9 公务用车运行费决算 = 表6 30231/,
    );
    expect(checks.filter((c) => /三公|公务/.test(c.message) && c.message.includes('表7'))).toEqual([]);
    // The reference itself keeps its numbers.
    expect(report.checks.find((c) => c.id === 'prose.three-public.running')?.message).toBe(
      '说明 公务用车运行费 = 表7',
    );
  });

  it('judges “15.54元” against the prose (万元), also when the tables are printed in 元', () => {
    const inYuan = runAudit({
      ...r.accounts,
      meta: { ...r.accounts.meta, unit: '元' },
      tables: r.accounts.tables.map((t) => ({ ...t, unit: '元' as const })),
    });
    const status = (id: string) => inYuan.checks.find((c) => c.id === id)?.status;
    expect(status('plausibility.unit.539.15.54元')).toBe('fail');
    expect([status('prose.procurement.sme-share'), status('prose.procurement.small-micro-share')]).toEqual([
      'warn',
      'warn',
    ]);
  });
});
