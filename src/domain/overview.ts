/**
 * The leadership overview, derived from the model: every figure printed in the document (with its place) or
 * derived from printed figures (with the formula and inputs). Nothing is invented: absent figures are omitted.
 */
import type { AuditCheck } from './audit/core';
import type { AuditReport } from './audit/run-audit';
import type { CoverageEntry, CoverageVerdict } from './audit/coverage';

import type {
  FinalAccounts,
  FinalAccountsTable,
  ProseAmount,
  Scorecard,
  ScorecardIndicator,
  TableRow,
} from './final-accounts.types';
import type { Fen, MoneyUnit } from './money';
import { dropTrailingZeros, percentScaled } from './money';
import type { Derivation, FigurePlace } from './place';
import { functionCategoryByName, stripOrdinal } from './subject-code';

export interface OverviewFigure {
  readonly id: string;
  readonly label: string;
  readonly fen: Fen;
  readonly unit: MoneyUnit;
  readonly place: FigurePlace | null;
  readonly derived: Derivation | null;
}

export interface YearPair {
  readonly id: string;
  readonly title: string;
  readonly current: OverviewFigure;
  readonly previous: OverviewFigure;
  readonly year: number;
  readonly previousYear: number;
}

export interface CategoryExecution {
  /** The 类 code the prose name refers to. */
  readonly code: string | null;
  /** The 类 name as printed; with `item` (and `segment`) when the sentence is per 项. */
  readonly name: string;
  readonly segment: string | null;
  readonly item: string | null;
  /** The budget the sentence compares with: 年初预算, or 全年预算 (the adjusted budget). */
  readonly basis: '年初预算' | '全年预算';
  readonly budget: OverviewFigure;
  readonly actual: OverviewFigure;
  /** Completion rate from the integers, in basis points of a percent (10000 = 100.00%). */
  readonly rateBp: number | null;
  readonly printedRate: string | null;
  readonly reason: string | null;
  readonly over: boolean;
  readonly line: number;
}

export interface ProjectSummary {
  readonly name: string;
  readonly titleLine: number;
  readonly index: number | null;
  readonly budget: OverviewFigure | null;
  readonly execution: OverviewFigure | null;
  readonly selfScore: string | null;
  readonly lostPoints: string | null;
}

export interface WeakIndicator {
  readonly card: string;
  readonly cardLine: number;
  readonly indicator: ScorecardIndicator;
  /** score / points in basis points. */
  readonly ratioBp: number;
}

export interface Overview {
  readonly income: OverviewFigure | null;
  readonly expense: OverviewFigure | null;
  readonly carryIn: OverviewFigure | null;
  readonly carryOut: OverviewFigure | null;
  readonly grandTotal: OverviewFigure | null;
  readonly basic: OverviewFigure | null;
  readonly project: OverviewFigure | null;
  readonly personnel: OverviewFigure | null;
  readonly publicUse: OverviewFigure | null;
  readonly incomeSources: readonly OverviewFigure[];
  readonly budget: OverviewFigure | null;
  readonly budgetActual: OverviewFigure | null;
  readonly threePublicBudget: OverviewFigure | null;
  readonly threePublicActual: OverviewFigure | null;
  readonly threePublicPrevious: OverviewFigure | null;
  readonly yearPairs: readonly YearPair[];
  readonly categories: readonly CategoryExecution[];
  readonly projects: readonly ProjectSummary[];
  readonly weakIndicators: readonly WeakIndicator[];
  readonly failedChecks: readonly AuditCheck[];
  readonly warnedChecks: readonly AuditCheck[];
  /** What the audit can vouch for (coverage.ts): never clean when part of the catalogue could not run. */
  readonly auditVerdict: CoverageVerdict;
  /** The identities of the catalogue that could not run, with why. */
  readonly uncheckedIdentities: readonly CoverageEntry[];
  /** Applicable identities that ran, e.g. `37/37（100%）`. */
  readonly coverageText: string;
  readonly staff: { readonly total: number; readonly line: number; readonly detail: string } | null;
}

