/**
 * The template variations (variants.ts): the committed fixtures (src/domain/__fixtures__/variants/) are exactly what
 * the transforms make from the reference now (`npm run variants` rewrites them), each transform changes what it says
 * and nothing else, and the text helpers are exact. How the parser and the audit read each variant is
 * src/domain/variants.test.ts.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

import { VARIANTS, chineseOrdinal, makeVariants, wanToYuanText } from './variants';

const root = new URL('../../', import.meta.url);
const read = (path: string): string => readFileSync(new URL(path, root), 'utf8');
const REFERENCE = read('data/source/jianghan-big-data-center-2021.txt');
const NAMES = VARIANTS.map((v) => v.name);
const fixture = (name: string): string => read(`src/domain/__fixtures__/variants/${name}.txt`);

describe('variant fixtures', () => {
  it('the committed files are exactly what the transforms make from the reference now', () => {
    for (const { name, text } of makeVariants(REFERENCE)) expect(fixture(name), name).toBe(text);
  });

  it('each variant differs from the reference (no transform is a no-op)', () => {
    for (const name of NAMES) expect(fixture(name), name).not.toBe(REFERENCE);
  });

  it.each([
    ['248474', 2, '24,847,400.00'], // 2,484.74 万元 = 24,847,400.00 元
    ['20', 2, '2,000.00'], // 0.20 万元 = 2,000.00 元
    ['-525', 2, '-52,500.00'], // -5.25 万元
    ['300', 2, '30,000.00'], // 3.00 万元
  ])('wanToYuanText(%s, %i) = %s (BigInt, no float)', (digits, decimals, expected) => {
    expect(wanToYuanText(digits, decimals)).toBe(expected);
  });

  it.each([
    [1, '一'],
    [10, '十'],
    [11, '十一'],
    [20, '二十'],
    [21, '二十一'],
    [24, '二十四'],
  ])('chineseOrdinal(%i) = %s', (n, text) => {
    expect(chineseOrdinal(n)).toBe(text);
  });

  it.each(['split-codes', 'no-separators', 'yuan'])(
    '%s only touches the table lines (106–391): same line count, prose and scorecards unchanged',
    (name) => {
      const a = REFERENCE.split('\n');
      const b = fixture(name).split('\n');
      expect(b).toHaveLength(a.length);
      const changed = a.flatMap((line, i) => (line === b[i] ? [] : [i + 1]));
      expect(changed.length).toBeGreaterThan(0);
      expect(Math.min(...changed)).toBeGreaterThanOrEqual(106);
      expect(Math.max(...changed)).toBeLessThanOrEqual(391);
    },
  );

  it('other-department leaves no trace of the old name or year', () => {
    const text = fixture('other-department');
    expect(text).not.toContain('大数据中心');
    // The reference prints 2019 three times, 2020 13 times, 2021 51 times and 2022 once (grep -o, each a year):
    // each moves two years on.
    const count = (t: string, year: string) => t.split(year).length - 1;
    expect(['2019', '2020', '2021', '2022'].map((y) => count(REFERENCE, y))).toEqual([3, 13, 51, 1]);
    expect(['2019', '2020', '2021', '2022', '2023', '2024'].map((y) => count(text, y))).toEqual([
      0, 0, 3, 13, 51, 1,
    ]);
    expect(text.split('江汉区城市运行中心').length - 1).toBe(REFERENCE.split('江汉区大数据中心').length - 1);
  });
});
