/**
 * What every 情况说明 section's checks share: the model, its facts, the tables by template number, the table figures
 * several sections compare with, and the comparisons that add a check to the list (`checks`, in the order made).
 */
import type {
  FinalAccounts,
  FinalAccountsTable,
  ProseAmount,
  ProseFacts,
  ProsePercent,
  TableRow,
  YearChange,
} from '../../final-accounts.types';
import type { Fen } from '../../money';
import type { AmountOperand, AuditCheck } from '../core';
import { amountOperand, equalCheck, percentCheck, place, proseOperand } from '../core';
import type { TemplateTableKey } from '../table-operands';
import {
  cellOperand,
  sumColumn,
  columnNamed,
  rowNamed,
  tableLabels,
  tableOf,
  totalRow,
} from '../table-operands';

export type Op = AmountOperand | null;

export interface ProseContext {
  readonly a: FinalAccounts;
  readonly f: ProseFacts;
  /** How this document names each table (`L.t7` is 表9 in the 2022+ order). */
  readonly L: Readonly<Record<TemplateTableKey, string>>;
  readonly t1: FinalAccountsTable | undefined;
  readonly t2: FinalAccountsTable | undefined;
  readonly t3: FinalAccountsTable | undefined;
  readonly t4: FinalAccountsTable | undefined;
  readonly t5: FinalAccountsTable | undefined;
  readonly t6: FinalAccountsTable | undefined;
  readonly t7: FinalAccountsTable | undefined;
  /** 表1 本年支出合计 (决算数, expense side). */
  readonly t1Expense: Op;
  /** 表5 合计 of 栏1, of 基本支出 and of 项目支出. */
  readonly t5Total: Op;
  readonly t5Basic: Op;
  readonly t5Project: Op;
  /** The checks made so far, in order. NOTE the helpers below append to it. */
  readonly checks: AuditCheck[];
  /** The operand of a cell, or null when the table, the row or the column is absent. */
  cell(t: FinalAccountsTable | undefined, row: TableRow | undefined, col: number): Op;
  /** Prose amount = table figure, when both are there. */
  eq(id: string, message: string, x: ProseAmount | null | undefined, label: string, y: Op): void;
  /** A printed percentage = numerator ÷ denominator, when all three are there. */
  pct(
    id: string,
    message: string,
    printed: ProsePercent | null | undefined,
    label: string,
    num: Op,
    den: Op,
  ): void;
  /** A printed year-on-year percentage = change ÷ last year's figure (this year ∓ the change). */
  changePct(
    id: string,
    what: string,
    current: ProseAmount | undefined,
    change: YearChange | null | undefined,
  ): void;
}

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

export function createProseContext(a: FinalAccounts): ProseContext {
  const checks: AuditCheck[] = [];
  const t1 = tableOf(a, 'income-expense-summary');
  const t3 = tableOf(a, 'expense');
  const t5 = tableOf(a, 'general-budget-expense');
  const cell = (t: FinalAccountsTable | undefined, row: TableRow | undefined, col: number): Op =>
    t && row && col >= 0 ? cellOperand(t, row, col) : null;
  const pct: ProseContext['pct'] = (id, message, printed, label, num, den) => {
    if (printed && num && den) checks.push(percentCheck(id, 'prose', message, printed, label, num, den));
  };
  return {
    a,
    f: a.facts,
    L: tableLabels(a),
    t1,
    t2: tableOf(a, 'income'),
    t3,
    t4: tableOf(a, 'fiscal-income-expense-summary'),
    t5,
    t6: tableOf(a, 'general-budget-basic-expense'),
    t7: tableOf(a, 'three-public'),
    t1Expense: cell(t1, rowNamed(t1, /本年支出合计/, 'expense'), columnNamed(t1, /决算数/, 'expense')),
    t5Total: cell(t5, totalRow(t5), sumColumn(t5)),
    t5Basic: cell(t5, totalRow(t5), columnNamed(t5, /基本支出$/)),
    t5Project: cell(t5, totalRow(t5), columnNamed(t5, /项目支出$/)),
    checks,
    cell,
    eq(id, message, x, label, y) {
      if (x && y) checks.push(equalCheck(id, 'prose', message, proseOperand(x, label), y));
    },
    pct,
    changePct(id, what, current, change) {
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
    },
  };
}
