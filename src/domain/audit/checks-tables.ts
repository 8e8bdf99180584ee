/**
 * Table checks: the identities printed under each table, hierarchy sums (合计 = Σ类, 类 = Σ款, 款 = Σ项),
 * and identities across tables (expense by 类 in 表1 = 表3 = 表4 = 表5, totals, 基本/项目, 人员/公用, 三公, carry-over).
 */
import type { FinalAccounts, FinalAccountsTable, TableColumn, TableRow } from '../final-accounts.types';
import { toPlainDecimal } from '../money';
import { parentOf } from '../subject-code';
import type { AmountOperand, AuditCheck, CheckStatus } from './core';
import { atMostCheck, equalCheck, factCheck, sumCheck } from './core';
import {
  cellOperand,
  columnByNo,
  columnNamed,
  hasFigure,
  rowLabel,
  rowNamed,
  sumColumn,
  tableLabels,
  tableOf,
  totalRow,
} from './table-operands';

const allBlank = (ops: readonly AmountOperand[]): boolean => ops.every((o) => o.fen === null);

/** 表内公式: every identity printed under every table, for every row or column it covers. */
export function printedIdentityChecks(a: FinalAccounts): AuditCheck[] {
  const out: AuditCheck[] = [];
  for (const t of a.tables) {
    for (const id of t.identities) {
      if (id.axis === 'row') {
        const target = t.rows.find((r) => r.rowNo === id.target);
        if (!target) continue;
        const cols = t.columns.filter((c) => c.side === target.side);
        for (const col of cols) {
          const terms = id.terms.map((term) => {
            const row = t.rows.find((r) => r.rowNo === term.ref);
            return { sign: term.sign, operand: row ? cellOperand(t, row, col.index) : null };
          });
          const present = terms.filter(
            (x): x is { sign: 1 | -1; operand: AmountOperand } => x.operand !== null,
          );
          const targetOp = cellOperand(t, target, col.index);
          if (allBlank([targetOp, ...present.map((p) => p.operand)])) continue;
          out.push(
            sumCheck(
              `identity.t${t.number}.r${id.target}.c${col.columnNo ?? col.index + 1}`,
              'printed-identity',
              `表${t.number}：${id.text}（${col.header}）`,
              targetOp,
              present,
            ),
          );
        }
      } else {
        const targetCol = columnByNo(t, id.target);
        if (targetCol < 0) continue;
        for (const row of t.rows) {
          const terms = id.terms
            .map((term) => ({ sign: term.sign, col: columnByNo(t, term.ref) }))
            .filter((x) => x.col >= 0)
            .map((x) => ({ sign: x.sign, operand: cellOperand(t, row, x.col) }));
          const targetOp = cellOperand(t, row, targetCol);
          if (allBlank([targetOp, ...terms.map((x) => x.operand)])) continue;
          out.push(
            sumCheck(
              `identity.t${t.number}.${row.key}.c${id.target}`,
              'printed-identity',
              `表${t.number}：${id.text}（${rowLabel(row)}）`,
              targetOp,
              terms,
            ),
          );
        }
      }
    }
  }
  return out;
}

const TOTAL_HEADER = /^(合计|小计|本年收入合计|本年支出合计)$/;

/**
 * The columns a total column adds up, as the template's headers define it: the columns under the same parent header
 * (a group of columns counts as its own 小计/合计). Null when a group has no total of its own, or there are fewer
 * than two parts: then the template's relation cannot be read from the headers.
 */
function columnParts(t: FinalAccountsTable, total: TableColumn): number[] | null {
  const parent = total.levels.slice(0, -1);
  const under = t.columns.filter(
    (c) =>
      c.index !== total.index &&
      c.side === total.side &&
      c.levels.length > parent.length &&
      parent.every((level, k) => c.levels[k] === level),
  );
  const children = [...new Set(under.map((c) => c.levels[parent.length] ?? ''))].filter(
    (label) => !TOTAL_HEADER.test(label),
  );
  const parts: number[] = [];
  for (const label of children) {
    const group = under.filter((c) => c.levels[parent.length] === label);
    const leaf = group.find((c) => c.levels.length === parent.length + 1);
    const subtotal = group.find(
      (c) => c.levels.length === parent.length + 2 && TOTAL_HEADER.test(c.levels[parent.length + 1] ?? ''),
    );
    const part = leaf ?? subtotal;
    if (!part) return null;
    parts.push(part.index);
  }
  return parts.length >= 2 ? parts : null;
}

