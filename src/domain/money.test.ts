import { describe, expect, it } from 'vitest';
import type { Fen } from './money';
import {
  formatFen,
  formatPercent,
  parseAmount,
  percentScaled,
  roundDiv,
  sumFen,
  toPlainDecimal,
  tryParseAmount,
} from './money';

describe('parseAmount', () => {
  // Oracles: the printed strings of the reference document and their value in 分 worked out by hand
  // (1 万元 = 1,000,000 分; 1 元 = 100 分).
  it.each([
    ['2,812.11', '万元', 2_812_110_000],
    ['2, 812. 11', '万元', 2_812_110_000],
    ['<b>2,812.11</b>', '万元', 2_812_110_000],
    ['2812.11', '万元', 2_812_110_000],
    ['0.20', '万元', 200_000],
    ['12.90', '万元', 12_900_000],
    ['50', '万元', 50_000_000],
    ['0.1234', '万元', 123_400],
    ['15.54', '元', 1_554],
    ['1.005', '万元', 1_005_000],
    ['-3.50', '万元', -3_500_000],
    ['－3.50', '万元', -3_500_000],
    ['２,８１２.１１', '万元', 2_812_110_000],
    ['0.00', '万元', 0],
    ['  7. 29 ', '万元', 7_290_000],
    // The bound is the safe integer (style guide), not 15 digits: 10^15 分 and MAX_SAFE_INTEGER 分 are exact.
    ['1,000,000,000.00', '万元', 1_000_000_000_000_000],
    ['90,071,992,547,409.91', '元', Number.MAX_SAFE_INTEGER],
    ['-9007199254.740991', '万元', -Number.MAX_SAFE_INTEGER],
  ] as const)('%s %s → %i 分', (text, unit, fen) => {
    const r = parseAmount(text, unit);
    expect(r).toMatchObject({ kind: 'amount', fen });
  });

  it.each(['', '   ', '<b></b>', '\u3000'])('blank %j is blank, not zero', (text) => {
    expect(parseAmount(text, '万元')).toEqual({ kind: 'blank' });
    expect(tryParseAmount(text, '万元')).toBeNull();
  });

  it.each(['-', '—', '--'])('dash %j is a dash', (text) => {
    expect(parseAmount(text, '万元').kind).toBe('dash');
  });

  it.each([
    ['abc', '万元'],
    ['1.2.3', '万元'],
    ['28,12.11', '万元'],
    ['1.001', '元'],
    ['0.1234567', '万元'],
    ['99999999999999999', '万元'],
    ['90071992547409.92', '元'],
    ['9007199254.740992', '万元'],
    ['12%', '万元'],
  ] as const)('invalid %s (%s) is reported, not guessed', (text, unit) => {
    const r = parseAmount(text, unit);
    expect(r.kind).toBe('invalid');
  });
});

describe('formatting', () => {
  it.each([
    [2_812_110_000, '万元', '2,812.11'],
    [200_000, '万元', '0.20'],
    [-3_500_000, '万元', '-3.50'],
    [0, '万元', '0.00'],
    [1_554, '元', '15.54'],
    [2_812_110_000, '元', '28,121,100.00'],
    [1_554, '万元', '0.00'],
    [5_000, '万元', '0.01'],
    [-5_000, '万元', '-0.01'],
  ] as const)('formatFen(%i, %s) = %s', (fen, unit, text) => {
    expect(formatFen(fen as Fen, unit)).toBe(text);
  });

  it.each([
    [2_812_110_000, '万元', '2812.11'],
    [200_000, '万元', '0.20'],
    [123_400, '万元', '0.1234'],
    [50_000_000, '万元', '50.00'],
    [1_554, '元', '15.54'],
    [-7_290_000, '万元', '-7.29'],
  ] as const)('toPlainDecimal(%i, %s) = %s', (fen, unit, text) => {
    expect(toPlainDecimal(fen as Fen, unit)).toBe(text);
  });

  it('round-trips every printed amount of the form d.dd', () => {
    for (let cents = -20000; cents <= 20000; cents += 7) {
      const text = `${cents < 0 ? '-' : ''}${Math.floor(Math.abs(cents) / 100)}.${String(Math.abs(cents) % 100).padStart(2, '0')}`;
      const r = parseAmount(text, '万元');
      if (r.kind !== 'amount') throw new Error(text);
      expect(toPlainDecimal(r.fen, '万元')).toBe(text === '-0.00' ? '0.00' : text);
    }
  });

  it('rounds half away from zero once', () => {
    expect(roundDiv(5, 10)).toBe(1);
    expect(roundDiv(-5, 10)).toBe(-1);
    expect(roundDiv(4, 10)).toBe(0);
    expect(roundDiv(15, 10)).toBe(2);
  });

  it('percentages come from integers: 313.34 / 2812.11 = 11.1% (the document prints 11.1%)', () => {
    expect(formatPercent(313_340_000, 2_812_110_000, 1)).toBe('11.1%');
    expect(formatPercent(2_498_770_000, 2_812_110_000, 1)).toBe('88.9%');
    expect(percentScaled(2_812_110_000, 2_604_730_000, 0)).toBe(108);
    expect(formatPercent(1, 0)).toBe('—');
  });

  it('sums exactly where floats do not', () => {
    const tenths = Array.from({ length: 10 }, () => 100_000 as Fen); // 0.10 万元 ten times
    expect(sumFen(tenths)).toBe(1_000_000);
  });
});
