import { describe, expect, it } from 'vitest';

import type { Fen } from '@/domain/money';

import type { ShownTable } from './export';
import {
  BOM,
  buildCsv,
  buildSheetRows,
  csvField,
  exportFileName,
  neutralizeFormula,
  shownOfGrid,
} from './export';
import { buildLedgerGrid } from './layouts';
import { LEDGER, wan } from './test-fixtures';

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
    expect(csv.startsWith(BOM)).toBe(true);
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

  it('neutralises text that a spreadsheet would run as a formula, never numbers or dashes', () => {
    expect(neutralizeFormula('=HYPERLINK("x")')).toBe('\'=HYPERLINK("x")');
    expect(neutralizeFormula('@SUM')).toBe("'@SUM");
    expect(neutralizeFormula('一般公共服务支出')).toBe('一般公共服务支出');
    expect(csvField('a\nb')).toBe('"a\nb"');
  });
});

describe('buildSheetRows', () => {
  it('keeps codes as text and amounts as exact decimals in the shown unit', () => {
    const rows = buildSheetRows(SHOWN, '万元');
    expect(rows[0]?.[2]).toEqual({ kind: 'text', text: '本年支出合计（万元）', bold: true });
    expect(rows[2]).toEqual([
      { kind: 'text', text: '2010350' },
      { kind: 'text', text: '事业运行' },
      { kind: 'number', decimal: '236.77' },
      { kind: 'number', decimal: '236.77' },
      { kind: 'text', text: '' },
    ]);
  });
});

describe('shownOfGrid (static layouts)', () => {
  it('exports the ledger with 行次 on both sides', () => {
    const csv = buildCsv(shownOfGrid(buildLedgerGrid(LEDGER)), '万元')
      .slice(1)
      .split('\r\n');
    expect(csv[0]).toBe('收入项目,收入行次,收入/决算数（万元）,支出项目,支出行次,支出/决算数（万元）');
    expect(csv[1]).toBe('一、一般公共预算财政拨款收入,1,2484.74,一、一般公共服务支出,31,2697.43');
    expect(csv[2]).toBe('二、政府性基金预算财政拨款收入,2,,二、外交支出,32,');
  });
});

it('names files without characters file systems reject', () => {
  expect(exportFileName(3, '支出决算表', '万元', 'csv')).toBe('表3-支出决算表-万元.csv');
  expect(exportFileName(7, '一般公共预算财政拨款“三公”经费 支出/决算表', '元', 'xlsx')).toBe(
    '表7-一般公共预算财政拨款“三公”经费支出决算表-元.xlsx',
  );
});
