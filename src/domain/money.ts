/**
 * Exact money. Every amount in the model is an integer count of 分 (0.01 yuan), branded `Fen`.
 * Amounts are parsed from the printed decimal string with string arithmetic (never parseFloat),
 * summed as integers, and formatted only at the edge.
 */

/** An integer number of 分 (fen, 0.01 yuan). Always a safe integer. */
export type Fen = number & { readonly __brand: 'Fen' };

/** The money units a disclosure prints in. */
export type MoneyUnit = '元' | '万元';

/** Decimal places of 分 in one unit: 1 元 = 10^2 分, 1 万元 = 10^6 分. */
export const FEN_EXPONENT: Readonly<Record<MoneyUnit, number>> = { 元: 2, 万元: 6 };

/** 分 per unit, as an integer. */
export function fenPerUnit(unit: MoneyUnit): number {
  return 10 ** FEN_EXPONENT[unit];
}

/** Brands an integer as Fen; returns null for a non-safe-integer. */
export function toFen(n: number): Fen | null {
  return Number.isSafeInteger(n) ? (n as Fen) : null;
}

export const ZERO_FEN = 0 as Fen;

/** Result of reading one printed cell or number. */
export type AmountParse =
  | { readonly kind: 'amount'; readonly fen: Fen; readonly decimals: number; readonly text: string }
  | { readonly kind: 'blank' }
  | { readonly kind: 'dash'; readonly text: string }
  | { readonly kind: 'invalid'; readonly text: string; readonly reason: string };

const FULL_WIDTH_DIGITS = /[０-９]/g;
const PLAIN = /^-?[\d,.]*$/;

/**
 * Normalises a printed number: strips HTML tags, all white space (the OCR prints `2, 812. 11`),
 * converts full-width digits, full-width full stop and minus signs. Returns the compact text.
 */
export function normalizeNumberText(text: string): string {
  if (PLAIN.test(text)) return text;
  return text
    .replace(/<[^<>]{0,200}>/g, '')
    .replace(/[\s\u3000\u00a0]+/g, '')
    .replace(FULL_WIDTH_DIGITS, (d) => String.fromCharCode(d.charCodeAt(0) - 0xff10 + 0x30))
    .replace(/[．]/g, '.')
    .replace(/[，]/g, ',')
    .replace(/[－−–]/g, '-');
}

const NUMBER_SHAPE = /^(-?)(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?$/;

/**
 * Parses a printed decimal string in `unit` into exact Fen.
 * `2,812.11` (万元) → 2_812_110_000 分. A blank cell is `blank`, never zero; `-`/`—` is `dash`.
 * Thousands separators must be well placed. More decimals than the unit can hold in 分 is `invalid`.
 * Never throws.
 */
export function parseAmount(text: string, unit: MoneyUnit): AmountParse {
  const compact = normalizeNumberText(text);
  if (compact === '') return { kind: 'blank' };
  if (/^[-—─]+$/.test(compact)) return { kind: 'dash', text };
  const m = NUMBER_SHAPE.exec(compact);
  if (!m) return { kind: 'invalid', text, reason: `“${truncate(text)}”不是数字` };
  const sign = m[1] === '-' ? -1 : 1;
  const intDigits = (m[2] ?? '').replace(/,/g, '');
  const fraction = m[3] ?? '';
  const exponent = FEN_EXPONENT[unit];
  if (fraction.length > exponent) {
    return { kind: 'invalid', text, reason: `“${truncate(text)}”的小数位多于${unit}可精确表示的位数` };
  }
  const digits = (intDigits + fraction.padEnd(exponent, '0')).replace(/^0+(?=\d)/, '');
  // Up to 16 digits, Number() is exact below 2^53 and lands at or above 2^53 otherwise, so the safe-integer test
  // below is the real bound (MAX_SAFE_INTEGER 分, about 90 trillion yuan); longer digit strings are refused unread.
  if (digits.length > 16) return { kind: 'invalid', text, reason: `“${truncate(text)}”超出可精确表示的范围` };
  const magnitude = Number(digits);
  const fen = toFen(sign * magnitude);
  if (fen === null) return { kind: 'invalid', text, reason: `“${truncate(text)}”超出可精确表示的范围` };
  return { kind: 'amount', fen: (Object.is(fen, -0) ? 0 : fen) as Fen, decimals: fraction.length, text };
}

/** Like parseAmount, but returns the Fen or null (blank, dash or invalid). */
export function tryParseAmount(text: string, unit: MoneyUnit): Fen | null {
  const r = parseAmount(text, unit);
  return r.kind === 'amount' ? r.fen : null;
}

function truncate(s: string): string {
  return s.length > 40 ? `${s.slice(0, 40)}…` : s;
}

/** Exact integer sum. */
export function sumFen(values: readonly Fen[]): Fen {
  let total = 0;
  for (const v of values) total += v;
  return total as Fen;
}

/** Integer division rounded half away from zero; exact for safe integers. */
export function roundDiv(numerator: number, denominator: number): number {
  const n = BigInt(numerator);
  const d = BigInt(denominator);
  const neg = n < 0n !== d < 0n;
  const an = n < 0n ? -n : n;
  const ad = d < 0n ? -d : d;
  const q = (2n * an + ad) / (2n * ad);
  return Number(neg ? -q : q);
}

export interface FormatOptions {
  /** Decimal places shown. Defaults to the document convention: 2. */
  readonly decimals?: number;
  /** Thousands separators. Default true. */
  readonly grouping?: boolean;
}

/**
 * Formats Fen in `unit` (万元 by default) as `2,812.11`. Rounds half away from zero once, here.
 * Pure integer arithmetic.
 */
export function formatFen(fen: Fen, unit: MoneyUnit = '万元', options: FormatOptions = {}): string {
  const decimals = options.decimals ?? 2;
  const grouping = options.grouping ?? true;
  const exponent = FEN_EXPONENT[unit];
  const scaled =
    decimals >= exponent ? fen * 10 ** (decimals - exponent) : roundDiv(fen, 10 ** (exponent - decimals));
  return formatScaled(scaled, decimals, grouping);
}

/** Formats an integer `scaled` that carries `decimals` implied decimal places. */
export function formatScaled(scaled: number, decimals: number, grouping: boolean): string {
  const neg = scaled < 0;
  const digits = String(Math.abs(scaled)).padStart(decimals + 1, '0');
  const intPart = digits.slice(0, digits.length - decimals);
  const fracPart = digits.slice(digits.length - decimals);
  const grouped = grouping ? groupThousands(intPart) : intPart;
  return `${neg ? '-' : ''}${grouped}${decimals > 0 ? `.${fracPart}` : ''}`;
}

/**
 * `1234567` → `1,234,567`: a comma before every group of three digits counted from the right; a leading `-` stays in
 * front. For a run of ASCII digits (with an optional sign). A loop, not the usual `/\B(?=(\d{3})+(?!\d))/g`, whose
 * lookahead rescans the rest of the number at every position (quadratic; issue #8). Same output for such input.
 */
export function groupThousands(digits: string): string {
  const sign = digits.startsWith('-') ? '-' : '';
  const body = sign ? digits.slice(1) : digits;
  let out = sign;
  for (let k = 0; k < body.length; k++) {
    if (k > 0 && (body.length - k) % 3 === 0) out += ',';
    out += body[k] ?? '';
  }
  return out;
}

/** `1.2300` → `1.23`, `500` → `5`: the text without its trailing `0`s (as `text.replace(/0+$/, '')`, in linear time). */
export function trimTrailingZeros(text: string): string {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 0x30) end--;
  return text.slice(0, end);
}

