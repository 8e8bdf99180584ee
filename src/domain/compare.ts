/**
 * Two or more documents side by side (department against department, or one department's years): the headline
 * totals, 基本/项目, 三公, budget execution, scorecard averages, and the 类 → 款 → 项 composition at any drill
 * level. Every value is a figure of its own document (with its place) or derived from them (the formula is named);
 * differences are against the first document, in amount (exact, in 分) and in percent (rounded once, at display).
 */
import type { AuditReport } from './audit/run-audit';
import type { DrillTree } from './drill';
import { getDrillLevel, resolveTrail } from './drill';
import type { FinalAccounts } from './final-accounts.types';
import type { Fen } from './money';
import type { OverviewFigure } from './overview';
import { getOverview } from './overview';
import { getScorecardRows } from './scorecards';

export interface CompareInput {
  readonly id: string;
  readonly label: string;
  readonly accounts: FinalAccounts;
  readonly audit: AuditReport;
}

export interface CompareCell {
  /** A figure as printed (with its place), or null where the document prints none. */
  readonly figure: OverviewFigure | null;
}

export interface CompareRow {
  readonly id: string;
  readonly label: string;
  /** One per document, in the order given. */
  readonly cells: readonly CompareCell[];
}

/** An exact ratio (rounded only at display); null when not computable. */
export interface Ratio {
  readonly num: number;
  readonly den: number;
}

export interface CompareRatioRow {
  readonly id: string;
  readonly label: string;
  readonly formula: string;
  readonly values: ReadonlyArray<Ratio | null>;
  /** `percent`: num/den × 100 %; `points`: num/den points (scores are summed in hundredths). */
  readonly kind: 'percent' | 'points';
}

export interface Comparison {
  readonly totals: readonly CompareRow[];
  readonly ratios: readonly CompareRatioRow[];
}

/** amount − base, exactly; null when either is missing. */
export function difference(amount: Fen | null | undefined, base: Fen | null | undefined): Fen | null {
  if (amount === null || amount === undefined || base === null || base === undefined) return null;
  return (amount - base) as Fen;
}

function ratio(num: number, den: number): Ratio | null {
  return den === 0 ? null : { num, den };
}

export function compareDocuments(docs: readonly CompareInput[]): Comparison {
  const overviews = docs.map((d) => getOverview(d.accounts, d.audit));
  const row = (
    id: string,
    label: string,
    pick: (o: (typeof overviews)[number]) => OverviewFigure | null,
  ): CompareRow => ({
    id,
    label,
    cells: overviews.map((o) => ({ figure: pick(o) })),
  });
  const totals = [
    row('income', '本年收入合计', (o) => o.income),
    row('expense', '本年支出合计', (o) => o.expense),
    row('basic', '基本支出', (o) => o.basic),
    row('project', '项目支出', (o) => o.project),
    row('personnel', '人员经费', (o) => o.personnel),
    row('public-use', '公用经费', (o) => o.publicUse),
    row('budget', '年初预算（一般公共预算财政拨款）', (o) => o.budget),
    row('budget-actual', '决算（一般公共预算财政拨款）', (o) => o.budgetActual),
    row('three-public-budget', '“三公”经费预算', (o) => o.threePublicBudget),
    row('three-public', '“三公”经费决算', (o) => o.threePublicActual),
  ];
  // Scores in hundredths of a point, rates in basis points: Σ ÷ (count × scale), one exact ratio each.
  const scoreAverage = (d: CompareInput): Ratio | null => {
    const scores = getScorecardRows(d.accounts).flatMap((r) =>
      r.card.selfScore ? [r.card.selfScore.value.units * 10 ** (2 - r.card.selfScore.value.scale)] : [],
    );
    return ratio(
      scores.reduce((a, b) => a + b, 0),
      scores.length * 100,
    );
  };
  const rateAverage = (d: CompareInput): Ratio | null => {
    const rates = getScorecardRows(d.accounts).flatMap((r) => (r.rateBp === null ? [] : [r.rateBp]));
    return ratio(
      rates.reduce((a, b) => a + b, 0),
      rates.length * 10000,
    );
  };
  const ratios: CompareRatioRow[] = [
    {
      id: 'execution',
      label: '预算执行率',
      formula: '决算 ÷ 年初预算（一般公共预算财政拨款）',
      kind: 'percent',
      values: overviews.map((o) =>
        o.budget && o.budgetActual ? ratio(o.budgetActual.fen, o.budget.fen) : null,
      ),
    },
    {
      id: 'project-share',
      label: '项目支出占比',
      formula: '项目支出 ÷ 本年支出合计',
      kind: 'percent',
      values: overviews.map((o) => (o.project && o.expense ? ratio(o.project.fen, o.expense.fen) : null)),
    },
    {
      id: 'three-public-execution',
      label: '“三公”经费执行率',
      formula: '“三公”决算 ÷ “三公”预算',
      kind: 'percent',
      values: overviews.map((o) =>
        o.threePublicBudget && o.threePublicActual
          ? ratio(o.threePublicActual.fen, o.threePublicBudget.fen)
          : null,
      ),
    },
    {
      id: 'score-average',
      label: '绩效自评平均得分',
      formula: 'Σ 自评得分 ÷ 自评表张数',
      kind: 'points',
      values: docs.map(scoreAverage),
    },
    {
      id: 'rate-average',
      label: '绩效自评平均执行率',
      formula: 'Σ 执行率 ÷ 自评表张数',
      kind: 'percent',
      values: docs.map(rateAverage),
    },
  ];
  return { totals, ratios };
}

export interface CompareLevelRow {
  /** The code (or node id) shared across the documents. */
  readonly id: string;
  readonly name: string;
  /** Whether any document has children under this node (it can be drilled). */
  readonly drillable: boolean;
  readonly fen: ReadonlyArray<Fen | null>;
}

export interface CompareLevel {
  /** The breadcrumb, from the first document that has the node. */
  readonly path: ReadonlyArray<{ readonly id: string; readonly name: string }>;
  readonly rows: readonly CompareLevelRow[];
  /** Each document's parent figure (the level's total). */
  readonly totals: ReadonlyArray<Fen | null>;
}

/** The children of `trail`'s last node in every document, matched by code (union, in first-seen order). */
export function compareLevel(trees: ReadonlyArray<DrillTree | null>, trail: readonly string[]): CompareLevel {
  const levels = trees.map((t) => (t ? getDrillLevel(t, resolveTrail(t, trail).trail) : null));
  const order: string[] = [];
  const names = new Map<string, string>();
  const drillable = new Set<string>();
  for (const l of levels) {
    if (!l) continue;
    for (const item of [...l.items.map((i) => i.node), ...l.blanks]) {
      if (!names.has(item.id)) {
        order.push(item.id);
        names.set(item.id, item.name);
      }
      if (item.children.length > 0) drillable.add(item.id);
    }
  }
  const first = levels.find((l) => l !== null);
  return {
    path: (first?.path ?? []).map((n) => ({ id: n.id, name: n.name })),
    rows: order.map((id) => ({
      id,
      name: names.get(id) ?? id,
      drillable: drillable.has(id),
      fen: trees.map((t) => t?.byId.get(id)?.fen ?? null),
    })),
    totals: levels.map((l) => l?.parent.fen ?? null),
  };
}
