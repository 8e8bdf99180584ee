/**
 * 说明与表: every amount, share, completion rate and last-year change stated in 情况说明 against the cells it
 * describes; per-类 budgets against the stated budget total; 三公 details against 表7 (表9 in the 2022+ order);
 * procurement parts; staff. Messages name each table by the number its title prints (`tableLabels`).
 */
import type { FinalAccounts, ProseAmount, ProsePercent, YearChange } from '../final-accounts.types';
import type { Fen } from '../money';
import { functionCategoryByName, stripOrdinal } from '../subject-code';
import type { AmountOperand, AuditCheck } from './core';
import {
  amountOperand,
  equalCheck,
  factCheck,
  percentCheck,
  place,
  proseOperand,
  proseUnit,
  sumCheck,
} from './core';
import {
  cellOperand,
  columnByNo,
  columnNamed,
  columnWithHeader,
  rowNamed,
  tableLabels,
  tableOf,
  totalRow,
} from './table-operands';

type Op = AmountOperand | null;

/** The previous year's figure a change implies: this year ∓ the change, as a derived operand. */
function previousYear(current: ProseAmount, change: YearChange, label: string): AmountOperand | null {
  if (!change.amount) return null;
  const sign = change.direction === 'decrease' ? 1 : -1;
  const fen = (current.fen + sign * change.amount.fen) as Fen;
  return amountOperand(
    fen,
    current.unit,
    place(current.line, `${label}上年数（推算：本年 ${change.direction === 'decrease' ? '+' : '−'} 变动额）`),
  );
}

/** The 类 code a prose name refers to (`一般公共服务（类）`, `社会保障和就业支出`). */
export function categoryCodeOfProseName(name: string): string | null {
  const base = stripOrdinal(name)
    .replace(/[（(]类[)）]/g, '')
    .trim();
  return functionCategoryByName(base) ?? functionCategoryByName(`${base}支出`);
}

