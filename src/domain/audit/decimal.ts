/** Exact decimal arithmetic for scores and printed percentages (integers scaled by 10^scale). */
import type { ExactDecimal } from '../final-accounts.types';
import { dropTrailingZeros, formatScaled } from '../money';

export function rescale(d: ExactDecimal, scale: number): number {
  return d.units * 10 ** (scale - d.scale);
}

export function addDecimals(values: readonly ExactDecimal[]): ExactDecimal {
  const scale = Math.max(0, ...values.map((v) => v.scale));
  return { units: values.reduce((s, v) => s + rescale(v, scale), 0), scale };
}

/** points × printed percent / 100, exact: 20 × 99% = 19.8. */
export function pointsTimesPercent(points: ExactDecimal, percent: ExactDecimal): ExactDecimal {
  return { units: points.units * percent.units, scale: points.scale + percent.scale + 2 };
}

export function compareDecimals(a: ExactDecimal, b: ExactDecimal): number {
  const scale = Math.max(a.scale, b.scale);
  return rescale(a, scale) - rescale(b, scale);
}

/** `19.8`, `97`, `0.5`: shortest exact text. */
export function decimalToText(d: ExactDecimal): string {
  const text = formatScaled(d.units, d.scale, false);
  return d.scale > 0 ? dropTrailingZeros(text) : text;
}

export function decimalOf(units: number, scale = 0): ExactDecimal {
  return { units, scale };
}
