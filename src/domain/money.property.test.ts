/**
 * Properties of exact money (issue #8): printing and parsing round-trip for every integer Fen the model can hold,
 * in every unit and format the document prints, and sums of parsed amounts are exact.
 *
 * Oracle: the expected strings and values are computed here with BigInt decimal arithmetic, written independently
 * of money.ts (no call into the code under test), so a property can only pass when money.ts agrees with plain
 * integer arithmetic on decimal digits.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import type { Fen, MoneyUnit } from './money';
import { formatFen, parseAmount, sumFen, toPlainDecimal } from './money';

/** 1,000 runs in CI (CI=true), 200 locally so `npm run test:unit` stays quick. */
const RUNS = process.env['CI'] ? 1000 : 200;

/** Decimal places of 分 per unit: 1 元 = 10^2 分, 1 万元 = 10^6 分 (the definition, restated for the oracle). */
const EXP: Readonly<Record<MoneyUnit, number>> = { 元: 2, 万元: 6 };
const UNITS: readonly MoneyUnit[] = ['元', '万元'];
const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

// ---- BigInt oracle ------------------------------------------------------------------------------------------

const pow10 = (n: number): bigint => 10n ** BigInt(n);
const abs = (x: bigint): bigint => (x < 0n ? -x : x);

/** x / 10^k rounded half away from zero. */
function divRound(x: bigint, k: number): bigint {
  if (k === 0) return x;
  const d = pow10(k);
  const q = (abs(x) * 2n + d) / (2n * d);
  return x < 0n ? -q : q;
}

/** `scaled / 10^decimals` as a decimal string, optionally with thousands separators. */
function decimalString(scaled: bigint, decimals: number, grouping: boolean): string {
  const digits = abs(scaled)
    .toString()
    .padStart(decimals + 1, '0');
  const int = digits.slice(0, digits.length - decimals);
  const frac = digits.slice(digits.length - decimals);
  let grouped = int;
  if (grouping) {
    const groups: string[] = [];
    for (let end = int.length; end > 0; end -= 3) groups.unshift(int.slice(Math.max(0, end - 3), end));
    grouped = groups.join(',');
  }
  const sign = scaled < 0n && /[1-9]/.test(digits) ? '-' : '';
  return `${sign}${grouped}${decimals > 0 ? `.${frac}` : ''}`;
}

/** Value in 分 of a plain decimal string (`-1,234.5` in 万元), or null when it has more decimals than 分 hold. */
function fenOfDecimal(text: string, unit: MoneyUnit): bigint | null {
  const neg = text.startsWith('-');
  const [int = '', frac = ''] = text.replace(/^-/, '').replace(/,/g, '').split('.');
  if (frac.length > EXP[unit]) return null;
  const value =
    BigInt(int === '' ? '0' : int) * pow10(EXP[unit]) + BigInt(frac.padEnd(EXP[unit], '0') || '0');
  return neg ? -value : value;
}

// ---- Arbitraries --------------------------------------------------------------------------------------------

/** Any Fen the model can hold: |fen| ≤ MAX_SAFE_INTEGER, with small values, round values and the bounds. */
const fenArb: fc.Arbitrary<bigint> = fc.oneof(
  fc.bigInt({ min: -MAX_SAFE, max: MAX_SAFE }),
  fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }),
  fc.bigInt({ min: -1_000_000n, max: 1_000_000n }),
  fc
    .tuple(fc.bigInt({ min: -999n, max: 999n }), fc.integer({ min: 0, max: 12 }))
    .map(([m, k]) => m * pow10(k)),
  fc.constantFrom(0n, 1n, -1n, 10n ** 15n, -(10n ** 15n), MAX_SAFE, -MAX_SAFE),
);

const unitArb = fc.constantFrom(...UNITS);

const FULL_WIDTH: Readonly<Record<string, string>> = {
  ...Object.fromEntries([...'0123456789'].map((d) => [d, String.fromCharCode(0xff10 + Number(d))])),
  '.': '．',
  ',': '，',
};
const SPACES = [' ', '  ', '\u3000', '\u00a0'];
const MINUS = ['-', '－', '−', '–'];
const TAGS: ReadonlyArray<readonly [string, string]> = [
  ['<b>', '</b>'],
  ['<span class="x">', '</span>'],
  ['<strong>', '</strong>'],
];

/**
 * The same number as the OCR and the HTML print it: spaces inside (`2, 812. 11`), full-width digits and
 * punctuation, another minus sign, wrapped in a tag. Every choice is driven by fast-check so it shrinks.
 */
