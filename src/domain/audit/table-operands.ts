/** Operands from table cells, with their places. */
import type { FinalAccounts, FinalAccountsTable, TableKind, TableRow } from '../final-accounts.types';
import { TEMPLATE_NUMBER } from '../parse/tables';
import type { AmountOperand } from './core';
import { amountOperand, place } from './core';

export function tableOf(a: FinalAccounts, kind: TableKind): FinalAccountsTable | undefined {
  return a.tables.find((t) => t.kind === kind);
}

export function rowLabel(row: TableRow): string {
  if (row.rowNo !== null) return `第${row.rowNo}行${row.name ? ` ${row.name}` : ''}`;
  if (row.code) return `${row.code} ${row.name}`;
  return row.name || '数据行';
}

/** The operand of `row` × column index `col` (blank → fen null, placed on the row's line). */
export function cellOperand(t: FinalAccountsTable, row: TableRow, col: number): AmountOperand {
  const cell = row.cells.find((c) => c.column === col);
  const column = t.columns[col];
  const header = column?.header ?? '';
  return amountOperand(
    cell?.fen ?? null,
    t.unit,
    place(
      cell?.line ?? row.line,
      `表${t.number} ${rowLabel(row)} · ${header}${cell ? '' : '（空白）'}`,
      t.number,
      row.rowNo !== null ? String(row.rowNo) : (row.code ?? row.name),
      header,
    ),
  );
}

/** Column index by 栏次, or -1 (also when the document has no such table). */
export function columnByNo(t: FinalAccountsTable | undefined, no: number): number {
  return t ? t.columns.findIndex((c) => c.columnNo === no) : -1;
}

/**
 * The 合计 column of a 科目 table: 栏次 1 where the document numbers its columns, else the column headed 合计 (the
 * Shanghai template prints no 栏次 row; 本年收入合计 / 本年支出合计 in 表2 / 表3), or -1.
 */
export function sumColumn(t: FinalAccountsTable | undefined): number {
  const byNo = columnByNo(t, 1);
  return byNo >= 0 ? byNo : columnNamed(t, /^(合计|小计|本年收入合计|本年支出合计)$/);
}

/**
 * Column index whose header matches the template pattern `name`, optionally on a ledger side. The pattern is the
 * template's words (a constant), never text of the document: for a name read from the document use
 * `columnWithHeader`.
 */
export function columnNamed(
  t: FinalAccountsTable | undefined,
  name: RegExp,
  side: 'income' | 'expense' | null = null,
): number {
  return columnWhere(t, side, (header) => name.test(header));
}

/**
 * Column index whose full header (levels joined with `/`) is exactly `header`, optionally on a ledger side, or -1.
 * For names read from the document: compared as text, so brackets or other metacharacters in a name are just
 * characters.
 */
export function columnWithHeader(
  t: FinalAccountsTable | undefined,
  header: string,
  side: 'income' | 'expense' | null = null,
): number {
  return columnWhere(t, side, (h) => h === header);
}

function columnWhere(
  t: FinalAccountsTable | undefined,
  side: 'income' | 'expense' | null,
  test: (header: string) => boolean,
): number {
  if (!t) return -1;
  return t.columns.findIndex((c) => (side === null || c.side === side) && test(c.header));
}

export function rowNamed(
  t: FinalAccountsTable | undefined,
  name: RegExp,
  side: 'income' | 'expense' | null = null,
): TableRow | undefined {
  return t?.rows.find((r) => (side === null || r.side === side) && name.test(r.name));
}

export function totalRow(t: FinalAccountsTable | undefined): TableRow | undefined {
  return t?.rows.find((r) => r.level === 'total');
}

export function hasFigure(row: TableRow | undefined): boolean {
  return (row?.cells.length ?? 0) > 0;
}

/** The national template's 2020–2021 numbers, t1…t9 (the keys of `tableLabels`). */
export type TemplateTableKey = `t${1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9}`;

/**
 * How this document names each table in a message: `表N` with the number printed in its title (the 2022+ order
 * prints 三公 as 表9, so `t7` is `表9` there), else the 2020–2021 template's number. Keys are template numbers, so
 * check code reads `L.t7` for 三公 whatever the order; check ids keep the template numbers and stay stable.
 */
export function tableLabels(a: FinalAccounts): Readonly<Record<TemplateTableKey, string>> {
  const out = {} as Record<TemplateTableKey, string>;
  for (const [kind, no] of Object.entries(TEMPLATE_NUMBER) as Array<[TableKind, number]>) {
    out[`t${no}` as TemplateTableKey] = `表${tableOf(a, kind)?.number ?? no}`;
  }
  return out;
}
