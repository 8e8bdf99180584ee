/** 情况说明 十三、预算绩效情况说明: the share the 绩效 funds are said to be of 表5 项目支出. */
import { proseOperand } from '../core';
import type { ProseContext } from './context';

/** 十三、预算绩效情况: 绩效自评资金 ÷ 表5 项目支出合计 = the printed share. */
export function performanceChecks(c: ProseContext): void {
  const perf = c.f.performance;
  if (perf?.amount)
    c.pct(
      'prose.performance.share',
      '绩效自评资金占一般公共预算项目支出总额的百分比',
      perf.share,
      '说明 绩效资金占比',
      proseOperand(perf.amount, '说明 绩效自评资金'),
      c.t5Project,
    );
}
