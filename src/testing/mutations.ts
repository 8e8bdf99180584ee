/**
 * Mutations of a document's text, for the parser's robustness properties (src/domain/robustness.property.test.ts, which draws
 * them with fast-check so a failure shrinks to a short list) and for `npm run bench` (which needs the same kind of
 * input, reproducibly, without fast-check: `mutatedDocument(reference, seed, 1_000_000)`).
 *
 * A mutation is plain data. Positions are any non-negative integers, taken modulo the text's length (or line count)
 * when applied, so one mutation applies to any text and shrinks towards the start. Pure; never throws.
 */
import { seededRandom } from './robustness-inputs';

export type Mutation =
  /** Removes `count` lines from line `at`. */
  | { readonly kind: 'delete-lines'; readonly at: number; readonly count: number }
  /** Copies `count` lines from line `at` to before line `to`. */
  | { readonly kind: 'duplicate-lines'; readonly at: number; readonly count: number; readonly to: number }
  /** Swaps lines `a` and `b`. */
  | { readonly kind: 'swap-lines'; readonly a: number; readonly b: number }
  /** Inserts `text` before character `at` (may split a surrogate pair or a CRLF). */
  | { readonly kind: 'insert'; readonly at: number; readonly text: string }
  /** Keeps the first `at` characters. */
  | { readonly kind: 'truncate'; readonly at: number }
  /** Replaces the next `count` ASCII digits from character `at` with `by` (a digit, a full-width digit, `-`, …). */
  | { readonly kind: 'replace-digits'; readonly at: number; readonly count: number; readonly by: string }
  /** Appends a cell of `length` copies of `fill` to line `line` (a tab first). */
  | { readonly kind: 'long-cell'; readonly line: number; readonly length: number; readonly fill: string }
  /**
   * Puts `text` into cell `cell` of the `row`-th table row (a line with a tab): before it, after it, or instead of it.
   * Aimed at the tables, where amounts are read (a random position mostly lands in prose).
   */
  | {
      readonly kind: 'cell';
      readonly row: number;
      readonly cell: number;
      readonly text: string;
      readonly how: 'before' | 'after' | 'replace';
    }
  /**
   * Inserts `text` just before the `at`-th amount (digits then `万元` or `元`) of a prose line (a line without a tab):
   * into the name the amount is given for (`财政拨款收入 2484.74 万元`), which the audit looks up. Aimed at the names
   * of 情况说明, as `cell` is at the tables (a random position rarely lands in one).
   */
  | { readonly kind: 'before-amount'; readonly at: number; readonly text: string }
  /** Every line end becomes CRLF (`crlf`) or a lone CR (`cr`). */
  | { readonly kind: 'line-ends'; readonly to: 'crlf' | 'cr' }
  /** Removes the tabs of line `line` (a table row collapses into one cell), or doubles them. */
  | { readonly kind: 'retab'; readonly line: number; readonly how: 'remove' | 'double' };

/**
 * Text that has broken parsers: markup and script, prototype keys, control characters, surrogate halves, BOM and
 * bidi marks, Unicode line separators, and this template's own landmarks (table titles, part headings, 合计, units,
 * identities, card titles) out of place.
 */
export const HOSTILE_SNIPPETS: readonly string[] = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<b>',
  '</b>',
  '<input type="checkbox" checked>',
  '__proto__',
  '\t__proto__\t1.00\t',
  'constructor',
  'prototype',
  '{"__proto__":{"polluted":1}}',
  'hasOwnProperty',
  '\u0000',
  '\u0007\u0008\u001b[2J',
  '\ud800',
  '\udfff',
  '\udc00\ud83d',
  '\ufeff',
  '\u202e',
  '\u2028',
  '\u2029',
  '\r',
  '\t\t\t',
  '\n\n\n',
  '（表 3）',
  '2021 年度支出决算表（表 3）',
  '第三部分',
  '单位：元',
  '单位：万元',
  '合 计',
  '\t\t\t合 计\t1.00\t2.00\t',
  '201\t\t一般公共服务支出\t',
  '2010101\t\t行政运行\t1.00\t\t',
  '1 栏各行 = (2+3) 栏各行。',
  '27 行 = (1+2+…+99999) 行',
  '2021年度项目支出绩效自评表',
  '自评得分：',
  '2, 812. 11',
  '99999999999999999999999',
  '-0.00',
  '—',
  '%',
  '１２３．４５',
];

