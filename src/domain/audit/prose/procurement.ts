/**
 * 情况说明 十一、政府采购支出情况: the total = 货物 + 工程 + 服务, and the shares of the contracts awarded to SMEs and
 * to small and micro enterprises. An SME amount printed in 元 in 万元 prose is a unit error (see plausibility.unit):
 * the shares that use it are checked as printed and as 万元; when only the 万元 reading agrees, they are a warning
 * pointing to that error.
 */
import type { ProseAmount, ProsePercent } from '../../final-accounts.types';
import type { Fen } from '../../money';
import type { AmountOperand } from '../core';
import { amountOperand, atMostCheck, percentCheck, place, proseOperand, proseUnit, sumCheck } from '../core';
import { cellOperand } from '../table-operands';
import type { ProseContext } from './context';

export function procurementChecks(c: ProseContext): void {
  const op = c.f.operatingCosts;
  if (op?.amount) {
    c.changePct('prose.operating.change', '机关运行经费', op.amount, op.change);
    // 机关运行经费 is paid from 公用经费 (and from project funds too, in some bodies): above 表6's 公用经费合计 it is
    // possible, so a warning, never a failure.
    const t6 = c.t6;
    const t6Public = t6?.rows.find((r) => r.level === 'total' && r.name.startsWith('公用经费'));
    if (t6 && t6Public) {
      const check = atMostCheck(
        'prose.operating.within-public',
        'prose',
        `说明“机关运行经费”不超过${c.L.t6} 公用经费合计（也可由项目支出安排，超过时为提示）`,
        proseOperand(op.amount, '说明 机关运行经费'),
        cellOperand(t6, t6Public, t6Public.groupColumn ?? 0),
        '为其他公用经费',
      );
      c.checks.push(check.status === 'fail' ? { ...check, status: 'warn' } : check);
    }
  }
  const pr = c.f.procurement;
  if (!pr) return;
  const parts = [pr.goods, pr.works, pr.services].filter((x): x is ProseAmount => x !== null);
  c.checks.push(
    sumCheck(
      'prose.procurement.parts',
      'prose',
      '政府采购支出总额 = 货物 + 工程 + 服务',
      proseOperand(pr.total, '说明 政府采购支出总额'),
      parts.map((x) => ({ sign: 1 as const, operand: proseOperand(x, `说明 ${x.raw}`) })),
    ),
  );
  // The Shanghai wording: what was won within a reservation cannot exceed it; small and micro within SME.
  const within = (
    id: string,
    message: string,
    part: ProseAmount | null,
    whole: ProseAmount | null,
    p: string,
    w: string,
  ) => {
    if (part && whole)
      c.checks.push(
        atMostCheck(id, 'prose', message, proseOperand(part, `说明 ${p}`), proseOperand(whole, `说明 ${w}`)),
      );
  };
  within(
    'prose.procurement.sme-awarded',
    '面向中小企业预留项目中由中小企业中标的金额不超过预留的预算金额',
    pr.smeAwardedReserved,
    pr.smeReserved,
    '中小企业中标金额',
    '面向中小企业预留预算金额',
  );
  within(
    'prose.procurement.small-micro-awarded',
    '面向小微企业预留项目中由小微企业中标的金额不超过预留的预算金额',
    pr.smallMicroAwardedReserved,
    pr.smallMicroReserved,
    '小微企业中标金额',
    '面向小微企业预留预算金额',
  );
  within(
    'prose.procurement.small-micro-reserved',
    '面向小微企业预留的预算金额不超过面向中小企业预留的预算金额',
    pr.smallMicroReserved,
    pr.smeReserved,
    '面向小微企业预留预算金额',
    '面向中小企业预留预算金额',
  );
  const awarded = [pr.smeAwardedReserved, pr.smeAwardedOther].filter((x): x is ProseAmount => x !== null);
  if (awarded.length > 0) {
    const sum = awarded.reduce((s, x) => s + x.fen, 0) as Fen;
    c.checks.push(
      atMostCheck(
        'prose.procurement.sme-awarded-total',
        'prose',
        '由中小企业中标或成交的采购金额（预留项目 + 其他项目）不超过政府采购金额',
        amountOperand(sum, pr.total.unit, place(awarded[0]!.line, '说明 中小企业中标金额之和')),
        proseOperand(pr.total, '说明 政府采购金额'),
        '',
      ),
    );
  }
  const sme = pr.sme ? unitChecked(pr.sme, proseUnit(c.a)) : null;
  if (!sme) return;
  shareWithUnit(
    c,
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
      c,
      'prose.procurement.small-micro-share',
      '授予小微企业合同金额占授予中小企业合同金额的百分比',
      pr.smallMicroShare,
      '说明 小微企业占比',
      sme,
      (o) => [proseOperand(small, '说明 授予小微企业合同金额'), o],
    );
  }
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

/** A share checked as printed; when that fails and the 万元 reading of the amount agrees, a warning that says so. */
function shareWithUnit(
  c: ProseContext,
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
    c.checks.push(asPrinted);
    return;
  }
  const [n2, d2] = operands(amount.asDocUnit);
  const asWan = percentCheck(id, 'prose', message, printed, label, n2, d2);
  c.checks.push(
    asWan.status === 'pass'
      ? {
          ...asWan,
          status: 'warn',
          detail: `按印刷的单位（元）不符；按万元读则相符：${asWan.detail}。单位问题见“金额单位”检查`,
        }
      : asPrinted,
  );
}