function decoratedArb(plain: string): fc.Arbitrary<string> {
  const chars = [...plain];
  return fc
    .record({
      spaces: fc.array(fc.constantFrom(...SPACES, '', '', ''), {
        minLength: chars.length + 1,
        maxLength: chars.length + 1,
      }),
      wide: fc.array(fc.boolean(), { minLength: chars.length, maxLength: chars.length }),
      minus: fc.constantFrom(...MINUS),
      tag: fc.option(fc.constantFrom(...TAGS)),
    })
    .map(({ spaces, wide, minus, tag }) => {
      const body = chars
        .map((c, i) => {
          const shown = c === '-' ? minus : wide[i] ? (FULL_WIDTH[c] ?? c) : c;
          return `${spaces[i] ?? ''}${shown}`;
        })
        .join('');
      const text = `${body}${spaces[chars.length] ?? ''}`;
      return tag ? `${tag[0]}${text}${tag[1]}` : text;
    });
}

/** The characters a printed amount is made of, plus a few that must make it invalid. */
const NUMBER_CHARS = [...'0123456789,.- ０．，－—\u3000<>be%'];

function amountOf(text: string, unit: MoneyUnit): bigint {
  const r = parseAmount(text, unit);
  if (r.kind !== 'amount') throw new Error(`“${text}” (${unit}) parsed as ${r.kind}`);
  expect(Number.isSafeInteger(r.fen)).toBe(true);
  return BigInt(r.fen);
}

// ---- Properties ---------------------------------------------------------------------------------------------