/**
 * `19.80` → `19.8`, `97.00` → `97`, `12.` → `12.`: trailing `0`s removed, then the `.` they followed (as
 * `text.replace(/\.?0+$/, '')`, in linear time). Meant for text with a decimal point: on `100` it gives `1`, as the
 * pattern did, so callers apply it only when there are decimals.
 */
export function dropTrailingZeros(text: string): string {
  const trimmed = trimTrailingZeros(text);
  return trimmed.length < text.length && trimmed.endsWith('.') ? trimmed.slice(0, -1) : trimmed;
}

/**
 * The plain decimal of Fen in `unit`, as the document would print it: no separators,
 * at least two decimals, more only when the value needs them (`2812.11`, `0.20`, `0.1234`).
 */
export function toPlainDecimal(fen: Fen, unit: MoneyUnit): string {
  const exponent = FEN_EXPONENT[unit];
  const full = formatScaled(fen, exponent, false);
  const [intPart, frac = ''] = full.split('.');
  const trimmed = trimTrailingZeros(frac).padEnd(Math.min(2, exponent), '0');
  return trimmed ? `${intPart}.${trimmed}` : (intPart ?? '0');
}

/** Chooses 万元 for large magnitudes, 元 otherwise (for chart axes of mixed data). */
export function chooseDisplayUnit(values: readonly Fen[]): MoneyUnit {
  const max = values.reduce((m, v) => Math.max(m, Math.abs(v)), 0);
  return max >= 100 * fenPerUnit('万元') ? '万元' : '元';
}

/**
 * A percentage of two integers, rounded half away from zero once, at `decimals` places.
 * Returns null when the denominator is zero.
 */
export function percentScaled(numerator: number, denominator: number, decimals: number): number | null {
  if (denominator === 0) return null;
  const n = BigInt(numerator) * 100n * 10n ** BigInt(decimals);
  const d = BigInt(denominator);
  const neg = n < 0n !== d < 0n;
  const an = n < 0n ? -n : n;
  const ad = d < 0n ? -d : d;
  const q = (2n * an + ad) / (2n * ad);
  return Number(neg ? -q : q);
}

/** `formatPercent(111, 1000, 1)` → `11.1%`. Null denominator → `—`. */
export function formatPercent(numerator: number, denominator: number, decimals = 1): string {
  const scaled = percentScaled(numerator, denominator, decimals);
  return scaled === null ? '—' : `${formatScaled(scaled, decimals, true)}%`;
}

/** A money tick: whole units, or two decimals on a small scale. Tick values are rounded to whole 分 first. */
export function moneyTick(unit: MoneyUnit, values: readonly number[]): (v: number) => string {
  const max = values.reduce((m, v) => Math.max(m, Math.abs(v)), 0);
  const small = max < 10 * fenPerUnit(unit);
  return (v) => formatFen(Math.round(v) as Fen, unit, { decimals: small ? 2 : 0 });
}
