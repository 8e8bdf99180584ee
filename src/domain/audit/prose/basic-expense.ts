/**
 * 情况说明 六、一般公共预算财政拨款基本支出决算情况: 基本支出 = 表5, 人员经费 / 公用经费 = 表6 group totals and add
 * up to it, and the items listed under each = the 表6 subjects of that group that print a figure.
 */
import type { FinalAccountsTable } from '../../final-accounts.types';
import { factCheck, place, proseOperand, sumCheck } from '../core';
import { cellOperand } from '../table-operands';
import type { ProseContext } from './context';

export function basicExpenseChecks(c: ProseContext): void {
  const { L, t6 } = c;
  const b = c.f.basicExpense;
  if (!b) return;
  const t6Totals = t6?.rows.filter((r) => r.level === 'total') ?? [];
  const t6Person = t6Totals.find((r) => r.name.startsWith('人员经费'));
  const t6Public = t6Totals.find((r) => r.name.startsWith('公用经费'));
  c.eq('prose.basic.total', `说明“基本支出”= ${L.t5} 基本支出合计`, b.total, '说明 基本支出', c.t5Basic);
  c.eq(
    'prose.basic.personnel',
    `说明“人员经费”= ${L.t6} 人员经费合计`,
    b.personnel,
    '说明 人员经费',
    t6 && t6Person ? cellOperand(t6, t6Person, t6Person.groupColumn ?? 0) : null,
  );
  c.eq(
    'prose.basic.public',
    `说明“公用经费”= ${L.t6} 公用经费合计`,
    b.publicUse,
    '说明 公用经费',
    t6 && t6Public ? cellOperand(t6, t6Public, t6Public.groupColumn ?? 0) : null,
  );
  if (b.personnel && b.publicUse) {
    c.checks.push(
      sumCheck(
        'prose.basic.sum',
        'prose',
        '说明：基本支出 = 人员经费 + 公用经费',
        proseOperand(b.total, '说明 基本支出'),
        [
          { sign: 1, operand: proseOperand(b.personnel, '说明 人员经费') },
          { sign: 1, operand: proseOperand(b.publicUse, '说明 公用经费') },
        ],
      ),
    );
  }
  if (!t6) return;
  if (b.personnel)
    itemsCheck(c, t6, 'prose.basic.personnel-items', '人员经费', b.personnelItems, b.personnel.line);
  if (b.publicUse)
    itemsCheck(c, t6, 'prose.basic.public-items', '公用经费', b.publicUseItems, b.publicUse.line);
}

/** The items the prose lists for a 表6 group = the group's 款 rows that print a figure (names compared as text). */
function itemsCheck(
  c: ProseContext,
  t6: FinalAccountsTable,
  id: string,
  label: string,
  items: readonly string[],
  lineOf: number,
): void {
  const { L } = c;
  const cols = new Set(t6.columns.filter((col) => col.levels[0] === label).map((col) => col.index));
  const withFigures = t6.rows
    .filter(
      (r) => r.level === 'subcategory' && r.cells.some((x) => x.fen !== 0) && cols.has(r.groupColumn ?? -1),
    )
    .map((r) => r.name);
  const named = new Set(items);
  const blankButNamed = items.filter((i) => !withFigures.includes(i));
  const unnamed = withFigures.filter((n) => !named.has(n));
  const ok = blankButNamed.length === 0 && unnamed.length === 0;
  c.checks.push(
    factCheck(
      id,
      'prose',
      ok ? 'pass' : 'warn',
      `说明所列${label}科目 = ${L.t6} 有数的${label}科目`,
      ok
        ? `一致（${items.length} 项）`
        : [
            blankButNamed.length ? `说明列出但${L.t6} 为空：${blankButNamed.join('、')}` : '',
            unnamed.length ? `${L.t6} 有数但说明未列：${unnamed.join('、')}` : '',
          ]
            .filter(Boolean)
            .join('；'),
      [String(items.length), String(withFigures.length)],
      [place(lineOf, `说明 ${label}主要包括`), place(t6.titleLine, L.t6)],
    ),
  );
}
