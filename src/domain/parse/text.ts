/**
 * Text primitives for the parser: lines, tab cells, tag stripping, and prose paragraphs
 * that join sentences split by page breaks while remembering each character's source line.
 */
import type { ExactDecimal, ProseFigure, ProseFigureKind } from '../final-accounts.types';
import type { Fen } from '../money';
import { parseAmount } from '../money';

import type { SourceLine } from './source-lines';
import { lineAt } from './source-lines';

/** Removes HTML-like tags (`<b>`, `<input …/>`), bounded so hostile input stays linear. */
export function stripTags(s: string): string {
  return s.includes('<') ? s.replace(/<[^<>]{0,300}>/g, '') : s;
}

const SPACE = /[\s\u3000\u00a0]/;

/** Tags removed, all white space removed. For labels and header cells. */
export function compact(s: string): string {
  const t = stripTags(s);
  return SPACE.test(t) ? t.replace(/[\s\u3000\u00a0]+/g, '') : t;
}

/** Tags removed; white space removed except a single space between two ASCII word characters. */
export function cleanText(s: string): string {
  const t = stripTags(s);
  if (!SPACE.test(t)) return t;
  return t
    .replace(/[\s\u3000\u00a0]+/g, ' ')
    .replace(/ (?![A-Za-z0-9])|(?<![A-Za-z0-9]) /g, '')
    .trim();
}

