/**
 * 绩效自评: rate = B/A at printed precision; budget score = 20 × printed rate (the template's convention);
 * self score = budget + goal + Σ indicators; Σ 二级 points = 一级 points; score ≤ points; each prose summary and the
 * prose project list against the cards; Σ project executions against the stated 绩效 amount.
 */
import type { ExactDecimal, FinalAccounts, Scorecard, ScoreValue } from '../final-accounts.types';
import type { Fen } from '../money';
import { percentScaled } from '../money';
import type { AuditCheck, CheckPlace } from './core';
import { amountOperand, equalCheck, factCheck, percentCheck, place, proseOperand, sumCheck } from './core';
import {
  addDecimals,
  compareDecimals,
  decimalOf,
  decimalToText,
  pointsTimesPercent,
  roundHalfUp,
} from './decimal';
import { cardCheckPrefix, indicatorPoints } from '../scorecards';
import { bestMatch, nameSimilarity } from './names';
import { cellOperand, columnNamed, rowNamed, tableLabels, tableOf, totalRow } from './table-operands';

function cardLabel(c: Scorecard): string {
  return c.kind === 'department' ? '部门整体自评表' : `《${c.name}》`;
}

function scorePlace(v: ScoreValue, label: string): CheckPlace {
  return place(v.line, label);
}

/** The printed rate, or B/A rounded to a whole percent when the card does not print it. */
function rateOf(c: Scorecard): { value: ExactDecimal; printed: boolean } | null {
  if (c.rate) return { value: c.rate.value, printed: true };
  if (!c.budget || !c.execution) return null;
  const p = percentScaled(c.execution.fen, c.budget.fen, 0);
  return p === null ? null : { value: decimalOf(p), printed: false };
}

/**
 * A percentage ending a text (`执行率98%` → `98`). The look-behind starts it at the first digit of its run, where
 * `/(\d+(?:\.\d+)?)[%％]$/` would also have started, so the match is the same, but a long run of digits without `%`
 * is no longer rescanned from each of its digits (issue #8).
 */
export const RATE_AT_END = /(?<!\d)(\d+(?:\.\d+)?)[%％]$/;

export function scorecardChecks(a: FinalAccounts): AuditCheck[] {
  const out: AuditCheck[] = [];
  for (const c of a.scorecards) out.push(...cardChecks(c));
  out.push(...crossCardChecks(a));
  return out;
}