/**
 * Regular-expression metacharacters, alone and in the combinations that make a pattern invalid (an unclosed group or
 * class, a quantifier with nothing to repeat) or match anything (`.*`): a name printed with them must stay text.
 */
export const METACHARACTERS: readonly string[] = [
  '(',
  ')',
  '[',
  ']',
  '{',
  '}',
  '*',
  '+',
  '?',
  '.*',
  '|',
  '^',
  '$',
  '\\',
  '(?<',
  '[(',
  '（)',
];

/** The number of lines of `text` as the parser counts them (\n, \r\n or \r end a line). */
export function lineCountOf(text: string): number {
  return text.split(/\r\n|\r|\n/).length;
}

/** An amount as prose prints it: digits (a thousands separator, a point) then 万元 or 元, a space allowed before. */
const PROSE_AMOUNT = /(?<![\d.,，])\d[\d,，]*(?:\.\d+)? ?万?元/g;

const mod = (n: number, m: number): number => (m <= 0 ? 0 : Math.abs(Math.trunc(n)) % m);

/** Applies one mutation. Pure; never throws. */
export function applyMutation(text: string, m: Mutation): string {
  switch (m.kind) {
    case 'delete-lines': {
      const lines = text.split('\n');
      lines.splice(mod(m.at, lines.length), m.count);
      return lines.join('\n');
    }
    case 'duplicate-lines': {
      const lines = text.split('\n');
      const at = mod(m.at, lines.length);
      lines.splice(mod(m.to, lines.length + 1), 0, ...lines.slice(at, at + m.count));
      return lines.join('\n');
    }
    case 'swap-lines': {
      const lines = text.split('\n');
      const a = mod(m.a, lines.length);
      const b = mod(m.b, lines.length);
      [lines[a], lines[b]] = [lines[b] ?? '', lines[a] ?? ''];
      return lines.join('\n');
    }
    case 'insert': {
      const at = mod(m.at, text.length + 1);
      return `${text.slice(0, at)}${m.text}${text.slice(at)}`;
    }
    case 'truncate':
      return text.slice(0, mod(m.at, text.length + 1));
    case 'replace-digits': {
      let left = m.count;
      const from = mod(m.at, text.length + 1);
      const tail = text.slice(from).replace(/\d/g, (d) => (left-- > 0 ? m.by : d));
      return `${text.slice(0, from)}${tail}`;
    }
    case 'long-cell': {
      const lines = text.split('\n');
      const i = mod(m.line, lines.length);
      lines[i] = `${lines[i] ?? ''}\t${m.fill.repeat(m.length)}`;
      return lines.join('\n');
    }
    case 'cell': {
      const lines = text.split('\n');
      const rows = lines.flatMap((l, i) => (l.includes('\t') ? [i] : []));
      const i = rows[mod(m.row, rows.length)];
      if (i === undefined) return text;
      const cells = (lines[i] ?? '').split('\t');
      const k = mod(m.cell, cells.length);
      const old = cells[k] ?? '';
      cells[k] = m.how === 'before' ? `${m.text}${old}` : m.how === 'after' ? `${old}${m.text}` : m.text;
      lines[i] = cells.join('\t');
      return lines.join('\n');
    }
    case 'before-amount': {
      const lines = text.split('\n');
      const amounts = lines.flatMap((l, i) =>
        l.includes('\t') ? [] : [...l.matchAll(PROSE_AMOUNT)].map((m) => ({ line: i, index: m.index })),
      );
      const hit = amounts[mod(m.at, amounts.length)];
      if (hit === undefined) return text;
      const l = lines[hit.line] ?? '';
      lines[hit.line] = `${l.slice(0, hit.index)}${m.text}${l.slice(hit.index)}`;
      return lines.join('\n');
    }
    case 'line-ends':
      return text.replace(/\r?\n/g, m.to === 'crlf' ? '\r\n' : '\r');
    case 'retab': {
      const lines = text.split('\n');
      const i = mod(m.line, lines.length);
      lines[i] = (lines[i] ?? '').replace(/\t/g, m.how === 'remove' ? '' : '\t\t');
      return lines.join('\n');
    }
  }
}

