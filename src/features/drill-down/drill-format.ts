/** Display helpers of the drill view: labels and number formats (rounding happens here, once). */
import type { DrillNode } from '@/domain/drill';
import type { Fen, MoneyUnit } from '@/domain/money';
import { formatFen } from '@/domain/money';

/** `201 一般公共服务支出`, or the name alone for nodes without a code. */
export function nodeLabel(n: DrillNode): string {
  return n.code ? `${n.code} ${n.name}` : n.name;
}

/** `+161.79` / `−0.80` / `0.00` (a true minus sign). */
export function signedFen(fen: Fen, unit: MoneyUnit): string {
  const text = formatFen(Math.abs(fen) as Fen, unit);
  return fen > 0 ? `+${text}` : fen < 0 ? `−${text}` : text;
}

/** The mark set when a drill step starts; the view measures `drill-step` from it (see `npm run bench`). */
export const DRILL_MARK = 'drill-step-start';
