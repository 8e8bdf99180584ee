/**
 * Drill-down hierarchies, derived from the model (budget against actual and last year: variance.ts).
 *
 * - Function classification (支出功能分类): 合计 → 类 (3 digits) → 款 (5) → 项 (7), from 表3 / 表5 (expense by
 *   column: total, 基本支出, 项目支出) or 表2 (income, by source).
 * - Economic classification (支出经济分类, 表6): 基本支出 → 人员经费 / 公用经费 (the table's column groups) → 类 (301…)
 *   → 款 (30101…).
 *
 * The hierarchy is built from code prefixes (`parentOf`), never from indentation or row order. The drill state is
 * a trail of node ids (codes, or a group id such as `personnel`); the current level, breadcrumb and shares are
 * derived from it. Money stays integer Fen; a share is a numerator/denominator pair of Fen, rounded once when it is
 * displayed (`formatPercent`). A blank cell is not zero: such nodes carry `fen: null` and are listed apart.
 */
import type { FinalAccounts, FinalAccountsTable, TableRow } from './final-accounts.types';
import type { Fen, MoneyUnit } from './money';
import type { Derivation, FigurePlace } from './place';
import type { SubjectCode } from './subject-code';
import { parentOf } from './subject-code';

export type DrillMode = 'function' | 'economic';

/** What a function-classification drill measures: 表3/表5 columns, or 表2 income. */
export type DrillMeasure = 'total' | 'basic' | 'project' | 'income';

export const DRILL_MEASURES: readonly DrillMeasure[] = ['total', 'basic', 'project', 'income'];

/** Tables a function drill of expense can read (表3 支出决算表, 表5 一般公共预算财政拨款支出决算表). */
export type ExpenseTableNo = 3 | 5;

/** The name of a level as the document says it. */
export type DrillLevelName = '合计' | '类' | '款' | '项' | '经费';

/** One printed cell of a node's row (every column with a figure, for the level table). */
export interface DrillCell {
  readonly column: number;
  readonly header: string;
  readonly fen: Fen;
  readonly line: number;
}

export interface DrillNode {
  /** Trail id: the code, `personnel` / `public` for the 表6 groups, `root` for the whole. */
  readonly id: string;
  readonly code: SubjectCode | null;
  readonly name: string;
  /** 0 = the whole, 1 = 类 (or 经费 group), … */
  readonly depth: number;
  readonly level: DrillLevelName;
  /** The measured figure; null when the cell is blank (not zero). */
  readonly fen: Fen | null;
  readonly place: FigurePlace | null;
  readonly derived: Derivation | null;
  /** Every printed cell of the row, in column order. */
  readonly cells: readonly DrillCell[];
  /** The source line of the row, when it is printed. */
  readonly line: number | null;
  readonly parentId: string | null;
  readonly children: readonly DrillNode[];
  /** True when no row prints this node (a code's parent that the table omits). */
  readonly synthetic: boolean;
}

export interface DrillTree {
  readonly mode: DrillMode;
  /** The function drill's measure; null for the economic drill. */
  readonly measure: DrillMeasure | null;
  readonly table: number;
  readonly tableTitle: string;
  /** Header of the measured column (`本年支出合计`, `基本支出`, …; for 表6 `决算数`). */
  readonly column: string;
  readonly unit: MoneyUnit;
  /** Columns with at least one printed figure (the level table shows them). */
  readonly columns: ReadonlyArray<{ readonly index: number; readonly header: string }>;
  readonly root: DrillNode;
  readonly byId: ReadonlyMap<string, DrillNode>;
  /** Codes printed without their parent row (the parent is added as a synthetic node). */
  readonly orphans: readonly string[];
}

/** A child of the current level with its share of the parent (integers; rounded once at display). */
export interface DrillItem {
  readonly node: DrillNode;
  /** `num / den` of the parent's figure; null when either figure is blank or the parent is zero. */
  readonly share: { readonly num: Fen; readonly den: Fen } | null;
  readonly drillable: boolean;
}

