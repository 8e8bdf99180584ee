/**
 * Project performance scorecards, derived for display: one row per card (with lost points, the rate as printed or
 * derived, the prose list entry and the spending it belongs to where the document makes that determinable) and each
 * card's indicators as a tree 一级 → 二级 → 三级.
 */
import { bestMatch } from './audit/names';
import type {
  ExactDecimal,
  FinalAccounts,
  ProjectSpending,
  Scorecard,
  ProseFigure,
  ScorecardIndicator,
  ScoreValue,
} from './final-accounts.types';
import { dropTrailingZeros, percentScaled } from './money';
import type { FigurePlace } from './place';

/** The 表3 项 a project's spending is printed in: a place (table, column, line) with the 项's code and name. */
export interface SpendingLink extends FigurePlace {
  readonly table: number;
  readonly column: string;
  readonly code: string;
  readonly name: string;
}

export interface ScorecardRow {
  /** `department` or the project number printed in its summary (1–17), else `card-<line>`. */
  readonly id: string;
  readonly card: Scorecard;
  /** Execution rate in basis points: printed when printed, else B/A (derived). */
  readonly rateBp: number | null;
  readonly rateDerived: boolean;
  /** 100 − self score, exact. */
  readonly lost: ExactDecimal | null;
  readonly proseEntry: ProjectSpending | null;
  readonly spending: SpendingLink | null;
}

export function cardId(c: Scorecard): string {
  if (c.kind === 'department') return 'department';
  return c.summary ? String(c.summary.index) : `card-${c.titleLine}`;
}

/** The prefix of the audit's checks on one card (`card.3.`, `card.department.`, `card.248.` for an unnumbered card). */
export function cardCheckPrefix(c: Scorecard): string {
  return c.kind === 'department' ? 'card.department.' : `card.${c.summary?.index ?? c.titleLine}.`;
}

/** How a card is named in lists and charts: its printed number where the document numbers it, and its name. */
export function cardLabel(c: Scorecard): string {
  if (c.kind === 'department') return `部门整体：${c.name}`;
  return c.summary ? `${c.summary.index}. ${c.name}` : c.name;
}

/** One row per card, department first, in document order. */
export function getScorecardRows(a: FinalAccounts): ScorecardRow[] {
  const t3 = a.tables.find((t) => t.kind === 'expense');
  const projectCol = t3 ? t3.columns.findIndex((c) => c.header === '项目支出') : -1;
  const items = t3 ? t3.rows.filter((r) => r.level === 'item') : [];
  return a.scorecards.map((c) => {
    const printed = c.rate ? c.rate.value.units * 10 ** (2 - c.rate.value.scale) : null;
    const derived = c.budget && c.execution ? percentScaled(c.execution.fen, c.budget.fen, 2) : null;
    const lost = c.selfScore
      ? {
          units: 100 * 10 ** c.selfScore.value.scale - c.selfScore.value.units,
          scale: c.selfScore.value.scale,
        }
      : null;
    // A project belongs to a 项 when its execution equals exactly one 项's project spending in 表3.
    let spending: SpendingLink | null = null;
    if (c.kind === 'project' && c.execution && t3 && projectCol >= 0) {
      const hits = items.filter((r) =>
        r.cells.some((cell) => cell.column === projectCol && cell.fen === c.execution!.fen),
      );
      const hit = hits.length === 1 ? hits[0] : undefined;
      if (hit?.code)
        spending = { table: t3.number, code: hit.code, name: hit.name, column: '项目支出', line: hit.line };
    }
    const proseEntry =
      c.kind === 'project'
        ? (bestMatch(c.name, a.facts.projectSpending, (p) => p.name) ??
          (c.summary ? bestMatch(c.summary.name, a.facts.projectSpending, (p) => p.name) : null))
        : null;
    return {
      id: cardId(c),
      card: c,
      rateBp: printed ?? derived,
      rateDerived: printed === null && derived !== null,
      lost,
      proseEntry,
      spending,
    };
  });
}

export interface Level2Node {
  readonly name: string;
  readonly indicators: readonly ScorecardIndicator[];
}

export interface Level1Node {
  readonly name: string;
  readonly points: ExactDecimal | null;
  readonly line: number | null;
  readonly children: readonly Level2Node[];
}

/** The card's indicators as 一级 → 二级 → 三级, in printed order. */
export function indicatorTree(c: Scorecard): Level1Node[] {
  const order: string[] = [];
  const byLevel1 = new Map<string, ScorecardIndicator[]>();
  for (const i of c.indicators) {
    if (!byLevel1.has(i.level1)) {
      order.push(i.level1);
      byLevel1.set(i.level1, []);
    }
    byLevel1.get(i.level1)?.push(i);
  }
  return order.map((name) => {
    const indicators = byLevel1.get(name) ?? [];
    const level2: string[] = [];
    for (const i of indicators) if (!level2.includes(i.level2)) level2.push(i.level2);
    const declared = c.level1.find((l) => l.name === name);
    return {
      name,
      points: declared?.points?.value ?? null,
      line: declared?.line ?? null,
      children: level2.map((l2) => ({ name: l2, indicators: indicators.filter((i) => i.level2 === l2) })),
    };
  });
}

/**
 * The points an indicator is scored out of: its own 分值 where the form prints one per 三级 indicator (the national
 * form), else the points printed with its 二级 label (the reference's form).
 */
export function indicatorPoints(i: ScorecardIndicator): ScoreValue | null {
  return i.ownPoints ?? i.points;
}

/** Points lost on an indicator (points − score), exact; null when either is not printed. */
export function lostOn(i: ScorecardIndicator): ExactDecimal | null {
  const points = indicatorPoints(i);
  if (!points || !i.score) return null;
  const scale = Math.max(points.value.scale, i.score.value.scale);
  const units =
    points.value.units * 10 ** (scale - points.value.scale) -
    i.score.value.units * 10 ** (scale - i.score.value.scale);
  return { units, scale };
}

/** `97`, `5.4`, `0.8`. */
export function decimalText(d: ExactDecimal | null): string {
  if (!d) return '';
  if (d.scale === 0) return String(d.units);
  const neg = d.units < 0;
  const s = String(Math.abs(d.units)).padStart(d.scale + 1, '0');
  return dropTrailingZeros(`${neg ? '-' : ''}${s.slice(0, -d.scale)}.${s.slice(-d.scale)}`);
}

/** A paragraph of the prose about 绩效 (performance), with the amounts, shares, counts and scores it states. */
export interface PerformanceParagraph {
  readonly heading: string;
  readonly headingLine: number;
  readonly text: string;
  readonly line: number;
  readonly figures: readonly ProseFigure[];
}

/**
 * What a document says of its performance in words: every paragraph, with figures, of the prose sections whose
 * heading names 绩效 (`十、预算绩效管理情况`) — the narrative shown when a document publishes no scorecards.
 */
export function getPerformanceNarrative(a: FinalAccounts): PerformanceParagraph[] {
  const shown = new Set(['amount', 'percent', 'count', 'score']);
  return a.sections
    .filter((s) => /绩效/.test(s.heading) && s.partKind !== 'attachments')
    .flatMap((s) =>
      s.paragraphs
        .filter((p) => p.figures.some((f) => shown.has(f.kind)))
        .map((p) => ({
          heading: s.heading,
          headingLine: s.line,
          text: p.text,
          line: p.firstLine,
          figures: p.figures.filter((f) => shown.has(f.kind)),
        })),
    );
}
