/**
 * The hierarchy of a coded table (类 → 款 → 项, or economic 类 → 款), derived from code prefixes, never from
 * indentation. Pure; built once per (immutable) table and cached by identity, so TanStack's `data` is stable.
 */
import type { FinalAccountsTable, TableCell, TableColumn, TableRow } from '@/domain/final-accounts.types';
import type { SubjectCode } from '@/domain/subject-code';
import { parentOf } from '@/domain/subject-code';

import type { ShownCell } from '@/components/data-table/export';

export interface TreeRow {
  /** The row's stable key within its table (`c2010350`, `total`, `e30101`). */
  readonly id: string;
  readonly row: TableRow;
  readonly children: readonly TreeRow[];
  /** Printed cells by column index (blank cells are absent). */
  readonly cells: ReadonlyMap<number, TableCell>;
  /** Column indexes printed as `-`. */
  readonly dashes: ReadonlySet<number>;
  /** Normalised `code name` of this row, then of its coded ancestors (a search matches a row or an ancestor). */
  readonly searchKeys: readonly string[];
}

interface MutableNode {
  readonly row: TableRow;
  readonly children: MutableNode[];
  parent: MutableNode | null;
}

/** Lower case, white space removed: how queries and row texts are compared. */
export function normalizeSearch(text: string): string {
  return text.replace(/[\s\u3000]+/g, '').toLowerCase();
}

function searchKeyOf(row: TableRow): string {
  return normalizeSearch(`${row.code ?? ''}${row.name}`);
}

/**
 * Builds the row tree in printed order. A coded row hangs under its nearest printed prefix-ancestor
 * (2010350 → 20103 → 201). A single 合计 printed before the coded rows is their root (合计 = Σ类), so sorting
 * and filtering keep it on top; other total rows (表6 人员经费合计, 公用经费合计) stay top-level rows.
 */
export function buildRowTree(table: FinalAccountsTable): readonly TreeRow[] {
  const rows = table.rows;
  const totals = rows.filter((r) => r.level === 'total');
  const first = rows[0];
  const rootTotal =
    totals.length === 1 && first !== undefined && first === totals[0] && rows.some((r) => r.code !== null)
      ? first
      : null;

  const nodes = rows.map<MutableNode>((row) => ({ row, children: [], parent: null }));
  const byCode = new Map<SubjectCode, MutableNode>();
  for (const n of nodes) if (n.row.code !== null && !byCode.has(n.row.code)) byCode.set(n.row.code, n);
  const rootTotalNode = rootTotal ? (nodes.find((n) => n.row === rootTotal) ?? null) : null;

  const roots: MutableNode[] = [];
  for (const n of nodes) {
    if (n === rootTotalNode) {
      roots.push(n);
      continue;
    }
    let parent: MutableNode | null = null;
    if (n.row.code !== null) {
      let p = parentOf(n.row.code);
      while (p !== null && !byCode.has(p)) p = parentOf(p);
      parent = p !== null ? (byCode.get(p) ?? null) : rootTotalNode;
    }
    if (parent && parent !== n) {
      n.parent = parent;
      parent.children.push(n);
    } else roots.push(n);
  }

  const freeze = (n: MutableNode, ancestorKeys: readonly string[]): TreeRow => {
    const own = searchKeyOf(n.row);
    const keys = [own, ...ancestorKeys];
    // The 合计 row is an ancestor for layout only: a search for "合计" should not keep every row.
    const passDown = n.row.level === 'total' ? ancestorKeys : keys;
    return {
      id: n.row.key,
      row: n.row,
      children: n.children.map((c) => freeze(c, passDown)),
      cells: new Map(n.row.cells.map((c) => [c.column, c])),
      dashes: new Set(n.row.dashCells),
      searchKeys: keys,
    };
  };
  return roots.map((r) => freeze(r, []));
}