export function proseChecks(a: FinalAccounts): AuditCheck[] {
  const L = tableLabels(a);
  const out: AuditCheck[] = [];
  const f = a.facts;
  const t1 = tableOf(a, 'income-expense-summary');
  const t2 = tableOf(a, 'income');
  const t3 = tableOf(a, 'expense');
  const t4 = tableOf(a, 'fiscal-income-expense-summary');
  const t5 = tableOf(a, 'general-budget-expense');
  const t6 = tableOf(a, 'general-budget-basic-expense');
  const t7 = tableOf(a, 'three-public');

  const t1Inc = columnNamed(t1, /决算数/, 'income');
  const t1Exp = columnNamed(t1, /决算数/, 'expense');
  const cell = (t: typeof t1, row: ReturnType<typeof totalRow>, col: number): Op =>
    t && row && col >= 0 ? cellOperand(t, row, col) : null;
  const t1GrandTotal = cell(t1, rowNamed(t1, /总计/, 'income'), t1Inc);
  const t1Income = cell(t1, rowNamed(t1, /本年收入合计/, 'income'), t1Inc);
  const t1Expense = cell(t1, rowNamed(t1, /本年支出合计/, 'expense'), t1Exp);
  const t4GrandTotal = cell(t4, rowNamed(t4, /总计/, 'income'), columnNamed(t4, /决算数/, 'income'));
  const t5Total = cell(t5, totalRow(t5), columnByNo(t5, 1));
  const t5Basic = cell(t5, totalRow(t5), columnNamed(t5, /基本支出$/));
  const t5Project = cell(t5, totalRow(t5), columnNamed(t5, /项目支出$/));
  const t3Basic = cell(t3, totalRow(t3), columnNamed(t3, /^基本支出$/));
  const t3Project = cell(t3, totalRow(t3), columnNamed(t3, /^项目支出$/));

  const eq = (id: string, message: string, x: ProseAmount | null | undefined, label: string, y: Op): void => {
    if (x && y) out.push(equalCheck(id, 'prose', message, proseOperand(x, label), y));
  };
  const pct = (
    id: string,
    message: string,
    printed: ProsePercent | null | undefined,
    label: string,
    num: Op,
    den: Op,
  ): void => {
    if (printed && num && den) out.push(percentCheck(id, 'prose', message, printed, label, num, den));
  };
  const changePct = (
    id: string,
    what: string,
    current: ProseAmount | undefined,
    change: YearChange | null | undefined,
  ): void => {
    if (!current || !change?.percent || !change.amount) return;
    const prev = previousYear(current, change, what);
    if (prev)
      pct(
        id,
        `${what}比上年${change.direction === 'decrease' ? '下降' : '增长'}的百分比 = 变动额 ÷ 上年数`,
        change.percent,
        `${what}变动百分比`,
        proseOperand(change.amount, `${what}变动额`),
        prev,
      );
  };

  // 一、收支总计.
  eq(
    'prose.totals.total',
    `说明“收、支总计”= ${L.t1} 总计`,
    f.totals?.total,
    '说明 收、支总计',
    t1GrandTotal,
  );
  changePct('prose.totals.change', '收、支总计', f.totals?.total, f.totals?.change);

  // 二、收入.
  eq(
    'prose.income.total',
    `说明“收入合计”= ${L.t1} 本年收入合计`,
    f.income?.total,
    '说明 收入合计',
    t1Income,
  );
  for (const part of f.income?.parts ?? []) {
    const col = columnWithHeader(t2, part.name);
    eq(
      `prose.income.${part.name}`,
      `说明“${part.name}”= ${L.t2} 合计`,
      part.amount,
      `说明 ${part.name}`,
      cell(t2, totalRow(t2), col),
    );
    if (f.income)
      pct(
        `prose.income.${part.name}.share`,
        `说明“${part.name}占本年收入”的百分比`,
        part.share,
        `说明 ${part.name}占比`,
        proseOperand(part.amount, `说明 ${part.name}`),
        proseOperand(f.income.total, '说明 收入合计'),
      );
  }

  // 三、支出.
  eq(
    'prose.expense.total',
    `说明“支出合计”= ${L.t1} 本年支出合计`,
    f.expense?.total,
    '说明 支出合计',
    t1Expense,
  );
  for (const part of f.expense?.parts ?? []) {
    const target = /基本/.test(part.name) ? t3Basic : /项目/.test(part.name) ? t3Project : null;
    eq(
      `prose.expense.${part.name}`,
      `说明“${part.name}”= ${L.t3} 合计`,
      part.amount,
      `说明 ${part.name}`,
      target,
    );
    if (f.expense)
      pct(
        `prose.expense.${part.name}.share`,
        `说明“${part.name}占本年支出”的百分比`,
        part.share,
        `说明 ${part.name}占比`,
        proseOperand(part.amount, `说明 ${part.name}`),
        proseOperand(f.expense.total, '说明 支出合计'),
      );
  }

  // 四、财政拨款收支总计.
  eq(
    'prose.fiscal-totals.total',
    `说明“财政拨款收、支总计”= ${L.t4} 总计`,
    f.fiscalTotals?.total,
    '说明 财政拨款收、支总计',
    t4GrandTotal,
  );
  changePct(
    'prose.fiscal-totals.change',
    '财政拨款收、支总计',
    f.fiscalTotals?.total,
    f.fiscalTotals?.change,
  );

  // 五、一般公共预算财政拨款支出.
  const fe = f.fiscalExpense;
  eq(
    'prose.fiscal-expense.total',
    `说明“财政拨款支出”= ${L.t5} 合计`,
    fe?.total,
    '说明 财政拨款支出',
    t5Total,
  );
  if (fe)
    pct(
      'prose.fiscal-expense.share',
      '说明“财政拨款支出占本年支出合计”的百分比',
      fe.shareOfExpense,
      '说明 占本年支出合计',
      proseOperand(fe.total, '说明 财政拨款支出'),
      t1Expense,
    );
  changePct('prose.fiscal-expense.change', '财政拨款支出', fe?.total, fe?.change);
  for (const s of f.fiscalStructure) {
    const code = categoryCodeOfProseName(s.name);
    const r5 = t5?.rows.find((r) => r.code === code);
    eq(
      `prose.structure.${code ?? s.name}`,
      `说明“${s.name}支出”= ${L.t5} 类级合计`,
      s.amount,
      `说明 ${s.name}`,
      cell(t5, r5, columnByNo(t5, 1)),
    );
    if (fe)
      pct(
        `prose.structure.${code ?? s.name}.share`,
        `说明“${s.name}占财政拨款支出”的百分比`,
        s.share,
        `说明 ${s.name}占比`,
        proseOperand(s.amount, `说明 ${s.name}`),
        proseOperand(fe.total, '说明 财政拨款支出'),
      );
  }
  const be = f.budgetExecution;
  if (be) {
    eq('prose.budget.actual', `说明“支出决算”= ${L.t5} 合计`, be.actual, '说明 支出决算', t5Total);
    pct(
      'prose.budget.rate',
      '说明“完成年初预算”的百分比 = 决算 ÷ 年初预算',
      be.rate,
      '说明 完成年初预算',
      proseOperand(be.actual, '说明 支出决算'),
      proseOperand(be.budget, '说明 年初预算'),
    );
    eq('prose.budget.basic', `说明“基本支出”= ${L.t5} 基本支出合计`, be.basic, '说明 基本支出', t5Basic);
    eq(
      'prose.budget.project',
      `说明“项目支出”= ${L.t5} 项目支出合计`,
      be.project,
      '说明 项目支出',
      t5Project,
    );
    if (f.categoryBudgets.length > 0) {
      out.push(
        sumCheck(
          'prose.budget.by-category',
          'prose',
          '说明“年初预算”总额 = 各类年初预算之和',
          proseOperand(be.budget, '说明 年初预算总额'),
          f.categoryBudgets.map((c) => ({
            sign: 1 as const,
            operand: proseOperand(c.budget, `说明 ${c.name} 年初预算`),
          })),
        ),
      );
    }
  }
  for (const c of f.categoryBudgets) {
    const code = categoryCodeOfProseName(c.name);
    const r5 = t5?.rows.find((r) => r.code === code);
    eq(
      `prose.category.${code ?? c.index}.actual`,
      `说明 ${c.name}（类）支出决算 = ${L.t5} 类级合计`,
      c.actual,
      `说明 ${c.name} 支出决算`,
      cell(t5, r5, columnByNo(t5, 1)),
    );
    pct(
      `prose.category.${code ?? c.index}.rate`,
      `说明 ${c.name}（类）完成年初预算的百分比`,
      c.rate,
      `说明 ${c.name} 完成率`,
      proseOperand(c.actual, `说明 ${c.name} 支出决算`),
      proseOperand(c.budget, `说明 ${c.name} 年初预算`),
    );
    if (c.actual.fen > c.budget.fen) {
      out.push(
        factCheck(
          `prose.category.${code ?? c.index}.reason`,
          'prose',
          c.reason ? 'pass' : 'warn',
          `决算超过年初预算时说明原因（${c.name}）`,
          c.reason ? `已说明：${c.reason.text}` : '决算大于年初预算，未说明原因',
          [String(c.actual.raw), String(c.budget.raw)],
          [place(c.line, `说明 ${c.name}`)],
        ),
      );
    }
  }

  // 六、基本支出.
  const b = f.basicExpense;
  if (b) {
    const t6Totals = t6?.rows.filter((r) => r.level === 'total') ?? [];
    const t6Person = t6Totals.find((r) => r.name.startsWith('人员经费'));
    const t6Public = t6Totals.find((r) => r.name.startsWith('公用经费'));
    eq('prose.basic.total', `说明“基本支出”= ${L.t5} 基本支出合计`, b.total, '说明 基本支出', t5Basic);
    eq(
      'prose.basic.personnel',
      `说明“人员经费”= ${L.t6} 人员经费合计`,
      b.personnel,
      '说明 人员经费',
      t6 && t6Person ? cellOperand(t6, t6Person, t6Person.groupColumn ?? 0) : null,
    );
    eq(
      'prose.basic.public',
      `说明“公用经费”= ${L.t6} 公用经费合计`,
      b.publicUse,
      '说明 公用经费',
      t6 && t6Public ? cellOperand(t6, t6Public, t6Public.groupColumn ?? 0) : null,
    );
    if (b.personnel && b.publicUse) {
      out.push(
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
    if (t6) {
      const group = (name: string): Set<number> =>
        new Set(t6.columns.filter((c) => c.levels[0] === name).map((c) => c.index));
      const itemsCheck = (
        id: string,
        label: string,
        items: readonly string[],
        cols: Set<number>,
        lineOf: number,
      ): void => {
        const withFigures = t6.rows
          .filter(
            (r) =>
              r.level === 'subcategory' && r.cells.some((c) => c.fen !== 0) && cols.has(r.groupColumn ?? -1),
          )
          .map((r) => r.name);
        const named = new Set(items);
        const blankButNamed = items.filter((i) => !withFigures.includes(i));
        const unnamed = withFigures.filter((n) => !named.has(n));
        const ok = blankButNamed.length === 0 && unnamed.length === 0;
        out.push(
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
      };
      if (b.personnel)
        itemsCheck(
          'prose.basic.personnel-items',
          '人员经费',
          b.personnelItems,
          group('人员经费'),
          b.personnel.line,
        );
      if (b.publicUse)
        itemsCheck(
          'prose.basic.public-items',
          '公用经费',
          b.publicUseItems,
          group('公用经费'),
          b.publicUse.line,
        );
    }
  }

  // 七、三公 against 表7.
  const tp = f.threePublic;
  const data = t7?.rows[0];
  const c7 = (header: RegExp): Op => (t7 && data ? cell(t7, data, columnNamed(t7, header)) : null);
  if (tp && t7 && data) {
    const budget = c7(/^预算数\/合计$/);
    const actual = c7(/^决算数\/合计$/);
    eq(
      'prose.three-public.budget',
      `说明“三公”年初预算 = ${L.t7} 预算数合计`,
      tp.budget,
      '说明 三公年初预算',
      budget,
    );
    eq(
      'prose.three-public.actual',
      `说明“三公”支出决算 = ${L.t7} 决算数合计`,
      tp.actual,
      '说明 三公支出决算',
      actual,
    );
    if (tp.actual && tp.budget)
      pct(
        'prose.three-public.rate',
        '说明“三公”完成年初预算的百分比',
        tp.rate,
        '说明 三公完成率',
        proseOperand(tp.actual, '说明 三公支出决算'),
        proseOperand(tp.budget, '说明 三公年初预算'),
      );
    eq(
      'prose.three-public.abroad',
      `说明 因公出国（境）费 = ${L.t7}`,
      tp.abroad,
      '说明 因公出国（境）费',
      c7(/^决算数\/因公出国（境）费$/),
    );
    eq(
      'prose.three-public.vehicle',
      `说明 公务用车购置及运行费 = ${L.t7}`,
      tp.vehicleTotal,
      '说明 公务用车购置及运行费',
      c7(/^决算数\/公务用车购置及运行费\/小计$/),
    );
    if (tp.vehicleTotal)
      pct(
        'prose.three-public.vehicle-rate',
        '说明 公务用车购置及运行费完成年初预算的百分比',
        tp.vehicleTotalRate,
        '说明 公务用车购置及运行费完成率',
        proseOperand(tp.vehicleTotal, '说明 公务用车购置及运行费'),
        c7(/^预算数\/公务用车购置及运行费\/小计$/),
      );
    eq(
      'prose.three-public.purchase',
      `说明 公务用车购置费 = ${L.t7}`,
      tp.vehiclePurchase,
      '说明 公务用车购置费',
      c7(/^决算数\/公务用车购置及运行费\/公务用车购置费$/),
    );
    eq(
      'prose.three-public.running',
      `说明 公务用车运行费 = ${L.t7}`,
      tp.vehicleRunning,
      '说明 公务用车运行费',
      c7(/^决算数\/公务用车购置及运行费\/公务用车运行费$/),
    );
    const runningBudget = c7(/^预算数\/公务用车购置及运行费\/公务用车运行费$/);
    if (tp.vehicleRunning)
      pct(
        'prose.three-public.running-rate',
        '说明 公务用车运行费完成年初预算的百分比',
        tp.vehicleRunningRate,
        '说明 公务用车运行费完成率',
        proseOperand(tp.vehicleRunning, '说明 公务用车运行费'),
        runningBudget,
      );
    const vsBudget = tp.vehicleRunningVsBudget;
    if (vsBudget?.amount && tp.vehicleRunning && runningBudget) {
      const sign = vsBudget.direction === 'decrease' ? 1 : -1;
      out.push(
        sumCheck(
          'prose.three-public.running-vs-budget',
          'prose',
          `说明 公务用车运行费比年初预算${vsBudget.direction === 'decrease' ? '减少' : '增加'}额 = ${L.t7} 预算 − 决算`,
          proseOperand(vsBudget.amount, '说明 比年初预算变动额'),
          [
            { sign: sign, operand: runningBudget },
            { sign: -sign as 1 | -1, operand: proseOperand(tp.vehicleRunning, '说明 公务用车运行费') },
          ],
        ),
      );
    }
    if (tp.vehicleRunning && (tp.fuel || tp.repair || tp.insurance)) {
      out.push(
        sumCheck(
          'prose.three-public.running-parts',
          'prose',
          '说明 公务用车运行费 = 燃料费 + 维修费 + 保险费',
          proseOperand(tp.vehicleRunning, '说明 公务用车运行费'),
          [tp.fuel, tp.repair, tp.insurance]
            .filter((x): x is ProseAmount => x !== null)
            .map((x) => ({ sign: 1 as const, operand: proseOperand(x, `说明 ${x.raw}`) })),
        ),
      );
    }
    eq(
      'prose.three-public.reception',
      `说明 公务接待费 = ${L.t7}`,
      tp.reception,
      '说明 公务接待费',
      c7(/^决算数\/公务接待费$/),
    );
    if (tp.actual) changePct('prose.three-public.change', '“三公”经费支出决算', tp.actual, tp.change);
    if (tp.vehicleTotal)
      changePct(
        'prose.three-public.vehicle-change',
        '公务用车购置及运行费',
        tp.vehicleTotal,
        tp.vehicleChange,
      );
    if (tp.change?.amount && tp.vehicleChange?.amount && tp.abroad?.fen === 0 && tp.reception?.fen === 0) {
      out.push(
        equalCheck(
          'prose.three-public.change-parts',
          'prose',
          '“三公”经费变动额 = 公务用车购置及运行费变动额（因公出国、公务接待均为 0）',
          proseOperand(tp.change.amount, '说明 三公变动额'),
          proseOperand(tp.vehicleChange.amount, '说明 公务用车变动额'),
        ),
      );
    }
  }

  // 十一、政府采购.
  const pr = f.procurement;
  if (pr) {
    const parts = [pr.goods, pr.works, pr.services].filter((x): x is ProseAmount => x !== null);
    out.push(
      sumCheck(
        'prose.procurement.parts',
        'prose',
        '政府采购支出总额 = 货物 + 工程 + 服务',
        proseOperand(pr.total, '说明 政府采购支出总额'),
        parts.map((x) => ({ sign: 1 as const, operand: proseOperand(x, `说明 ${x.raw}`) })),
      ),
    );
    // An SME amount printed in 元 in 万元 prose is a unit error (see plausibility.unit): the shares that use it
    // are checked as printed and as 万元; when only the 万元 reading agrees, they are a warning pointing to that error.
    const sme = pr.sme ? unitChecked(pr.sme, proseUnit(a)) : null;
    if (sme) {
      shareWithUnit(
        'prose.procurement.sme-share',
        '授予中小企业合同金额占政府采购支出总额的百分比',
        pr.smeShare,
        '说明 中小企业占比',
        sme,
        (o) => [o, proseOperand(pr.total, '说明 政府采购支出总额')],
      );
      const small = pr.smallMicro;
      if (small) {
        shareWithUnit(
          'prose.procurement.small-micro-share',
          '授予小微企业合同金额占授予中小企业合同金额的百分比',
          pr.smallMicroShare,
          '说明 小微企业占比',
          sme,
          (o) => [proseOperand(small, '说明 授予小微企业合同金额'), o],
        );
      }
    }
  }

  function shareWithUnit(
    id: string,
    message: string,
    printed: ProsePercent | null,
    label: string,
    amount: { printed: AmountOperand; asDocUnit: AmountOperand | null },
    operands: (o: AmountOperand) => [AmountOperand, AmountOperand],
  ): void {
    if (!printed) return;
    const [n, d] = operands(amount.printed);
    const asPrinted = percentCheck(id, 'prose', message, printed, label, n, d);
    if (asPrinted.status === 'pass' || !amount.asDocUnit) {
      out.push(asPrinted);
      return;
    }
    const [n2, d2] = operands(amount.asDocUnit);
    const asWan = percentCheck(id, 'prose', message, printed, label, n2, d2);
    out.push(
      asWan.status === 'pass'
        ? {
            ...asWan,
            status: 'warn',
            detail: `按印刷的单位（元）不符；按万元读则相符：${asWan.detail}。单位问题见“金额单位”检查`,
          }
        : asPrinted,
    );
  }

  // 十三、绩效 share of 项目支出.
  const perf = f.performance;
  if (perf?.amount)
    pct(
      'prose.performance.share',
      '绩效自评资金占一般公共预算项目支出总额的百分比',
      perf.share,
      '说明 绩效资金占比',
      proseOperand(perf.amount, '说明 绩效自评资金'),
      t5Project,
    );

  // 人员构成.
  const s = a.meta.staff;
  if (s.total && s.administrative && s.institutional) {
    const ok = s.total.value === s.administrative.value + s.institutional.value;
    out.push(
      factCheck(
        'prose.staff.total',
        'prose',
        ok ? 'pass' : 'fail',
        '在职实有人数 = 行政 + 事业',
        `${s.total.value} ${ok ? '=' : '≠'} ${s.administrative.value} + ${s.institutional.value}`,
        [String(s.total.value), String(s.administrative.value + s.institutional.value)],
        [
          place(s.total.line, '在职实有人数'),
          place(s.administrative.line, '行政'),
          place(s.institutional.line, '事业'),
        ],
      ),
    );
  }
  if (s.retired && s.retiredLixiu && s.retiredTuixiu) {
    const ok = s.retired.value === s.retiredLixiu.value + s.retiredTuixiu.value;
    out.push(
      factCheck(
        'prose.staff.retired',
        'prose',
        ok ? 'pass' : 'fail',
        '离退休人员 = 离休 + 退休',
        `${s.retired.value} ${ok ? '=' : '≠'} ${s.retiredLixiu.value} + ${s.retiredTuixiu.value}`,
        [String(s.retired.value), String(s.retiredLixiu.value + s.retiredTuixiu.value)],
        [
          place(s.retired.line, '离退休人员'),
          place(s.retiredLixiu.line, '离休'),
          place(s.retiredTuixiu.line, '退休'),
        ],
      ),
    );
  }

  // 名词解释: a definition for every 项 code used in the tables.
  const itemCodes = new Map<string, { line: number; name: string }>();
  for (const t of [t2, t3, t5])
    for (const r of t?.rows ?? [])
      if (r.code && r.level === 'item' && !itemCodes.has(r.code))
        itemCodes.set(r.code, { line: r.line, name: r.name });
  for (const [code, where] of itemCodes) {
    const def = a.glossary.find((g) => g.code === code);
    out.push(
      factCheck(
        `prose.glossary.${code}`,
        'prose',
        def ? 'pass' : 'warn',
        `名词解释中有 ${code} ${where.name} 的定义`,
        def ? `第 ${def.line} 行定义` : '名词解释未定义此项',
        [code, def ? code : ''],
        [
          place(where.line, `${code} ${where.name}`),
          ...(def ? [place(def.line, `名词解释 ${def.term}`)] : []),
        ],
      ),
    );
  }

  return out;
}

/** An amount with its printed unit, and (when it is printed in 元 in a 万元 document) the same digits read as 万元. */
function unitChecked(
  x: ProseAmount,
  docUnit: string,
): { printed: AmountOperand; asDocUnit: AmountOperand | null } {
  const printed = proseOperand(x, `说明 ${x.raw}`);
  if (x.unit === '元' && docUnit === '万元') {
    return {
      printed,
      asDocUnit: amountOperand((x.fen * 10_000) as Fen, '万元', place(x.line, `说明 ${x.raw}（按万元读）`)),
    };
  }
  return { printed, asDocUnit: null };
}