describe('money round-trip (property)', () => {
  it('formatFen prints the exact decimal (rounded half away from zero) and parseAmount reads it back', () => {
    fc.assert(
      fc.property(fenArb, unitArb, fc.boolean(), fc.nat({ max: 6 }), (fen, unit, grouping, decimalsSeed) => {
        const decimals = decimalsSeed % (EXP[unit] + 1); // every precision the unit supports: 0 … 2 or 0 … 6
        const dropped = EXP[unit] - decimals;
        const scaled = divRound(fen, dropped);
        const printed = formatFen(Number(fen) as Fen, unit, { decimals, grouping });
        expect(printed).toBe(decimalString(scaled, decimals, grouping));
        // Rounding may carry the value past the safe range (e.g. MAX_SAFE 分 to whole 万元): then it is refused.
        const back = scaled * pow10(dropped);
        if (abs(back) > MAX_SAFE) {
          expect(parseAmount(printed, unit).kind).toBe('invalid');
          return;
        }
        expect(amountOf(printed, unit)).toBe(back);
        if (dropped === 0) expect(amountOf(printed, unit)).toBe(fen);
      }),
      { numRuns: RUNS },
    );
  }, 60_000);

  it('at full precision every Fen round-trips, also as the OCR prints it (spaces, full width, tags)', () => {
    const printedArb = fc
      .tuple(fenArb, unitArb, fc.boolean())
      .chain(([fen, unit, grouping]) =>
        decoratedArb(decimalString(fen, EXP[unit], grouping)).map((text) => ({ fen, unit, text })),
      );
    fc.assert(
      fc.property(printedArb, ({ fen, unit, text }) => {
        expect(amountOf(text, unit)).toBe(fen);
      }),
      { numRuns: RUNS },
    );
  }, 60_000);

  it('a canonical printed decimal parses and prints back to the same string', () => {
    // Canonical = what toPlainDecimal prints: no separators, no leading zeros, no `-0`, two decimals, more only when
    // the last one is not zero. With exactly two decimals, formatFen with separators must reprint it too.
    const canonicalArb = fc.tuple(unitArb, fc.nat({ max: 4 })).chain(([unit, extra]) => {
      const decimals = Math.min(EXP[unit], 2 + extra);
      const bound = MAX_SAFE / pow10(EXP[unit] - decimals);
      return fc
        .oneof(fc.bigInt({ min: -bound, max: bound }), fc.bigInt({ min: -100_000n, max: 100_000n }))
        .filter((scaled) => decimals === 2 || scaled % 10n !== 0n)
        .map((scaled) => ({ unit, decimals, text: decimalString(scaled, decimals, false) }));
    });
    fc.assert(
      fc.property(canonicalArb, ({ unit, decimals, text }) => {
        const fen = amountOf(text, unit);
        expect(toPlainDecimal(Number(fen) as Fen, unit)).toBe(text);
        if (decimals === 2) {
          const grouped = decimalString(fenOfDecimal(text, unit)! / pow10(EXP[unit] - 2), 2, true);
          expect(formatFen(Number(fen) as Fen, unit, { decimals: 2, grouping: true })).toBe(grouped);
          expect(amountOf(grouped, unit)).toBe(fen);
        }
      }),
      { numRuns: RUNS },
    );
  }, 60_000);

  it('the sum of parsed amounts is the parse of the exact decimal sum', () => {
    // n ≤ 30 terms of at most MAX_SAFE_INTEGER / n 分 each: every partial sum stays a safe integer (sumFen's domain)
    // and totals reach about 9 × 10^15 分, where a float sum in 元 or 万元 would lose 分.
    const termsArb = fc.tuple(unitArb, fc.integer({ min: 1, max: 30 })).chain(([unit, n]) => {
      const bound = MAX_SAFE / BigInt(n);
      const termArb = fc
        .tuple(
          fc.oneof(fc.bigInt({ min: -bound, max: bound }), fc.bigInt({ min: -(10n ** 8n), max: 10n ** 8n })),
          fc.nat({ max: EXP[unit] }),
          fc.boolean(),
        )
        .chain(([fen, cut, grouping]) => {
          // Printed with `EXP - cut` decimals: the value is first truncated to what that many decimals can hold.
          const held = (fen / pow10(cut)) * pow10(cut);
          return decoratedArb(decimalString(held / pow10(cut), EXP[unit] - cut, grouping)).map((text) => ({
            text,
            held,
          }));
        });
      return fc.array(termArb, { minLength: n, maxLength: n }).map((terms) => ({ unit, terms }));
    });
    fc.assert(
      fc.property(termsArb, ({ unit, terms }) => {
        const parsed = terms.map((t) => amountOf(t.text, unit));
        expect(parsed).toEqual(terms.map((t) => t.held));
        const exact = terms.reduce((s, t) => s + t.held, 0n);
        const total = sumFen(parsed.map((p) => Number(p) as Fen));
        expect(BigInt(total)).toBe(exact);
        expect(amountOf(decimalString(exact, EXP[unit], true), unit)).toBe(BigInt(total));
      }),
      { numRuns: RUNS },
    );
  }, 60_000);

  it('any text: parseAmount never throws, and an amount it reads is exactly the digits printed', () => {
    const numberish = fc.string({
      unit: fc.constantFrom(...'0123456789,.- ０．，－—\u3000<>be%'),
      maxLength: 30,
    });
    // Any UTF-16 unit (lone surrogate halves and control characters included) or any code point.
    const anyText = fc.string({
      unit: fc.oneof(
        fc.integer({ min: 0, max: 0xffff }).map((u) => String.fromCharCode(u)),
        fc.integer({ min: 0, max: 0x10ffff }).map((c) => String.fromCodePoint(c)),
      ),
      maxLength: 30,
    });
    // A printed amount with one character spliced in: near misses on both sides of valid.
    const nearMiss = fc
      .tuple(fenArb, unitArb, fc.boolean())
      .chain(([fen, unit, grouping]) => decoratedArb(decimalString(fen, EXP[unit], grouping)))
      .chain((text) =>
        fc
          .tuple(
            fc.nat({ max: text.length }),
            fc.string({ unit: fc.constantFrom(...NUMBER_CHARS), maxLength: 1 }),
          )
          .map(([at, c]) => `${text.slice(0, at)}${c}${text.slice(at)}`),
      );
    fc.assert(
      fc.property(fc.oneof(numberish, anyText, nearMiss), unitArb, (text, unit) => {
        const r = parseAmount(text, unit);
        if (r.kind !== 'amount') return;
        expect(Number.isSafeInteger(r.fen)).toBe(true);
        expect(Object.is(r.fen, -0)).toBe(false);
        // What the reader saw: the text without tags and spaces, full-width forms made half-width.
        const seen = [...text.replace(/<[^<>]*>/g, '')]
          .filter((c) => !SPACES.includes(c) && !/\s/.test(c))
          .map(
            (c) => Object.entries(FULL_WIDTH).find(([, w]) => w === c)?.[0] ?? (MINUS.includes(c) ? '-' : c),
          )
          .join('');
        expect(seen).toMatch(/^-?[\d,]+(\.\d+)?$/);
        expect(BigInt(r.fen)).toBe(fenOfDecimal(seen, unit));
      }),
      { numRuns: RUNS },
    );
  }, 60_000);
});