/**
 * 表内公式 where a table prints none (the Shanghai template prints no 栏次 or 行次): the relations its headers and row
 * names define. Each total column is the sum of the columns under the same header, row by row; in the two ledgers
 * (表1, 表4) 本年收入合计 / 本年支出合计 is the sum of the rows above it on its side, and 总计 is that plus the
 * carry-over rows (结转, 结余) between them. A table that prints its formulas is checked by them instead.
 */
export function templateIdentityChecks(a: FinalAccounts): AuditCheck[] {
  const out: AuditCheck[] = [];
  for (const t of a.tables) {
    if (t.identities.length > 0 || !t.rows.some((r) => r.cells.length > 0)) continue;
    const note = '（模板的表内关系，表下未印公式）';
    for (const total of t.columns.filter((c) => TOTAL_HEADER.test(c.levels[c.levels.length - 1] ?? ''))) {
      const parts = columnParts(t, total);
      if (!parts) continue;
      const names = parts.map((k) => t.columns[k]?.levels.join('') ?? '').join(' + ');
      for (const row of t.rows) {
        if (row.side !== null && row.side !== total.side) continue;
        const target = cellOperand(t, row, total.index);
        const terms = parts.map((k) => ({ sign: 1 as const, operand: cellOperand(t, row, k) }));
        if (allBlank([target, ...terms.map((x) => x.operand)])) continue;
        out.push(
          sumCheck(
            `identity.t${t.number}.template.${row.key}.c${total.index + 1}`,
            'printed-identity',
            `表${t.number}：${total.header} = ${names}（${rowLabel(row)}）${note}`,
            target,
            terms,
          ),
        );
      }
    }
    for (const side of ['income', 'expense'] as const) {
      const rows = t.rows.filter((r) => r.side === side);
      const k = rows.findIndex((r) => /^本年(收入|支出)合计$/.test(r.name));
      if (k < 0) continue;
      const sum = rows[k];
      const z = rows.findIndex((r, i) => i > k && /^总计$/.test(r.name));
      const carry = z > k ? rows.slice(k + 1, z).filter((r) => /结转|结余/.test(r.name)) : [];
      for (const col of t.columns.filter((c) => c.side === side)) {
        const sumCheckOf = (
          id: string,
          label: string,
          target: TableRow,
          parts: readonly TableRow[],
        ): void => {
          const op = cellOperand(t, target, col.index);
          const terms = parts.map((r) => ({ sign: 1 as const, operand: cellOperand(t, r, col.index) }));
          if (allBlank([op, ...terms.map((x) => x.operand)])) return;
          out.push(
            sumCheck(
              `identity.t${t.number}.template.${id}.rows.c${col.index + 1}`,
              'printed-identity',
              `表${t.number}：${label}（${col.header}）${note}`,
              op,
              terms,
            ),
          );
        };
        if (sum) sumCheckOf(sum.key, `${sum.name} = 其上各行之和`, sum, rows.slice(0, k));
        const grand = z > k ? rows[z] : undefined;
        if (sum && grand)
          sumCheckOf(grand.key, `总计 = ${[sum, ...carry].map((r) => r.name).join(' + ')}`, grand, [
            sum,
            ...carry,
          ]);
      }
    }
  }
  return out;
}

/** 科目层级: in every column of the function tables, 合计 = Σ类, 类 = Σ款, 款 = Σ项; 表6 类 = Σ款 and the 人员/公用 totals. */
export function hierarchyChecks(a: FinalAccounts): AuditCheck[] {
  const out: AuditCheck[] = [];
  for (const t of a.tables) {
    if (t.classification === 'function') out.push(...functionHierarchy(t));
    if (t.classification === 'economic') out.push(...economicHierarchy(t));
  }
  return out;
}

