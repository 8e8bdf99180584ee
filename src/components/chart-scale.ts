/**
 * Axis ranges, from the data of whatever document is shown (never fitted to one document's values). Bars always
 * start at zero (the bar list's own scale); a dot plot may zoom to where its dots are, and then says so: the caller
 * prints the range on the axis (`axisRangeText`). Pure.
 */

/** The upper end of an axis: the next multiple of `step` at or above every value, at least `floor`. */
function niceCeil(max: number, step: number, floor: number): number {
  return Math.max(floor, Math.ceil(max / step) * step);
}

/**
 * A dot-plot axis: zoomed to the dots (one `step` below the lowest, down to a multiple of `step`) when they sit
 * above half of the full range, else the full range from 0. `top` is the largest possible value (100 points).
 */
export function dotDomain(
  values: readonly number[],
  top: number,
  step = 5,
): { readonly domain: [number, number]; readonly zoomed: boolean } {
  const high = niceCeil(Math.max(0, ...values), step, top);
  if (values.length === 0) return { domain: [0, high], zoomed: false };
  const low = Math.max(0, Math.floor((Math.min(...values) - step) / step) * step);
  return low >= high / 2 ? { domain: [low, high], zoomed: true } : { domain: [0, high], zoomed: false };
}

/** What a zoomed axis prints: `纵轴自 90 起（90–100 分）`. */
export function axisRangeText(domain: readonly [number, number], unit: string): string {
  return `纵轴自 ${domain[0]} 起（${domain[0]}–${domain[1]} ${unit}）`;
}