/** Applies mutations in order. */
export function applyMutations(text: string, mutations: readonly Mutation[]): string {
  return mutations.reduce(applyMutation, text);
}

/** Random UTF-16 text of `length` units: any unit, control characters and surrogate halves included. */
function randomUnits(length: number, rand: () => number): string {
  let out = '';
  for (let i = 0; i < length; i++) out += String.fromCharCode(Math.floor(rand() * 0x10000));
  return out;
}

/** One random mutation, drawn from `rand` (a seeded PRNG in [0, 1)). */
export function randomMutation(rand: () => number): Mutation {
  const int = (max: number): number => Math.floor(rand() * max);
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)] as T;
  switch (int(10)) {
    case 0:
      return { kind: 'delete-lines', at: int(1e6), count: 1 + int(20) };
    case 1:
      return { kind: 'duplicate-lines', at: int(1e6), count: 1 + int(20), to: int(1e6) };
    case 2:
      return { kind: 'swap-lines', a: int(1e6), b: int(1e6) };
    case 3:
      return {
        kind: 'insert',
        at: int(1e7),
        text: rand() < 0.5 ? pick(HOSTILE_SNIPPETS) : randomUnits(1 + int(40), rand),
      };
    case 4:
      return { kind: 'truncate', at: int(1e7) };
    case 5:
      return {
        kind: 'replace-digits',
        at: int(1e7),
        count: 1 + int(50),
        by: pick(['0', '9', '９', '-', ',', '.', ' ', '']),
      };
    case 6:
      return {
        kind: 'long-cell',
        line: int(1e6),
        length: 1000 + int(20_000),
        fill: pick(['长', '9', ' ', '<b>', '1,']),
      };
    case 7:
      return { kind: 'line-ends', to: rand() < 0.5 ? 'crlf' : 'cr' };
    case 8:
      return {
        kind: 'cell',
        row: int(1e6),
        cell: int(20),
        text: rand() < 0.5 ? pick(HOSTILE_SNIPPETS) : randomUnits(1 + int(10), rand),
        how: pick(['before', 'after', 'replace'] as const),
      };
    default:
      return { kind: 'retab', line: int(1e6), how: rand() < 0.5 ? 'remove' : 'double' };
  }
}

/**
 * About `chars` characters (exactly, unless `reference` is empty): copies of `reference`, each with 1–6 random
 * mutations (no truncation), joined by newlines and cut at `chars`. Deterministic in `seed`, for the benchmark's
 * large mutated inputs and the 1 MB property.
 */
export function mutatedDocument(reference: string, seed: number, chars: number): string {
  const rand = seededRandom(seed);
  const parts: string[] = [];
  let length = 0;
  while (length < chars && reference.length > 0) {
    const count = 1 + Math.floor(rand() * 6);
    const mutations = Array.from({ length: count }, () => randomMutation(rand)).filter(
      (m) => m.kind !== 'truncate',
    );
    const part = applyMutations(reference, mutations);
    parts.push(part);
    length += part.length + 1;
  }
  return parts.join('\n').slice(0, chars);
}
