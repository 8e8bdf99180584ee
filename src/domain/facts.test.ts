import { describe, expect, it } from 'vitest';

import { readCsv } from '@/testing/read-csv';

import type { TableFact } from './facts';
import { FACTS_HEADER, factsToCsv } from './facts';

// Hand-made facts: one ordinary (表3 2010350 事业运行 236.77, line 198 of the reference, read by hand), and items
// whose text a spreadsheet would run as a formula (document text may come from anywhere).
const fact = (item: string, value: string): TableFact => ({
  table: 3,
  row: null,
  code: '2010350',
  item,
  column: '本年支出合计',
  value,
  line: 198,
});

describe('factsToCsv (cli facts)', () => {
  it('writes the header and plain rows, LF line ends and no BOM (byte-identical to the hand transcription)', () => {
    expect(factsToCsv([fact('事业运行', '236.77')])).toBe(
      `${FACTS_HEADER}\n3,,2010350,事业运行,本年支出合计,236.77,198\n`,
    );
  });

  it('guards items that begin with = + - @ tab or CR, and never alters an amount', () => {
    const rows = readCsv(
      factsToCsv([
        fact('=HYPERLINK("http://x")', '-0.30'),
        fact('+1', '1.00'),
        fact('-cmd', '2.00'),
        fact('@SUM(A1)', '3.00'),
        fact('\tx', '4.00'),
      ]),
    );
    expect(rows.slice(1).map((r) => [r[3], r[5]])).toEqual([
      ['\'=HYPERLINK("http://x")', '-0.30'],
      ["'+1", '1.00'],
      ["'-cmd", '2.00'],
      ["'@SUM(A1)", '3.00'],
      ["'\tx", '4.00'],
    ]);
  });
});
