import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { readCsv } from '@/testing/read-csv';

import type { CsvCell } from './csv';
import { CSV_BOM, cellField, guardText, writeCsv } from './csv';
import type { Fen } from './money';
import { toPlainDecimal } from './money';

const fen = (n: number) => n as Fen;

describe('the one CSV writer', () => {
  // OWASP CSV injection: a text cell beginning with = + - @ tab or CR is prefixed with a single quote.
  it.each([
    ['=1+1', "'=1+1"],
    ['+86 27', "'+86 27"],
    ['-cmd', "'-cmd"],
    ['-0.30', "'-0.30"], // text that looks like a number is still text: only a typed number is exempt
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
    ['\rx', "'\rx"],
    ['一般公共服务支出', '一般公共服务支出'],
    ['2010350', '2010350'],
    ["'already", "'already"],
    ['', ''],
  ])('guards the text %j as %j', (text, field) => {
    expect(guardText(text)).toBe(field);
    expect(cellField(text)).toBe(field);
  });

  it.each<[CsvCell, string]>([
    [{ amount: fen(2_812_110_000), unit: '万元' }, '2812.11'],
    [{ amount: fen(2_812_110_000), unit: '元' }, '28121100.00'],
    [{ amount: fen(-300_000), unit: '万元' }, '-0.30'],
    [{ amount: fen(-30), unit: '元' }, '-0.30'],
    [{ number: 141 }, '141'],
    [{ number: '-0.01' }, '-0.01'],
    [{ number: '-1e3' }, "'-1e3"], // not a plain decimal: written as (guarded) text
    [{ number: '=1' }, "'=1"],
    [{ dash: true }, '-'],
    [null, ''],
  ])('writes %j as %j, amounts never altered', (cell, field) => {
    expect(cellField(cell)).toBe(field);
  });

  it('quotes as RFC 4180 says, with a BOM and CRLF by default', () => {
    const text = writeCsv([
      ['名称', '说明'],
      ['a,b', '他说"好"'],
      ['line\nbreak', ' padded '],
    ]);
    expect(text).toBe(`${CSV_BOM}名称,说明\r\n"a,b","他说""好"""\r\n"line\nbreak"," padded "\r\n`);
  });

  it('writes without a BOM and with LF when asked (the command line)', () => {
    expect(writeCsv([['a', { number: 1 }]], { bom: false, eol: '\n' })).toBe('a,1\n');
  });

  it('round-trips through the test reader: text comes back guarded, amounts exactly', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.string({ unit: 'grapheme', maxLength: 12 }),
            fc.integer({ min: -9_000_000_000_000, max: 9_000_000_000_000 }),
            fc.constantFrom<'元' | '万元'>('元', '万元'),
          ),
          { maxLength: 8 },
        ),
        (rows) => {
          const text = writeCsv(rows.map(([t, n, unit]) => [t, { amount: fen(n), unit }]));
          const back = readCsv(text);
          expect(back).toHaveLength(rows.length);
          rows.forEach(([t, n, unit], i) => {
            expect(back[i]).toEqual([guardText(t), toPlainDecimal(fen(n), unit)]);
          });
        },
      ),
    );
  });
});
