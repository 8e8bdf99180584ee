/**
 * Text primitives for the parser: lines, tab cells, tag stripping, and prose paragraphs
 * that join sentences split by page breaks while remembering each character's source line.
 */
import type { ExactDecimal, ProseFigure, ProseFigureKind } from '../final-accounts.types';
import type { Fen } from '../money';
import { parseAmount } from '../money';

/** Splits text into lines (\n, \r\n or \r). Index i is source line i+1. */
export function splitLines(input: string): string[] {
  return input.split(/\r\n|\r|\n/);
}

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

/** Tab-separated cells of a line, each trimmed. */
export function cellsOf(line: string): string[] {
  const cells = line.split('\t');
  for (let i = 0; i < cells.length; i++) {
    const c = cells[i] ?? '';
    if (c !== '' && SPACE.test(c)) cells[i] = c.trim();
  }
  return cells;
}

/** True when the line is a table row (has a tab). */
export function isTabular(line: string): boolean {
  return line.includes('\t');
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
const LIST_START =
  /^(?:[-*]\s|#|\d+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+、|第[一二三四五六七八九十]+部分)/;

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

/**
 * Groups the non-blank, non-tabular lines of [from, to) (0-based indexes into `lines`) into paragraphs,
 * joining a line with the next when it does not end a sentence and the next does not start a heading or item
 * (page breaks split sentences in the source).
 */
export function paragraphsOf(lines: readonly string[], from: number, to: number): LinedText[] {
  const out: Array<Array<{ text: string; line: number }>> = [];
  let current: Array<{ text: string; line: number }> | null = null;
  for (let i = from; i < to; i++) {
    const raw = lines[i] ?? '';
    if (raw.trim() === '' || isTabular(raw)) continue;
    const startsNew = current === null || isHeadingLine(raw) || LIST_START.test(unmark(raw));
    const prev = current?.[current.length - 1];
    const prevEnds = prev ? TERMINAL.test(cleanText(unmark(prev.text))) || isHeadingLine(prev.text) : true;
    if (startsNew || prevEnds || isTabular(lines[i - 1] ?? '')) {
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
