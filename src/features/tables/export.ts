/**
 * Export exactly what is shown: the visible rows (after search, sort and collapse) and visible columns, amounts in
 * the shown unit. Pure: the view collects a `ShownTable`; these functions turn it into CSV text or spreadsheet rows.
 * Amounts stay integer Fen until the edge and are written as plain decimals (`2812.11`), never through floats.
 */
import type { Fen, MoneyUnit } from '@/domain/money';
import { toPlainDecimal } from '@/domain/money';

import type { Grid, GridCell } from './layouts';

export interface ShownColumn {
  readonly label: string;
  readonly kind: 'text' | 'amount';
}

export type ShownCell =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'amount'; readonly fen: Fen }
  | { readonly kind: 'blank' }
  | { readonly kind: 'dash' };

export interface ShownTable {
  readonly columns: readonly ShownColumn[];
  readonly rows: ReadonlyArray<readonly ShownCell[]>;
}

/** UTF-8 byte order mark: Excel opens a BOM-less UTF-8 CSV as the local code page and garbles Chinese. */
export const BOM = '\uFEFF';

/** Header of a column in an export: amounts carry the unit (`本年支出合计（万元）`). */
export function exportHeader(column: ShownColumn, unit: MoneyUnit): string {
  return column.kind === 'amount' ? `${column.label}（${unit}）` : column.label;
}

/** The text of one cell in the shown unit: blank stays blank (never 0.00), a dash stays `-`. */
export function cellText(cell: ShownCell, unit: MoneyUnit): string {
  switch (cell.kind) {
    case 'amount':
      return toPlainDecimal(cell.fen, unit);
    case 'text':
      return cell.text;
    case 'dash':
      return '-';
    case 'blank':
      return '';
  }
}

/**
 * A text cell a spreadsheet would read as a formula (`=…`, `+…`, `@…`) is prefixed with `'` (CSV injection).
 * Amounts and `-` dashes are never prefixed.
 */
export function neutralizeFormula(text: string): string {
  return /^[=+@\t\r]/.test(text) ? `'${text}` : text;
}

/** RFC 4180 field: quoted when it holds a comma, quote, CR or LF; quotes doubled. */
export function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** CSV (UTF-8 with BOM, CRLF line ends): a header row, then one line per shown row. */
export function buildCsv(shown: ShownTable, unit: MoneyUnit): string {
  const lines = [shown.columns.map((c) => csvField(exportHeader(c, unit)))];
  for (const row of shown.rows) {
    lines.push(
      shown.columns.map((_, i) => {
        const cell: ShownCell = row[i] ?? { kind: 'blank' };
        const text = cellText(cell, unit);
        return csvField(cell.kind === 'text' ? neutralizeFormula(text) : text);
      }),
    );
  }
  return BOM + lines.map((l) => l.join(',')).join('\r\n') + '\r\n';
}

/** A spreadsheet cell, library-neutral (the XLSX writer maps it). */
export type SheetCell =
  | { readonly kind: 'text'; readonly text: string; readonly bold?: boolean }
  | { readonly kind: 'number'; readonly decimal: string };

/**
 * Spreadsheet rows: header row, then rows. Amounts are numbers given as their exact plain decimal in the shown unit
 * (the writer stores that decimal); text stays text (codes keep their digits as written).
 */
export function buildSheetRows(shown: ShownTable, unit: MoneyUnit): ReadonlyArray<readonly SheetCell[]> {
  const header: SheetCell[] = shown.columns.map((c) => ({
    kind: 'text',
    text: exportHeader(c, unit),
    bold: true,
  }));
  const body = shown.rows.map((row) =>
    shown.columns.map<SheetCell>((_, i) => {
      const cell: ShownCell = row[i] ?? { kind: 'blank' };
      return cell.kind === 'amount'
        ? { kind: 'number', decimal: toPlainDecimal(cell.fen, unit) }
        : { kind: 'text', text: cellText(cell, unit) };
    }),
  );
  return [header, ...body];
}

function shownCellOfGrid(cell: GridCell): ShownCell {
  switch (cell.kind) {
    case 'amount':
      return { kind: 'amount', fen: cell.cell.fen };
    case 'name':
      return { kind: 'text', text: cell.text };
    case 'text':
      return { kind: 'text', text: cell.text };
    case 'dash':
      return { kind: 'dash' };
    case 'blank':
      return { kind: 'blank' };
  }
}

/** What a static grid shows, for export. */
export function shownOfGrid(grid: Grid): ShownTable {
  return {
    columns: grid.columns.map((c) => ({ label: c.label, kind: c.kind === 'amount' ? 'amount' : 'text' })),
    rows: grid.rows.map((r) => r.cells.map(shownCellOfGrid)),
  };
}

/** `2021年度支出决算表（表3）` + unit → `表3-支出决算表-万元.csv` (no characters file systems reject). */
export function exportFileName(
  tableNo: number,
  shortTitle: string,
  unit: MoneyUnit,
  ext: 'csv' | 'xlsx',
): string {
  const safe = shortTitle.replace(/[\\/:*?"<>|\s]+/g, '');
  return `表${tableNo}-${safe}-${unit}.${ext}`;
}
