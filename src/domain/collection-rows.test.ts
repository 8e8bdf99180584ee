/** The cross-document figure rows, against the hand transcription of the reference document's table figures. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

import { collectionRows, sortOrder } from './collection-rows';
import { toPlainDecimal } from './money';
import { parseFinalAccounts } from './parse/parse-final-accounts';

const text = readFileSync(
  new URL('../../data/source/jianghan-big-data-center-2021.txt', import.meta.url),
  'utf8',
);
const r = parseFinalAccounts(text);
if (!r.ok) throw new Error(r.error.message);
const hand = readFileSync(new URL('./__fixtures__/reference-facts.hand.csv', import.meta.url), 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((l) => l.split(','));
const doc = { id: 'ref', label: 'ref', accounts: r.accounts };

describe('collectionRows', () => {
  it('has one row per printed table figure: the 179 of the hand transcription, with their lines', () => {
    const rows = collectionRows([doc]);
    expect(rows).toHaveLength(hand.length);
    const key = (table: string | number, line: string | number, value: string): string =>
      `${table}|${line}|${value}`;
    const expected = hand.map((h) => key(h[0] ?? '', h[6] ?? '', h[5] ?? '')).sort();
    const actual = rows.map((x) => key(x.table, x.line, toPlainDecimal(x.fen, '万元'))).sort();
    expect(actual).toEqual(expected);
  });

  it('concatenates documents and numbers them in collection order', () => {
    const rows = collectionRows([doc, { ...doc, id: 'copy' }]);
    expect(rows).toHaveLength(2 * hand.length);
    expect(rows[hand.length]?.doc).toBe(1);
  });

  it('sorts stably both ways: ties keep the printed order', () => {
    const rows = collectionRows([doc]);
    const asc = Array.from(sortOrder(rows, 'amount'));
    const desc = Array.from(sortOrder(rows, 'amount', true));
    // Smallest and largest by hand: 0.07 (表6 差旅费, line 320) and 2812.11.
    expect(rows[asc[0] ?? -1]?.line).toBe(320);
    expect(toPlainDecimal(rows[desc[0] ?? -1]?.fen ?? (0 as never), '万元')).toBe('2812.11');
    const topTies = desc.filter((i) => rows[i]?.fen === rows[desc[0] ?? -1]?.fen);
    expect(topTies).toEqual([...topTies].sort((a, b) => a - b));
    expect(topTies).toHaveLength(hand.filter((h) => h[5] === '2812.11').length);
    for (let i = 1; i < asc.length; i++) {
      const a = rows[asc[i - 1] ?? -1];
      const b = rows[asc[i] ?? -1];
      expect((a?.fen ?? 0) <= (b?.fen ?? 0)).toBe(true);
    }
    const byName = Array.from(sortOrder(rows, 'name')).map((i) => rows[i]?.name ?? '');
    const collator = new Intl.Collator('zh-CN', { numeric: true });
    expect(byName).toEqual([...byName].sort(collator.compare));
  });
});