export interface DrillLevel {
  /** The node whose children are shown. */
  readonly parent: DrillNode;
  /** A leaf at the end of the trail (shown selected among its siblings), else null. */
  readonly selected: DrillNode | null;
  /** root … parent, then the selected leaf: the breadcrumb. */
  readonly path: readonly DrillNode[];
  /** Children with a printed figure, in document order. */
  readonly items: readonly DrillItem[];
  /** Children whose measured cell is blank. */
  readonly blanks: readonly DrillNode[];
  /** Σ printed children (exact). */
  readonly childrenSum: Fen;
  /** parent − Σ printed children; null when the parent is blank or has no children. 0 when they reconcile. */
  readonly difference: Fen | null;
}

interface MutableNode {
  id: string;
  code: SubjectCode | null;
  name: string;
  depth: number;
  level: DrillLevelName;
  fen: Fen | null;
  place: FigurePlace | null;
  derived: Derivation | null;
  cells: DrillCell[];
  line: number | null;
  parentId: string | null;
  children: MutableNode[];
  synthetic: boolean;
}

const lastLevel = (t: FinalAccountsTable, index: number): string => {
  const c = t.columns[index];
  return c ? (c.levels[c.levels.length - 1] ?? c.header) : '';
};

const MEASURE_COLUMN: Readonly<Record<DrillMeasure, RegExp>> = {
  total: /^(本年支出合计|合计|小计)$/,
  basic: /^基本支出$/,
  project: /^项目支出$/,
  income: /^本年收入合计$/,
};

/** The column a measure reads, by header words (never by position); the first column for totals if unnamed. */
function measureColumn(t: FinalAccountsTable, measure: DrillMeasure): number {
  const found = t.columns.findIndex((c) => MEASURE_COLUMN[measure].test(lastLevel(t, c.index)));
  if (found >= 0) return found;
  return measure === 'total' || measure === 'income' ? 0 : -1;
}

function rowLabel(row: TableRow): string {
  return row.code ? `${row.code} ${row.name}` : row.name;
}

function cellsOf(t: FinalAccountsTable, row: TableRow): DrillCell[] {
  return [...row.cells]
    .sort((x, y) => x.column - y.column)
    .map((c) => ({ column: c.column, header: t.columns[c.column]?.header ?? '', fen: c.fen, line: c.line }));
}

function figureOf(
  t: FinalAccountsTable,
  row: TableRow,
  column: number,
): { fen: Fen | null; place: FigurePlace | null } {
  const cell = row.cells.find((c) => c.column === column);
  if (!cell) return { fen: null, place: null };
  return {
    fen: cell.fen,
    place: { table: t.number, row: rowLabel(row), column: t.columns[column]?.header ?? '', line: cell.line },
  };
}

const FUNCTION_LEVEL: Readonly<Record<number, DrillLevelName>> = { 3: '类', 5: '款', 7: '项' };

function freeze(n: MutableNode): DrillNode {
  return { ...n, children: n.children.map(freeze) };
}

function indexTree(root: DrillNode): Map<string, DrillNode> {
  const byId = new Map<string, DrillNode>();
  const visit = (n: DrillNode): void => {
    byId.set(n.id, n);
    n.children.forEach(visit);
  };
  visit(root);
  return byId;
}

/**
 * Attaches coded rows under their prefix parents. `attachTop` places a node whose code has no parent code (a 类);
 * a missing parent row becomes a synthetic node (recorded in `orphans`). Children keep document order.
 * NOTE mutates the nodes it is given.
 */
