/**
 * Budget against actual, and this year against last year (the drill view's 预算与决算 and 上年 parts), derived from
 * the overview and the model: per 类 (情况说明 五（三）), per project (the 绩效自评表), per “三公” item (表7), and
 * the stated year-on-year changes. Variances are exact integer Fen (actual − budget); a blank cell is not zero, so
 * an item with a blank side is listed apart, never as 0.
 */
import type { FinalAccounts, FinalAccountsTable, SourceText, TableColumn } from './final-accounts.types';
import type { Fen } from './money';
import type { Overview, OverviewFigure, YearPair } from './overview';

/** One budget-against-actual pair with its variance and the document's stated reason. */
export interface VarianceRow {
  readonly id: string;
  readonly name: string;
  /** A function 类 code, when the row is one. */
  readonly code: string | null;
  readonly budget: OverviewFigure;
  readonly actual: OverviewFigure;
  /** actual − budget, exact (negative: less spent than budgeted). */
  readonly variance: Fen;
  /** actual > budget. */
  readonly over: boolean;
  /** The completion rate as printed, when printed. */
  readonly printedRate: string | null;
  /** The stated reason for the difference, with its line; null when the document states none. */
  readonly reason: SourceText | null;
}

const varianceOf = (budget: OverviewFigure, actual: OverviewFigure): Fen => (actual.fen - budget.fen) as Fen;

/** Per-类 年初预算 against 决算 (情况说明 五（三）), from the overview. */
export function getCategoryVariance(overview: Overview): readonly VarianceRow[] {
  return overview.categories.map((c) => ({
    id: c.code ?? c.budget.id,
    name: c.name,
    code: c.code,
    budget: c.budget,
    actual: c.actual,
    variance: varianceOf(c.budget, c.actual),
    over: c.over,
    printedRate: c.printedRate,
    reason: c.reason ? { text: c.reason, line: c.line } : null,
  }));
}

/**
 * Per-project 预算数 against 执行数 from the project scorecards (绩效自评表), with the card's printed rate and its
 * stated deviation reason. Projects without both figures are left out. Ordered by variance, largest shortfall
 * first (then by the card's order).
 */
export function getProjectVariance(accounts: FinalAccounts, overview: Overview): readonly VarianceRow[] {
  const cards = new Map(accounts.scorecards.map((c) => [c.titleLine, c] as const));
  const rows: Array<VarianceRow & { readonly order: number }> = [];
  for (const p of overview.projects) {
    if (!p.budget || !p.execution) continue;
    const card = cards.get(p.titleLine);
    rows.push({
      id: `project-${p.titleLine}`,
      name: p.name,
      code: null,
      budget: p.budget,
      actual: p.execution,
      variance: varianceOf(p.budget, p.execution),
      over: p.execution.fen > p.budget.fen,
      printedRate: card?.rate?.raw ?? null,
      reason: card?.deviationReason ?? null,
      order: p.index ?? p.titleLine,
    });
  }
  return rows
    .sort((x, y) => x.variance - y.variance || x.order - y.order)
    .map(({ order: _order, ...r }) => r);
}

/** 表7's items: each 预算数 column with the 决算数 column of the same item (by the header below 预算数 / 决算数). */
function threePublicPairs(
  t: FinalAccountsTable,
): Array<{ readonly budget: TableColumn; readonly actual: TableColumn | undefined; readonly item: string }> {
  return t.columns
    .filter((b) => b.levels[0] === '预算数')
    .map((b) => {
      const item = b.levels.slice(1).join('/');
      const actual = t.columns.find((c) => c.levels[0] === '决算数' && c.levels.slice(1).join('/') === item);
      return { budget: b, actual, item };
    });
}

/**
 * 表7 “三公”经费: each item's 预算数 against its 决算数 (columns paired by their header below 预算数 / 决算数). Items
 * with a blank cell on either side are left out (a blank is not zero). The reason stated for 公务用车运行费 against
 * its budget (情况说明 七) is attached to that item.
 */
export function getThreePublicVariance(accounts: FinalAccounts): readonly VarianceRow[] {
  const t = accounts.tables.find((x) => x.kind === 'three-public');
  const row = t?.rows.find((r) => r.cells.length > 0);
  if (!t || !row) return [];
  const reason = accounts.facts.threePublic?.vehicleRunningVsBudget?.reason ?? null;
  const rows: VarianceRow[] = [];
  for (const { budget: budgetCol, actual: actualCol, item } of threePublicPairs(t)) {
    const b = row.cells.find((c) => c.column === budgetCol.index);
    const a = actualCol ? row.cells.find((c) => c.column === actualCol.index) : undefined;
    if (!b || !a || !actualCol) continue;
    const last = budgetCol.levels[budgetCol.levels.length - 1] ?? item;
    const name =
      last === '合计' ? '“三公”经费合计' : last === '小计' ? `${budgetCol.levels[1] ?? ''}（小计）` : last;
    const fig = (cell: typeof b, header: string, kind: string): OverviewFigure => ({
      id: `three-public-${kind}-${cell.column}`,
      label: `${name} ${kind}`,
      fen: cell.fen,
      unit: t.unit,
      place: { table: t.number, row: '“三公”经费', column: header, line: cell.line },
      derived: null,
    });
    const budget = fig(b, budgetCol.header, '预算数');
    const actual = fig(a, actualCol.header, '决算数');
    rows.push({
      id: `three-public-${budgetCol.index}`,
      name,
      code: null,
      budget,
      actual,
      variance: varianceOf(budget, actual),
      over: actual.fen > budget.fen,
      printedRate: null,
      reason: last === '公务用车运行费' ? reason : null,
    });
  }
  return rows;
}

/** This year against last year, where the document states the change. */
export interface YearChangeRow {
  readonly pair: YearPair;
  /** current − previous, exact. */
  readonly change: Fen;
  /** The percent change as printed (`42%`), when printed. */
  readonly printedPercent: string | null;
  readonly reason: SourceText | null;
}

/**
 * The overview's year pairs (last year derived from the stated change) with the printed percent and the stated
 * reason of each change.
 */
export function getYearChanges(accounts: FinalAccounts, overview: Overview): readonly YearChangeRow[] {
  const f = accounts.facts;
  const changes: Record<string, { percent: { raw: string } | null; reason: SourceText | null } | null> = {
    totals: f.totals?.change ?? null,
    'fiscal-totals': f.fiscalTotals?.change ?? null,
    'fiscal-expense': f.fiscalExpense?.change ?? null,
    'three-public': f.threePublic?.change
      ? {
          percent: f.threePublic.change.percent,
          reason: f.threePublic.change.reason ?? f.threePublic.vehicleChange?.reason ?? null,
        }
      : null,
  };
  return overview.yearPairs.map((pair) => {
    const c = changes[pair.id] ?? null;
    return {
      pair,
      change: (pair.current.fen - pair.previous.fen) as Fen,
      printedPercent: c?.percent?.raw ?? null,
      reason: c?.reason ?? null,
    };
  });
}

/** 表7 items left out of `getThreePublicVariance` because a 预算数 or 决算数 cell is blank. */
export function getThreePublicBlankItems(accounts: FinalAccounts): readonly string[] {
  const t = accounts.tables.find((x) => x.kind === 'three-public');
  const row = t?.rows.find((r) => r.cells.length > 0);
  if (!t) return [];
  const printed = new Set(row?.cells.map((c) => c.column) ?? []);
  return threePublicPairs(t)
    .filter(({ budget, actual }) => !printed.has(budget.index) || !actual || !printed.has(actual.index))
    .map(({ budget, item }) => budget.levels[budget.levels.length - 1] ?? item);
}