function childrenOf(t: FinalAccountsTable, parent: TableRow): TableRow[] {
  if (parent.level === 'total') return t.rows.filter((r) => r.level === 'category');
  if (!parent.code) return [];
  return t.rows.filter((r) => r.code !== null && parentOf(r.code) === parent.code);
}

function functionHierarchy(t: FinalAccountsTable): AuditCheck[] {
  const out: AuditCheck[] = [];
  for (const parent of t.rows) {
    const children = childrenOf(t, parent);
    if (children.length === 0) continue;
    for (const col of t.columns) {
      const target = cellOperand(t, parent, col.index);
      const terms = children.map((c) => ({ sign: 1 as const, operand: cellOperand(t, c, col.index) }));
      if (allBlank([target, ...terms.map((x) => x.operand)])) continue;
      const what =
        parent.level === 'total' ? '合计 = Σ类' : parent.level === 'category' ? '类 = Σ款' : '款 = Σ项';
      out.push(
        sumCheck(
          `hierarchy.t${t.number}.${parent.code ?? 'total'}.c${col.columnNo ?? col.index + 1}`,
          'hierarchy',
          `表${t.number}：${what}（${parent.code ?? '合计'} ${parent.name}，${col.header}）`,
          target,
          terms,
        ),
      );
    }
  }
  return out;
}

function economicHierarchy(t: FinalAccountsTable): AuditCheck[] {
  const out: AuditCheck[] = [];
  const only = (r: TableRow): number => rowColumn(t, r);
  for (const parent of t.rows.filter((r) => r.level === 'category')) {
    const children = t.rows.filter((r) => r.code !== null && parentOf(r.code) === parent.code);
    if (children.length === 0) continue;
    const col = only(parent);
    const target = cellOperand(t, parent, col);
    const terms = children.map((c) => ({ sign: 1 as const, operand: cellOperand(t, c, only(c)) }));
    if (allBlank([target, ...terms.map((x) => x.operand)])) continue;
    out.push(
      sumCheck(
        `hierarchy.t${t.number}.${parent.code}`,
        'hierarchy',
        `表${t.number}：类 = Σ款（${parent.code} ${parent.name}）`,
        target,
        terms,
      ),
    );
  }
  for (const total of t.rows.filter((r) => r.level === 'total')) {
    const group = total.name.replace(/合计$/, '');
    const col = rowColumn(t, total);
    const groupCols = new Set(t.columns.filter((c) => c.levels[0] === group).map((c) => c.index));
    const categories = t.rows.filter((r) => r.level === 'category' && groupCols.has(rowColumn(t, r)));
    const terms = categories.map((c) => ({ sign: 1 as const, operand: cellOperand(t, c, rowColumn(t, c)) }));
    out.push(
      sumCheck(
        `hierarchy.t${t.number}.${group}`,
        'hierarchy',
        `表${t.number}：${total.name} = Σ类（${categories.map((c) => c.code).join('、')}）`,
        cellOperand(t, total, col),
        terms,
      ),
    );
  }
  return out;
}

/** The column group a 表6 row sits in. */
function rowColumn(t: FinalAccountsTable, r: TableRow): number {
  return r.groupColumn ?? r.cells[0]?.column ?? t.columns[0]?.index ?? 0;
}