function cardChecks(c: Scorecard): AuditCheck[] {
  const out: AuditCheck[] = [];
  const id = cardCheckPrefix(c).slice(0, -1);
  const label = cardLabel(c);

  // Rate = B / A.
  if (c.budget && c.execution) {
    const A = proseOperand(c.budget, `${label} 预算数(A)`);
    const B = proseOperand(c.execution, `${label} 执行数(B)`);
    if (c.rate)
      out.push(
        percentCheck(`${id}.rate`, 'scorecard', `${label} 执行率 = B ÷ A`, c.rate, `${label} 执行率`, B, A),
      );
    else {
      const derived = rateOf(c);
      out.push(
        factCheck(
          `${id}.rate`,
          'scorecard',
          'warn',
          `${label} 执行率 = B ÷ A`,
          `执行率未印出；按 B ÷ A 推算为 ${derived ? decimalToText(derived.value) : '—'}%`,
          ['', derived ? decimalToText(derived.value) : ''],
          [A.place, B.place],
        ),
      );
    }
  }

  // Budget score = points × printed rate (template convention).
  const rate = rateOf(c);
  const points = c.budgetPoints?.value ?? decimalOf(20);
  const expectedBudgetScore = rate ? pointsTimesPercent(points, rate.value) : null;
  if (expectedBudgetScore) {
    const atScale = c.budgetScore ? roundHalfUp(expectedBudgetScore, c.budgetScore.value.scale) : null;
    const rounded =
      atScale && compareDecimals(atScale, expectedBudgetScore) !== 0
        ? `，按印刷精度为 ${decimalToText(atScale)}`
        : '';
    const basis = `${decimalToText(points)} × ${decimalToText(rate!.value)}%${rate!.printed ? '' : '（执行率为推算值）'} = ${decimalToText(expectedBudgetScore)}${rounded}`;
    if (c.budgetScore) {
      // A score printed with fewer decimals than the product is compared at its printed precision (9.231 → 9.23).
      const atPrinted = roundHalfUp(expectedBudgetScore, c.budgetScore.value.scale);
      const ok = compareDecimals(c.budgetScore.value, atPrinted) === 0;
      out.push(
        factCheck(
          `${id}.budget-score`,
          'scorecard',
          ok ? 'pass' : 'fail',
          `${label} 预算执行得分 = ${decimalToText(points)}分 × 执行率（模板口径：按印刷的执行率）`,
          `${basis}；印 ${decimalToText(c.budgetScore.value)}`,
          [decimalToText(c.budgetScore.value), decimalToText(expectedBudgetScore)],
          [scorePlace(c.budgetScore, `${label} 预算执行得分`)],
        ),
      );
    } else {
      out.push(
        factCheck(
          `${id}.budget-score`,
          'scorecard',
          'warn',
          `${label} 预算执行得分 = ${decimalToText(points)}分 × 执行率`,
          `得分未印出；按模板口径推算为 ${basis}`,
          ['', decimalToText(expectedBudgetScore)],
          [place(c.budget?.line ?? c.titleLine, `${label} 预算执行情况`)],
        ),
      );
    }
  }

  // Self score = budget score + goal score + Σ indicator scores.
  if (c.selfScore) {
    const indicatorScores = c.indicators
      .map((i) => i.score?.value)
      .filter((v): v is ExactDecimal => v !== undefined);
    const budgetScore = c.budgetScore?.value ?? expectedBudgetScore;
    // The national form does not score the goal: the self score is the funds score plus the indicators'.
    const goalScored = c.form === 'scored-goal';
    const goalScore = goalScored ? (c.goalScore?.value ?? null) : decimalOf(0);
    const missing = [
      c.budgetScore ? null : '预算执行得分',
      c.goalScore || !goalScored ? null : '总目标得分',
      indicatorScores.length < c.indicators.length ? '部分指标得分' : null,
    ].filter(Boolean);
    const indicatorsSum = addDecimals(indicatorScores);
    if (goalScore && budgetScore) {
      const total = addDecimals([budgetScore, goalScore, indicatorsSum]);
      const ok = compareDecimals(total, c.selfScore.value) === 0;
      const status = ok ? (missing.length ? 'warn' : 'pass') : 'fail';
      out.push(
        factCheck(
          `${id}.self-score`,
          'scorecard',
          status,
          goalScored
            ? `${label} 自评得分 = 预算执行得分 + 总目标得分 + Σ指标得分`
            : `${label} 总分得分 = 项目资金得分 + Σ指标得分`,
          `${decimalToText(budgetScore)} + ${goalScored ? `${decimalToText(goalScore)} + ` : ''}${decimalToText(indicatorsSum)} = ${decimalToText(total)}；印 ${decimalToText(c.selfScore.value)}${missing.length ? `（${missing.join('、')}未印出，用推算值）` : ''}`,
          [decimalToText(c.selfScore.value), decimalToText(total)],
          [
            scorePlace(c.selfScore, `${label} 自评得分`),
            ...c.indicators.filter((i) => i.score).map((i) => place(i.line, `${label} ${i.name}`)),
          ],
        ),
      );
    } else {
      const rest = compareDecimals(
        c.selfScore.value,
        addDecimals([budgetScore ?? decimalOf(0), indicatorsSum]),
      );
      out.push(
        factCheck(
          `${id}.self-score`,
          'scorecard',
          'warn',
          `${label} 自评得分 = 预算执行得分 + 总目标得分 + Σ指标得分`,
          `${missing.join('、')}未印出；自评得分 ${decimalToText(c.selfScore.value)} − 预算执行得分 ${budgetScore ? decimalToText(budgetScore) : '?'} − Σ指标得分 ${decimalToText(indicatorsSum)} = 总目标得分 ${decimalToText({ units: rest, scale: Math.max(c.selfScore.value.scale, indicatorsSum.scale, budgetScore?.scale ?? 0) })}（推算）`,
          [decimalToText(c.selfScore.value), ''],
          [scorePlace(c.selfScore, `${label} 自评得分`)],
        ),
      );
    }
  }

  // Points: Σ indicator points per 一级 = 一级 points; all = indicator points; 20 + 20 + 60 = 100.
  // The national form prints 分值 per 三级 indicator; the reference's form prints it with the 二级 label.
  const perIndicator = c.indicators.some((i) => i.ownPoints);
  const pointsOf = indicatorPoints;
  for (const l1 of c.level1) {
    if (!l1.points) continue;
    const rows = c.indicators.filter((i) => i.level1 === l1.name && pointsOf(i));
    const sum = addDecimals(rows.map((i) => pointsOf(i)!.value));
    const ok = compareDecimals(sum, l1.points.value) === 0;
    out.push(
      factCheck(
        `${id}.points.${l1.name}`,
        'scorecard',
        ok ? 'pass' : 'fail',
        perIndicator
          ? `${label} ${l1.name}分值 = Σ三级指标分值`
          : `${label} ${l1.name}分值 = Σ二级指标分值（满意度计入效益）`,
        `${rows.map((i) => decimalToText(pointsOf(i)!.value)).join(' + ') || '0'} = ${decimalToText(sum)}；印 ${decimalToText(l1.points.value)}`,
        [decimalToText(l1.points.value), decimalToText(sum)],
        [
          scorePlace(l1.points, `${label} ${l1.name}`),
          ...rows.map((i) => place(i.line, `${label} ${i.name}`)),
        ],
      ),
    );
  }
  if (c.indicatorPoints) {
    const sum = addDecimals(c.indicators.filter((i) => i.points).map((i) => i.points!.value));
    const ok = compareDecimals(sum, c.indicatorPoints.value) === 0;
    out.push(
      factCheck(
        `${id}.points.indicators`,
        'scorecard',
        ok ? 'pass' : 'fail',
        `${label} 绩效指标总分值 = Σ指标分值`,
        `Σ = ${decimalToText(sum)}；印 ${decimalToText(c.indicatorPoints.value)}`,
        [decimalToText(c.indicatorPoints.value), decimalToText(sum)],
        [scorePlace(c.indicatorPoints, `${label} 绩效指标分值`)],
      ),
    );
  }
  if (c.totalPoints) {
    const parts = [c.budgetPoints, c.goalPoints, ...c.indicators.map(pointsOf)].filter(
      (v): v is ScoreValue => v !== null,
    );
    const sum = addDecimals(parts.map((v) => v.value));
    const ok = compareDecimals(sum, c.totalPoints.value) === 0;
    out.push(
      factCheck(
        `${id}.points.total`,
        'scorecard',
        ok ? 'pass' : 'fail',
        `${label} 总分分值 = 项目资金分值 + Σ指标分值`,
        `${parts.map((v) => decimalToText(v.value)).join(' + ') || '0'} = ${decimalToText(sum)}；印 ${decimalToText(c.totalPoints.value)}`,
        [decimalToText(c.totalPoints.value), decimalToText(sum)],
        [scorePlace(c.totalPoints, `${label} 总分分值`), ...parts.map((v) => scorePlace(v, `${label} 分值`))],
      ),
    );
  }
  out.push(...fundChecks(c, id, label));
  for (const i of c.indicators) {
    const ip = pointsOf(i);
    if (i.score && ip && compareDecimals(i.score.value, ip.value) > 0) {
      out.push(
        factCheck(
          `${id}.score-over.${i.line}`,
          'scorecard',
          'fail',
          `${label} 指标得分不超过分值（${i.name}）`,
          `得分 ${decimalToText(i.score.value)} > 分值 ${decimalToText(ip.value)}`,
          [decimalToText(i.score.value), decimalToText(ip.value)],
          [place(i.line, `${label} ${i.name}`)],
        ),
      );
    }
    // An execution-rate indicator's actual against B/A.
    const m = RATE_AT_END.exec(i.actual ?? '');
    if (m?.[1] && /执行率/.test(`${i.name}${i.actual ?? ''}`) && c.budget && c.execution) {
      const [intPart = '0', frac = ''] = m[1].split('.');
      const printed = {
        value: { units: Number(intPart + frac), scale: frac.length },
        raw: `${m[1]}%`,
        line: i.line,
      };
      out.push(
        percentCheck(
          `${id}.indicator-rate.${i.line}`,
          'scorecard',
          `${label} 指标“${i.name}”的实际完成值（执行率）= B ÷ A`,
          printed,
          `${label} ${i.name} 实际完成值`,
          proseOperand(c.execution, `${label} 执行数(B)`),
          proseOperand(c.budget, `${label} 预算数(A)`),
        ),
      );
    }
  }

  // Budget adjustments stated in the deviation text: 年初预算 X − 调减 Y = 调整后预算 Z, and Z = A.
  const dev = c.deviationReason;
  if (dev) {
    const amounts = c.textFigures.filter(
      (f) => f.kind === 'amount' && f.line === dev.line && f.fen !== undefined,
    );
    const find = (label: RegExp) => amounts.find((f) => label.test(f.label));
    const initial = find(/年初预算$/);
    const cut = find(/调减/);
    const raise = find(/调增/);
    const adjusted = find(/调整后预算$/);
    const op = (f: (typeof amounts)[number], what: string) =>
      amountOperand(f.fen!, f.unit === '元' ? '元' : '万元', place(f.line, `${label} 偏差说明 ${what}`));
    if (initial && adjusted && (cut || raise)) {
      out.push(
        sumCheck(
          `${id}.adjustment`,
          'scorecard',
          `${label} 偏差说明：调整后预算 = 年初预算 ${cut ? '− 调减' : '+ 调增'}`,
          op(adjusted, '调整后预算'),
          [
            { sign: 1, operand: op(initial, '年初预算') },
            ...(cut ? [{ sign: -1 as const, operand: op(cut, '调减') }] : []),
            ...(raise ? [{ sign: 1 as const, operand: op(raise, '调增') }] : []),
          ],
        ),
      );
    }
    if (adjusted && c.budget) {
      out.push(
        equalCheck(
          `${id}.adjusted-budget`,
          'scorecard',
          `${label} 偏差说明的调整后预算 = 预算数(A)`,
          op(adjusted, '调整后预算'),
          proseOperand(c.budget, `${label} 预算数(A)`),
        ),
      );
    }
  }

  // The prose summary before the card.
  const s = c.summary;
  if (s) {
    if (s.budget && c.budget)
      out.push(
        equalCheck(
          `${id}.summary.budget`,
          'scorecard',
          `${label} 综述的全年预算数 = 表中预算数(A)`,
          proseOperand(s.budget, `综述 ${s.index} 预算数`),
          proseOperand(c.budget, `${label} 预算数(A)`),
        ),
      );
    if (s.execution && c.execution)
      out.push(
        equalCheck(
          `${id}.summary.execution`,
          'scorecard',
          `${label} 综述的执行数 = 表中执行数(B)`,
          proseOperand(s.execution, `综述 ${s.index} 执行数`),
          proseOperand(c.execution, `${label} 执行数(B)`),
        ),
      );
    if (s.rate && s.execution && s.budget)
      out.push(
        percentCheck(
          `${id}.summary.rate`,
          'scorecard',
          `${label} 综述的“完成预算”百分比 = 执行数 ÷ 预算数`,
          s.rate,
          `综述 ${s.index} 完成预算`,
          proseOperand(s.execution, `综述 ${s.index} 执行数`),
          proseOperand(s.budget, `综述 ${s.index} 预算数`),
        ),
      );
    const sim = nameSimilarity(s.name, c.name);
    out.push(
      factCheck(
        `${id}.summary.name`,
        'scorecard',
        sim === 1 ? 'pass' : 'warn',
        `${label} 综述中的项目名称与表中一致`,
        sim === 1 ? '一致' : `综述：“${s.name}”；表中：“${c.name}”（相似度 ${Math.round(sim * 100)}%）`,
        [s.name, c.name],
        [place(s.line, `综述 ${s.index}`), place(c.nameLine ?? c.titleLine, `${label} 项目名称`)],
      ),
    );
  }
  return out;
}

