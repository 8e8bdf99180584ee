/** Operands from table cells, with their places. */
import type { FinalAccounts, FinalAccountsTable, TableKind, TableRow } from '../final-accounts.types';
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

/** Column index by 栏次, or -1. */
export function columnByNo(t: FinalAccountsTable, no: number): number {
  return t.columns.findIndex((c) => c.columnNo === no);
}

/** Column index whose header (or last header level) is `name`, optionally on a ledger side. */
export function columnNamed(
  t: FinalAccountsTable | undefined,
  name: RegExp,
  side: 'income' | 'expense' | null = null,
): number {
  if (!t) return -1;
  return t.columns.findIndex((c) => (side === null || c.side === side) && name.test(c.header));
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