function linkByPrefix(
  nodes: readonly MutableNode[],
  levelOf: (code: SubjectCode) => DrillLevelName,
  attachTop: (n: MutableNode) => void,
  orphans: string[],
): void {
  const byCode = new Map<string, MutableNode>();
  for (const n of nodes) if (n.code && !byCode.has(n.code)) byCode.set(n.code, n);
  const attach = (n: MutableNode): void => {
    const parentCode = n.code ? parentOf(n.code) : null;
    if (parentCode === null) {
      attachTop(n);
      return;
    }
    let parent = byCode.get(parentCode);
    if (!parent) {
      orphans.push(n.code ?? n.id);
      parent = {
        id: parentCode,
        code: parentCode,
        name: '（表中未列此科目）',
        depth: 0,
        level: levelOf(parentCode),
        fen: null,
        place: null,
        derived: null,
        cells: [],
        line: null,
        parentId: null,
        children: [],
        synthetic: true,
      };
      byCode.set(parentCode, parent);
      attach(parent);
    }
    n.parentId = parent.id;
    parent.children.push(n);
  };
  for (const n of nodes) if (byCode.get(n.code ?? '') === n) attach(n);
}

function setDepths(n: MutableNode, depth: number): void {
  n.depth = depth;
  for (const c of n.children) setDepths(c, depth + 1);
}

/** The table a function drill reads for a measure (found by kind, i.e. by title, never by position). */
export function functionDrillTable(
  accounts: FinalAccounts,
  measure: DrillMeasure,
  tableNo: ExpenseTableNo = 3,
): FinalAccountsTable | null {
  const kind = measure === 'income' ? 'income' : tableNo === 5 ? 'general-budget-expense' : 'expense';
  return accounts.tables.find((t) => t.kind === kind && t.classification === 'function') ?? null;
}

/**
 * The function-classification tree for a measure: 合计 → 类 → 款 → 项, from the coded rows of 表3 / 表5 (expense)
 * or 表2 (income). Null when the document has no such table or the measured column is absent.
 */
export function buildFunctionTree(
  accounts: FinalAccounts,
  measure: DrillMeasure,
  tableNo: ExpenseTableNo = 3,
): DrillTree | null {
  const t = functionDrillTable(accounts, measure, tableNo);
  if (!t) return null;
  const column = measureColumn(t, measure);
  if (column < 0) return null;
  const totalRow = t.rows.find((r) => r.level === 'total');
  const rootFigure = totalRow ? figureOf(t, totalRow, column) : { fen: null, place: null };
  const root: MutableNode = {
    id: 'root',
    code: null,
    name: totalRow?.name.replace(/\s+/g, '') || '合计',
    depth: 0,
    level: '合计',
    fen: rootFigure.fen,
    place: rootFigure.place,
    derived: null,
    cells: totalRow ? cellsOf(t, totalRow) : [],
    line: totalRow?.line ?? null,
    parentId: null,
    children: [],
    synthetic: totalRow === undefined,
  };
  const nodes: MutableNode[] = t.rows
    .filter((r): r is TableRow & { code: SubjectCode } => r.code !== null)
    .map((r) => {
      const f = figureOf(t, r, column);
      return {
        id: r.code,
        code: r.code,
        name: r.name,
        depth: 0,
        level: FUNCTION_LEVEL[r.code.length] ?? '项',
        fen: f.fen,
        place: f.place,
        derived: null,
        cells: cellsOf(t, r),
        line: r.line,
        parentId: null,
        children: [],
        synthetic: false,
      };
    });
  const orphans: string[] = [];
  linkByPrefix(
    nodes,
    (code) => FUNCTION_LEVEL[code.length] ?? '项',
    (n) => {
      n.parentId = root.id;
      root.children.push(n);
    },
    orphans,
  );
  setDepths(root, 0);
  const frozen = freeze(root);
  return {
    mode: 'function',
    measure,
    table: t.number,
    tableTitle: t.title,
    column: t.columns[column]?.header ?? '',
    unit: t.unit,
    columns: printedColumns(t),
    root: frozen,
    byId: indexTree(frozen),
    orphans,
  };
}

function printedColumns(t: FinalAccountsTable): Array<{ index: number; header: string }> {
  const used = new Set<number>();
  for (const r of t.rows) for (const c of r.cells) used.add(c.column);
  return t.columns.filter((c) => used.has(c.index)).map((c) => ({ index: c.index, header: c.header }));
}

/** Trail ids of the 表6 column groups. */
const GROUP_IDS: Readonly<Record<string, string>> = { 人员经费: 'personnel', 公用经费: 'public' };

