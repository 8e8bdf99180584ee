/**
 * Tiny hand-made tables for the view's unit tests (not parser output): a coded expense table shaped like 表3 with a
 * few rows of the reference document read by hand, a two-sided ledger, and a column-grouped economic table.
 */
import type { FinalAccountsTable, TableCell, TableColumn, TableRow } from '@/domain/final-accounts.types';
import type { Fen } from '@/domain/money';
import type { SubjectCode } from '@/domain/subject-code';
import { levelOf } from '@/domain/subject-code';

/** 万元 with two decimals as a printed string → Fen, by hand-written integer arithmetic (`236.77` → 236_770_000). */
export function wan(text: string): Fen {
  const [i = '0', f = ''] = text.replace(/,/g, '').split('.');
  return Number(`${i}${f.padEnd(6, '0')}`) as Fen;
}

function column(
  index: number,
  levels: readonly string[],
  columnNo: number | null,
  side: TableColumn['side'] = null,
): TableColumn {
  return { index, columnNo, levels, header: levels.join('/'), side };
}

interface RowSpec {
  readonly code?: string;
  readonly name: string;
  readonly line: number;
  readonly values: ReadonlyArray<string | null>;
  readonly dashes?: readonly number[];
  readonly level?: TableRow['level'];
  readonly rowNo?: number;
  readonly side?: TableRow['side'];
  readonly groupColumn?: number;
  readonly key?: string;
}

function row(spec: RowSpec): TableRow {
  const cells: TableCell[] = [];
  spec.values.forEach((v, i) => {
    if (v !== null) cells.push({ column: i, fen: wan(v), raw: v, line: spec.line });
  });
  const code = (spec.code ?? null) as SubjectCode | null;
  return {
    key: spec.key ?? (code ? `c${code}` : spec.rowNo !== undefined ? `r${spec.rowNo}` : 'total'),
    line: spec.line,
    rowNo: spec.rowNo ?? null,
    code,
    categoryCodeByName: null,
    name: spec.name,
    level: spec.level ?? (code ? levelOf(code) : 'total'),
    side: spec.side ?? null,
    groupColumn: spec.groupColumn ?? null,
    cells,
    dashCells: spec.dashes ?? [],
  };
}

function table(
  partial: Partial<FinalAccountsTable> & Pick<FinalAccountsTable, 'columns' | 'rows'>,
): FinalAccountsTable {
  return {
    number: 3,
    numberPrinted: true,
    kind: 'expense',
    title: '2021年度支出决算表（表3）',
    titleLine: 184,
    department: { text: '武汉市江汉区大数据中心', line: 186 },
    unit: '万元',
    unitLine: 188,
    classification: 'function',
    headerLines: [190],
    notes: [],
    identities: [],
    emptyStatement: null,
    lastLine: 217,
    ...partial,
  };
}

/** 表3, part of it (lines 194–208 of the reference document, read by hand). */
export const EXPENSE: FinalAccountsTable = table({
  columns: [column(0, ['本年支出合计'], 1), column(1, ['基本支出'], 2), column(2, ['项目支出'], 3)],
  rows: [
    row({ name: '合计', line: 194, values: ['2,812.11', '313.34', '2,498.77'] }),
    row({ code: '201', name: '一般公共服务支出', line: 195, values: ['2,697.42', '236.77', '2,460.65'] }),
    row({
      code: '20103',
      name: '政府办公厅（室）及相关机构事务',
      line: 196,
      values: ['2,697.42', '236.77', '2,460.65'],
    }),
    row({ code: '2010302', name: '一般行政管理事务', line: 197, values: ['279.86', null, '279.86'] }),
    row({ code: '2010350', name: '事业运行', line: 198, values: ['236.77', '236.77', null] }),
    row({
      code: '2010399',
      name: '其他政府办公厅（室）及相关机构事务支出',
      line: 199,
      values: ['2,180.79', null, '2,180.79'],
    }),
    row({ code: '210', name: '卫生健康支出', line: 203, values: ['59.93', '21.81', '38.12'] }),
    row({ code: '21004', name: '公共卫生', line: 204, values: ['38.12', null, '38.12'] }),
    row({ code: '2100410', name: '突发公共卫生事件应急处理', line: 205, values: ['38.12', null, '38.12'] }),
    row({
      code: '21011',
      name: '行政事业单位医疗',
      line: 206,
      values: ['21.81', '21.81', null],
      dashes: [2],
    }),
    row({ code: '2101102', name: '事业单位医疗', line: 207, values: ['8.91', '8.91', null] }),
    row({ code: '2101199', name: '其他行政事业单位医疗支出', line: 208, values: ['12.90', '12.90', null] }),
  ],
});

