/**
 * How much of a document the reader understood: each of the nine tables found (by its title) or missing, each part
 * found, counts of what was read, and every line holding an amount that no reader consumed. A document from which
 * most of this is missing must never look complete: `complete` is true only when every table and every core part
 * is there and no amount was left unread. Pure; computed by the parser from the model and the lines it read.
 */
import type { FinalAccounts, ProseFigure, TableKind } from './final-accounts.types';
import { unreadNumbers } from './figure-index';
import type { SourceLine } from './parse/source-lines';
import type { PartKind } from './parse/parts';
import { PART_NAMES } from './parse/parts';

export interface TableFound {
  readonly kind: TableKind;
  /** The national template's number and name of the table. */
  readonly template: number;
  readonly name: string;
  /** Null when no title of this table was found. */
  readonly titleLine: number | null;
  /** The title as the document prints it, when found. */
  readonly printedTitle: string | null;
  readonly printedNumber: number | null;
  readonly rows: number;
  /** The table states it has no figures (本单位无…). */
  readonly declaredEmpty: boolean;
  /** Found and read: its title and at least one row, or its statement that it is empty. */
  readonly read: boolean;
}

export interface PartFound {
  readonly kind: PartKind;
  readonly name: string;
  readonly line: number | null;
  /** Every template has it (概况, 决算表, 情况说明, 名词解释); the others belong to some templates only. */
  readonly core: boolean;
  /** Found and read (名词解释: with at least one term read). */
  readonly read: boolean;
}

/** A line holding an amount that no reader consumed: what it prints, and the amounts left. */
export interface UnreadLine {
  readonly line: number;
  readonly amounts: readonly string[];
  readonly text: string;
}

/** A prose sentence that states an amount or a share no reader of typed facts took (it is in the model as a figure). */
export interface UntypedSentence {
  readonly line: number;
  readonly figures: readonly string[];
  readonly sentence: string;
}

export interface Completeness {
  readonly tables: readonly TableFound[];
  readonly parts: readonly PartFound[];
  readonly counts: {
    readonly tableRows: number;
    readonly tableFigures: number;
    readonly proseFigures: number;
    readonly typedFacts: number;
    readonly glossaryEntries: number;
    readonly scorecards: number;
    readonly indicators: number;
  };
  readonly unread: readonly UnreadLine[];
  /** Sentences of 概况, 情况说明 and 其他重要事项 with an amount or share that no typed reader consumed. */
  readonly untyped: readonly UntypedSentence[];
  /** What share of the expected was found: tables and core parts found, out of those expected. */
  readonly found: number;
  readonly expected: number;
  readonly complete: boolean;
}

const CORE_PARTS: readonly PartKind[] = ['overview', 'tables', 'explanation', 'glossary'];
const ALL_PARTS = Object.keys(PART_NAMES) as PartKind[];

/** Parts whose sentences the typed readers read (the scorecards' own narratives are read with the cards). */
const TYPED_PARTS: ReadonlyArray<PartKind | null> = ['overview', 'explanation', 'other-matters', null];

/** `line:raw` of every amount and share held by a typed fact. */
function typedFigures(facts: unknown): Set<string> {
  const out = new Set<string>();
  const walk = (v: unknown): void => {
    if (v === null || typeof v !== 'object') return;
    if (Array.isArray(v)) {
      v.forEach(walk);
      return;
    }
    const o = v as Record<string, unknown>;
    if (typeof o.raw === 'string' && typeof o.line === 'number') out.add(`${o.line}:${o.raw}`);
    Object.values(o).forEach(walk);
  };
  walk(facts);
  return out;
}

/** An amount, a share, or a bare decimal (an amount whose unit is elsewhere). */
const amountLike = (f: ProseFigure): boolean =>
  f.kind === 'amount' || f.kind === 'percent' || (f.kind === 'number' && f.raw.includes('.'));

function untypedSentences(accounts: Omit<FinalAccounts, 'completeness'>): UntypedSentence[] {
  const typed = typedFigures(accounts.facts);
  const bySentence = new Map<string, { line: number; figures: string[]; sentence: string }>();
  for (const s of accounts.sections) {
    if (!TYPED_PARTS.includes(s.partKind)) continue;
    for (const p of s.paragraphs)
      for (const f of p.figures) {
        if (!amountLike(f) || typed.has(`${f.line}:${f.raw}`)) continue;
        const key = `${f.line}:${f.sentence}`;
        const entry = bySentence.get(key) ?? { line: f.line, figures: [], sentence: f.sentence };
        entry.figures.push(f.raw);
        bySentence.set(key, entry);
      }
  }
  return [...bySentence.values()];
}

