/**
 * Export exactly what is shown, for every data table of the app: the visible rows (after search, sort and collapse)
 * and visible columns, amounts in the shown unit. Pure: a view collects a `ShownTable`; these functions turn it into
 * CSV text (through the one writer, `@/domain/csv`) or spreadsheet rows. Amounts stay integer Fen until the edge and
 * are written as plain decimals (`2812.11`), never through floats.
 */
import type { CsvCell } from '@/domain/csv';
import { writeCsv } from '@/domain/csv';
import type { Fen, MoneyUnit } from '@/domain/money';
import { toPlainDecimal } from '@/domain/money';

export interface ShownColumn {
  readonly label: string;
  /** `amount`: Fen in the shown unit (the header carries the unit); `number`: a plain decimal (score, count, %). */
  readonly kind: 'text' | 'amount' | 'number';
}

export type ShownCell =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'amount'; readonly fen: Fen }
  /** A number that is not money, as an exact plain decimal (`95.8`, `14`, `-0.3`). */
  | { readonly kind: 'number'; readonly decimal: string }
  | { readonly kind: 'blank' }
  | { readonly kind: 'dash' };

export interface ShownTable {
  readonly columns: readonly ShownColumn[];
  readonly rows: ReadonlyArray<readonly ShownCell[]>;
}

/** A table's unit when it shows no money: headers carry no unit and no amount is written. */
const NO_UNIT = null;

/** Header of a column in an export: amounts carry the unit (`本年支出合计（万元）`). */
export function exportHeader(column: ShownColumn, unit: MoneyUnit | null): string {
  return column.kind === 'amount' && unit !== NO_UNIT ? `${column.label}（${unit}）` : column.label;
}

/** The text of one cell in the shown unit: blank stays blank (never 0.00), a dash stays `-`. */
export function cellText(cell: ShownCell, unit: MoneyUnit | null): string {
  switch (cell.kind) {
    case 'amount':
      return toPlainDecimal(cell.fen, unit ?? '元');
    case 'number':
      return cell.decimal;
    case 'text':
      return cell.text;
    case 'dash':
      return '-';
    case 'blank':
      return '';
  }
}

/** The CSV cell of one shown cell: amounts exact in the shown unit, text guarded by the one writer. */
function csvCell(cell: ShownCell, unit: MoneyUnit | null): CsvCell {
  switch (cell.kind) {
    case 'amount':
      return { amount: cell.fen, unit: unit ?? '元' };
    case 'number':
      return { number: cell.decimal };
    case 'text':
      return cell.text;
    case 'dash':
      return { dash: true };
    case 'blank':
      return null;
  }
}

/** CSV (UTF-8 with BOM, CRLF line ends): a header row, then one line per shown row. */
export function buildCsv(shown: ShownTable, unit: MoneyUnit | null): string {
  return writeCsv([
    shown.columns.map((c) => exportHeader(c, unit)),
    ...shown.rows.map((row) => shown.columns.map((_, i) => csvCell(row[i] ?? { kind: 'blank' }, unit))),
  ]);
}

/** A spreadsheet cell, library-neutral (the XLSX writer maps it). */
export type SheetCell =
  | { readonly kind: 'text'; readonly text: string; readonly bold?: boolean }
  | { readonly kind: 'number'; readonly decimal: string; readonly money: boolean };

const PLAIN_DECIMAL = /^-?\d+(?:\.\d+)?$/;

/**
 * Spreadsheet rows: header row, then rows. Amounts are numbers given as their exact plain decimal in the shown unit
 * (the writer stores that decimal); text stays text (codes keep their digits as written).
 */
export function buildSheetRows(
  shown: ShownTable,
  unit: MoneyUnit | null,
): ReadonlyArray<readonly SheetCell[]> {
  const header: SheetCell[] = shown.columns.map((c) => ({
    kind: 'text',
    text: exportHeader(c, unit),
    bold: true,
  }));
  const body = shown.rows.map((row) =>
    shown.columns.map<SheetCell>((_, i) => {
      const cell: ShownCell = row[i] ?? { kind: 'blank' };
      if (cell.kind === 'amount') return { kind: 'number', decimal: cellText(cell, unit), money: true };
      if (cell.kind === 'number' && PLAIN_DECIMAL.test(cell.decimal))
        return { kind: 'number', decimal: cell.decimal, money: false };
      return { kind: 'text', text: cellText(cell, unit) };
    }),
  );
  return [header, ...body];
}

/**
 * An export's file name from its parts and unit: `['表3', '支出决算表']`, 万元 → `表3-支出决算表-万元.csv`; characters
 * file systems reject (and white space) are dropped from each part.
 */
export function exportFileName(
  parts: readonly string[],
  unit: MoneyUnit | null,
  ext: 'csv' | 'xlsx',
): string {
  const safe = [...parts, ...(unit ? [unit] : [])]
    .map((p) => p.replace(/[\\/:*?"<>|\s]+/g, ''))
    .filter((p) => p !== '');
  return `${safe.join('-')}.${ext}`;
}
