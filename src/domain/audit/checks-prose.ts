/**
 * 说明与表: every amount, share, completion rate and last-year change stated in 情况说明 against the cells it
 * describes; per-类 budgets against the stated budget total; 三公 details against 表7 (表9 in the 2022+ order);
 * procurement parts; staff; the glossary. One function per 情况说明 section (in `prose/`), sharing one context;
 * messages name each table by the number its title prints (`tableLabels`).
 */
import type { FinalAccounts } from '../final-accounts.types';
import type { AuditCheck } from './core';
import { basicExpenseChecks } from './prose/basic-expense';
import type { ProseContext } from './prose/context';
import { createProseContext } from './prose/context';
import { budgetExecutionChecks, fiscalExpenseChecks, structureChecks } from './prose/general-budget';
import { glossaryChecks } from './prose/glossary';
import { performanceChecks } from './prose/performance';
import { procurementChecks } from './prose/procurement';
import { staffChecks } from './prose/staff';
import { threePublicChecks } from './prose/three-public';
import { expenseChecks, fiscalTotalsChecks, incomeChecks, totalsChecks } from './prose/totals-income-expense';

/** The sections in the order the template prints them (the order of the checks). */
const SECTIONS: ReadonlyArray<(c: ProseContext) => void> = [
  totalsChecks, // 一、收入支出决算总体情况
  incomeChecks, // 二、收入决算情况
  expenseChecks, // 三、支出决算情况
  fiscalTotalsChecks, // 四、财政拨款收入支出决算总体情况
  fiscalExpenseChecks, // 五（一）财政拨款支出决算总体情况
  structureChecks, // 五（二）财政拨款支出决算结构情况
  budgetExecutionChecks, // 五（三）财政拨款支出决算具体情况
  basicExpenseChecks, // 六、基本支出决算情况
  threePublicChecks, // 七、“三公”经费支出决算情况
  procurementChecks, // 十一、政府采购支出情况
  performanceChecks, // 十三、预算绩效情况
  staffChecks, // 第一部分 人员构成
  glossaryChecks, // 第五部分 名词解释
];

export function proseChecks(a: FinalAccounts): AuditCheck[] {
  const c = createProseContext(a);
  for (const section of SECTIONS) section(c);
  return c.checks;
}