/** 表1, a few lines (115, 116, 141, 143, 144). */
export const LEDGER: FinalAccountsTable = table({
  number: 1,
  titleLine: 106,
  lastLine: 150,
  kind: 'income-expense-summary',
  title: '2021年度收入支出决算总表（表1）',
  classification: 'none',
  columns: [column(0, ['收入', '决算数'], 1, 'income'), column(1, ['支出', '决算数'], 2, 'expense')],
  rows: [
    row({
      name: '一、一般公共预算财政拨款收入',
      rowNo: 1,
      side: 'income',
      level: 'line',
      line: 115,
      values: ['2,484.74'],
    }),
    row({
      name: '一、一般公共服务支出',
      rowNo: 31,
      side: 'expense',
      level: 'line',
      line: 115,
      values: [null, '2,697.43'],
    }),
    row({
      name: '二、政府性基金预算财政拨款收入',
      rowNo: 2,
      side: 'income',
      level: 'line',
      line: 116,
      values: [],
    }),
    row({ name: '二、外交支出', rowNo: 32, side: 'expense', level: 'line', line: 116, values: [] }),
    row({ name: '本年收入合计', rowNo: 27, side: 'income', level: 'total', line: 141, values: ['2,484.74'] }),
    row({
      name: '本年支出合计',
      rowNo: 57,
      side: 'expense',
      level: 'total',
      line: 141,
      values: [null, '2,812.11'],
    }),
    row({ name: '年初结转和结余', rowNo: 29, side: 'income', level: 'line', line: 143, values: ['327.37'] }),
    row({ name: '年末结转和结余', rowNo: 59, side: 'expense', level: 'line', line: 143, values: [] }),
  ],
});

/** 表6, a few lines: three column groups, each row printed in one group. */
export const GROUPED: FinalAccountsTable = table({
  number: 6,
  titleLine: 302,
  lastLine: 340,
  kind: 'general-budget-basic-expense',
  title: '2021年度一般公共预算财政拨款基本支出决算明细表（表6）',
  classification: 'economic',
  columns: [
    column(0, ['人员经费', '决算数'], null),
    column(1, ['公用经费', '决算数'], null),
    column(2, ['公用经费', '决算数'], null),
  ],
  rows: [
    row({ code: '301', key: 'e301', name: '工资福利支出', line: 310, groupColumn: 0, values: ['287.63'] }),
    row({
      code: '302',
      key: 'e302',
      name: '商品和服务支出',
      line: 310,
      groupColumn: 1,
      values: [null, '20.78'],
    }),
    row({
      code: '310',
      key: 'e310',
      name: '资本性支出',
      line: 310,
      groupColumn: 2,
      values: [null, null, '4.93'],
    }),
    row({ code: '30101', key: 'e30101', name: '基本工资', line: 311, groupColumn: 0, values: ['49.24'] }),
    row({ code: '30201', key: 'e30201', name: '办公费', line: 311, groupColumn: 1, values: [null, '5.51'] }),
    row({
      code: '31002',
      key: 'e31002',
      name: '办公设备购置',
      line: 311,
      groupColumn: 2,
      values: [null, null, '4.93'],
    }),
    row({
      code: '30299',
      key: 'e30299',
      name: '其他商品和服务支出',
      line: 337,
      groupColumn: 1,
      values: [null, '2.32'],
    }),
    row({ key: 'total-人员经费', name: '人员经费合计', line: 338, groupColumn: 0, values: ['287.63'] }),
    row({ key: 'total-公用经费', name: '公用经费合计', line: 338, groupColumn: 1, values: [null, '25.71'] }),
  ],
});