/** 表间勾稽. */
export function crossTableChecks(a: FinalAccounts): AuditCheck[] {
  const L = tableLabels(a);
  const out: AuditCheck[] = [];
  const t1 = tableOf(a, 'income-expense-summary');
  const t2 = tableOf(a, 'income');
  const t3 = tableOf(a, 'expense');
  const t4 = tableOf(a, 'fiscal-income-expense-summary');
  const t5 = tableOf(a, 'general-budget-expense');
  const t6 = tableOf(a, 'general-budget-basic-expense');
  const t7 = tableOf(a, 'three-public');

  const t1Exp = columnNamed(t1, /决算数/, 'expense');
  const t1Inc = columnNamed(t1, /决算数/, 'income');
  const t3Total = sumColumn(t3);
  const t4ExpTotal = columnNamed(t4, /合计$/, 'expense');
  const t4Inc = columnNamed(t4, /决算数/, 'income');
  const t5Total = sumColumn(t5);

  // Expense by 类: 表1 = 表3, 表4 = 表1, 表5 = 表3.
  if (t1 && t3 && t1Exp >= 0 && t3Total >= 0) {
    for (const r1 of t1.rows.filter((r) => r.side === 'expense' && r.categoryCodeByName)) {
      const r3 = t3.rows.find((r) => r.code === r1.categoryCodeByName);
      const a1 = cellOperand(t1, r1, t1Exp);
      if (!r3 && a1.fen === null) continue;
      if (!r3) {
        out.push(
          factCheck(
            `cross.t1-t3.${r1.categoryCodeByName}`,
            'cross-table',
            'fail',
            `${L.t1} 与${L.t3} 的类级支出一致（${r1.name}）`,
            `${L.t1} 列有支出，${L.t3} 没有类 ${r1.categoryCodeByName}`,
            [a1.fen === null ? '' : toPlainDecimal(a1.fen, a1.unit), ''],
            [a1.place],
          ),
        );
        continue;
      }
      out.push(
        equalCheck(
          `cross.t1-t3.${r3.code}`,
          'cross-table',
          `${L.t1} 与${L.t3} 的类级支出一致（${r3.code} ${r3.name}）`,
          a1,
          cellOperand(t3, r3, t3Total),
        ),
      );
    }
    for (const r3 of t3.rows.filter((r) => r.level === 'category')) {
      if (!t1.rows.some((r) => r.categoryCodeByName === r3.code)) {
        const o3 = cellOperand(t3, r3, t3Total);
        out.push(
          factCheck(
            `cross.t3-t1.${r3.code}`,
            'cross-table',
            'fail',
            `${L.t3} 的类 ${r3.code} ${r3.name} 在${L.t1} 中有对应行`,
            `${L.t1} 没有名为“${r3.name}”的类级行`,
            [o3.fen === null ? '' : toPlainDecimal(o3.fen, o3.unit), ''],
            [o3.place],
          ),
        );
      }
    }
  }
  // 表4 holds 财政拨款 only, 表1 all funds: they agree when all the money is 财政拨款 — every income of 表2 is 财政拨款
  // and 表1's 年初结转和结余 is all 财政拨款 (= 表4's). Otherwise 表4 can only be at most 表1. Decided by the data.
  // 表2's 合计: 栏次 1, or the column headed 本年收入合计 / 合计 where no 栏次 is printed.
  const t2Total = sumColumn(t2);
  const t2Fiscal = columnNamed(t2, /^财政拨款收入$/);
  const t2TotalRow = totalRow(t2);
  const incomeAllFiscal =
    t2 && t2TotalRow && t2Total >= 0 && t2Fiscal >= 0
      ? cellOperand(t2, t2TotalRow, t2Total).fen === cellOperand(t2, t2TotalRow, t2Fiscal).fen
      : false;
  const t1CarryIn = t1 && t1Inc >= 0 ? rowNamed(t1, /年初结转和结余/, 'income') : undefined;
  const t4CarryIn = t4 && t4Inc >= 0 ? rowNamed(t4, /年初财政拨款结转和结余/, 'income') : undefined;
  const carryInAllFiscal =
    t1 && t4 && t1CarryIn && t4CarryIn
      ? (cellOperand(t1, t1CarryIn, t1Inc).fen ?? 0) === (cellOperand(t4, t4CarryIn, t4Inc).fen ?? 0)
      : true;
  const fiscalOnly = incomeAllFiscal && carryInAllFiscal;
  const fiscalWithin = (id: string, message: string, o4: AmountOperand, o1: AmountOperand): AuditCheck =>
    fiscalOnly
      ? equalCheck(id, 'cross-table', message, o4, o1)
      : atMostCheck(
          id,
          'cross-table',
          `${message.replace(/一致|=/, '不超过')}（并非全部资金为财政拨款）`,
          o4,
          o1,
        );
  if (t1 && t4 && t1Exp >= 0 && t4ExpTotal >= 0) {
    for (const r4 of t4.rows.filter((r) => r.side === 'expense' && r.categoryCodeByName)) {
      const r1 = t1.rows.find((r) => r.side === 'expense' && r.categoryCodeByName === r4.categoryCodeByName);
      if (!r1) continue;
      const o4 = cellOperand(t4, r4, t4ExpTotal);
      const o1 = cellOperand(t1, r1, t1Exp);
      if (allBlank([o4, o1])) continue;
      out.push(
        fiscalWithin(
          `cross.t4-t1.${r4.categoryCodeByName}`,
          `${L.t4} 与${L.t1} 的类级支出一致（${r4.name}）`,
          o4,
          o1,
        ),
      );
    }
  }
  if (t3 && t5 && t3Total >= 0 && t5Total >= 0) {
    for (const r5 of t5.rows.filter((r) => r.level === 'category')) {
      const r3 = t3.rows.find((r) => r.code === r5.code);
      if (!r3) continue;
      // 表5 is the 财政拨款 part of 表3's spending: equal only where all the money is 财政拨款 (decided by the data).
      out.push(
        fiscalWithin(
          `cross.t5-t3.${r5.code}`,
          `${L.t5} 与${L.t3} 的类级支出一致（${r5.code} ${r5.name}）`,
          cellOperand(t5, r5, t5Total),
          cellOperand(t3, r3, t3Total),
        ),
      );
    }
  }

  // Totals across tables.
  const pair = (
    id: string,
    message: string,
    x: AmountOperand | null,
    y: AmountOperand | null,
    onMismatch: CheckStatus = 'fail',
  ): void => {
    if (x && y && !allBlank([x, y])) out.push(equalCheck(id, 'cross-table', message, x, y, { onMismatch }));
  };
  const op = (
    t: FinalAccountsTable | undefined,
    row: TableRow | undefined,
    col: number,
  ): AmountOperand | null => (t && row && col >= 0 ? cellOperand(t, row, col) : null);
  pair(
    'cross.t1-t3.total',
    `${L.t1} 本年支出合计 = ${L.t3} 合计`,
    op(t1, rowNamed(t1, /本年支出合计/, 'expense'), t1Exp),
    op(t3, totalRow(t3), t3Total),
  );
  const t4Spent = op(t4, rowNamed(t4, /本年支出合计/, 'expense'), t4ExpTotal);
  const t1Spent = op(t1, rowNamed(t1, /本年支出合计/, 'expense'), t1Exp);
  if (t4Spent && t1Spent && !allBlank([t4Spent, t1Spent]))
    out.push(
      fiscalWithin('cross.t4-t1.total', `${L.t4} 本年支出合计 = ${L.t1} 本年支出合计`, t4Spent, t1Spent),
    );
  pair(
    'cross.t5-t4.total',
    `${L.t5} 合计 = ${L.t4} 一般公共预算财政拨款支出`,
    op(t5, totalRow(t5), t5Total),
    op(t4, rowNamed(t4, /本年支出合计/, 'expense'), columnNamed(t4, /一般公共预算财政拨款$/, 'expense')),
  );
  pair(
    'cross.t1-t2.income',
    `${L.t1} 本年收入合计 = ${L.t2} 合计`,
    op(t1, rowNamed(t1, /本年收入合计/, 'income'), t1Inc),
    op(t2, totalRow(t2), t2Total),
  );
  pair(
    'cross.t4-t2.fiscal-income',
    `${L.t4} 本年收入合计 = ${L.t2} 财政拨款收入合计`,
    op(t4, rowNamed(t4, /本年收入合计/, 'income'), t4Inc),
    op(t2, totalRow(t2), t2Fiscal),
  );
  pair(
    'cross.t1-t4.general-budget-income',
    `${L.t1} 一般公共预算财政拨款收入 = ${L.t4} 一般公共预算财政拨款`,
    op(t1, rowNamed(t1, /一般公共预算财政拨款/, 'income'), t1Inc),
    op(t4, rowNamed(t4, /^一、一般公共预算财政拨款/, 'income'), t4Inc),
  );
  // The 财政拨款 part of the carry-over cannot exceed all of it; the difference is what tells non-fiscal money.
  const carryAll = op(t1, t1CarryIn, t1Inc);
  const carryFiscal = op(t4, t4CarryIn, t4Inc);
  if (carryAll && carryFiscal && !allBlank([carryAll, carryFiscal]))
    out.push(
      atMostCheck(
        'cross.t1-t4.carry-in',
        'cross-table',
        `${L.t4} 年初财政拨款结转和结余不超过${L.t1} 年初结转和结余`,
        carryFiscal,
        carryAll,
      ),
    );
  pair(
    'cross.t1.balance',
    `${L.t1} 收入总计 = 支出总计`,
    op(t1, rowNamed(t1, /总计/, 'income'), t1Inc),
    op(t1, rowNamed(t1, /总计/, 'expense'), t1Exp),
  );
  pair(
    'cross.t4.balance',
    `${L.t4} 收入总计 = 支出总计`,
    op(t4, rowNamed(t4, /总计/, 'income'), t4Inc),
    op(t4, rowNamed(t4, /总计/, 'expense'), t4ExpTotal),
  );

  // 基本/项目 of 表3 = 表5, per code, when all money is fiscal (表2: every income is 财政拨款, and the carry-over too).
  const allFiscal = fiscalOnly;
  if (t3 && t5) {
    const cols: Array<[RegExp, RegExp, string]> = [
      [/^本年支出合计$/, /小计$/, '合计'],
      [/^基本支出$/, /基本支出$/, '基本支出'],
      [/^项目支出$/, /项目支出$/, '项目支出'],
    ];
    for (const r5 of t5.rows) {
      const r3 = r5.level === 'total' ? totalRow(t3) : t3.rows.find((r) => r.code === r5.code);
      if (!r3) continue;
      for (const [c3, c5, name] of cols) {
        const i3 = columnNamed(t3, c3);
        const i5 = columnNamed(t5, c5);
        if (i3 < 0 || i5 < 0) continue;
        const o3 = cellOperand(t3, r3, i3);
        const o5 = cellOperand(t5, r5, i5);
        if (allBlank([o3, o5])) continue;
        // All funds in 表3, 财政拨款 in 表5: equal when all money is fiscal, else 表5 at most 表3.
        out.push(
          allFiscal
            ? equalCheck(
                `cross.t3-t5.${r5.code ?? 'total'}.${name}`,
                'cross-table',
                `${L.t3} 与${L.t5} 的${name}一致（${r5.code ?? '合计'} ${r5.name}）`,
                o3,
                o5,
              )
            : atMostCheck(
                `cross.t3-t5.${r5.code ?? 'total'}.${name}`,
                'cross-table',
                `${L.t5} 的${name}不超过${L.t3}（${r5.code ?? '合计'} ${r5.name}；并非全部资金为财政拨款）`,
                o5,
                o3,
              ),
        );
      }
    }
  }

  // 表6: 人员经费 + 公用经费 = 表5 基本支出.
  if (t6 && t5) {
    const totals = t6.rows.filter((r) => r.level === 'total');
    const basic = columnNamed(t5, /基本支出$/);
    const t5total = totalRow(t5);
    if (totals.length > 0 && basic >= 0 && t5total) {
      out.push(
        sumCheck(
          'cross.t6-t5.basic',
          'cross-table',
          `${L.t6} 人员经费合计 + 公用经费合计 = ${L.t5} 基本支出合计`,
          cellOperand(t5, t5total, basic),
          totals.map((r) => ({ sign: 1 as const, operand: cellOperand(t6, r, r.cells[0]?.column ?? 0) })),
        ),
      );
    }
  }

  // 表7 决算 against 表6 economic codes: 三公 paid from 基本支出 appear in 表6; 表7 may also include 项目支出,
  // so 表7 < 表6 contradicts, 表7 > 表6 is possible (warn).
  if (t7 && t6) {
    const data = t7.rows[0];
    const pairs: Array<[RegExp, string, string]> = [
      [/^决算数\/公务用车购置及运行费\/公务用车运行费$/, '30231', '公务用车运行费'],
      [/^决算数\/公务用车购置及运行费\/公务用车购置费$/, '31013', '公务用车购置费'],
      [/^决算数\/因公出国（境）费$/, '30212', '因公出国（境）费'],
      [/^决算数\/公务接待费$/, '30217', '公务接待费'],
    ];
    for (const [header, code, name] of pairs) {
      const col = columnNamed(t7, header);
      const r6 = t6.rows.find((r) => r.code === code);
      if (!data || col < 0 || !r6) continue;
      const o7 = cellOperand(t7, data, col);
      const o6 = cellOperand(t6, r6, r6.cells[0]?.column ?? rowColumn(t6, r6));
      const status: CheckStatus = (o7.fen ?? 0) < (o6.fen ?? 0) ? 'fail' : 'warn';
      out.push(
        equalCheck(
          `cross.t7-t6.${code}`,
          'cross-table',
          `${L.t7} ${name}决算 = ${L.t6} ${code}（三公也可由项目支出安排，${L.t7} 大于${L.t6} 时为提示）`,
          o7,
          o6,
          { onMismatch: status },
        ),
      );
    }
  }

  // The same spending in the economic (表6) and function (表3 基本支出) classifications: usually equal, but part may be
  // booked under 事业运行/行政运行, so a difference is a warning, never a failure.
  if (t6 && t3) {
    const basic3 = columnNamed(t3, /^基本支出$/);
    const pairs6: Array<[string[], string, string]> = [
      [['30108'], '2080505', '机关事业单位基本养老保险缴费'],
      [['30109'], '2080506', '职业年金缴费'],
      [['30113'], '2210201', '住房公积金'],
      [['30110', '30111'], '21011', '基本医疗保险缴费（含公务员医疗补助）'],
    ];
    for (const [codes6, code3, name] of pairs6) {
      const rows6 = codes6
        .map((c) => t6.rows.find((r) => r.code === c))
        .filter((r): r is TableRow => r !== undefined);
      const row3 = t3.rows.find((r) => r.code === code3);
      if (rows6.length === 0 || !row3 || basic3 < 0) continue;
      const terms6 = rows6.map((r) => ({ sign: 1 as const, operand: cellOperand(t6, r, rowColumn(t6, r)) }));
      const target = cellOperand(t3, row3, basic3);
      if (allBlank([...terms6.map((x) => x.operand), target])) continue;
      out.push(
        sumCheck(
          `cross.t6-t3.${codes6.join('+')}`,
          'cross-table',
          `${name}：${L.t3} ${code3} 基本支出 = ${L.t6} ${codes6.join(' + ')}（同一支出的两种分类；部分可能列入事业运行等科目，不等时为提示）`,
          target,
          terms6,
          { onMismatch: 'warn' },
        ),
      );
    }
  }

  // Carry-over: 年初结转 + 本年收入 − 本年支出 = 年末结转 (表1, with 表2 and 表3 totals).
  if (t1 && t2 && t3 && t1Inc >= 0 && t1Exp >= 0 && t2Total >= 0 && t3Total >= 0) {
    const carryIn = rowNamed(t1, /年初结转和结余/, 'income');
    const carryOut = rowNamed(t1, /年末结转和结余/, 'expense');
    const nonFiscalUse = rowNamed(t1, /使用非财政拨款结余/, 'income');
    const distribution = rowNamed(t1, /结余分配/, 'expense');
    const inc = totalRow(t2);
    const exp = totalRow(t3);
    if (carryIn && carryOut && inc && exp) {
      const terms = [
        { sign: 1 as const, operand: cellOperand(t1, carryIn, t1Inc) },
        { sign: 1 as const, operand: cellOperand(t2, inc, t2Total) },
        ...(nonFiscalUse ? [{ sign: 1 as const, operand: cellOperand(t1, nonFiscalUse, t1Inc) }] : []),
        { sign: -1 as const, operand: cellOperand(t3, exp, t3Total) },
        ...(distribution ? [{ sign: -1 as const, operand: cellOperand(t1, distribution, t1Exp) }] : []),
      ];
      out.push(
        sumCheck(
          'cross.carry-over',
          'cross-table',
          `年末结转和结余 = 年初结转和结余 + 本年收入（${L.t2}）+ 使用非财政拨款结余 − 本年支出（${L.t3}）− 结余分配`,
          cellOperand(t1, carryOut, t1Exp),
          terms,
        ),
      );
    }
  }
  return out.filter((c) => c.places.length > 0);
}

export { hasFigure };