const treeCache = new WeakMap<FinalAccountsTable, readonly TreeRow[]>();
/** buildRowTree, once per table (the model is immutable after load). */
export function getRowTree(table: FinalAccountsTable): readonly TreeRow[] {
  let t = treeCache.get(table);
  if (!t) {
    t = buildRowTree(table);
    treeCache.set(table, t);
  }
  return t;
}

/** Every node, depth first, in printed order. */
export function flattenTree(tree: readonly TreeRow[]): readonly TreeRow[] {
  const out: TreeRow[] = [];
  const walk = (list: readonly TreeRow[]): void => {
    for (const n of list) {
      out.push(n);
      walk(n.children);
    }
  };
  walk(tree);
  return out;
}

/** True when the (normalised, non-empty) query occurs in the row's code or name, or in an ancestor's. */
export function matchesSearch(node: TreeRow, query: string): boolean {
  const q = normalizeSearch(query);
  if (q === '') return true;
  return node.searchKeys.some((k) => k.includes(q));
}

/**
 * TanStack's expanded state from the URL's collapsed codes: every row with children is expanded unless its code is
 * collapsed. Rows without a code (合计) are always expanded.
 */
export function expandedFromCollapsed(
  tree: readonly TreeRow[],
  collapsed: readonly string[],
): Record<string, boolean> {
  const set = new Set(collapsed);
  const out: Record<string, boolean> = {};
  for (const n of flattenTree(tree)) {
    if (n.children.length === 0) continue;
    out[n.id] = !(n.row.code !== null && set.has(n.row.code));
  }
  return out;
}

/** The collapsed codes (printed order) for an expanded state; `true` means all expanded. */
export function collapsedFromExpanded(
  tree: readonly TreeRow[],
  expanded: true | Readonly<Record<string, boolean>>,
): readonly string[] {
  if (expanded === true) return [];
  const out: string[] = [];
  for (const n of flattenTree(tree)) {
    if (n.children.length === 0 || n.row.code === null) continue;
    if (expanded[n.id] !== true) out.push(n.row.code);
  }
  return out;
}

/** Codes of every row that has children (what 全部折叠 collapses). */
export function collapsibleCodes(tree: readonly TreeRow[]): readonly string[] {
  return flattenTree(tree)
    .filter((n) => n.children.length > 0 && n.row.code !== null)
    .map((n) => n.row.code as string);
}

/** The column of `table` a row's figure belongs to in a column-grouped table (表6). */
export function groupColumnOf(table: FinalAccountsTable, node: TreeRow): TableColumn | undefined {
  const index = node.row.groupColumn ?? node.row.cells[0]?.column;
  return index === undefined ? undefined : table.columns[index];
}

/**
 * What a tree-table cell shows, for export: `code`, `name`, `group` (表6's 人员经费/公用经费), `v` (表6's figure) or
 * `c<index>` (the table's column `index`). Blank cells stay blank, `-` stays a dash.
 */
export function treeCell(table: FinalAccountsTable, node: TreeRow, columnId: string): ShownCell {
  if (columnId === 'code') return node.row.code ? { kind: 'text', text: node.row.code } : { kind: 'blank' };
  if (columnId === 'name') return { kind: 'text', text: node.row.name };
  if (columnId === 'group') {
    const label = groupColumnOf(table, node)?.levels[0];
    return label ? { kind: 'text', text: label } : { kind: 'blank' };
  }
  const index = columnId === 'v' ? groupColumnOf(table, node)?.index : parseColumnIndex(columnId);
  if (index === undefined) return { kind: 'blank' };
  const cell = node.cells.get(index);
  if (cell) return { kind: 'amount', fen: cell.fen };
  return node.dashes.has(index) ? { kind: 'dash' } : { kind: 'blank' };
}

function parseColumnIndex(columnId: string): number | undefined {
  const m = /^c(\d{1,4})$/.exec(columnId);
  return m?.[1] !== undefined ? Number(m[1]) : undefined;
}
