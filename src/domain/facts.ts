/**
 * Facts: one record per figure of tables 1–9, the shape of `cli facts`
 * (`table,row,code,item,column,value,line`). Values are plain decimals in the table's unit.
 */
import type { CsvCell } from './csv';
import { writeCsv } from './csv';
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

/** The facts as CSV text (header + one line per fact, `\n` line ends, no BOM, trailing newline): the one writer. */
export function factsToCsv(facts: readonly TableFact[]): string {
  const rows: CsvCell[][] = [FACTS_HEADER.split(',')];
  for (const f of facts) {
    rows.push([
      { number: f.table },
      f.row === null ? null : { number: f.row },
      f.code,
      f.item,
      f.column,
      { number: f.value },
      { number: f.line },
    ]);
  }
  return writeCsv(rows, { bom: false, eol: '\n' });
}
