/**
 * 情况说明 一 to 四: 收支总计, 收入 and 支出 (totals, parts, shares) against 表1 / 表2 / 表3, and 财政拨款收支总计
 * against 表4, with the stated changes on last year.
 */
import { proseOperand } from '../core';
import { columnNamed, columnWithHeader, rowNamed, totalRow } from '../table-operands';
import type { ProseFacts } from '../../final-accounts.types';
import type { Op, ProseContext } from './context';

/** 一、收入支出决算总体情况: 收、支总计 = 表1 总计, and its change on last year. */
export function totalsChecks(c: ProseContext): void {
  const { f, L, t1 } = c;
  c.eq(
    'prose.totals.total',
    `说明“收、支总计”= ${L.t1} 总计`,
    f.totals?.total,
    '说明 收、支总计',
    c.cell(t1, rowNamed(t1, /总计/, 'income'), columnNamed(t1, /决算数/, 'income')),
  );
  c.changePct('prose.totals.change', '收、支总计', f.totals?.total, f.totals?.change);
}

/** 二、收入决算情况: 收入合计 = 表1 本年收入合计; each source = 表2 合计 of its column (by name, as text), its share. */
export function incomeChecks(c: ProseContext): void {
  const { L, t1, t2 } = c;
  partsChecks(c, {
    id: 'income',
    facts: c.f.income,
    totalWord: '收入合计',
    totalTarget: c.cell(t1, rowNamed(t1, /本年收入合计/, 'income'), columnNamed(t1, /决算数/, 'income')),
    table: L.t2,
    of: '本年收入',
    target: (name) => c.cell(t2, totalRow(t2), columnWithHeader(t2, name)),
  });
}

/** 三、支出决算情况: 支出合计 = 表1 本年支出合计; 基本支出 / 项目支出 = 表3 合计, their shares. */
export function expenseChecks(c: ProseContext): void {
  const { L, t3 } = c;
  const t3Basic = c.cell(t3, totalRow(t3), columnNamed(t3, /^基本支出$/));
  const t3Project = c.cell(t3, totalRow(t3), columnNamed(t3, /^项目支出$/));
  partsChecks(c, {
    id: 'expense',
    facts: c.f.expense,
    totalWord: '支出合计',
    totalTarget: c.t1Expense,
    table: L.t3,
    of: '本年支出',
    target: (name) => (/基本/.test(name) ? t3Basic : /项目/.test(name) ? t3Project : null),
  });
}

/** A total = 表1, then each part = its table figure and its printed share of the total. */
function partsChecks(
  c: ProseContext,
  p: {
    readonly id: 'income' | 'expense';
    readonly facts: ProseFacts['income'];
    /** `收入合计`, `支出合计`. */
    readonly totalWord: string;
    readonly totalTarget: Op;
    /** The label of the parts' table (`表2`, `表3`). */
    readonly table: string;
    /** What the share is of: `本年收入`, `本年支出`. */
    readonly of: string;
    readonly target: (name: string) => Op;
  },
): void {
  const { facts } = p;
  c.eq(
    `prose.${p.id}.total`,
    `说明“${p.totalWord}”= ${c.L.t1} 本年${p.totalWord}`,
    facts?.total,
    `说明 ${p.totalWord}`,
    p.totalTarget,
  );
  for (const part of facts?.parts ?? []) {
    c.eq(
      `prose.${p.id}.${part.name}`,
      `说明“${part.name}”= ${p.table} 合计`,
      part.amount,
      `说明 ${part.name}`,
      p.target(part.name),
    );
    if (facts)
      c.pct(
        `prose.${p.id}.${part.name}.share`,
        `说明“${part.name}占${p.of}”的百分比`,
        part.share,
        `说明 ${part.name}占比`,
        proseOperand(part.amount, `说明 ${part.name}`),
        proseOperand(facts.total, `说明 ${p.totalWord}`),
      );
  }
}

/** 四、财政拨款收入支出决算总体情况: 财政拨款收、支总计 = 表4 总计, and its change on last year. */
export function fiscalTotalsChecks(c: ProseContext): void {
  const { f, L, t4 } = c;
  c.eq(
    'prose.fiscal-totals.total',
    `说明“财政拨款收、支总计”= ${L.t4} 总计`,
    f.fiscalTotals?.total,
    '说明 财政拨款收、支总计',
    c.cell(t4, rowNamed(t4, /总计/, 'income'), columnNamed(t4, /决算数/, 'income')),
  );
  c.changePct(
    'prose.fiscal-totals.change',
    '财政拨款收、支总计',
    f.fiscalTotals?.total,
    f.fiscalTotals?.change,
  );
}
