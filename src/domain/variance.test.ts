/**
 * Budget against actual, and last year. Expected figures come from reading the document (lines given), never from
 * the parser's output.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

import { runAudit } from './audit/run-audit';
import type { Fen } from './money';
import { toPlainDecimal } from './money';
import { getOverview } from './overview';
import { parseFinalAccounts } from './parse/parse-final-accounts';
import {
  getCategoryVariance,
  getProjectVariance,
  getThreePublicBlankItems,
  getThreePublicVariance,
  getYearChanges,
} from './variance';

const r = parseFinalAccounts(
  readFileSync(new URL('../../data/source/jianghan-big-data-center-2021.txt', import.meta.url), 'utf8'),
);
if (!r.ok) throw new Error(r.error.message);
const accounts = r.accounts;
const overview = getOverview(accounts, runAudit(accounts));

const dec = (fen: Fen | null | undefined): string | null =>
  fen == null ? null : toPlainDecimal(fen, '万元');

describe('budget against actual, and last year', () => {
  it('per 类 (情况说明 lines 485–491): variance = 决算 − 年初预算, over-spending flagged, reasons kept', () => {
    const rows = getCategoryVariance(overview);
    expect(
      rows.map((x) => [x.code, dec(x.budget.fen), dec(x.actual.fen), dec(x.variance), x.over, x.printedRate]),
    ).toEqual([
      ['201', '2535.63', '2697.42', '161.79', true, '106%'],
      ['208', '10.61', '19.71', '9.10', true, '186%'],
      ['210', '22.44', '59.93', '37.49', true, '267%'],
      ['221', '35.05', '35.04', '-0.01', false, '100%'],
    ]);
    expect(rows.map((x) => [x.reason?.text ?? null, x.reason?.line ?? null])).toEqual([
      ['项目收尾工作', 485],
      ['新进社保人员养老保险缴费', 487],
      ['疫情防控项目收尾工作', 489],
      [null, null],
    ]);
  });

  it('per project (scorecards): the largest shortfall first, with the stated deviation reason', () => {
    const rows = getProjectVariance(accounts, overview);
    expect(rows).toHaveLength(17);
    // 中心运行维护费: 958.27 → 821.8 (lines 1101–), 监督员政府购岗费: 1103.48 → 1085.83.
    expect(
      rows.slice(0, 2).map((x) => [x.name, dec(x.budget.fen), dec(x.actual.fen), dec(x.variance)]),
    ).toEqual([
      ['中心运行维护费', '958.27', '821.80', '-136.47'],
      ['监督员政府购岗费', '1103.48', '1085.83', '-17.65'],
    ]);
    expect(rows[1]?.reason?.text).toContain('调减房屋租赁14.4万元');
    expect(rows[1]?.printedRate).toBe('98%');
    expect(rows.some((x) => x.over)).toBe(false);
  });

  it('“三公” (表7 line 352): only items printed on both sides; the stated reason on 公务用车运行费 (line 517)', () => {
    const rows = getThreePublicVariance(accounts);
    expect(rows.map((x) => [x.name, dec(x.budget.fen), dec(x.actual.fen), dec(x.variance)])).toEqual([
      ['“三公”经费合计', '3.00', '2.20', '-0.80'],
      ['公务用车购置及运行费（小计）', '3.00', '2.20', '-0.80'],
      ['公务用车运行费', '3.00', '2.20', '-0.80'],
    ]);
    expect(rows[2]?.reason).toEqual({ text: '压减经费支出', line: 517 });
    expect(rows[0]?.budget.place?.line).toBe(352);
    expect(getThreePublicBlankItems(accounts)).toEqual(['因公出国（境）费', '公务用车购置费', '公务接待费']);
  });

  it('last year from the stated changes (lines 397, 425, 431, 521) with the printed percent', () => {
    const rows = getYearChanges(accounts, overview);
    expect(
      rows.map((x) => [
        x.pair.id,
        dec(x.pair.previous.fen),
        dec(x.pair.current.fen),
        dec(x.change),
        x.printedPercent,
      ]),
    ).toEqual([
      ['totals', '4884.47', '2812.11', '-2072.36', '42%'],
      ['fiscal-totals', '4884.47', '2812.11', '-2072.36', '42%'],
      ['fiscal-expense', '3385.64', '2812.11', '-573.53', '17%'],
      ['three-public', '1.86', '2.20', '0.34', '18%'],
    ]);
  });
});