/**
 * The national form's 项目资金 block: 年度资金总额 = 当年财政拨款 + 上年结转资金 + 其他资金 in each amount column the
 * rows print (blank = none), and each row's 执行率 = 全年执行数 ÷ 全年预算数.
 */
function fundChecks(c: Scorecard, id: string, label: string): AuditCheck[] {
  const out: AuditCheck[] = [];
  if (c.funds.length === 0) return out;
  const columns = [
    { key: 'initialBudget', name: '年初预算数', total: c.initialBudget },
    { key: 'budget', name: '全年预算数', total: c.budget },
    { key: 'execution', name: '全年执行数', total: c.execution },
  ] as const;
  for (const col of columns) {
    const parts = c.funds.filter((f) => f[col.key]);
    if (!col.total || parts.length === 0) continue;
    out.push(
      sumCheck(
        `${id}.funds.${col.key}`,
        'scorecard',
        `${label} 年度资金总额${col.name} = Σ资金来源（${c.funds.map((f) => f.label.replace(/^其中[:：]/, '')).join(' + ')}）`,
        proseOperand(col.total, `${label} 年度资金总额 ${col.name}`),
        parts.map((f) => ({
          sign: 1 as const,
          operand: proseOperand(f[col.key]!, `${label} ${f.label} ${col.name}`),
        })),
      ),
    );
  }
  for (const f of c.funds) {
    if (!f.rate || !f.budget || !f.execution) continue;
    out.push(
      percentCheck(
        `${id}.funds.rate.${f.line}`,
        'scorecard',
        `${label} ${f.label} 执行率 = 全年执行数 ÷ 全年预算数`,
        f.rate,
        `${label} ${f.label} 执行率`,
        proseOperand(f.execution, `${label} ${f.label} 全年执行数`),
        proseOperand(f.budget, `${label} ${f.label} 全年预算数`),
      ),
    );
  }
  return out;
}

