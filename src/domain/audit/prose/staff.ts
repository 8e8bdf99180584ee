/** 第一部分 概况, 人员构成: the staff counts add up. */
import type { ProseCount } from '../../final-accounts.types';
import { factCheck, place } from '../core';
import type { ProseContext } from './context';

/** 人员构成: 在职实有人数 = 行政 + 事业; 离退休人员 = 离休 + 退休. */
export function staffChecks(c: ProseContext): void {
  const s = c.a.meta.staff;
  countsAddUp(
    c,
    'prose.staff.total',
    ['在职实有人数', s.total],
    ['行政', s.administrative],
    ['事业', s.institutional],
  );
  countsAddUp(
    c,
    'prose.staff.retired',
    ['离退休人员', s.retired],
    ['离休', s.retiredLixiu],
    ['退休', s.retiredTuixiu],
  );
}

type Labelled = readonly [label: string, count: ProseCount | null];

/** total = a + b, when all three counts are printed. */
function countsAddUp(
  c: ProseContext,
  id: string,
  [tl, total]: Labelled,
  [al, a]: Labelled,
  [bl, b]: Labelled,
): void {
  if (!total || !a || !b) return;
  const ok = total.value === a.value + b.value;
  c.checks.push(
    factCheck(
      id,
      'prose',
      ok ? 'pass' : 'fail',
      `${tl} = ${al} + ${bl}`,
      `${total.value} ${ok ? '=' : '≠'} ${a.value} + ${b.value}`,
      [String(total.value), String(a.value + b.value)],
      [place(total.line, tl), place(a.line, al), place(b.line, bl)],
    ),
  );
}
