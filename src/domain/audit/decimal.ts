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

/** `d` rounded half-up to `scale` decimals (no-op when it has no more): 9.231 at 2 → 9.23. Non-negative values. */
export function roundHalfUp(d: ExactDecimal, scale: number): ExactDecimal {
  if (d.scale <= scale) return d;
  const factor = 10 ** (d.scale - scale);
  return { units: Math.floor((d.units + factor / 2) / factor), scale };
}