function crossCardChecks(a: FinalAccounts): AuditCheck[] {
  const L = tableLabels(a);
  const out: AuditCheck[] = [];
  const projects = a.scorecards.filter((c) => c.kind === 'project');
  const f = a.facts;

  // The prose project list (情况说明 五(三)) against the cards.
  for (const p of f.projectSpending) {
    const card =
      bestMatch(p.name, projects, (c) => c.name) ?? bestMatch(p.name, projects, (c) => c.summary?.name ?? '');
    if (!card) {
      out.push(
        factCheck(
          `projects.list.${p.line}`,
          'scorecard',
          'fail',
          `说明所列项目“${p.name}”有对应的绩效自评表`,
          '没有名称相近的项目自评表',
          [p.amount.raw, ''],
          [place(p.line, `说明 ${p.name}`)],
        ),
      );
      continue;
    }
    if (card.execution) {
      out.push(
        equalCheck(
          `projects.list.${card.summary?.index ?? card.titleLine}`,
          'scorecard',
          `说明所列项目支出 = 自评表执行数（${card.name}）`,
          proseOperand(p.amount, `说明 ${p.name}`),
          proseOperand(card.execution, `《${card.name}》执行数(B)`),
        ),
      );
    }
  }
  for (const card of projects) {
    const listed =
      bestMatch(card.name, f.projectSpending, (p) => p.name) ??
      (card.summary ? bestMatch(card.summary.name, f.projectSpending, (p) => p.name) : null);
    if (!listed && f.projectSpending.length > 0) {
      out.push(
        factCheck(
          `projects.card.${card.titleLine}`,
          'scorecard',
          'fail',
          `自评表项目“${card.name}”列于说明的项目支出中`,
          '说明的项目支出清单中没有名称相近的项目',
          ['', card.execution?.raw ?? ''],
          [place(card.titleLine, `《${card.name}》`)],
        ),
      );
    }
  }

  // Counts and Σ executions against the stated 绩效 summary — only where the document publishes project cards: a
  // disclosure that publishes none (the Shanghai template) states its 绩效 work in prose alone, with nothing to
  // count against.
  const perf = projects.length > 0 ? f.performance : null;
  if (perf?.projectCount) {
    const ok = perf.projectCount.value === projects.length;
    out.push(
      factCheck(
        'projects.count',
        'scorecard',
        ok ? 'pass' : 'fail',
        '说明的项目个数 = 项目自评表个数',
        `${perf.projectCount.value} ${ok ? '=' : '≠'} ${projects.length}`,
        [String(perf.projectCount.value), String(projects.length)],
        [
          place(perf.projectCount.line, '说明 项目个数'),
          ...projects.map((c) => place(c.titleLine, `《${c.name}》`)),
        ],
      ),
    );
  }
  if (perf?.amount) {
    const withB = projects.filter((c) => c.execution);
    out.push(
      sumCheck(
        'projects.total',
        'scorecard',
        '说明的绩效自评资金 = Σ项目自评表执行数(B)',
        proseOperand(perf.amount, '说明 绩效自评资金'),
        withB.map((c) => ({
          sign: 1 as const,
          operand: proseOperand(c.execution!, `《${c.name}》执行数(B)`),
        })),
      ),
    );
  }

  // The department card against the department's totals and the prose.
  const dept = a.scorecards.find((c) => c.kind === 'department');
  if (dept) {
    const ev = f.departmentEvaluation;
    if (ev?.amount && dept.budget)
      out.push(
        equalCheck(
          'card.department.prose-amount',
          'scorecard',
          '附件说明的整体支出资金（总指标）= 部门整体自评表预算数(A)',
          proseOperand(ev.amount, '附件 整体支出资金'),
          proseOperand(dept.budget, '部门整体自评表 预算数(A)'),
        ),
      );
    if (ev?.score && dept.selfScore) {
      const ok = compareDecimals(ev.score.value, dept.selfScore.value) === 0;
      out.push(
        factCheck(
          'card.department.prose-score',
          'scorecard',
          ok ? 'pass' : 'fail',
          '附件说明的整体自评得分 = 部门整体自评表自评得分',
          `${ev.score.raw} ${ok ? '=' : '≠'} ${decimalToText(dept.selfScore.value)}`,
          [decimalToText(ev.score.value), decimalToText(dept.selfScore.value)],
          [place(ev.score.line, '附件 综合得分'), place(dept.selfScore.line, '部门整体自评表 自评得分')],
        ),
      );
    }
    const t1 = tableOf(a, 'income-expense-summary');
    const t3 = tableOf(a, 'expense');
    const exp = rowNamed(t1, /本年支出合计/, 'expense');
    const t1Exp = columnNamed(t1, /决算数/, 'expense');
    if (dept.execution && t1 && exp && t1Exp >= 0)
      out.push(
        equalCheck(
          'card.department.execution',
          'scorecard',
          `部门整体自评表执行数(B) = ${L.t1} 本年支出合计`,
          proseOperand(dept.execution, '部门整体自评表 执行数(B)'),
          cellOperand(t1, exp, t1Exp),
        ),
      );
    const total3 = totalRow(t3);
    if (dept.basicTotal && t3 && total3)
      out.push(
        equalCheck(
          'card.department.basic',
          'scorecard',
          `部门整体自评表基本支出总额 = ${L.t3} 基本支出合计`,
          proseOperand(dept.basicTotal, '部门整体自评表 基本支出总额'),
          cellOperand(t3, total3, columnNamed(t3, /^基本支出$/)),
        ),
      );
    if (dept.projectTotal && t3 && total3)
      out.push(
        equalCheck(
          'card.department.project',
          'scorecard',
          `部门整体自评表项目支出总额 = ${L.t3} 项目支出合计`,
          proseOperand(dept.projectTotal, '部门整体自评表 项目支出总额'),
          cellOperand(t3, total3, columnNamed(t3, /^项目支出$/)),
        ),
      );
    if (dept.basicTotal && dept.projectTotal && dept.execution) {
      out.push(
        sumCheck(
          'card.department.parts',
          'scorecard',
          '部门整体自评表：执行数(B) = 基本支出总额 + 项目支出总额',
          proseOperand(dept.execution, '部门整体自评表 执行数(B)'),
          [
            { sign: 1, operand: proseOperand(dept.basicTotal, '部门整体自评表 基本支出总额') },
            { sign: 1, operand: proseOperand(dept.projectTotal, '部门整体自评表 项目支出总额') },
          ],
        ),
      );
    }
  }
  return out;
}

export { amountOperand };
export type { Fen };