/** Markdown heading marks and bold marks removed. */
export function unmark(line: string): string {
  let t = line;
  if (t.includes('#')) t = t.replace(/^\s*#+\s*/, '');
  if (t.includes('**')) t = t.replace(/\*\*/g, '');
  return t.trim();
}

/** A compacted text and the source line of each of its characters (as runs: `starts[k]` begins line `lines[k]`). */
export interface LinedText {
  readonly text: string;
  readonly starts: readonly number[];
  readonly lines: readonly number[];
}

/** The 1-based source line of the character at `offset`. */
export function lineOf(t: LinedText, offset: number): number {
  let lo = 0;
  let hi = t.starts.length - 1;
  if (hi < 0) return 0;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((t.starts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return t.lines[lo] ?? 0;
}

/** First and last source line of a text. */
export function firstLineOf(t: LinedText): number {
  return t.lines[0] ?? 0;
}
export function lastLineOf(t: LinedText): number {
  return t.lines[t.lines.length - 1] ?? 0;
}

/** Builds a LinedText from source lines (1-based numbers), compacting as cleanText does. */
export function linedText(parts: ReadonlyArray<{ readonly text: string; readonly line: number }>): LinedText {
  let text = '';
  const starts: number[] = [];
  const lines: number[] = [];
  for (const part of parts) {
    let cleaned = cleanText(unmark(part.text));
    if (text && cleaned && /[A-Za-z0-9]$/.test(text) && /^[A-Za-z0-9]/.test(cleaned)) cleaned = ` ${cleaned}`;
    if (cleaned === '' && text !== '') continue;
    starts.push(text.length);
    lines.push(part.line);
    text += cleaned;
  }
  return { text, starts, lines };
}

/** Concatenates texts with a newline between them (the newline belongs to the previous text's last line). */
export function joinTexts(texts: readonly LinedText[]): LinedText {
  let text = '';
  const starts: number[] = [];
  const lines: number[] = [];
  for (const t of texts) {
    if (text) text += '\n';
    const base = text.length;
    t.starts.forEach((s, k) => {
      starts.push(base + s);
      lines.push(t.lines[k] ?? 0);
    });
    text += t.text;
  }
  return { text, starts, lines };
}

const TERMINAL = /[。；;！!？?：:]$/;
/** A list item's start (`1.`, `1、`, `（一）`, `一、`); a decimal (`100.00%`) is not one. */
const LIST_START =
  /^(?:[-*]\s|#|\d+(?:、|[.．](?!\d))|[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+、|第[一二三四五六七八九十]+部分)/;

/** True when a line looks like a heading rather than running text. */
export function isHeadingLine(raw: string): boolean {
  const t = raw.trim();
  if (/^#/.test(t)) return true;
  const u = unmark(t);
  if (/^\*\*.*\*\*$/.test(t)) return true;
  if (/^第[一二三四五六七八九十]+部分/.test(u)) return true;
  if (/^[一二三四五六七八九十]+、/.test(u) && u.length <= 40 && !/[。，]/.test(u)) return true;
  if (/^[（(][一二三四五六七八九十]+[）)]/.test(u) && u.length <= 40 && !/[。，]/.test(u)) return true;
  return false;
}

/** A heading made by markup (`#`, a line in bold) or a part heading: a heading whatever surrounds it. */
function isMarkedHeading(raw: string): boolean {
  const t = raw.trim();
  return /^#/.test(t) || /^\*\*.*\*\*$/.test(t) || /^第[一二三四五六七八九十]+部分/.test(unmark(t));
}

const CHINESE_DIGITS = '一二三四五六七八九';

/** `一` → 1, `十` → 10, `十一` → 11, `二十三` → 23; null for anything else. */
export function chineseNumber(s: string): number | null {
  const m = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(s);
  if (!m || s === '') return null;
  const digit = (c: string | undefined): number => (c ? CHINESE_DIGITS.indexOf(c) + 1 : 0);
  if (!m[2]) return m[3] ? null : digit(m[1]);
  return (m[1] ? digit(m[1]) : 1) * 10 + digit(m[3]);
}

/**
 * The Chinese ordinal a line starts with, by family: `（一）` / `(一)` (either width: OCR mixes them within one
 * list) or `一、`. Null when the line starts with neither.
 */
function ordinalOf(raw: string): { readonly family: 'paren' | 'dun'; readonly value: number } | null {
  const u = unmark(raw.trim());
  const paren = /^[（(]([一二三四五六七八九十]{1,4})[）)]/.exec(u);
  if (paren) {
    const value = chineseNumber(paren[1] ?? '');
    return value === null ? null : { family: 'paren', value };
  }
  const dun = /^([一二三四五六七八九十]{1,4})、/.exec(u);
  if (dun) {
    const value = chineseNumber(dun[1] ?? '');
    return value === null ? null : { family: 'dun', value };
  }
  return null;
}

/**
 * Which lines are headings, by their context (index i is line i+1). A line marked up as a heading (`#`, bold, a
 * part heading) is one. A numbered line that only looks like a heading (`（六）年末结转和结余：指单位…年度`: short,
 * no full stop) is judged with its siblings, the lines numbered in sequence with it in the same family (`（一）`,
 * `（二）`, … until the numbering restarts, a `一、` line or a part heading): when most siblings are running
 * entries, the list is a list of entries and it is an entry too, so its sentence can go on at the next line (a page
 * break). Otherwise a line is a heading when it looks like one (`isHeadingLine`). A line that reads as running text
 * is never promoted by its siblings: its sentence would leave the section's body, where the facts are read.
 */
export function headingFlags(lines: readonly SourceLine[]): Uint8Array {
  const flags = new Uint8Array(lines.length);
  const marked = new Uint8Array(lines.length);
  const sequences: number[][] = [];
  const open = new Map<'paren' | 'dun', { last: number; members: number[] }>();
  for (let i = 0; i < lines.length; i++) {
    const line = lineAt(lines, i);
    const raw = line.text;
    if (raw.trim() === '' || line.tabular) continue;
    if (isMarkedHeading(raw)) marked[i] = 1;
    if (isHeadingLine(raw)) flags[i] = 1;
    if (/^第[一二三四五六七八九十]+部分/.test(unmark(raw.trim()))) {
      open.clear();
      continue;
    }
    const o = ordinalOf(raw);
    if (!o) continue;
    if (o.family === 'dun') open.delete('paren');
    const seq = open.get(o.family);
    if (seq && o.value === seq.last + 1) {
      seq.last = o.value;
      seq.members.push(i);
    } else {
      const members = [i];
      sequences.push(members);
      open.set(o.family, { last: o.value, members });
    }
  }
  for (const members of sequences) {
    const headings = members.filter((i) => flags[i] === 1).length;
    if (members.length - headings <= headings) continue;
    for (const i of members) if (marked[i] === 0) flags[i] = 0;
  }
  return flags;
}

/**
 * Groups the non-blank, non-tabular lines of [from, to) (0-based indexes into `lines`) into paragraphs,
 * joining a line with the next when it does not end a sentence and the next does not start a heading or item
 * (page breaks split sentences in the source). `headings` says which lines are headings (`headingFlags`).
 */
export function paragraphsOf(
  lines: readonly SourceLine[],
  from: number,
  to: number,
  headings: Uint8Array,
): LinedText[] {
  const out: Array<Array<{ text: string; line: number }>> = [];
  let current: Array<{ text: string; line: number }> | null = null;
  for (let i = from; i < to; i++) {
    const line = lineAt(lines, i);
    const raw = line.text;
    if (raw.trim() === '' || line.tabular) continue;
    const startsNew = current === null || headings[i] === 1 || LIST_START.test(unmark(raw));
    const prev = current?.[current.length - 1];
    const prevEnds = prev
      ? TERMINAL.test(cleanText(unmark(prev.text))) || headings[prev.line - 1] === 1
      : true;
    if (startsNew || prevEnds || (i > 0 && lineAt(lines, i - 1).tabular)) {
      current = [{ text: raw, line: i + 1 }];
      out.push(current);
    } else {
      current?.push({ text: raw, line: i + 1 });
    }
  }
  return out.map((p) => linedText(p));
}

/** Parses `11.1` into {units:111, scale:1} without floats. */
export function exactDecimal(raw: string): ExactDecimal | null {
  const t = raw.replace(/[,，\s]/g, '');
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(t);
  if (!m) return null;
  const frac = m[3] ?? '';
  const digits = `${m[2] ?? '0'}${frac}`.replace(/^0+(?=\d)/, '');
  if (digits.length > 15) return null;
  const units = Number(digits) * (m[1] === '-' ? -1 : 1);
  return { units: Object.is(units, -0) ? 0 : units, scale: frac.length };
}

const COUNT_UNITS = '人|个|辆|次|家|份|类|项|台|名|套|户|条|件|场|期|处|批|栋|所|座|平方米|公里|天|小时|位';
// eslint-disable-next-line no-restricted-syntax -- built from the constant COUNT_UNITS only
const FIGURE = new RegExp(
  String.raw`(\d{3,4}-\d{7,8})|(\d+(?:[,，]\d{3})*(?:\.\d+)?)\s?(万元|元|%|％|分|年度|年|月|日|${COUNT_UNITS}|[、.．](?!\d))?`,
  'g',
);

const CLAUSE_BREAKS = new Set('，。；;：:、（(）)“”"\n');
const SENTENCE_END = /[。；;]/g;

/** The clause before `index`: what a number is said to be. */
function labelBefore(text: string, index: number): string {
  let start = index;
  while (start > 0 && index - start < 60 && !CLAUSE_BREAKS.has(text[start - 1] ?? '')) start--;
  return text.slice(start, index);
}

/** Internal: a figure with its offset in the paragraph text. */
export interface LocatedFigure {
  readonly figure: ProseFigure;
  readonly start: number;
  readonly end: number;
}

/**
 * Finds and types every number in a paragraph: amounts (万元/元, exact Fen), percentages, counts, scores,
 * years, dates, list numbers, phone numbers. Nothing is dropped: an untyped number is kind `number`.
 */
export function extractFigures(p: LinedText): LocatedFigure[] {
  const out: LocatedFigure[] = [];
  FIGURE.lastIndex = 0;
  // Sentence ends (。；;), found once; figures come in order, so one pointer walks them.
  const ends: number[] = [];
  SENTENCE_END.lastIndex = 0;
  for (let e = SENTENCE_END.exec(p.text); e; e = SENTENCE_END.exec(p.text)) ends.push(e.index);
  let k = 0;
  for (let m = FIGURE.exec(p.text); m; m = FIGURE.exec(p.text)) {
    const start = m.index;
    const line = lineOf(p, start);
    while (k < ends.length && (ends[k] ?? 0) < start) k++;
    const sentenceStart = k > 0 ? (ends[k - 1] ?? -1) + 1 : 0;
    const sentence = p.text.slice(
      sentenceStart,
      k < ends.length ? (ends[k] ?? p.text.length) + 1 : p.text.length,
    );
    const label = labelBefore(p.text, start);
    if (m[1]) {
      out.push({
        figure: { kind: 'phone', raw: m[1], value: { units: 0, scale: 0 }, line, label, sentence },
        start,
        end: start + m[0].length,
      });
      continue;
    }
    const num = m[2] ?? '';
    const unit = m[3];
    const value = exactDecimal(num);
    if (!value) continue;
    let kind = classify(num, unit, p.text, start, start + m[0].length);
    let fen: Fen | undefined;
    if (kind === 'amount' && (unit === '万元' || unit === '元')) {
      const parsed = parseAmount(num, unit);
      if (parsed.kind === 'amount') fen = parsed.fen;
      else kind = 'number';
    }
    const figure: ProseFigure =
      fen !== undefined
        ? { kind, raw: m[0], value, fen, unit: unit ?? '', line, label, sentence }
        : unit && kind !== 'ordinal'
          ? { kind, raw: m[0], value, unit, line, label, sentence }
          : { kind, raw: m[0], value, line, label, sentence };
    out.push({ figure, start, end: start + m[0].length });
  }
  return out;
}

function classify(
  num: string,
  unit: string | undefined,
  text: string,
  start: number,
  end: number,
): ProseFigureKind {
  if (unit === '万元' || unit === '元') return 'amount';
  if (unit === '%' || unit === '％') return 'percent';
  if (unit === '分') return 'score';
  if ((unit === '年' || unit === '年度') && /^(19|20)\d\d$/.test(num)) return 'year';
  if (unit === '月' || unit === '日') return 'date';
  if (/^(19|20)\d\d$/.test(num) && /[（(]$/.test(text.slice(Math.max(0, start - 1), start))) return 'year';
  if (unit && /^[、.．]$/.test(unit)) {
    const before = text[start - 1] ?? '';
    if (start === 0 || /[。；;：:\s]/.test(before)) return 'ordinal';
    return 'number';
  }
  if (unit) return 'count';
  if (/[（(]/.test(text[start - 1] ?? '') && /[）)]/.test(text[end] ?? '') && num.length <= 2)
    return 'ordinal';
  return 'number';
}
