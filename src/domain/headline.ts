/**
 * Headline figures for the first screen, each with its place in the source.
 * Rows are found by their printed names (本年收入合计, 本年支出合计, …), never by position.
 */
import type { FinalAccounts, FinalAccountsTable, LedgerSide, TableRow } from './final-accounts.types';
import type { Fen, MoneyUnit } from './money';

/** Where a figure is printed. */
export interface FigurePlace {
  readonly table: number;
  readonly tableTitle: string;
  /** 行次 when printed, else the row's code or name. */
  readonly row: string;
  readonly column: string;
  readonly line: number;
}

export interface SourcedFigure {
  readonly id: string;
  readonly label: string;
  readonly fen: Fen;
  readonly unit: MoneyUnit;
  readonly place: FigurePlace;
}

function placeOf(table: FinalAccountsTable, row: TableRow, column: number, line: number): FigurePlace {
  return {
    table: table.number,
    tableTitle: table.title,
    row: row.rowNo !== null ? `第${row.rowNo}行` : (row.code ?? row.name),
    column: table.columns[column]?.header ?? '',
    line,
  };
}

/** The first figure of the row named by `name` (on `side`, for ledgers), with its place. */
export function figureOfRow(
  table: FinalAccountsTable | undefined,
  name: RegExp,
  side: LedgerSide | null,
  id: string,
  label: string,
  columnIndex = 0,
): SourcedFigure | null {
  if (!table) return null;
  const row = table.rows.find((r) => (side === null || r.side === side) && name.test(r.name));
  if (!row) return null;
  const cols = table.columns.filter((c) => side === null || c.side === side);
  const col = cols[columnIndex];
  const cell = row.cells.find((c) => c.column === col?.index);
  if (!cell) return null;
  return { id, label, fen: cell.fen, unit: table.unit, place: placeOf(table, row, cell.column, cell.line) };
}

/** 本年收入合计, 本年支出合计, 年初结转和结余, 总计, 基本支出, 项目支出. Absent figures are omitted, never zero. */
export function getHeadlineFigures(accounts: FinalAccounts): SourcedFigure[] {
  const t1 = accounts.tables.find((t) => t.kind === 'income-expense-summary');
  const t3 = accounts.tables.find((t) => t.kind === 'expense');
  const basicCol = t3?.columns.findIndex((c) => c.header === '基本支出') ?? -1;
  const projectCol = t3?.columns.findIndex((c) => c.header === '项目支出') ?? -1;
  const figures = [
    figureOfRow(t1, /本年收入合计/, 'income', 'income-total', '本年收入合计'),
    figureOfRow(t1, /本年支出合计/, 'expense', 'expense-total', '本年支出合计'),
    figureOfRow(t1, /年初结转和结余/, 'income', 'carry-in', '年初结转和结余'),
    figureOfRow(t1, /总计/, 'income', 'grand-total', '收入总计'),
    basicCol >= 0 ? figureOfRow(t3, /^合计$/, null, 'basic', '基本支出', basicCol) : null,
    projectCol >= 0 ? figureOfRow(t3, /^合计$/, null, 'project', '项目支出', projectCol) : null,
  ];
  return figures.filter((f): f is SourcedFigure => f !== null);
}
