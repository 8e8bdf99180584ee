/**
 * Facts: one record per figure of tables 1–9, the shape of `cli facts`
 * (`table,row,code,item,column,value,line`). Values are plain decimals in the table's unit.
 */
import type { FinalAccounts } from './final-accounts.types';
import { toPlainDecimal } from './money';

export interface TableFact {
  readonly table: number;
  readonly row: number | null;
  readonly code: string | null;
  readonly item: string;
  readonly column: string;
  readonly value: string;
  readonly line: number;
}

/** Every non-blank figure of tables 1–9, in table order, then source line, then column. */
export function getTableFacts(accounts: FinalAccounts): TableFact[] {
  const out: TableFact[] = [];
  const tables = [...accounts.tables].sort((a, b) => a.number - b.number || a.titleLine - b.titleLine);
  for (const t of tables) {
    const rows: TableFact[] = [];
    for (const row of t.rows) {
      for (const cell of row.cells) {
        const column = t.columns[cell.column];
        rows.push({
          table: t.number,
          row: row.rowNo,
          code: row.code,
          item: row.name,
          column: column?.header ?? '',
          value: toPlainDecimal(cell.fen, t.unit),
          line: cell.line,
        });
      }
    }
    out.push(...rows);
  }
  return out;
}

export const FACTS_HEADER = 'table,row,code,item,column,value,line';

/** RFC 4180 quoting: fields with comma, quote or newline are quoted, quotes doubled. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** The facts as CSV text (header + one line per fact, `\n` line ends, trailing newline). */
export function factsToCsv(facts: readonly TableFact[]): string {
  const lines = [FACTS_HEADER];
  for (const f of facts) {
    lines.push(
      [
        String(f.table),
        f.row === null ? '' : String(f.row),
        f.code ?? '',
        f.item,
        f.column,
        f.value,
        String(f.line),
      ]
        .map(csvField)
        .join(','),
    );
  }
  return `${lines.join('\n')}\n`;
}
