/**
 * Every number the model holds, by source line: the basis of the coverage check ("every figure in the document
 * is in the model") and of "which figures come from this line" lookups.
 */
import type {
  FinalAccounts,
  ProseAmount,
  ProseCount,
  ProsePercent,
  ScoreValue,
} from './final-accounts.types';
import type { SourceLine } from './parse/source-lines';
import { readTextLines } from './parse/source-lines';

/** Where in the model a number lives. */
export type ModelNumberSource =
  | 'table-cell'
  | 'table-row-number'
  | 'table-column-number'
  | 'table-identity'
  | 'table-title'
  | 'table-note'
  | 'prose'
  | 'scorecard'
  | 'scorecard-text'
  | 'key-work'
  | 'meta';

export interface ModelNumber {
  readonly line: number;
  /** The digits as printed, separators removed (`2,812.11` → `2812.11`). */
  readonly digits: string;
  readonly source: ModelNumberSource;
}

const NUMBER_TOKEN = /\d+(?:[,，]\d{3})*(?:\.\d+)?/g;

/** A text with its markup and spaces removed, as numbers are read from it. */
function compactNumberText(text: string): string {
  return text.replace(/<[^<>]{0,300}>/g, '').replace(/[\s\u3000]+/g, '');
}

/** The number tokens of a text, separators and spaces removed. */
export function numberTokens(text: string): string[] {
  return (compactNumberText(text).match(NUMBER_TOKEN) ?? []).map((t) => t.replace(/[,，]/g, ''));
}

/** Every number in the model with its source line. */
export function indexModelNumbers(
  a: Pick<FinalAccounts, 'meta' | 'tables' | 'sections' | 'scorecards' | 'keyWork'>,
): ModelNumber[] {
  const out: ModelNumber[] = [];
  const add = (line: number, text: string, source: ModelNumberSource): void => {
    for (const digits of numberTokens(text)) out.push({ line, digits, source });
  };
  const amount = (x: ProseAmount | ProsePercent | ProseCount | null, source: ModelNumberSource): void => {
    if (x) add(x.line, x.raw, source);
  };
  const score = (x: ScoreValue | null): void => {
    if (x) add(x.line, x.raw, 'scorecard');
  };
  if (a.meta.titleLine !== null) add(a.meta.titleLine, a.meta.title, 'meta');
  for (const t of a.tables) {
    add(t.titleLine, t.title, 'table-title');
    if (t.emptyStatement) add(t.emptyStatement.line, t.emptyStatement.text, 'table-note');
    for (const r of t.rows) {
      if (r.rowNo !== null) add(r.line, String(r.rowNo), 'table-row-number');
      if (r.code) add(r.line, r.codeCells ? r.codeCells.join(' | ') : r.code, 'table-cell');
      for (const c of r.cells) add(c.line, c.raw, 'table-cell');
    }
    for (const line of t.headerLines)
      for (const c of t.columns)
        if (c.columnNo !== null) add(line, String(c.columnNo), 'table-column-number');
    for (const id of t.identities) {
      add(id.line, String(id.target), 'table-identity');
      for (const term of id.terms) add(id.line, String(term.ref), 'table-identity');
    }
  }
  for (const s of a.sections)
    for (const p of s.paragraphs) for (const f of p.figures) add(f.line, f.raw, 'prose');
  for (const c of a.scorecards) {
    add(c.titleLine, c.title, 'scorecard-text');
    score(c.selfScore);
    amount(c.initialBudget, 'scorecard');
    amount(c.budget, 'scorecard');
    amount(c.execution, 'scorecard');
    for (const f of c.funds) {
      amount(f.initialBudget, 'scorecard');
      amount(f.budget, 'scorecard');
      amount(f.execution, 'scorecard');
      amount(f.rate, 'scorecard');
    }
    score(c.totalPoints);
    amount(c.rate, 'scorecard');
    amount(c.basicTotal, 'scorecard');
    amount(c.projectTotal, 'scorecard');
    score(c.budgetScore);
    score(c.budgetPoints);
    score(c.goalScore);
    score(c.goalPoints);
    score(c.indicatorPoints);
    for (const l of c.level1) score(l.points);
    for (const i of c.indicators) {
      score(i.points);
      score(i.ownPoints);
      score(i.score);
      add(i.line, `${i.name} ${i.target ?? ''} ${i.actual ?? ''} ${i.deviation ?? ''}`, 'scorecard-text');
    }
    if (c.nameLine !== null) add(c.nameLine, c.name, 'scorecard-text');
    if (c.goalLine !== null) add(c.goalLine, `${c.goal ?? ''} ${c.goalActual ?? ''}`, 'scorecard-text');
    for (const f of c.textFigures) add(f.line, f.raw, 'scorecard-text');
  }
  for (const k of a.keyWork) add(k.line, `${k.index} ${k.title} ${k.goal} ${k.result}`, 'key-work');
  return out;
}

