/**
 * The one CSV writer of the app and the command line (tables, audit, 明细, 对比, scorecards, facts). Pure.
 *
 * - Fields are quoted as RFC 4180 says: a field holding a comma, a double quote, CR or LF (or leading/trailing
 *   white space, which spreadsheets would trim) is quoted, its quotes doubled.
 * - Text that comes from documents may come from anywhere, so a text cell a spreadsheet would run as a formula is
 *   guarded as OWASP recommends (https://owasp.org/www-community/attacks/CSV_Injection): a text cell beginning with
 *   `=`, `+`, `-`, `@`, a tab or a carriage return is prefixed with `'`.
 * - Numbers are never altered: an amount is written as its exact plain decimal (`-0.30`, `2812.11`), from integer
 *   分, never through floats; a count or a line number as its digits. Only a cell typed as a number is exempt from
 *   the guard, and only when it really is a plain decimal; anything else typed as a number is written as text.
 */
import type { Fen, MoneyUnit } from './money';
import { toPlainDecimal } from './money';

/** One cell of a CSV row. A bare string is text (guarded). `null` is an empty field. */
export type CsvCell =
  | string
  | null
  | { readonly amount: Fen; readonly unit: MoneyUnit }
  | { readonly number: string | number }
  /** The dash a table prints for "none" (`-`): our mark, not document text, written as it is. */
  | { readonly dash: true };

export interface CsvOptions {
  /** Start with a UTF-8 byte order mark (Excel reads a BOM-less UTF-8 file in the local code page). Default true. */
  readonly bom?: boolean;
  /** Line end; RFC 4180 says CRLF (the default). The command line writes `\n`. */
  readonly eol?: '\r\n' | '\n';
}

/** UTF-8 byte order mark. */
export const CSV_BOM = '\uFEFF';

const PLAIN_DECIMAL = /^-?\d+(?:\.\d+)?$/;
const FORMULA_START = /^[=+\-@\t\r]/;

/** A text cell with the formula guard applied (OWASP): `=1+1` → `'=1+1`. */
export function guardText(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** RFC 4180 quoting of one already-guarded field. */
export function quoteField(text: string): string {
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The field text of one cell (guarded, unquoted). */
export function cellField(cell: CsvCell): string {
  if (cell === null) return '';
  if (typeof cell === 'string') return guardText(cell);
  if ('amount' in cell) return toPlainDecimal(cell.amount, cell.unit);
  if ('dash' in cell) return '-';
  const text = String(cell.number);
  return PLAIN_DECIMAL.test(text) ? text : guardText(text);
}

/** The CSV text of `rows` (header first, if any): every line ends with the line end, the last one too. */
export function writeCsv(rows: ReadonlyArray<readonly CsvCell[]>, options: CsvOptions = {}): string {
  const eol = options.eol ?? '\r\n';
  const body = rows.map((row) => row.map((c) => quoteField(cellField(c))).join(',') + eol).join('');
  return ((options.bom ?? true) ? CSV_BOM : '') + body;
}
