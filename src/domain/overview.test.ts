/** The overview's figures, against values read by hand from the document (lines given). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

import { runAudit } from './audit/run-audit';
import { toPlainDecimal } from './money';
import { getOverview } from './overview';
import { parseFinalAccounts } from './parse/parse-final-accounts';

const r = parseFinalAccounts(
  readFileSync(new URL('../../data/source/jianghan-big-data-center-2021.txt', import.meta.url), 'utf8'),
);
if (!r.ok) throw new Error(r.error.message);
const o = getOverview(r.accounts, runAudit(r.accounts));
const v = (f: { fen: number; unit: '万元' | '元' } | null): string | null =>
  f ? toPlainDecimal(f.fen as never, f.unit) : null;

describe('overview', () => {
  it('headline figures with their places (表1 lines 141–144, 表3 line 194, 表6 line 338, 表7 line 352)', () => {
    expect([v(o.income), o.income?.place?.line]).toEqual(['2484.74', 141]);
    expect([v(o.expense), o.expense?.place?.line]).toEqual(['2812.11', 141]);
    expect([v(o.carryIn), v(o.grandTotal)]).toEqual(['327.37', '2812.11']);
    expect(o.carryOut).toBeNull(); // 年末结转和结余 is blank in 表1: not zero, not invented
    expect([v(o.basic), v(o.project), o.basic?.place?.line]).toEqual(['313.34', '2498.77', 194]);
    expect([v(o.personnel), v(o.publicUse), o.publicUse?.place?.line]).toEqual(['287.63', '25.71', 338]);
    expect([v(o.threePublicBudget), v(o.threePublicActual)]).toEqual(['3.00', '2.20']);
    expect(o.incomeSources.map((f) => [f.label, v(f)])).toEqual([['财政拨款收入', '2484.74']]);
    expect(o.staff?.total).toBe(14);
  });

  it('last year is derived from the stated change, with the formula (2812.11 + 2072.36 = 4884.47, line 397)', () => {
    const t = o.yearPairs.find((p) => p.id === 'totals');
    expect(v(t?.previous ?? null)).toBe('4884.47');
    expect(t?.previous.place).toBeNull();
    expect(t?.previous.derived?.inputs.map((i) => [i.label, i.line])).toEqual([
      ['2021 年度收、支总计', 397],
      ['比上年减少', 397],
    ]);
    expect(v(o.yearPairs.find((p) => p.id === 'fiscal-expense')?.previous ?? null)).toBe('3385.64');
    expect(v(o.threePublicPrevious)).toBe('1.86'); // 2.2 − 0.34 (line 521)
  });

  it('budget against actual per 类, rates from integers (2697.42 / 2535.63 = 106.38%)', () => {
    expect(o.categories.map((c) => [c.code, c.rateBp, c.printedRate, c.over])).toEqual([
      ['201', 10638, '106%', true],
      ['208', 18577, '186%', true],
      ['210', 26707, '267%', true],
      ['221', 9997, '100%', false],
    ]);
  });

  it('projects by execution, and the weakest indicators first', () => {
    expect(o.projects[0]?.name).toBe('监督员政府购岗费');
    expect(o.projects[0]?.lostPoints).toBe('5.4');
    expect(o.weakIndicators[0]?.indicator.name).toBe('租赁点位数量');
    expect(o.weakIndicators[0]?.ratioBp).toBe(0);
    expect(o.failedChecks).toHaveLength(12);
  });
});