function cellFigure(
  t: FinalAccountsTable | undefined,
  row: TableRow | undefined,
  col: number,
  id: string,
  label: string,
): OverviewFigure | null {
  if (!t || !row || col < 0) return null;
  const cell = row.cells.find((c) => c.column === col);
  if (!cell) return null;
  return {
    id,
    label,
    fen: cell.fen,
    unit: t.unit,
    place: {
      table: t.number,
      row:
        row.rowNo !== null ? `第${row.rowNo}行 ${row.name}` : row.code ? `${row.code} ${row.name}` : row.name,
      column: t.columns[col]?.header ?? '',
      line: cell.line,
    },
    derived: null,
  };
}

/**
 * The heading, as the document prints it, of the prose section holding `line` (`（三）财政拨款支出决算具体情况`);
 * `情况说明` when none is found. Never a part or item number of one template.
 */
export function headingAt(
  sections: readonly { readonly heading: string; readonly line: number }[],
  line: number | undefined,
): string {
  if (line === undefined) return '情况说明';
  let best: { heading: string; line: number } | null = null;
  for (const s of sections) if (s.line <= line && (best === null || s.line > best.line)) best = s;
  const heading = best?.heading.replace(/[。.：:]$/, '').trim() ?? '';
  return heading === '' ? '情况说明' : heading.length > 40 ? `${heading.slice(0, 40)}…` : heading;
}

function proseFigure(
  a: ProseAmount | null | undefined,
  id: string,
  label: string,
  where: string,
): OverviewFigure | null {
  if (!a) return null;
  return { id, label, fen: a.fen, unit: a.unit, place: { line: a.line, where }, derived: null };
}

function derivedFigure(
  id: string,
  label: string,
  fen: number,
  unit: MoneyUnit,
  formula: string,
  inputs: Derivation['inputs'],
): OverviewFigure {
  return { id, label, fen: fen as Fen, unit, place: null, derived: { formula, inputs } };
}

const col = (
  t: FinalAccountsTable | undefined,
  test: RegExp,
  side: 'income' | 'expense' | null = null,
): number => (t ? t.columns.findIndex((c) => (side === null || c.side === side) && test.test(c.header)) : -1);
const row = (
  t: FinalAccountsTable | undefined,
  test: RegExp,
  side: 'income' | 'expense' | null = null,
): TableRow | undefined => t?.rows.find((r) => (side === null || r.side === side) && test.test(r.name));

