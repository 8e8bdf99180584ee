/**
 * 情况说明 五、一般公共预算财政拨款支出决算情况: （一）总体 (total, share of all expense, change), （二）结构 (each
 * 类 and its share) and （三）具体 (budget against actual, per 类 with completion rates and reasons), against 表5.
 */
import { functionCategoryByName, stripOrdinal } from '../../subject-code';
import { factCheck, place, proseOperand, sumCheck } from '../core';
import type { FinalAccountsTable, TableRow } from '../../final-accounts.types';
import { sumColumn } from '../table-operands';
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
      c.cell(t5, r5, sumColumn(t5)),
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
    // A first-year body budgets 0 at the start of the year and states its 全年预算 too: its rate is then of that.
    const fullYear = be.budget.fen === 0 && be.fullYearBudget ? be.fullYearBudget : null;
    c.pct(
      'prose.budget.rate',
      fullYear
        ? '说明“完成预算”的百分比 = 决算 ÷ 全年预算（年初预算为 0）'
        : '说明“完成年初预算”的百分比 = 决算 ÷ 年初预算',
      be.rate,
      '说明 完成预算',
      proseOperand(be.actual, '说明 支出决算'),
      fullYear ? proseOperand(fullYear, '说明 全年预算') : proseOperand(be.budget, '说明 年初预算'),
    );
    c.eq('prose.budget.basic', `说明“基本支出”= ${L.t5} 基本支出合计`, be.basic, '说明 基本支出', c.t5Basic);
    c.eq(
      'prose.budget.project',
      `说明“项目支出”= ${L.t5} 项目支出合计`,
      be.project,
      '说明 项目支出',
      c.t5Project,
    );
    // The stated total against the sum of the 类 (or 项) listed, each on the budget the sentences name. A numbered
    // list read with gaps (a sentence the converter scrambled) cannot be summed: the check says which are missing.
    const read = new Set(f.categoryBudgets.map((x) => x.index));
    const last = read.size > 0 ? Math.max(...read) : 0;
    const missing = Array.from({ length: last }, (_, k) => k + 1).filter((k) => !read.has(k));
    // A list per 项 (the Shanghai wording) names every 项 spent on: its 决算 add up to the stated 支出决算 too.
    const perItem = f.categoryBudgets.length > 0 && f.categoryBudgets.every((x) => x.item);
    if (perItem && missing.length === 0)
      c.checks.push(
        sumCheck(
          'prose.budget.by-item.actual',
          'prose',
          '说明“支出决算”= 所列各项支出决算之和',
          proseOperand(be.actual, '说明 支出决算'),
          f.categoryBudgets.map((x) => ({
            sign: 1 as const,
            operand: proseOperand(x.actual, `说明 ${x.item ?? x.name} 支出决算`),
          })),
        ),
      );
    for (const basis of ['年初预算', '全年预算'] as const) {
      const listed = f.categoryBudgets.filter((x) => x.basis === basis);
      const total = basis === '年初预算' ? be.budget : be.fullYearBudget;
      if (listed.length === 0 || !total) continue;
      if (missing.length > 0) {
        c.checks.push(
          factCheck(
            basis === '年初预算' ? 'prose.budget.by-category' : 'prose.budget.by-category.full-year',
            'prose',
            'warn',
            `说明“${basis}”总额 = 所列各${listed.some((x) => x.item) ? '项' : '类'}${basis}之和`,
            `未能核对：第 ${missing.join('、')} 条未能读出（共读出 ${read.size} 条，编号到 ${last}）`,
            [String(total.raw), ''],
            [
              place(total.line, `说明 ${basis}总额`),
              ...listed.map((x) => place(x.line, `说明 第 ${x.index} 条`)),
            ],
          ),
        );
        continue;
      }
      c.checks.push(
        sumCheck(
          basis === '年初预算' ? 'prose.budget.by-category' : 'prose.budget.by-category.full-year',
          'prose',
          `说明“${basis}”总额 = ${listed.some((x) => x.item) ? '所列各项' : '各类'}${basis}之和`,
          proseOperand(total, `说明 ${basis}总额`),
          listed.map((x) => ({
            sign: 1 as const,
            operand: proseOperand(x.budget, `说明 ${x.item ?? x.name} ${basis}`),
          })),
        ),
      );
    }
  }
  for (const cb of f.categoryBudgets) {
    const code = categoryCodeOfProseName(cb.name);
    const what = cb.item ? `${cb.name}（类）${cb.segment ?? ''}（款）${cb.item}（项）` : `${cb.name}（类）`;
    // Per 项: the 项 of that 类 named so in 表5; per 类: the 类 row.
    const r5 = cb.item ? itemRowNamed(t5, code, cb.item) : t5?.rows.find((r) => r.code === code);
    const id = cb.item ? `prose.item.${r5?.code ?? cb.index}` : `prose.category.${code ?? cb.index}`;
    if (cb.item && t5 && !r5) {
      c.checks.push(
        factCheck(
          `${id}.found`,
          'prose',
          'warn',
          `说明所述的项在${L.t5}中（${cb.item}）`,
          `${L.t5}的${code ?? cb.name}类下没有名为“${cb.item}”的项；未与表比较`,
          [cb.item, ''],
          [place(cb.line, `说明 ${what}`)],
        ),
      );
    }
    if (cb.item && cb.segment && r5?.code) {
      const kuan = t5?.rows.find((r) => r.code === r5.code!.slice(0, 5));
      if (kuan && compactName(kuan.name) !== compactName(cb.segment))
        c.checks.push(
          factCheck(
            `${id}.segment`,
            'prose',
            'warn',
            `说明中的款名与${L.t5}一致（${cb.item}）`,
            `说明：“${cb.segment}（款）”；${L.t5} ${kuan.code}：“${kuan.name}”`,
            [cb.segment, kuan.name],
            [place(cb.line, `说明 ${what}`), place(kuan.line, `${L.t5} ${kuan.code} ${kuan.name}`)],
          ),
        );
    }
    c.eq(
      `${id}.actual`,
      cb.item
        ? `说明 ${cb.item}（项）支出决算 = ${L.t5} 项级合计`
        : `说明 ${cb.name}（类）支出决算 = ${L.t5} 类级合计`,
      cb.actual,
      `说明 ${cb.item ?? cb.name} 支出决算`,
      c.cell(t5, r5, sumColumn(t5)),
    );
    c.pct(
      `${id}.rate`,
      `说明 ${cb.item ? `${cb.item}（项）` : `${cb.name}（类）`}完成${cb.basis}的百分比`,
      cb.rate,
      `说明 ${cb.item ?? cb.name} 完成率`,
      proseOperand(cb.actual, `说明 ${cb.item ?? cb.name} 支出决算`),
      proseOperand(cb.budget, `说明 ${cb.item ?? cb.name} ${cb.basis}`),
    );
    // The words against the figures: `决算数大于预算数` where the actual is below the budget is a contradiction.
    const cmp = cb.comparison;
    if (cmp && cmp.relation !== 'about') {
      const actual = cb.actual.fen;
      const budget = cb.budget.fen;
      const truth = actual > budget ? 'more' : actual < budget ? 'less' : 'equal';
      const words = { more: '大于', less: '小于', equal: '等于' } as const;
      c.checks.push(
        factCheck(
          `${id}.comparison`,
          'prose',
          truth === cmp.relation ? 'pass' : 'fail',
          `说明的“${cmp.text}”与所列金额一致（${cb.item ?? cb.name}）`,
          `支出决算 ${cb.actual.raw} ${words[truth]}${cb.basis} ${cb.budget.raw}；说明写“${cmp.text}”`,
          [cb.actual.raw, cb.budget.raw],
          [place(cmp.line, `说明 ${cmp.text}`), place(cb.line, `说明 ${what}`)],
        ),
      );
    }
    if (cb.actual.fen > cb.budget.fen) {
      c.checks.push(
        factCheck(
          `${id}.reason`,
          'prose',
          cb.reason ? 'pass' : 'warn',
          `决算超过${cb.basis}时说明原因（${cb.item ?? cb.name}）`,
          cb.reason ? `已说明：${cb.reason.text}` : `决算大于${cb.basis}，未说明原因`,
          [String(cb.actual.raw), String(cb.budget.raw)],
          [place(cb.line, `说明 ${what}`)],
        ),
      );
    }
  }
}

const compactName = (s: string): string => s.replace(/[\s\u3000]/g, '');

/** The 项 row of 类 `code` whose name is `name` (as printed, spaces aside), when exactly one is. */
function itemRowNamed(
  t: FinalAccountsTable | undefined,
  code: string | null,
  name: string,
): TableRow | undefined {
  if (!t || !code) return undefined;
  const hits = t.rows.filter(
    (r) => r.level === 'item' && r.code?.startsWith(code) && compactName(r.name) === compactName(name),
  );
  return hits.length === 1 ? hits[0] : undefined;
}
