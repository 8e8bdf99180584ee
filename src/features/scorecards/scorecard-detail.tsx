/** One card as a structured view: budget execution, goal, the indicator tree, reasons, the prose summary, its audit checks and links. */
import { Amount } from '@/components/amount';
import type { AuditReport } from '@/domain/audit/run-audit';
import type { FinalAccounts } from '@/domain/final-accounts.types';
import type { MoneyUnit } from '@/domain/money';
import { formatScaled } from '@/domain/money';
import type { ScorecardRow } from '@/domain/scorecards';
import { cardCheckPrefix } from '@/domain/scorecards';
import { useRoute } from '@/store/route-context';
import { formatHash, routeTo } from '@/store/route';

import { IndicatorTree } from './indicator-tree';

interface Props {
  readonly row: ScorecardRow;
  readonly accounts: FinalAccounts;
  readonly report: AuditReport;
  readonly unit: MoneyUnit;
}

export function ScorecardDetail({ row, accounts, report, unit }: Props) {
  const route = useRoute();
  const c = row.card;
  const prefix = cardCheckPrefix(c);
  const checks = report.checks.filter(
    (k) =>
      k.id.startsWith(prefix) ||
      k.id === `projects.list.${row.id}` ||
      k.id === `projects.card.${c.titleLine}`,
  );
  const notPassing = checks.filter((k) => k.status !== 'pass');
  const derivedBudgetScore = checks.find((k) => k.id === `${prefix}budget-score`);
  // The national form's 项目资金 block (年初预算数 / 全年预算数 / 全年执行数) or the 预算执行情况 row.
  const funds = c.form === 'funds-block';
  const budgetBlock = funds ? '项目资金' : '预算执行情况';
  const t1 = accounts.tables.find((t) => t.kind === 'income-expense-summary');
  const t3 = accounts.tables.find((t) => t.kind === 'expense');
  const href = (view: Parameters<typeof routeTo>[0], path: string[], params: Record<string, string>) =>
    formatHash(routeTo(view, path, params, route));
  const deptTotals =
    c.kind === 'department'
      ? [
          {
            label: '本年支出合计（表1）',
            row: t1?.rows.find((r) => r.side === 'expense' && /本年支出合计/.test(r.name)),
            table: t1,
          },
          {
            label: '基本支出（表3 合计）',
            row: t3?.rows.find((r) => r.level === 'total'),
            table: t3,
            col: '基本支出',
          },
          {
            label: '项目支出（表3 合计）',
            row: t3?.rows.find((r) => r.level === 'total'),
            table: t3,
            col: '项目支出',
          },
        ]
      : [];
  return (
    <article className="scorecard-detail" aria-labelledby="card-heading">
      <p>
        <a href={href('scorecards', [], {})}>← 全部自评表</a>
      </p>
      <h2 id="card-heading">
        {c.kind === 'department'
          ? '部门整体绩效自评表'
          : c.summary
            ? `项目 ${row.id}：${c.name}`
            : `项目：${c.name}`}
        <span className="score-chip">自评得分 {c.selfScore?.raw ?? '未印出'}</span>
      </h2>
      <dl className="card-facts">
        <dt>名称</dt>
        <dd>
          {c.name}（第 {c.nameLine ?? c.titleLine} 行）
        </dd>
        {c.supervisor ? (
          <>
            <dt>主管部门</dt>
            <dd>{c.supervisor}</dd>
          </>
        ) : null}
        {c.implementingUnit ? (
          <>
            <dt>项目实施单位</dt>
            <dd>{c.implementingUnit}</dd>
          </>
        ) : null}
        {c.categoryOptions.length > 0 ? (
          <>
            <dt>项目类别</dt>
            <dd>{c.categoryOptions.map((o) => (o === c.category ? `☑ ${o}` : `☐ ${o}`)).join('　')}</dd>
          </>
        ) : null}
        {c.typeOptions.length > 0 ? (
          <>
            <dt>项目类型</dt>
            <dd>{c.typeOptions.map((o) => (o === c.type ? `☑ ${o}` : `☐ ${o}`)).join('　')}</dd>
          </>
        ) : null}
      </dl>

      <section className="panel" aria-labelledby="budget-h">
        <h3 id="budget-h">
          {budgetBlock}（{c.budgetPoints ? `${c.budgetPoints.raw} 分` : '分值未印出'}）
        </h3>
        <dl className="kpis">
          {c.initialBudget ? (
            <div className="kpi">
              <dt>年初预算数</dt>
              <dd className="big">
                <Amount
                  fen={c.initialBudget.fen}
                  unit={c.initialBudget.unit}
                  label="年初预算数"
                  place={{ line: c.initialBudget.line, where: `绩效自评表 ${budgetBlock}` }}
                />{' '}
                <span className="unit">{unit}</span>
              </dd>
            </div>
          ) : null}
          <div className="kpi">
            <dt>{funds ? '全年预算数(A)' : '预算数(A)'}</dt>
            <dd className="big">
              {c.budget ? (
                <Amount
                  fen={c.budget.fen}
                  unit={c.budget.unit}
                  label="预算数(A)"
                  place={{ line: c.budget.line, where: `绩效自评表 ${budgetBlock}` }}
                />
              ) : (
                '未印出'
              )}{' '}
              <span className="unit">{unit}</span>
            </dd>
          </div>
          <div className="kpi">
            <dt>{funds ? '全年执行数(B)' : '执行数(B)'}</dt>
            <dd className="big">
              {c.execution ? (
                <Amount
                  fen={c.execution.fen}
                  unit={c.execution.unit}
                  label="执行数(B)"
                  place={{ line: c.execution.line, where: `绩效自评表 ${budgetBlock}` }}
                />
              ) : (
                '未印出'
              )}{' '}
              <span className="unit">{unit}</span>
            </dd>
          </div>
          <div className="kpi" data-testid="card-rate">
            <dt>执行率(B/A)</dt>
            <dd className="big">{c.rate ? c.rate.raw : '未印出'}</dd>
            {!c.rate && row.rateBp !== null ? (
              <dd className="sub">按 B/A 推算：{formatScaled(row.rateBp, 2, true)}%</dd>
            ) : null}
          </div>
          <div className="kpi" data-testid="card-budget-score">
            <dt>得分（{c.budgetPoints ? `${c.budgetPoints.raw}分` : '分值'} × 执行率）</dt>
            <dd className="big">{c.budgetScore ? c.budgetScore.raw : '未印出'}</dd>
            {!c.budgetScore && derivedBudgetScore ? (
              <dd className="sub">{derivedBudgetScore.detail}</dd>
            ) : null}
          </div>
        </dl>
        {c.funds.length > 0 ? (
          <table className="fund-rows">
            <caption>资金来源（{unit}）</caption>
            <thead>
              <tr>
                <th scope="col">来源</th>
                <th scope="col">年初预算数</th>
                <th scope="col">全年预算数</th>
                <th scope="col">全年执行数</th>
                <th scope="col">执行率</th>
              </tr>
            </thead>
            <tbody>
              {c.funds.map((f) => (
                <tr key={f.line}>
                  <th scope="row">{f.label}</th>
                  {[f.initialBudget, f.budget, f.execution].map((v, k) => (
                    <td key={k} className="num">
                      {v ? (
                        <Amount
                          fen={v.fen}
                          unit={v.unit}
                          label={`${f.label} ${['年初预算数', '全年预算数', '全年执行数'][k]}`}
                          place={{ line: v.line, where: `绩效自评表 ${budgetBlock}` }}
                        />
                      ) : (
                        '—'
                      )}
                    </td>
                  ))}
                  <td className="num">{f.rate?.raw ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
        {deptTotals.length > 0 ? (
          <div className="dept-totals">
            <h4>部门实际支出（决算表）</h4>
            <ul>
              {deptTotals.map((d) => {
                const t = d.table;
                const colIndex = t
                  ? d.col
                    ? t.columns.findIndex((x) => x.header === d.col)
                    : t.columns.findIndex((x) => x.side === 'expense')
                  : -1;
                const cell = d.row?.cells.find((x) => x.column === colIndex);
                return (
                  <li key={d.label}>
                    {d.label}：
                    {cell && t ? (
                      <Amount
                        fen={cell.fen}
                        unit={t.unit}
                        label={d.label}
                        place={{
                          table: t.number,
                          row: d.row?.name ?? null,
                          column: t.columns[colIndex]?.header ?? null,
                          line: cell.line,
                        }}
                      />
                    ) : (
                      '未印出'
                    )}{' '}
                    {unit}
                  </li>
                );
              })}
            </ul>
          </div>
        ) : null}
      </section>

      <section className="panel" aria-labelledby="goal-h">
        <h3 id="goal-h">
          {funds ? '年度总体目标（本表式不计分）' : c.kind === 'department' ? '年度目标' : '项目绩效总目标'}
          {funds ? '' : `（${c.goalPoints ? `${c.goalPoints.raw} 分` : '分值未印出'}）`}
        </h3>
        <p>
          {funds ? '预期目标：' : ''}
          {c.goal ?? '未印出'}
        </p>
        <p>
          {funds ? '实际完成情况' : '全年实际完成情况'}：{c.goalActual ?? '未印出'}
          {funds ? '' : `；得分：${c.goalScore ? c.goalScore.raw : '未印出'}`}
          {c.goalLine ? `（第 ${c.goalLine} 行）` : ''}
        </p>
      </section>

      <section className="panel" aria-labelledby="ind-h">
        <h3 id="ind-h">
          绩效指标（
          {c.indicatorPoints
            ? `${c.indicatorPoints.raw} 分`
            : c.totalPoints
              ? `含项目资金总分 ${c.totalPoints.raw} 分`
              : '分值未印出'}
          ，{c.indicators.length} 项）
        </h3>
        <p className="note">方向键浏览：↑↓ 移动，→ 展开，← 收起。失分的指标以底色标出。</p>
        <IndicatorTree card={c} />
      </section>

      <section className="panel" aria-labelledby="dev-h">
        <h3 id="dev-h">偏差原因与改进措施</h3>
        {c.indicators.some((i) => i.deviation) ? (
          <p>
            各指标行所填的偏差原因：{c.indicators.filter((i) => i.deviation).length} 项，见上方绩效指标（第{' '}
            {c.indicators
              .filter((i) => i.deviation)
              .map((i) => i.line)
              .join('、')}{' '}
            行）。
          </p>
        ) : null}
        <p>
          偏差大或目标未完成原因分析：
          {c.deviationReason ? `${c.deviationReason.text}（第 ${c.deviationReason.line} 行）` : '（空白）'}
        </p>
        <p>
          改进措施及结果应用方案：
          {c.improvementPlan ? `${c.improvementPlan.text}（第 ${c.improvementPlan.line} 行）` : '（空白）'}
        </p>
      </section>

      {c.summary ? (
        <section className="panel" aria-labelledby="sum-h">
          <h3 id="sum-h">自评综述（第 {c.summary.line} 行）</h3>
          <p>{c.summary.text}</p>
        </section>
      ) : null}

      <section className="panel" aria-labelledby="links-h">
        <h3 id="links-h">关联</h3>
        <ul>
          {row.proseEntry ? (
            <li>
              情况说明中的项目支出：{row.proseEntry.name}{' '}
              <Amount
                fen={row.proseEntry.amount.fen}
                unit={row.proseEntry.amount.unit}
                label={`说明 ${row.proseEntry.name}`}
                place={{ line: row.proseEntry.line, where: '情况说明 项目支出' }}
                showUnit
              />
              （
              <a href={href('source', [], { line: String(row.proseEntry.line) })}>
                第 {row.proseEntry.line} 行
              </a>
              ）
            </li>
          ) : null}
          {row.spending ? (
            <li>
              对应支出科目：表{row.spending.table} {row.spending.code} {row.spending.name} 的
              {row.spending.column}（金额恰好相等，
              <a href={href('tables', [String(row.spending.table)], { hl: String(row.spending.line) })}>
                在表中查看
              </a>
              ）
            </li>
          ) : (
            <li>对应支出科目：文件中无法确定（没有恰好等于执行数的单一“项”）</li>
          )}
        </ul>
      </section>

      <section className="panel" aria-labelledby="checks-h">
        <h3 id="checks-h">
          与本表有关的勾稽检查：{checks.length} 项，
          {notPassing.length > 0 ? `${notPassing.length} 项不符或提示` : '全部通过'}
        </h3>
        <ul className="check-list">
          {checks.map((k) => (
            <li key={k.id} className={`status-${k.status}`}>
              <a href={href('audit', [], { check: k.id })}>
                {k.status === 'pass' ? '通过' : k.status === 'fail' ? '不符' : '提示'}：{k.message}
              </a>
              <span className="detail">{k.detail}</span>
            </li>
          ))}
        </ul>
      </section>
    </article>
  );
}