/**
 * The completeness of `accounts` read from `lines` (the source lines the parser read).
 * `templateTables` lists the nine tables in the national template's order, with their numbers and names.
 */
export function getCompleteness(
  accounts: Omit<FinalAccounts, 'completeness'>,
  lines: readonly SourceLine[],
  templateTables: ReadonlyArray<{ readonly kind: TableKind; readonly number: number; readonly name: string }>,
  partLines: ReadonlyMap<PartKind, number>,
): Completeness {
  const tables = templateTables.map((tt): TableFound => {
    const t = accounts.tables.find((x) => x.kind === tt.kind);
    return {
      kind: tt.kind,
      template: tt.number,
      name: tt.name,
      titleLine: t?.titleLine ?? null,
      printedTitle: t?.title ?? null,
      printedNumber: t?.numberPrinted ? t.number : null,
      rows: t?.rows.length ?? 0,
      declaredEmpty: t?.emptyStatement !== null && t?.emptyStatement !== undefined,
      read: t !== undefined && (t.rows.length > 0 || t.emptyStatement !== null),
    };
  });
  const parts = ALL_PARTS.map((kind): PartFound => ({
    kind,
    name: PART_NAMES[kind],
    line: partLines.get(kind) ?? null,
    core: CORE_PARTS.includes(kind),
    read: partLines.has(kind) && (kind !== 'glossary' || accounts.glossary.length > 0),
  }));

  const amountsByLine = new Map<number, string[]>();
  for (const u of unreadNumbers(lines, accounts))
    if (u.amount) amountsByLine.set(u.line, [...(amountsByLine.get(u.line) ?? []), u.token]);
  const unread = [...amountsByLine].map(([line, amounts]): UnreadLine => ({
    line,
    amounts,
    text: (lines[line - 1]?.text ?? '').trim().slice(0, 120),
  }));

  const untyped = untypedSentences(accounts);

  const facts = Object.values(accounts.facts).filter(
    (v) => v !== null && !(Array.isArray(v) && v.length === 0),
  ).length;
  const counts = {
    tableRows: accounts.tables.reduce((n, t) => n + t.rows.length, 0),
    tableFigures: accounts.tables.reduce((n, t) => n + t.rows.reduce((m, r) => m + r.cells.length, 0), 0),
    proseFigures: accounts.sections.reduce(
      (n, s) => n + s.paragraphs.reduce((m, p) => m + p.figures.length, 0),
      0,
    ),
    typedFacts: facts,
    glossaryEntries: accounts.glossary.length,
    scorecards: accounts.scorecards.length,
    indicators: accounts.scorecards.reduce((n, c) => n + c.indicators.length, 0),
  };
  const found = tables.filter((t) => t.read).length + parts.filter((p) => p.core && p.read).length;
  const expected = tables.length + CORE_PARTS.length;
  return {
    tables,
    parts,
    counts,
    unread,
    untyped,
    found,
    expected,
    complete: found === expected && unread.length === 0,
  };
}

/** A one-line summary in Chinese: `读取完整` or `读取不完整：缺表2、表4，缺名词解释，3 行金额未读`. */
export function completenessSummary(c: Completeness): string {
  if (c.complete) return '读取完整：九张表、概况、情况说明与名词解释都已读出，没有未读的金额';
  const missingTables = c.tables.filter((t) => t.titleLine === null).map((t) => `表${t.template}`);
  const missingParts = c.parts.filter((p) => p.core && p.line === null).map((p) => p.name);
  const unreadTables = c.tables.filter((t) => t.titleLine !== null && !t.read).map((t) => `表${t.template}`);
  const unreadParts = c.parts.filter((p) => p.core && p.line !== null && !p.read).map((p) => p.name);
  const bits = [
    missingTables.length > 0 ? `缺${missingTables.join('、')}` : '',
    unreadTables.length > 0 ? `${unreadTables.join('、')}只找到标题，未读出任何行` : '',
    missingParts.length > 0 ? `缺${missingParts.join('、')}` : '',
    unreadParts.length > 0 ? `${unreadParts.join('、')}未读出内容` : '',
    c.unread.length > 0 ? `${c.unread.length} 行金额未读` : '',
  ].filter((b) => b !== '');
  return `读取不完整（${c.found}/${c.expected}）：${bits.join('，')}`;
}

/** A short state for a header badge: 读取完整, or 读取不完整 with what was found. */
export function completenessBadgeText(c: Completeness): string {
  if (c.complete) return '读取完整';
  const missing = c.expected - c.found;
  const bits = [
    missing > 0 ? `缺 ${missing} 项` : '',
    c.unread.length > 0 ? `${c.unread.length} 行未读` : '',
  ].filter((b) => b !== '');
  return `读取不完整：${bits.join('，')}`;
}