/**
 * The economic-classification tree of 表6: 基本支出 → 人员经费 / 公用经费 → 类 → 款. A 类 belongs to the group whose
 * column its figure is printed in (the table's header, not its position); a 款 belongs to its 类 by prefix. The root
 * is derived (人员经费合计 + 公用经费合计) and says so. Null when the document has no 表6.
 */
export function buildEconomicTree(accounts: FinalAccounts): DrillTree | null {
  const t = accounts.tables.find((x) => x.kind === 'general-budget-basic-expense');
  if (!t) return null;
  const groupName = (column: number | null): string | null =>
    column === null ? null : (t.columns[column]?.levels[0] ?? null);
  const groupNames = [...new Set(t.columns.map((c) => c.levels[0] ?? '').filter((n) => n !== ''))];
  const groups: MutableNode[] = groupNames.map((name, i) => {
    const totalRow = t.rows.find((r) => r.level === 'total' && r.name.replace(/\s+/g, '').startsWith(name));
    const cell = totalRow?.cells[0];
    return {
      id: GROUP_IDS[name] ?? `group-${i + 1}`,
      code: null,
      name,
      depth: 1,
      level: '经费',
      fen: cell?.fen ?? null,
      place:
        totalRow && cell
          ? {
              table: t.number,
              row: totalRow.name,
              column: t.columns[cell.column]?.header ?? '',
              line: cell.line,
            }
          : null,
      derived: null,
      cells: totalRow ? cellsOf(t, totalRow) : [],
      line: totalRow?.line ?? null,
      parentId: 'root',
      children: [],
      synthetic: totalRow === undefined,
    };
  });
  const groupOf = new Map(groups.map((g) => [g.name, g] as const));
  const nodes: MutableNode[] = [];
  const groupColumnOf = new Map<MutableNode, number | null>();
  for (const r of t.rows) {
    if (r.code === null) continue;
    const col = r.groupColumn ?? r.cells[0]?.column ?? null;
    const cell = col === null ? undefined : r.cells.find((c) => c.column === col);
    const n: MutableNode = {
      id: r.code,
      code: r.code,
      name: r.name,
      depth: 0,
      level: r.code.length === 3 ? '类' : '款',
      fen: cell?.fen ?? null,
      place: cell
        ? { table: t.number, row: rowLabel(r), column: t.columns[cell.column]?.header ?? '', line: cell.line }
        : null,
      derived: null,
      cells: cellsOf(t, r),
      line: r.line,
      parentId: null,
      children: [],
      synthetic: false,
    };
    groupColumnOf.set(n, col);
    nodes.push(n);
  }
  const orphans: string[] = [];
  linkByPrefix(
    nodes,
    (code) => (code.length === 3 ? '类' : '款'),
    (n) => {
      // A synthetic 类 takes the group of its first child.
      const col = groupColumnOf.get(n) ?? groupColumnOf.get(n.children[0] ?? n) ?? null;
      const g = groupOf.get(groupName(col) ?? '') ?? groups[0];
      if (!g) return;
      n.parentId = g.id;
      g.children.push(n);
    },
    orphans,
  );
  const printedGroups = groups.filter((g) => g.fen !== null);
  const allPrinted = groups.length > 0 && printedGroups.length === groups.length;
  const rootFen = allPrinted ? (printedGroups.reduce((s, g) => s + (g.fen ?? 0), 0) as Fen) : null;
  const root: MutableNode = {
    id: 'root',
    code: null,
    name: '基本支出',
    depth: 0,
    level: '合计',
    fen: rootFen,
    place: null,
    derived: allPrinted
      ? {
          formula: groups.map((g) => `${g.name}合计`).join(' + '),
          inputs: groups.map((g) => ({
            label: `${g.name}合计（表${t.number}）`,
            fen: g.fen ?? (0 as Fen),
            unit: t.unit,
            line: g.place?.line ?? 0,
          })),
        }
      : null,
    cells: [],
    line: null,
    parentId: null,
    children: groups,
    synthetic: true,
  };
  setDepths(root, 0);
  const frozen = freeze(root);
  return {
    mode: 'economic',
    measure: null,
    table: t.number,
    tableTitle: t.title,
    column: '决算数',
    unit: t.unit,
    columns: printedColumns(t),
    root: frozen,
    byId: indexTree(frozen),
    orphans,
  };
}

