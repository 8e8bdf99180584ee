/**
 * 情况说明 七、“三公”经费: budget, actual and rate; each item (因公出国（境）, 公务用车购置及运行 and its two parts,
 * 公务接待) against 表7 (表9 in the 2022+ order, `L.t7`); the running cost against its budget and as 燃料 + 维修 +
 * 保险; the changes on last year.
 */
import type { ProseAmount, ThreePublicItem } from '../../final-accounts.types';
import { atMostCheck, equalCheck, proseOperand, sumCheck } from '../core';
import { columnNamed } from '../table-operands';
import type { Op, ProseContext } from './context';

export function threePublicChecks(c: ProseContext): void {
  const { L, t7 } = c;
  const tp = c.f.threePublic;
  const data = t7?.rows[0];
  if (!tp || !t7 || !data) return;
  const c7 = (header: RegExp): Op => c.cell(t7, data, columnNamed(t7, header));
  const budget = c7(/^预算数\/合计$/);
  const actual = c7(/^决算数\/合计$/);
  c.eq(
    'prose.three-public.budget',
    `说明“三公”年初预算 = ${L.t7} 预算数合计`,
    tp.budget,
    '说明 三公年初预算',
    budget,
  );
  c.eq(
    'prose.three-public.actual',
    `说明“三公”支出决算 = ${L.t7} 决算数合计`,
    tp.actual,
    '说明 三公支出决算',
    actual,
  );
  if (tp.actual && tp.budget)
    c.pct(
      'prose.three-public.rate',
      '说明“三公”完成年初预算的百分比',
      tp.rate,
      '说明 三公完成率',
      proseOperand(tp.actual, '说明 三公支出决算'),
      proseOperand(tp.budget, '说明 三公年初预算'),
    );
  c.eq(
    'prose.three-public.abroad',
    `说明 因公出国（境）费 = ${L.t7}`,
    tp.abroad,
    '说明 因公出国（境）费',
    c7(/^决算数\/因公出国（境）费$/),
  );
  c.eq(
    'prose.three-public.vehicle',
    `说明 公务用车购置及运行费 = ${L.t7}`,
    tp.vehicleTotal,
    '说明 公务用车购置及运行费',
    c7(/^决算数\/公务用车购置及运行费\/小计$/),
  );
  if (tp.vehicleTotal)
    c.pct(
      'prose.three-public.vehicle-rate',
      '说明 公务用车购置及运行费完成年初预算的百分比',
      tp.vehicleTotalRate,
      '说明 公务用车购置及运行费完成率',
      proseOperand(tp.vehicleTotal, '说明 公务用车购置及运行费'),
      c7(/^预算数\/公务用车购置及运行费\/小计$/),
    );
  c.eq(
    'prose.three-public.purchase',
    `说明 公务用车购置费 = ${L.t7}`,
    tp.vehiclePurchase,
    '说明 公务用车购置费',
    c7(/^决算数\/公务用车购置及运行费\/公务用车购置费$/),
  );
  c.eq(
    'prose.three-public.running',
    `说明 公务用车运行费 = ${L.t7}`,
    tp.vehicleRunning,
    '说明 公务用车运行费',
    c7(/^决算数\/公务用车购置及运行费\/公务用车运行费$/),
  );
  const runningBudget = c7(/^预算数\/公务用车购置及运行费\/公务用车运行费$/);
  if (tp.vehicleRunning)
    c.pct(
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
    c.checks.push(
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
    c.checks.push(
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
  c.eq(
    'prose.three-public.reception',
    `说明 公务接待费 = ${L.t7}`,
    tp.reception,
    '说明 公务接待费',
    c7(/^决算数\/公务接待费$/),
  );
  if (tp.actual) c.changePct('prose.three-public.change', '“三公”经费支出决算', tp.actual, tp.change);
  if (tp.vehicleTotal)
    c.changePct(
      'prose.three-public.vehicle-change',
      '公务用车购置及运行费',
      tp.vehicleTotal,
      tp.vehicleChange,
    );
  if (tp.change?.amount && tp.vehicleChange?.amount && tp.abroad?.fen === 0 && tp.reception?.fen === 0) {
    c.checks.push(
      equalCheck(
        'prose.three-public.change-parts',
        'prose',
        '“三公”经费变动额 = 公务用车购置及运行费变动额（因公出国、公务接待均为 0）',
        proseOperand(tp.change.amount, '说明 三公变动额'),
        proseOperand(tp.vehicleChange.amount, '说明 公务用车变动额'),
      ),
    );
  }

  // Each item's rate against its own budget in 表7, its change, and every further statement of its amount.
  if (tp.abroad)
    c.pct(
      'prose.three-public.abroad-rate',
      '说明 因公出国（境）费完成预算的百分比',
      tp.abroadRate,
      '说明 因公出国（境）费完成率',
      proseOperand(tp.abroad, '说明 因公出国（境）费'),
      c7(/^预算数\/因公出国（境）费$/),
    );
  if (tp.reception) {
    c.pct(
      'prose.three-public.reception-rate',
      '说明 公务接待费完成预算的百分比',
      tp.receptionRate,
      '说明 公务接待费完成率',
      proseOperand(tp.reception, '说明 公务接待费'),
      c7(/^预算数\/公务接待费$/),
    );
    c.changePct('prose.three-public.reception-change', '公务接待费', tp.reception, tp.receptionChange);
  }
  const column: Readonly<Record<ThreePublicItem, RegExp | null>> = {
    abroad: /^决算数\/因公出国（境）费$/,
    vehicle: /^决算数\/公务用车购置及运行费\/小计$/,
    purchase: /^决算数\/公务用车购置及运行费\/公务用车购置费$/,
    running: /^决算数\/公务用车购置及运行费\/公务用车运行费$/,
    reception: /^决算数\/公务接待费$/,
    // 外宾接待 is a part of 公务接待 that the table does not print.
    'foreign-reception': null,
  };
  const NAME: Readonly<Record<ThreePublicItem, string>> = {
    abroad: '因公出国（境）费',
    vehicle: '公务用车购置及运行费',
    purchase: '公务用车购置费',
    running: '公务用车运行费',
    reception: '公务接待费',
    'foreign-reception': '外宾接待支出',
  };
  for (const x of tp.itemStatements) {
    const name = NAME[x.item];
    const header = column[x.item];
    const id = `prose.three-public.item.${x.item}.${x.amount.line}`;
    if (header)
      c.eq(id, `说明 ${name}（第 ${x.amount.line} 行）= ${L.t7}`, x.amount, `说明 ${name}`, c7(header));
    else if (tp.reception)
      c.checks.push(
        atMostCheck(
          id,
          'prose',
          `说明 ${name}不超过公务接待费`,
          proseOperand(x.amount, `说明 ${name}`),
          proseOperand(tp.reception, '说明 公务接待费'),
          '',
        ),
      );
    if (x.share)
      c.pct(
        `prose.three-public.share.${x.item}`,
        `说明 ${name}占“三公”经费支出的百分比`,
        x.share,
        `说明 ${name}占比`,
        proseOperand(x.amount, `说明 ${name}`),
        tp.actual ? proseOperand(tp.actual, '说明 三公支出决算') : actual,
      );
  }
}
