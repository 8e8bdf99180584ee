/**
 * The space-layout reader on small tables written out by hand in the shapes `pdftotext -layout` gives real
 * documents (src/domain/__fixtures__/shanghai/ for the real ones): each expectation is read off the text below.
 */
import { describe, expect, it } from 'vitest';

import { readSpacedBlocks, readSpacedLedger, readSpacedTable, readSpacedThreePublic } from './space-layout';
import { readTextLines } from './source-lines';

const read = (text: string) => {
  const lines = readTextLines(text);
  return readSpacedTable(lines, 0, lines.length, (l) => l.text.trim().startsWith('注：'));
};

/** A line with each text starting at its character column, as a converter lays out a page. */
function at(...cells: Array<readonly [number, string]>): string {
  let line = '';
  for (const [column, text] of cells)
    line = `${line.padEnd(column === 0 ? 0 : Math.max(column, line.length + 2))}${text}`;
  return line;
}

// Columns: 本年收入合计 at 20–25, 财政拨款收入 at 32–37, 其他收入 at 44–47, 附属单位/上缴收入 at 52–55; amounts are
// right-aligned to end under the end of their header (25, 37, 47, 55).
const TABLE = [
  at([52, '附属单位']),
  at([0, '功能分类'], [20, '本年收入合计'], [32, '财政拨款收入'], [44, '其他收入'], [52, '上缴收入']),
  '',
  at([17, '2,946.25'], [29, '2,940.05'], [51, '6.20']),
  at([1, '类'], [5, '款'], [9, '项']),
  at([10, '合计']),
  at([0, '201'], [6, '一般公共服务支出'], [17, '2,112.86'], [29, '2,106.66'], [51, '6.20']),
  at([0, '201'], [6, '06'], [10, '01'], [17, '1,511.90'], [29, '1,511.89'], [51, '0.01']),
  at([14, '行政运行及其他']),
  at([14, '管理事务']),
  '',
  // Squeezed: the second amount ends between 本年收入合计 and 财政拨款收入, touching the first's header.
  at([0, '208'], [6, '05'], [10, '05'], [14, '养老支出'], [19, '84.65'], [26, '84.65']),
  '注：本表反映部门本年度取得的各项收入情况。',
].join('\n');

describe('readSpacedTable', () => {
  const t = read(TABLE);

  it('merges header words stacked over each other into one column (附属单位 over 上缴收入)', () => {
    expect(t?.columns.map((c) => c.label)).toEqual([
      '本年收入合计',
      '财政拨款收入',
      '其他收入',
      '附属单位上缴收入',
    ]);
  });

  it('gives the 合计 row the amounts printed above it, each in its column by position', () => {
    expect(t?.rows[0]).toMatchObject({ line: 6, code: null, name: '合计' });
    expect(t?.rows[0]?.cells.map((c) => [c.column, c.raw, c.line])).toEqual([
      [0, '2,946.25', 4],
      [1, '2,940.05', 4],
      [3, '6.20', 4],
    ]);
  });

  it('joins a code printed over 类 | 款 | 项 cells and a name wrapped below a nameless code line', () => {
    expect(t?.rows[2]).toMatchObject({ code: '2010601', name: '行政运行及其他管理事务' });
    expect(t?.rows[2]?.codeCells).toEqual(['201', '06', '01']);
    expect(t?.rows[2]?.cells.map((c) => c.column)).toEqual([0, 1, 3]);
  });

  it('leaves a squeezed row (amounts too close to tell their columns) unplaced, saying which line', () => {
    // Line 12: both amounts sit under 本年收入合计, so neither can be placed with certainty.
    expect(t?.rows.map((r) => r.line)).toEqual([6, 7, 8]);
    expect(t?.unplaced).toEqual([{ line: 12, why: '金额的位置不能唯一对应到表头的列' }]);
  });

  it('does not read a tab-separated table (its blank cells are printed)', () => {
    expect(read('项目\t本年收入合计\n201\t一般公共服务支出\t1.00')).toBeNull();
  });
});

