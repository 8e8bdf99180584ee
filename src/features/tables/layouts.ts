/**
 * How each table is laid out, as the document prints it. Pure.
 *
 * - `ledger`: a two-sided table (表1, 表4): income and expense side by side, rows paired by the printed line.
 * - `tree`: a coded table (功能分类 / 经济分类): interactive (sort, search, expand/collapse, hide columns).
 * - `flat`: anything else (表7 三公): rows × columns as printed.
 * Tables printed as side-by-side column groups (表6) also have a `print` grid: the groups next to each other.
 */
import type { FinalAccountsTable, TableCell, TableColumn, TableRow } from '@/domain/final-accounts.types';
import type { SubjectCode } from '@/domain/subject-code';
import type { ShownCell, ShownTable } from '@/components/data-table/export';

export type TableLayout = 'ledger' | 'tree' | 'flat';

export function layoutOf(table: FinalAccountsTable): TableLayout {
  if (table.columns.some((c) => c.side !== null)) return 'ledger';
  if (table.classification !== 'none') return 'tree';
  return 'flat';
}

/** True when rows carry the column group they were printed in (表6's three side-by-side groups). */
export function hasColumnGroups(table: FinalAccountsTable): boolean {
  return table.rows.some((r) => r.groupColumn !== null);
}

export type GridColumnKind = 'code' | 'name' | 'rowNo' | 'text' | 'amount';

export interface GridColumn {
  readonly id: string;
  readonly levels: readonly string[];
  readonly columnNoText: string;
  readonly kind: GridColumnKind;
  /** Label for exports (levels joined). */
  readonly label: string;
}

export type GridCell =
  | { readonly kind: 'blank' }
  | { readonly kind: 'text'; readonly text: string }
  | {
      readonly kind: 'name';
      readonly text: string;
      readonly code: SubjectCode | null;
      readonly total: boolean;
    }
  | {
      readonly kind: 'amount';
      readonly cell: TableCell;
      readonly column: TableColumn;
      readonly rowLabel: string;
    }
  | { readonly kind: 'dash' };

export interface GridRow {
  readonly key: string;
  /** Source lines printed in this row (a highlight of any of them marks the row). */
  readonly lines: readonly number[];
  readonly total: boolean;
  readonly cells: readonly GridCell[];
}

export interface Grid {
  readonly columns: readonly GridColumn[];
  readonly rows: readonly GridRow[];
  /** Whether to print the 栏次 header row. */
  readonly columnNumbers: boolean;
}

const BLANK: GridCell = { kind: 'blank' };

/** `栏次 1` label of a column for provenance: `本年支出合计（栏 1）`. */
export function columnLabel(column: TableColumn): string {
  return column.columnNo !== null ? `${column.header}（栏 ${column.columnNo}）` : column.header;
}

/** What a printed figure is, for provenance and accessible names. */
export function rowLabel(row: TableRow): string {
  const name = row.name || '（空白项目）';
  if (row.rowNo !== null) return `${name}（行次 ${row.rowNo}）`;
  if (row.code !== null) return `${row.code} ${name}`;
  return name;
}

function valueCell(row: TableRow | undefined, column: TableColumn, label: string): GridCell {
  if (!row) return BLANK;
  const cell = row.cells.find((c) => c.column === column.index);
  if (cell) return { kind: 'amount', cell, column, rowLabel: label };
  return row.dashCells.includes(column.index) ? { kind: 'dash' } : BLANK;
}

function columnNoText(column: TableColumn): string {
  return column.columnNo !== null ? String(column.columnNo) : '';
}

function valueColumn(column: TableColumn): GridColumn {
  return {
    id: `c${column.index}`,
    levels: column.levels.length > 0 ? column.levels : [column.header],
    columnNoText: columnNoText(column),
    kind: 'amount',
    label: column.header,
  };
}

/** Rows grouped by printed line, in printed order. */
function rowsByLine(rows: readonly TableRow[]): ReadonlyArray<readonly TableRow[]> {
  const out: TableRow[][] = [];
  const index = new Map<number, TableRow[]>();
  for (const r of rows) {
    let list = index.get(r.line);
    if (!list) {
      list = [];
      index.set(r.line, list);
      out.push(list);
    }
    list.push(r);
  }
  return out;
}

/**
 * 表1 / 表4: the income side (项目, 行次, 决算数…) next to the expense side, each line of the document one row.
 * Side labels come from the value columns' first header level (`收入`, `支出`).
 */