const TRAIL_TOKEN = /^[A-Za-z0-9-]{1,24}$/;

/** `201,20103` → ['201', '20103']. Ignores empty and malformed tokens; at most 8. Never throws. */
export function parseTrail(text: string | undefined): readonly string[] {
  if (!text) return [];
  return text
    .split(/[,，\s]+/)
    .map((s) => s.trim())
    .filter((s) => TRAIL_TOKEN.test(s))
    .slice(0, 8);
}

/** ['201', '20103'] → `201,20103`. */
export function formatTrail(trail: readonly string[]): string {
  return trail.join(',');
}

/** The ids from the first level down to `id` (excluding the root); [] for the root or an unknown id. */
export function pathTo(tree: DrillTree, id: string): readonly string[] {
  const out: string[] = [];
  let n = tree.byId.get(id);
  while (n && n.id !== tree.root.id) {
    out.unshift(n.id);
    n = n.parentId === null ? undefined : tree.byId.get(n.parentId);
  }
  return out;
}

export interface ResolvedTrail {
  /** The canonical trail (root excluded), rebuilt from the deepest id that exists. */
  readonly trail: readonly string[];
  /** The requested id that does not exist in this tree (when the trail had to be shortened), else null. */
  readonly missing: string | null;
}

/**
 * Resolves a trail against a tree. The trail is rebuilt from its deepest id that exists (so `2010350` alone, or
 * `301,30101` without its 表6 group, resolve to the full path); an unknown code falls back to its nearest printed
 * prefix-ancestor (e.g. 2010302 in 表2, which has no such row, → 201,20103). Pure; never throws.
 */
export function resolveTrail(tree: DrillTree, tokens: readonly string[]): ResolvedTrail {
  const last = tokens[tokens.length - 1];
  for (let i = tokens.length - 1; i >= 0; i--) {
    let id: string | null = tokens[i] ?? null;
    while (id !== null) {
      if (id !== tree.root.id && tree.byId.has(id)) {
        return { trail: pathTo(tree, id), missing: id === last ? null : (last ?? null) };
      }
      id = /^\d{5,}$/.test(id) ? parentOf(id as SubjectCode) : null;
    }
  }
  return { trail: [], missing: last ?? null };
}

/**
 * The level a (canonical) trail shows: the children of its last node, or, when the trail ends at a leaf, the
 * leaf's siblings with the leaf selected.
 */
export function getDrillLevel(tree: DrillTree, trail: readonly string[]): DrillLevel {
  const nodes = trail.map((id) => tree.byId.get(id)).filter((n): n is DrillNode => n !== undefined);
  const last = nodes[nodes.length - 1] ?? tree.root;
  const leaf = last !== tree.root && last.children.length === 0;
  const parent = leaf ? (tree.byId.get(last.parentId ?? '') ?? tree.root) : last;
  const selected = leaf ? last : null;
  const path = [tree.root, ...nodes.filter((n) => n !== selected)];
  if (selected) path.push(selected);
  const items: DrillItem[] = [];
  const blanks: DrillNode[] = [];
  let sum = 0;
  for (const c of parent.children) {
    if (c.fen === null) {
      blanks.push(c);
      continue;
    }
    sum += c.fen;
    items.push({
      node: c,
      share: parent.fen !== null && parent.fen !== 0 ? { num: c.fen, den: parent.fen } : null,
      drillable: c.children.length > 0,
    });
  }
  return {
    parent,
    selected,
    path,
    items,
    blanks,
    childrenSum: sum as Fen,
    difference: parent.fen !== null && parent.children.length > 0 ? ((parent.fen - sum) as Fen) : null,
  };
}