describe('readSpacedBlocks', () => {
  // Two blocks side by side; from 30202 on the right block's code is a line above its name and amount.
  const BLOCKS = [
    at([0, '经济分类'], [34, '经济分类']),
    at([12, '科目名称'], [20, '决算数'], [45, '科目名称'], [57, '决算数']),
    at([0, '301'], [8, '工资福利支出'], [24, '100.00'], [34, '302'], [42, '商品和服务支出'], [56, '20.50']),
    at([0, '30101'], [9, '基本工资'], [24, '100.00'], [34, '30201'], [42, '办公费'], [56, '12.00']),
    at([34, '30202']),
    at([37, '印刷费'], [57, '8.50']),
    at([6, '人员经费合计'], [24, '100.00'], [38, '公用经费合计'], [56, '20.50']),
    '注：本表反映部门本年度一般公共预算财政拨款基本支出明细情况。',
  ].join('\n');
  const lines = readTextLines(BLOCKS);
  const blocks = readSpacedBlocks(lines, 0, lines.length, (l) => l.text.startsWith('注：'));

  it('reads each block as its own table, named by its total (人员经费 | 公用经费)', () => {
    expect(blocks?.map((b) => b.group)).toEqual(['人员经费', '公用经费']);
    expect(blocks?.[0]?.table.rows.map((r) => [r.code, r.name, r.cells.map((c) => c.raw)])).toEqual([
      ['301', '工资福利支出', ['100.00']],
      ['30101', '基本工资', ['100.00']],
      [null, '人员经费合计', ['100.00']],
    ]);
  });

  it('gives a code line that prints nothing else the name and amount on the line under it (30202 印刷费)', () => {
    const right = blocks?.[1]?.table.rows.map((r) => [
      r.line,
      r.code,
      r.name,
      r.cells.map((c) => [c.raw, c.line]),
    ]);
    expect(right).toEqual([
      [3, '302', '商品和服务支出', [['20.50', 3]]],
      [4, '30201', '办公费', [['12.00', 4]]],
      [5, '30202', '印刷费', [['8.50', 6]]],
      [7, null, '公用经费合计', [['20.50', 7]]],
    ]);
  });

  it('is null for a table that does not print its header twice', () => {
    const one = readTextLines(TABLE);
    expect(readSpacedBlocks(one, 0, one.length, () => false)).toBeNull();
  });
});

describe('readSpacedLedger', () => {
  const LEDGER = [
    at([11, '收入'], [41, '支出']),
    at([7, '项目'], [21, '决算数'], [42, '项目'], [58, '决算数']),
    at([0, '一、一般公共预算财政拨款收入'], [21, '2,940.05'], [33, '一、一般公共服务支出'], [56, '2,106.66']),
    at([0, '二、政府性基金预算财政拨款收入'], [33, '二、外交支出']),
    at([31, '九、卫生健康支出'], [56, '60.99']),
    at([0, '总计'], [20, '2,995.39'], [33, '总计'], [45, '2,995.39']),
    '注：本表反映部门本年度的总收支和年末结转结余情况。',
  ].join('\n');
  const lines = readTextLines(LEDGER);
  const ledger = readSpacedLedger(lines, 0, lines.length, (l) => l.text.startsWith('注：'));

  it('reads both sides of each line; an amount belongs to the name on its left', () => {
    expect(ledger?.rows.map((r) => [r.line, r.side, r.name, r.amounts[0]?.raw ?? null])).toEqual([
      [3, 'income', '一、一般公共预算财政拨款收入', '2,940.05'],
      [3, 'expense', '一、一般公共服务支出', '2,106.66'],
      [4, 'income', '二、政府性基金预算财政拨款收入', null],
      [4, 'expense', '二、外交支出', null],
      // Alone on its line, right of where the 收入 amounts start: 支出 side.
      [5, 'expense', '九、卫生健康支出', '60.99'],
      // A squeezed line: still the second name, so 支出.
      [6, 'income', '总计', '2,995.39'],
      [6, 'expense', '总计', '2,995.39'],
    ]);
    expect(ledger?.unplaced).toEqual([]);
  });
});

