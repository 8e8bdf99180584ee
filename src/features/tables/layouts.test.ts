import { describe, expect, it } from 'vitest';

import { buildCsv } from '@/components/data-table/export';

import { buildFlatGrid, buildGroupedPrintGrid, buildLedgerGrid, layoutOf, shownOfGrid } from './layouts';
import { EXPENSE, GROUPED, LEDGER, wan } from './test-fixtures';

describe('layoutOf', () => {
  it('ledger for two-sided tables, tree for coded tables', () => {
    expect(layoutOf(LEDGER)).toBe('ledger');
    expect(layoutOf(EXPENSE)).toBe('tree');
    expect(layoutOf(GROUPED)).toBe('tree');
  });
});

describe('buildLedgerGrid (表1: income and expense side by side)', () => {
  const grid = buildLedgerGrid(LEDGER);

  it('has 项目 / 行次 / 决算数 on each side, under 收入 and 支出', () => {
    expect(grid.columns.map((c) => c.levels)).toEqual([
      ['收入', '项目'],
      ['收入', '行次'],
      ['收入', '决算数'],
      ['支出', '项目'],
      ['支出', '行次'],
      ['支出', '决算数'],
    ]);
    expect(grid.columns.map((c) => c.columnNoText)).toEqual(['栏次', '', '1', '栏次', '', '2']);
  });

  it('pairs the two sides by printed line, in printed order', () => {
    expect(grid.rows.map((r) => r.lines)).toEqual([[115], [116], [141], [143]]);
    const first = grid.rows[0]!;
    expect(first.cells[0]).toEqual({
      kind: 'name',
      text: '一、一般公共预算财政拨款收入',
      code: null,
      total: false,
    });
    expect(first.cells[1]).toEqual({ kind: 'text', text: '1' });
    expect(first.cells[2]).toMatchObject({ kind: 'amount', cell: { fen: wan('2,484.74') } });
    expect(first.cells[4]).toEqual({ kind: 'text', text: '31' });
    expect(first.cells[5]).toMatchObject({ kind: 'amount', cell: { fen: wan('2,697.43') } });
    // blank stays blank
    expect(grid.rows[1]!.cells[2]).toEqual({ kind: 'blank' });
    expect(grid.rows[2]!.total).toBe(true);
  });
});

describe('buildGroupedPrintGrid (表6 as printed: three groups side by side)', () => {
  const grid = buildGroupedPrintGrid(GROUPED);
  it('shows 编码 / 科目名称 / 决算数 per group, rows by printed line', () => {
    expect(grid.columns.map((c) => c.levels[0])).toEqual([
      '人员经费',
      '人员经费',
      '人员经费',
      '公用经费',
      '公用经费',
      '公用经费',
      '公用经费',
      '公用经费',
      '公用经费',
    ]);
    expect(grid.rows.map((r) => r.lines[0])).toEqual([310, 311, 337, 338]);
    const line337 = grid.rows[2]!;
    expect(line337.cells.slice(0, 3)).toEqual([{ kind: 'blank' }, { kind: 'blank' }, { kind: 'blank' }]);
    expect(line337.cells[3]).toEqual({ kind: 'text', text: '30299' });
    expect(line337.cells[5]).toMatchObject({ kind: 'amount', cell: { fen: wan('2.32') } });
  });
});

describe('buildFlatGrid', () => {
  it('adds a 项目 column only when rows have names', () => {
    expect(buildFlatGrid(EXPENSE).columns[0]?.id).toBe('name');
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
