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

/** The number tokens of a text, separators and spaces removed. */
export function numberTokens(text: string): string[] {
  const compact = text.replace(/<[^<>]{0,300}>/g, '').replace(/[\s\u3000]+/g, '');
  return (compact.match(NUMBER_TOKEN) ?? []).map((t) => t.replace(/[,，]/g, ''));
}

/** Every number in the model with its source line. */
export function indexModelNumbers(a: FinalAccounts): ModelNumber[] {
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
    amount(c.budget, 'scorecard');
    amount(c.execution, 'scorecard');
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
      score(i.score);
      add(i.line, `${i.name} ${i.target ?? ''} ${i.actual ?? ''}`, 'scorecard-text');
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

/**
 * Nothing lost: every number printed on every line of `text` that the model does not hold on that same line (and
 * that is not in NOT_FIGURES), as `line N: token in “cell”`. Empty when the model covers the document.
 */
export function uncoveredNumbers(text: string, model: FinalAccounts): string[] {
  const byLine = new Map<number, Set<string>>();
  for (const n of indexModelNumbers(model)) {
    const set = byLine.get(n.line) ?? new Set<string>();
    set.add(n.digits);
    byLine.set(n.line, set);
  }
  const missing: string[] = [];
  text.split('\n').forEach((line, i) => {
    const cells = line.includes('\t') ? line.split('\t') : [line];
    for (const cell of cells) {
      for (const token of numberTokens(cell)) {
        if (byLine.get(i + 1)?.has(token)) continue;
        if (NOT_FIGURES.some((e) => e.pattern.test(line) && e.token.test(token))) continue;
        missing.push(`line ${i + 1}: ${token} in “${cell.trim().slice(0, 50)}”`);
      }
    }
  });
  return missing;
}
