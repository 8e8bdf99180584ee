import { describe, expect, it } from 'vitest';

import { CSV_BOM } from '@/domain/csv';
import type { Fen } from '@/domain/money';
import { parseAmount } from '@/domain/money';

import type { ShownTable } from './export';
import { readCsv } from '@/testing/read-csv';

import { buildCsv, buildSheetRows, exportFileName } from './export';

const wan = (text: string): Fen => {
  const r = parseAmount(text, '万元');
  if (r.kind !== 'amount') throw new Error(text);
  return r.fen;
};

// Expected values are the document's figures read by hand (表3 lines 194, 198; 表1 line 115).
const SHOWN: ShownTable = {
  columns: [
    { label: '功能分类科目编码', kind: 'text' },
    { label: '科目名称', kind: 'text' },
    { label: '本年支出合计', kind: 'amount' },
    { label: '基本支出', kind: 'amount' },
    { label: '项目支出', kind: 'amount' },
  ],
  rows: [
    [
      { kind: 'blank' },
      { kind: 'text', text: '合计' },
      { kind: 'amount', fen: wan('2,812.11') },
      { kind: 'amount', fen: wan('313.34') },
      { kind: 'amount', fen: wan('2,498.77') },
    ],
    [
      { kind: 'text', text: '2010350' },
      { kind: 'text', text: '事业运行' },
      { kind: 'amount', fen: wan('236.77') },
      { kind: 'amount', fen: wan('236.77') },
      { kind: 'blank' },
    ],
    [
      { kind: 'text', text: '2101' },
      { kind: 'text', text: '名称, 带 "引号"' },
      { kind: 'dash' },
      { kind: 'amount', fen: -1_230_000 as Fen },
      { kind: 'amount', fen: 0 as Fen },
    ],
  ],
};

describe('buildCsv', () => {
  it('writes a BOM, a header with the unit, plain decimals in 万元, blank as empty and dash as -', () => {
    const csv = buildCsv(SHOWN, '万元');
    expect(csv.startsWith(CSV_BOM)).toBe(true);
    expect(csv.slice(1).split('\r\n')).toEqual([
      '功能分类科目编码,科目名称,本年支出合计（万元）,基本支出（万元）,项目支出（万元）',
      ',合计,2812.11,313.34,2498.77',
      '2010350,事业运行,236.77,236.77,',
      '2101,"名称, 带 ""引号""",-,-1.23,0.00',
      '',
    ]);
  });

  it('writes 元 exactly (2,812.11 万元 = 28121100.00 元)', () => {
    const lines = buildCsv(SHOWN, '元').slice(1).split('\r\n');
    expect(lines[0]).toBe('功能分类科目编码,科目名称,本年支出合计（元）,基本支出（元）,项目支出（元）');
    expect(lines[1]).toBe(',合计,28121100.00,3133400.00,24987700.00');
  });

  it('guards text a spreadsheet would run as a formula (= + - @ tab CR), never amounts or dashes', () => {
    const hostile: ShownTable = {
      columns: [
        { label: '名称', kind: 'text' },
        { label: '金额', kind: 'amount' },
      ],
      rows: [
        [
          { kind: 'text', text: '=HYPERLINK("x")' },
          { kind: 'amount', fen: -300_000 as Fen },
        ],
        [{ kind: 'text', text: '-1+2' }, { kind: 'dash' }],
        [{ kind: 'text', text: '+86' }, { kind: 'blank' }],
        [{ kind: 'text', text: '@SUM(A1)' }, { kind: 'blank' }],
        [{ kind: 'text', text: '\tcmd' }, { kind: 'blank' }],
      ],
    };
    expect(readCsv(buildCsv(hostile, '万元')).map((r) => r.join('|'))).toEqual([
      '名称|金额（万元）',
      '\'=HYPERLINK("x")|-0.30',
      "'-1+2|-",
      "'+86|",
      "'@SUM(A1)|",
      "'\tcmd|",
    ]);
  });
});

describe('buildSheetRows', () => {
  it('keeps codes as text and amounts as exact decimals in the shown unit', () => {
    const rows = buildSheetRows(SHOWN, '万元');
    expect(rows[0]?.[2]).toEqual({ kind: 'text', text: '本年支出合计（万元）', bold: true });
    expect(rows[2]).toEqual([
      { kind: 'text', text: '2010350' },
      { kind: 'text', text: '事业运行' },
      { kind: 'number', decimal: '236.77', money: true },
      { kind: 'number', decimal: '236.77', money: true },
      { kind: 'text', text: '' },
    ]);
  });
});

it('names files without characters file systems reject', () => {
  expect(exportFileName(['表3', '支出决算表'], '万元', 'csv')).toBe('表3-支出决算表-万元.csv');
  expect(exportFileName(['表7', '一般公共预算财政拨款“三公”经费 支出/决算表'], '元', 'xlsx')).toBe(
    '表7-一般公共预算财政拨款“三公”经费支出决算表-元.xlsx',
  );
});
