/**
 * 情况说明 五、一般公共预算财政拨款支出决算情况: （一）总体 (total, share of all expense, change), （二）结构 (each
 * 类 and its share) and （三）具体 (budget against actual, per 类 with completion rates and reasons), against 表5.
 */
import { functionCategoryByName, stripOrdinal } from '../../subject-code';
import { factCheck, place, proseOperand, sumCheck } from '../core';
import { columnByNo } from '../table-operands';
import type { ProseContext } from './context';

/** The 类 code a prose name refers to (`一般公共服务（类）`, `社会保障和就业支出`). */
export function categoryCodeOfProseName(name: string): string | null {
  const base = stripOrdinal(name)
    .replace(/[（(]类[)）]/g, '')
    .trim();
  return functionCategoryByName(base) ?? functionCategoryByName(`${base}支出`);
}

/** （一）总体: 财政拨款支出 = 表5 合计, its share of 表1 本年支出合计, its change on last year. */
export function fiscalExpenseChecks(c: ProseContext): void {
  const { L } = c;
  const fe = c.f.fiscalExpense;
  c.eq(
    'prose.fiscal-expense.total',
    `说明“财政拨款支出”= ${L.t5} 合计`,
    fe?.total,
    '说明 财政拨款支出',
    c.t5Total,
  );
  if (fe)
    c.pct(
      'prose.fiscal-expense.share',
      '说明“财政拨款支出占本年支出合计”的百分比',
      fe.shareOfExpense,
      '说明 占本年支出合计',
      proseOperand(fe.total, '说明 财政拨款支出'),
      c.t1Expense,
    );
  c.changePct('prose.fiscal-expense.change', '财政拨款支出', fe?.total, fe?.change);
}

/** （二）结构: each 类 stated = 表5 类级合计, and its share of 财政拨款支出. */
export function structureChecks(c: ProseContext): void {
  const { L, t5 } = c;
  const fe = c.f.fiscalExpense;
  for (const s of c.f.fiscalStructure) {
    const code = categoryCodeOfProseName(s.name);
    const r5 = t5?.rows.find((r) => r.code === code);
    c.eq(
      `prose.structure.${code ?? s.name}`,
      `说明“${s.name}支出”= ${L.t5} 类级合计`,
      s.amount,
      `说明 ${s.name}`,
      c.cell(t5, r5, columnByNo(t5, 1)),
    );
    if (fe)
      c.pct(
        `prose.structure.${code ?? s.name}.share`,
        `说明“${s.name}占财政拨款支出”的百分比`,
        s.share,
        `说明 ${s.name}占比`,
        proseOperand(s.amount, `说明 ${s.name}`),
        proseOperand(fe.total, '说明 财政拨款支出'),
      );
  }
}

/**
 * （三）具体: 支出决算, 基本 and 项目 = 表5; 完成年初预算 = 决算 ÷ 年初预算; 年初预算 = Σ per-类 budgets; each 类's
 * 决算 = 表5 and its completion rate; a 类 over its budget states a reason.
 */
export function budgetExecutionChecks(c: ProseContext): void {
  const { f, L, t5 } = c;
  const be = f.budgetExecution;
  if (be) {
    c.eq('prose.budget.actual', `说明“支出决算”= ${L.t5} 合计`, be.actual, '说明 支出决算', c.t5Total);
    c.pct(
      'prose.budget.rate',
      '说明“完成年初预算”的百分比 = 决算 ÷ 年初预算',
      be.rate,
      '说明 完成年初预算',
      proseOperand(be.actual, '说明 支出决算'),
      proseOperand(be.budget, '说明 年初预算'),
    );
    c.eq('prose.budget.basic', `说明“基本支出”= ${L.t5} 基本支出合计`, be.basic, '说明 基本支出', c.t5Basic);
    c.eq(
      'prose.budget.project',
      `说明“项目支出”= ${L.t5} 项目支出合计`,
      be.project,
      '说明 项目支出',
      c.t5Project,
    );
    if (f.categoryBudgets.length > 0) {
      c.checks.push(
        sumCheck(
          'prose.budget.by-category',
          'prose',
          '说明“年初预算”总额 = 各类年初预算之和',
          proseOperand(be.budget, '说明 年初预算总额'),
          f.categoryBudgets.map((x) => ({
            sign: 1 as const,
            operand: proseOperand(x.budget, `说明 ${x.name} 年初预算`),
          })),
        ),
      );
    }
  }
  for (const cb of f.categoryBudgets) {
    const code = categoryCodeOfProseName(cb.name);
    const r5 = t5?.rows.find((r) => r.code === code);
    c.eq(
      `prose.category.${code ?? cb.index}.actual`,
      `说明 ${cb.name}（类）支出决算 = ${L.t5} 类级合计`,
      cb.actual,
      `说明 ${cb.name} 支出决算`,
      c.cell(t5, r5, columnByNo(t5, 1)),
    );
    c.pct(
      `prose.category.${code ?? cb.index}.rate`,
      `说明 ${cb.name}（类）完成年初预算的百分比`,
      cb.rate,
      `说明 ${cb.name} 完成率`,
      proseOperand(cb.actual, `说明 ${cb.name} 支出决算`),
      proseOperand(cb.budget, `说明 ${cb.name} 年初预算`),
    );
    if (cb.actual.fen > cb.budget.fen) {
      c.checks.push(
        factCheck(
          `prose.category.${code ?? cb.index}.reason`,
          'prose',
          cb.reason ? 'pass' : 'warn',
          `决算超过年初预算时说明原因（${cb.name}）`,
          cb.reason ? `已说明：${cb.reason.text}` : '决算大于年初预算，未说明原因',
          [String(cb.actual.raw), String(cb.budget.raw)],
          [place(cb.line, `说明 ${cb.name}`)],
        ),
      );
    }
  }
}
