/**
 * A source line as shown under a check's place: tabs (cell boundaries) drawn as ` │ `, the place's figure found in
 * the printed text (which may carry spaces or thousands separators: `2, 697. 42`) and marked, and a long prose line cut
 * to a window around the figure. Pure.
 */
import { groupThousands } from '@/domain/money';

export interface SourceExcerpt {
  /** Text before the figure (or the whole excerpt when the figure is not found). */
  readonly before: string;
  /** The figure as printed, or '' when not found. */
  readonly match: string;
  readonly after: string;
  /** Text was cut at the start / end of the line. */
  readonly cutStart: boolean;
  readonly cutEnd: boolean;
}

/**
 * The line as displayed: markup the OCR left in cells dropped (`<b>`; a checked box as ☑, an empty one as ☐), trimmed,
 * tabs (cell boundaries) drawn as ` │ `.
 */
export function displayLine(raw: string): string {
  return raw
    .replace(/<input\b[^>]*\bchecked\b[^>]*>/gi, '☑')
    .replace(/<input\b[^>]*>/gi, '☐')
    .replace(/<\/?[a-z][^>]*>/gi, '')
    .trim()
    .replace(/\t+/g, ' │ ');
}

/**
 * A pattern finding a plain decimal (`2697.43`, `-0.30`, `50.00`) as printed: a thousands separator and/or one
 * space between digits (never a tab: a tab separates cells), a full-width point, and `.00` optional. Not inside a
 * longer number. Null for anything but a plain decimal.
 */
export function figurePattern(value: string): RegExp | null {
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(value);
  if (!m) return null;
  const sign = m[1] ?? '';
  const int = m[2] ?? '';
  const frac = m[3] ?? '';
  const intPart = int.split('').join('[,，]? ?');
  const fracPart = frac ? ` ?[.．] ?${frac.split('').join(' ?')}` : '';
  const body = frac && /^0+$/.test(frac) ? `${intPart}(?:${fracPart})?` : `${intPart}${fracPart}`;
  return new RegExp(`(?<![\\d.．][,，]? ?)${sign ? '[-−－] ?' : ''}${body}(?! ?[.．]? ?\\d)`, 'u');
}

/**
 * The excerpt of `raw` around `value`. Lines up to `max` characters are kept whole; longer ones are cut to about
 * `max` characters around the figure. Without a figure found, the window goes around the first of `hints` (words of
 * the place's label) found in the line, unmarked, else starts at the line's start.
 */
export function sourceExcerpt(
  raw: string,
  value: string | undefined,
  max = 140,
  hints: readonly string[] = [],
): SourceExcerpt {
  const line = displayLine(raw);
  const pattern = value ? figurePattern(value) : null;
  const found = pattern ? pattern.exec(line) : null;
  const mStart = found ? found.index : 0;
  const mEnd = found ? found.index + found[0].length : 0;
  let start = 0;
  let end = line.length;
  if (line.length > max) {
    let aStart = mStart;
    let aEnd = mEnd;
    if (!found) {
      const hint = hints.find((h) => h.length >= 2 && line.includes(h));
      aStart = hint ? line.indexOf(hint) : 0;
      aEnd = hint ? aStart + hint.length : 0;
    }
    const room = Math.max(0, max - (aEnd - aStart));
    start = Math.max(0, aStart - Math.floor(room / 2));
    end = Math.min(line.length, start + Math.max(max, aEnd - aStart));
    start = Math.max(0, Math.min(start, end - max));
  }
  return {
    before: line.slice(start, found ? mStart : end),
    match: found ? found[0] : '',
    after: found ? line.slice(mEnd, end) : '',
    cutStart: start > 0,
    cutEnd: end < line.length,
  };
}

/** `2697.43` → `2,697.43` (a plain decimal with thousands separators; other text unchanged). */
export function groupDecimal(value: string): string {
  const m = /^(-?)(\d+)(\.\d+)?$/.exec(value);
  if (!m) return value;
  return `${m[1] ?? ''}${groupThousands(m[2] ?? '')}${m[3] ?? ''}`;
}