/**
 * Numbers printed in the text that are not figures, by line pattern (reviewed by hand; keep short). The template's
 * wording, not one document's values, so the list holds for every document in this template.
 */
export const NOT_FIGURES: ReadonlyArray<{
  readonly pattern: RegExp;
  readonly token: RegExp;
  readonly why: string;
}> = [
  {
    pattern: /<input[^>]*type="checkbox"/,
    token: /^[1-9]$/,
    why: 'list numbers of the 项目类别 / 项目类型 options (1、部门预算项目 …); the ticked option is in the model',
  },
  {
    pattern: /^[（(]\d{4}年度?[)）]$/,
    token: /^\d{4}$/,
    why: 'the year printed alone under a scorecard title (（2022年度）): the document’s year, read from its title',
  },
  {
    pattern: /20分\*执行率/,
    token: /^20$/,
    why: 'the budget-score formula in a scorecard header (得分 = 20分 × 执行率), applied by the audit',
  },
  {
    pattern: /^年度目标1: \(20分\)\t\t\d/,
    token: /^(1|20)$/,
    why: 'the reference (line 658) repeats the goal label “年度目标1: (20分)” in front of the budget row (an OCR shift); the label and its points are read from the goal row',
  },
];

/** A number printed on a source line that the model does not hold on that line. */
export interface UnreadNumber {
  readonly line: number;
  readonly token: string;
  /** The number is an amount: it has a decimal point, or 元 / 万元 follows it. */
  readonly amount: boolean;
  readonly cell: string;
}

/**
 * Every number printed on `lines` (cells as the reader split them) that the model does not hold on the same line and
 * that is not in NOT_FIGURES. Linear in the text: each cell is scanned once.
 */
export function unreadNumbers(
  lines: readonly Pick<SourceLine, 'no' | 'text' | 'cells'>[],
  model: Pick<FinalAccounts, 'meta' | 'tables' | 'sections' | 'scorecards' | 'keyWork'>,
): UnreadNumber[] {
  const byLine = new Map<number, Set<string>>();
  for (const n of indexModelNumbers(model)) {
    const set = byLine.get(n.line) ?? new Set<string>();
    set.add(n.digits);
    byLine.set(n.line, set);
  }
  const out: UnreadNumber[] = [];
  for (const line of lines) {
    const held = byLine.get(line.no);
    const excused = NOT_FIGURES.filter((e) => e.pattern.test(line.text));
    for (const cell of line.cells) {
      const compact = compactNumberText(cell);
      for (const m of compact.matchAll(NUMBER_TOKEN)) {
        const token = m[0].replace(/[,，]/g, '');
        if (held?.has(token)) continue;
        if (excused.some((e) => e.token.test(token))) continue;
        const after = compact.slice(m.index + m[0].length, m.index + m[0].length + 2);
        const amount = token.includes('.') || after.startsWith('元') || after === '万元';
        out.push({ line: line.no, token, amount, cell: cell.trim().slice(0, 50) });
      }
    }
  }
  return out;
}

/**
 * Nothing lost: every number printed on every line of `text` that the model does not hold on that same line (and
 * that is not in NOT_FIGURES), as `line N: token in “cell”`. Empty when the model covers the document.
 */
export function uncoveredNumbers(text: string, model: FinalAccounts): string[] {
  return unreadNumbers(readTextLines(text), model).map((u) => `line ${u.line}: ${u.token} in “${u.cell}”`);
}