describe('readSpacedLedger with several 支出 columns (财政拨款收入支出决算总表)', () => {
  // 合计 at 42–44; 一般公共预算财政拨款 stacked over three lines at 52–58; 政府性基金预算财政拨款 at 68–74.
  const FISCAL = [
    at([10, '收入'], [52, '支出']),
    at([52, '一般公共预算'], [68, '政府性基金预']),
    at([5, '项目'], [16, '决算数'], [31, '项目'], [42, '合计'], [54, '财'], [70, '算']),
    at([52, '政拨款'], [68, '财政拨款']),
    // The income amount printed a line above its name (the row is centred on a name of two lines).
    at([15, '2,940.05']),
    at([0, '一、一般公共预算财政拨款'], [26, '一、一般公共服务支出'], [41, '2,106.66'], [57, '2,106.66']),
    at([26, '二十二、灾害防治及应急管理支']),
    at([26, '出']),
    // Halfway between two headers: not placed.
    at([26, '九、卫生健康支出'], [46, '60.99']),
    '注：本表反映部门本年度财政拨款总收支和结转结余情况。',
  ].join('\n');
  const lines = readTextLines(FISCAL);
  const ledger = readSpacedLedger(lines, 0, lines.length, (l) => l.text.startsWith('注：'));

  it('names each 支出 column by its stacked header words, and 收入 by its one', () => {
    expect(ledger?.columns.map((c) => [c.side, c.label])).toEqual([
      ['income', '决算数'],
      ['expense', '合计'],
      ['expense', '一般公共预算财政拨款'],
      ['expense', '政府性基金预算财政拨款'],
    ]);
    expect(ledger?.headerLines).toEqual([1, 2, 3, 4]);
  });

  it('places each amount under the nearest header, an amount above its name with it, a wrapped name joined', () => {
    expect(
      ledger?.rows.map((r) => [r.line, r.side, r.name, r.amounts.map((a) => [a.column, a.raw, a.line])]),
    ).toEqual([
      [6, 'income', '一、一般公共预算财政拨款', [[0, '2,940.05', 5]]],
      [
        6,
        'expense',
        '一、一般公共服务支出',
        [
          [1, '2,106.66', 6],
          [2, '2,106.66', 6],
        ],
      ],
      [7, 'expense', '二十二、灾害防治及应急管理支出', []],
    ]);
  });

  it('leaves an amount that lies as near one header as the next unplaced, and says so', () => {
    expect(ledger?.unplaced.map((u) => u.line)).toEqual([9]);
  });
});

describe('readSpacedThreePublic', () => {
  const heads = Array.from({ length: 12 }, (_, k) => [k * 7, k % 2 === 0 ? '预算数' : '决算数'] as const);
  const groups = (names: readonly string[]) => at(...names.map((n, k) => [k * 14 + 2, n] as const));
  const table = (names: readonly string[], data: string) => {
    const lines = readTextLines([groups(names), at(...heads), data, '注：本表反映…'].join('\n'));
    return readSpacedThreePublic(lines, 0, lines.length, (l) => l.text.startsWith('注：'));
  };
  const NAMES = ['合计', '出国费', '小计', '购置费', '运行费', '接待费'];

  it('reads a row of twelve amounts one space apart in order, under groups checked against their words', () => {
    const t = table(NAMES, '  2.85 0.39 0.00 0.00 0.00 0.00 0.00 0.00 0.00 0.00 2.85 0.39');
    expect(t?.columns[0]?.levels).toEqual(['预算数', '合计']);
    expect(t?.columns[11]?.levels).toEqual(['决算数', '公务接待费']);
    expect(t?.row?.cells.map((c) => c.raw)).toEqual([
      '2.85',
      '0.39',
      ...Array<string>(8).fill('0.00'),
      '2.85',
      '0.39',
    ]);
  });

  it('places sparse amounts under the header word each overlaps (合计 预算数 and 接待费 预算数)', () => {
    const t = table(NAMES, at([1, '0.95'], [71, '0.95']));
    expect(t?.row?.cells.map((c) => [c.column, c.raw])).toEqual([
      [0, '0.95'],
      [10, '0.95'],
    ]);
  });

  it('is null when the words over the pairs are not the six groups (never assumed from the order)', () => {
    expect(table(['合计', '出国费', '小计', '购置费', '运行费', '培训费'], '  1.00')).toBeNull();
  });
});