/** Builds the overview. `audit` supplies the red flags. */
export function getOverview(a: FinalAccounts, audit: AuditReport): Overview {
  const t1 = a.tables.find((t) => t.kind === 'income-expense-summary');
  const t2 = a.tables.find((t) => t.kind === 'income');
  const t3 = a.tables.find((t) => t.kind === 'expense');
  const t6 = a.tables.find((t) => t.kind === 'general-budget-basic-expense');
  const t7 = a.tables.find((t) => t.kind === 'three-public');
  const inc = col(t1, /决算数/, 'income');
  const exp = col(t1, /决算数/, 'expense');
  const t3total = t3?.rows.find((r) => r.level === 'total');
  const f = a.facts;

  const income = cellFigure(t1, row(t1, /本年收入合计/, 'income'), inc, 'income', '本年收入合计');
  const expense = cellFigure(t1, row(t1, /本年支出合计/, 'expense'), exp, 'expense', '本年支出合计');
  const grandTotal = cellFigure(t1, row(t1, /总计/, 'income'), inc, 'grand-total', '收入总计');

  // Year pairs: this year's figure and last year's, derived from the stated change.
  const yearPairs: YearPair[] = [];
  const pair = (
    id: string,
    title: string,
    current: ProseAmount | undefined,
    change: { direction: string; amount: ProseAmount | null; previousYear: number | null } | null | undefined,
  ): void => {
    if (!current || !change?.amount) return;
    const where = headingAt(a.sections, current.line);
    const sign = change.direction === 'decrease' ? 1 : -1;
    const prevYear = change.previousYear ?? a.meta.year - 1;
    yearPairs.push({
      id,
      title,
      year: a.meta.year,
      previousYear: prevYear,
      current: {
        id: `${id}-current`,
        label: `${a.meta.year} 年度${title}`,
        fen: current.fen,
        unit: current.unit,
        place: { line: current.line, where },
        derived: null,
      },
      previous: derivedFigure(
        `${id}-previous`,
        `${prevYear} 年度${title}（推算）`,
        current.fen + sign * change.amount.fen,
        current.unit,
        `本年 ${sign > 0 ? '+ 减少额' : '− 增加额'}`,
        [
          { label: `${a.meta.year} 年度${title}`, fen: current.fen, unit: current.unit, line: current.line },
          {
            label: `比上年${sign > 0 ? '减少' : '增加'}`,
            fen: change.amount.fen,
            unit: change.amount.unit,
            line: change.amount.line,
          },
        ],
      ),
    });
  };
  pair('totals', '收、支总计', f.totals?.total, f.totals?.change);
  pair('fiscal-totals', '财政拨款收、支总计', f.fiscalTotals?.total, f.fiscalTotals?.change);
  pair('fiscal-expense', '财政拨款支出', f.fiscalExpense?.total, f.fiscalExpense?.change);
  if (f.threePublic?.actual)
    pair('three-public', '“三公”经费支出', f.threePublic.actual, f.threePublic.change);

  // Budget against actual per 类.
  const categories: CategoryExecution[] = f.categoryBudgets.map((c) => {
    const code = functionCategoryByName(stripOrdinal(c.name)) ?? functionCategoryByName(`${c.name}支出`);
    return {
      code,
      name: c.name,
      segment: c.segment,
      item: c.item,
      basis: c.basis,
      budget: proseFigure(
        c.budget,
        `budget-${c.index}`,
        `${c.item ?? c.name} ${c.basis}`,
        headingAt(a.sections, c.budget.line),
      )!,
      actual: proseFigure(
        c.actual,
        `actual-${c.index}`,
        `${c.item ?? c.name} 支出决算`,
        headingAt(a.sections, c.actual.line),
      )!,
      rateBp: percentScaled(c.actual.fen, c.budget.fen, 2),
      printedRate: c.rate?.raw ?? null,
      reason: c.reason?.text ?? null,
      over: c.actual.fen > c.budget.fen,
      line: c.line,
    };
  });

  const projects: ProjectSummary[] = a.scorecards
    .filter((c) => c.kind === 'project')
    .map((c) => projectSummary(c))
    .sort((x, y) => (y.execution?.fen ?? 0) - (x.execution?.fen ?? 0));

  const weakIndicators: WeakIndicator[] = a.scorecards
    .flatMap((c) =>
      c.indicators
        .filter((i) => i.score && i.points && i.points.value.units > 0)
        .map((i) => {
          const s = i.score!.value;
          const p = i.points!.value;
          const scale = Math.max(s.scale, p.scale);
          const ratioBp =
            percentScaled(s.units * 10 ** (scale - s.scale), p.units * 10 ** (scale - p.scale), 2) ?? 10000;
          return {
            card: c.kind === 'department' ? '部门整体' : c.name,
            cardLine: c.titleLine,
            indicator: i,
            ratioBp,
          };
        }),
    )
    .filter((w) => w.ratioBp < 10000)
    .sort((x, y) => x.ratioBp - y.ratioBp);

  const t6totals = t6?.rows.filter((r) => r.level === 'total') ?? [];
  const personnelRow = t6totals.find((r) => r.name.startsWith('人员经费'));
  const publicRow = t6totals.find((r) => r.name.startsWith('公用经费'));
  const t7row = t7?.rows[0];
  const staff = a.meta.staff;

  const incomeSources: OverviewFigure[] = [];
  const t2total = t2?.rows.find((r) => r.level === 'total');
  if (t2 && t2total) {
    for (const c of t2.columns) {
      // The total column (栏次 1, or named 本年收入合计 where no 栏次 is printed) is not a source.
      if (c.columnNo === 1 || /合计/.test(c.header)) continue;
      const fig = cellFigure(t2, t2total, c.index, `income-${c.index}`, c.header);
      if (fig) incomeSources.push(fig);
    }
  }

  const prevThree = yearPairs.find((p) => p.id === 'three-public')?.previous ?? null;
  return {
    income,
    expense,
    carryIn: cellFigure(t1, row(t1, /年初结转和结余/, 'income'), inc, 'carry-in', '年初结转和结余'),
    carryOut: cellFigure(t1, row(t1, /年末结转和结余/, 'expense'), exp, 'carry-out', '年末结转和结余'),
    grandTotal,
    basic: cellFigure(t3, t3total, col(t3, /^基本支出$/), 'basic', '基本支出'),
    project: cellFigure(t3, t3total, col(t3, /^项目支出$/), 'project', '项目支出'),
    personnel: personnelRow
      ? cellFigure(t6, personnelRow, personnelRow.groupColumn ?? 0, 'personnel', '人员经费')
      : null,
    publicUse: publicRow
      ? cellFigure(t6, publicRow, publicRow.groupColumn ?? 0, 'public-use', '公用经费')
      : null,
    incomeSources,
    budget: proseFigure(
      f.budgetExecution?.budget,
      'budget',
      '年初预算',
      headingAt(a.sections, f.budgetExecution?.budget.line),
    ),
    budgetActual: proseFigure(
      f.budgetExecution?.actual,
      'budget-actual',
      '支出决算',
      headingAt(a.sections, f.budgetExecution?.actual.line),
    ),
    threePublicBudget: cellFigure(
      t7,
      t7row,
      col(t7, /^预算数\/合计$/),
      'three-public-budget',
      '“三公”经费预算',
    ),
    threePublicActual: cellFigure(
      t7,
      t7row,
      col(t7, /^决算数\/合计$/),
      'three-public-actual',
      '“三公”经费决算',
    ),
    threePublicPrevious: prevThree,
    yearPairs,
    categories,
    projects,
    weakIndicators,
    failedChecks: audit.checks.filter((c) => c.status === 'fail'),
    warnedChecks: audit.checks.filter((c) => c.status === 'warn'),
    auditVerdict: audit.coverage.verdict,
    uncheckedIdentities: audit.coverage.entries.filter((e) => e.state === 'not-checked'),
    coverageText: `${audit.coverage.checked}/${audit.coverage.applicable}（${audit.coverage.share}）`,
    staff: staff.total
      ? {
          total: staff.total.value,
          line: staff.total.line,
          detail: [
            staff.administrative ? `行政 ${staff.administrative.value} 人` : '',
            staff.institutional ? `事业 ${staff.institutional.value} 人` : '',
            staff.retired ? `离退休 ${staff.retired.value} 人` : '',
          ]
            .filter(Boolean)
            .join('，'),
        }
      : null,
  };
}

function projectSummary(c: Scorecard): ProjectSummary {
  const lost =
    c.selfScore && c.selfScore.value.scale <= 2
      ? (() => {
          const scale = c.selfScore.value.scale;
          const units = 100 * 10 ** scale - c.selfScore.value.units;
          const s = String(units).padStart(scale + 1, '0');
          return scale ? dropTrailingZeros(`${s.slice(0, -scale)}.${s.slice(-scale)}`) : s;
        })()
      : null;
  return {
    name: c.name,
    titleLine: c.titleLine,
    index: c.summary?.index ?? null,
    budget: c.budget
      ? {
          id: `card-budget-${c.titleLine}`,
          label: `${c.name} 预算数`,
          fen: c.budget.fen,
          unit: c.budget.unit,
          place: { line: c.budget.line, where: '项目支出绩效自评表' },
          derived: null,
        }
      : null,
    execution: c.execution
      ? {
          id: `card-exec-${c.titleLine}`,
          label: `${c.name} 执行数`,
          fen: c.execution.fen,
          unit: c.execution.unit,
          place: { line: c.execution.line, where: '项目支出绩效自评表' },
          derived: null,
        }
      : null,
    selfScore: c.selfScore?.raw ?? null,
    lostPoints: lost,
  };
}