export function buildLedgerGrid(table: FinalAccountsTable): Grid {
  const sides = (['income', 'expense'] as const).map((side) => {
    const columns = table.columns.filter((c) => c.side === side);
    const label = columns[0]?.levels[0] ?? (side === 'income' ? '收入' : '支出');
    return { side, label, columns };
  });
  const columns: GridColumn[] = [];
  for (const s of sides) {
    columns.push(
      {
        id: `${s.side}-name`,
        levels: [s.label, '项目'],
        columnNoText: '栏次',
        kind: 'name',
        label: `${s.label}项目`,
      },
      {
        id: `${s.side}-rowNo`,
        levels: [s.label, '行次'],
        columnNoText: '',
        kind: 'rowNo',
        label: `${s.label}行次`,
      },
      ...s.columns.map(valueColumn),
    );
  }
  const rows: GridRow[] = [];
  for (const lineRows of rowsByLine(table.rows)) {
    // Normally one income and one expense row per line; extra rows of one side get a row of their own.
    const queues = sides.map((s) => lineRows.filter((r) => r.side === s.side));
    const height = Math.max(1, ...queues.map((q) => q.length));
    for (let i = 0; i < height; i++) {
      const cells: GridCell[] = [];
      const present: TableRow[] = [];
      sides.forEach((s, k) => {
        const row = queues[k]?.[i];
        if (row) present.push(row);
        cells.push(
          row ? { kind: 'name', text: row.name, code: null, total: row.level === 'total' } : BLANK,
          row?.rowNo != null ? { kind: 'text', text: String(row.rowNo) } : BLANK,
          ...s.columns.map((c) => valueCell(row, c, row ? rowLabel(row) : '')),
        );
      });
      if (present.length === 0) continue;
      rows.push({
        key: present.map((r) => r.key).join('|'),
        lines: [...new Set(present.map((r) => r.line))],
        total: present.some((r) => r.level === 'total'),
        cells,
      });
    }
  }
  return { columns, rows, columnNumbers: table.columns.some((c) => c.columnNo !== null) };
}

/** 表7 and any uncoded table: a 项目 column when rows have names, then the printed columns. */
export function buildFlatGrid(table: FinalAccountsTable): Grid {
  const named = table.rows.some((r) => r.name.trim() !== '');
  const columns: GridColumn[] = [
    ...(named
      ? [{ id: 'name', levels: ['项目'], columnNoText: '栏次', kind: 'name' as const, label: '项目' }]
      : []),
    ...table.columns.map(valueColumn),
  ];
  const rows = table.rows.map<GridRow>((row) => ({
    key: row.key,
    lines: [row.line],
    total: row.level === 'total',
    cells: [
      ...(named
        ? [{ kind: 'name' as const, text: row.name, code: row.code, total: row.level === 'total' }]
        : []),
      ...table.columns.map((c) => valueCell(row, c, row.name || table.title)),
    ],
  }));
  return { columns, rows, columnNumbers: table.columns.some((c) => c.columnNo !== null) };
}

function codeHeader(table: FinalAccountsTable): string {
  return table.classification === 'economic' ? '经济分类科目编码' : '功能分类科目编码';
}

/**
 * 表6 as printed: each column group (人员经费 | 公用经费 | 公用经费) shows 编码, 科目名称, 决算数; each printed line is
 * one row holding the rows of every group printed on it.
 */
export function buildGroupedPrintGrid(table: FinalAccountsTable): Grid {
  const groups = table.columns;
  const columns: GridColumn[] = [];
  for (const g of groups) {
    const top = g.levels[0] ?? g.header;
    columns.push(
      {
        id: `g${g.index}-code`,
        levels: [top, codeHeader(table)],
        columnNoText: '',
        kind: 'code',
        label: `${top}编码`,
      },
      {
        id: `g${g.index}-name`,
        levels: [top, '科目名称'],
        columnNoText: '',
        kind: 'name',
        label: `${top}科目名称`,
      },
      { ...valueColumn(g), id: `g${g.index}-value`, label: g.header },
    );
  }
  const rows: GridRow[] = [];
  for (const lineRows of rowsByLine(table.rows)) {
    const cells: GridCell[] = [];
    for (const g of groups) {
      const row = lineRows.find((r) => (r.groupColumn ?? r.cells[0]?.column) === g.index);
      const isTotal = row?.level === 'total';
      cells.push(
        row?.code ? { kind: 'text', text: row.code } : BLANK,
        row ? { kind: 'name', text: row.name, code: row.code, total: isTotal } : BLANK,
        valueCell(row, g, row ? rowLabel(row) : ''),
      );
    }
    rows.push({
      key: lineRows.map((r) => r.key).join('|'),
      lines: [...new Set(lineRows.map((r) => r.line))],
      total: lineRows.some((r) => r.level === 'total'),
      cells,
    });
  }
  return { columns, rows, columnNumbers: false };
}

const gridCache = new WeakMap<FinalAccountsTable, Map<string, Grid>>();
/** The grid of a static layout, once per table. */
export function getGrid(table: FinalAccountsTable, kind: 'ledger' | 'flat' | 'print'): Grid {
  let m = gridCache.get(table);
  if (!m) {
    m = new Map();
    gridCache.set(table, m);
  }
  let g = m.get(kind);
  if (!g) {
    g =
      kind === 'ledger'
        ? buildLedgerGrid(table)
        : kind === 'print'
          ? buildGroupedPrintGrid(table)
          : buildFlatGrid(table);
    m.set(kind, g);
  }
  return g;
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
