/**
 * The first screen, for leadership: how much came in and went out, on what, against the year's budget and last
 * year, the 三公 figures, staff, the largest projects and every red flag. Every number opens its source.
 */
import { useMemo } from 'react';

import { Amount } from '@/components/amount';
import { Term } from '@/components/term';
import type { MoneyUnit } from '@/domain/money';
import { dropTrailingZeros, formatPercent, formatScaled } from '@/domain/money';
import type { Overview, OverviewFigure } from '@/domain/overview';
import { getOverview } from '@/domain/overview';
import { useAfterFirstPaint } from '@/lib/use-after-first-paint';
import { useDashboardStore } from '@/store';
import { useDisplayUnit, useRoute } from '@/store/route-context';
import { formatHash, routeTo } from '@/store/route';
import { getAuditReport } from '@/store/audit-selectors';
import { selectActiveAccounts } from '@/store/selectors';

import OverviewCharts from './overview-charts';

import './overview.css';

/**
 * A figure, with its unit after it where no column header names the unit (an audit badge, if any, follows the
 * unit, never sits between figure and unit).
 */
function Fig({ f, withUnit = false }: { readonly f: OverviewFigure | null; readonly withUnit?: boolean }) {
  if (!f) return <span className="not-printed">未印出</span>;
  return (
    <Amount
      fen={f.fen}
      unit={f.unit}
      label={f.label}
      showUnit={withUnit}
      {...(f.place ? { place: f.place } : {})}
      {...(f.derived ? { derived: f.derived } : {})}
    />
  );
}

function Kpi({
  label,
  f,
  sub,
  testId,
}: {
  readonly label: React.ReactNode;
  readonly f: OverviewFigure | null;
  readonly sub?: React.ReactNode;
  readonly testId: string;
}) {
  return (
    <div className="kpi" data-testid={testId}>
      <dt>{label}</dt>
      <dd className="big">
        <Fig f={f} withUnit />
      </dd>
      {sub ? <dd className="sub">{sub}</dd> : null}
    </div>
  );
}

/** Where a table figure is printed, as its table prints it: `表1 第27行` where rows are numbered, else the line. */
function tablePlace(f: OverviewFigure | null): string {
  const place = f?.place;
  if (!place || place.table === undefined || place.table === null) return '';
  const rowNo = /^第\d+行/.exec(place.row ?? '')?.[0];
  return `表${place.table} ${rowNo ?? `原文第 ${place.line} 行`}`;
}

export default function OverviewView() {
  const accounts = useDashboardStore(selectActiveAccounts);
  const unit = useDisplayUnit();
  const route = useRoute();
  const overview = useMemo(
    () => (accounts ? getOverview(accounts, getAuditReport(accounts)) : null),
    [accounts],
  );
  // The headline figures and red flags first; the charts and tables below the fold in a second render.
  const below = useAfterFirstPaint();
  if (!accounts || !overview) return null;
  const o = overview;
  const share = (part: OverviewFigure | null, whole: OverviewFigure | null): string =>
    part && whole ? formatPercent(part.fen, whole.fen, 1) : '—';
  const previousTotals = o.yearPairs.find((p) => p.id === 'totals');
  const auditHref = (params: Record<string, string>) => formatHash(routeTo('audit', [], params, route));
  const over = o.categories.filter((c) => c.over);
  return (
    <div className="overview">
      <section aria-labelledby="kpi-heading">
        <h2 id="kpi-heading">收支总览</h2>
        <dl className="kpis">
          <Kpi testId="kpi-income" label="本年收入合计" f={o.income} sub={tablePlace(o.income)} />
          <Kpi testId="kpi-expense" label="本年支出合计" f={o.expense} sub={tablePlace(o.expense)} />
          <Kpi
            testId="kpi-carry-in"
            label={<Term term="年初结转和结余">年初结转和结余</Term>}
            f={o.carryIn}

            sub={o.carryOut ? null : '年末结转和结余：表1 为空白'}
          />
          <Kpi
            testId="kpi-basic"
            label={<Term term="基本支出">基本支出</Term>}
            f={o.basic}

            sub={`占本年支出 ${share(o.basic, o.expense)}（由表3 计算）`}
          />
          <Kpi
            testId="kpi-project"
            label={<Term term="项目支出">项目支出</Term>}
            f={o.project}

            sub={`占本年支出 ${share(o.project, o.expense)}（由表3 计算）`}
          />
          <Kpi
            testId="kpi-personnel"
            label="人员经费"
            f={o.personnel}

            sub={`占基本支出 ${share(o.personnel, o.basic)}（表6）`}
          />
          <Kpi
            testId="kpi-public"
            label="公用经费"
            f={o.publicUse}

            sub={`占基本支出 ${share(o.publicUse, o.basic)}（表6）`}
          />
          <Kpi
            testId="kpi-budget"
            label="预算执行（一般公共预算财政拨款）"
            f={o.budgetActual}

            sub={
              o.budget ? (
                <>
                  年初预算 <Fig f={o.budget} withUnit />
                  ，完成 {o.budgetActual ? formatPercent(o.budgetActual.fen, o.budget.fen, 1) : '—'}
                </>
              ) : null
            }
          />
          {previousTotals ? (
            <Kpi
              testId="kpi-previous"
              label={`${previousTotals.previousYear} 年度收、支总计（推算）`}
              f={previousTotals.previous}

              sub={`${previousTotals.year} 年度比上年 ${formatPercent(previousTotals.current.fen - previousTotals.previous.fen, previousTotals.previous.fen, 1)}`}
            />
          ) : null}
          <Kpi
            testId="kpi-three-public"
            label={<Term term="“三公”经费">“三公”经费决算</Term>}
            f={o.threePublicActual}

            sub={
              o.threePublicBudget ? (
                <>
                  预算 <Fig f={o.threePublicBudget} withUnit />
                  ，完成{' '}
                  {o.threePublicActual
                    ? formatPercent(o.threePublicActual.fen, o.threePublicBudget.fen, 1)
                    : '—'}
                  {o.threePublicPrevious ? (
                    <>
                      ；上年 <Fig f={o.threePublicPrevious} withUnit />
                    </>
                  ) : null}
                </>
              ) : null
            }
          />
          {o.staff ? (
            <div className="kpi" data-testid="kpi-staff">
              <dt>在职实有人数</dt>
              <dd className="big">{o.staff.total} 人</dd>
              <dd className="sub">
                {o.staff.detail}（第 {o.staff.line} 行）
              </dd>
            </div>
          ) : null}
        </dl>
      </section>

      <section aria-labelledby="flags-heading" className="panel flags">
        <h2 id="flags-heading">需要关注</h2>
        <ul className="flag-list">
          <li className={`coverage-flag coverage-${o.auditVerdict.level}`} data-testid="coverage-flag">
            <a href={auditHref({})}>检查覆盖 {o.coverageText}</a>：
            {o.auditVerdict.level === 'low' ? <strong>覆盖不足，不能视为无误。</strong> : null}
            {o.auditVerdict.level === 'clean' ? '适用的检查全部运行且通过，文档读取完整。' : null}
            {o.uncheckedIdentities.length === 0 && o.auditVerdict.level !== 'clean'
              ? '适用的检查全部运行。'
              : null}
            {o.uncheckedIdentities.length > 0 ? (
              <>
                未能运行 {o.uncheckedIdentities.length} 类：
                {o.uncheckedIdentities.slice(0, 4).map((e, i) => (
                  <span key={e.id}>
                    {i > 0 ? '；' : ''}
                    {e.label}（{e.reason}）
                  </span>
                ))}
                {o.uncheckedIdentities.length > 4 ? '等' : ''}。
              </>
            ) : null}
          </li>
          <li>
            <a href={auditHref({ status: 'fail' })} className="status-fail">
              勾稽不符 {o.failedChecks.length} 项
            </a>
            ，提示 <a href={auditHref({ status: 'warn' })}>{o.warnedChecks.length} 项</a>：
            <ul>
              {o.failedChecks.slice(0, 6).map((c) => (
                <li key={c.id}>
                  <a href={auditHref({ check: c.id })}>{c.message}</a>
                  <span className="detail">
                    （{c.detail.length > 60 ? `${c.detail.slice(0, 60)}…` : c.detail}）
                  </span>
                </li>
              ))}
              {o.failedChecks.length > 6 ? (
                <li>
                  <a href={auditHref({ status: 'fail' })}>其余 {o.failedChecks.length - 6} 项…</a>
                </li>
              ) : null}
            </ul>
          </li>
          {over.length > 0 ? (
            <li>
              决算超过年初预算的类 {over.length} 个：
              {over.map((c, i) => (
                <span key={c.name}>
                  {i > 0 ? '、' : ''}
                  {c.name}（
                  {c.rateBp !== null ? `${dropTrailingZeros(formatScaled(c.rateBp, 2, true))}%` : '—'}）
                </span>
              ))}
            </li>
          ) : null}
          {o.weakIndicators.length > 0 ? (
            <li>
              失分最多的绩效指标：
              <ul>
                {o.weakIndicators.slice(0, 5).map((w) => (
                  <li key={`${w.cardLine}-${w.indicator.line}`}>
                    {w.card} · {w.indicator.name}：得分 {w.indicator.score?.raw} / {w.indicator.points?.raw}
                    （实际完成：{w.indicator.actual ?? '未印出'}，第 {w.indicator.line} 行）
                  </li>
                ))}
              </ul>
            </li>
          ) : null}
        </ul>
      </section>

      {below ? <OverviewBelowFold o={o} unit={unit} /> : null}
    </div>
  );
}

/** The overview below its first screen: 图1–图4, budget against actual by 类, the largest projects. */
function OverviewBelowFold({ o, unit }: { readonly o: Overview; readonly unit: MoneyUnit }) {
  // The document states budget against actual per 类 (national wording) or per 项 (Shanghai), on 年初预算 or 全年预算.
  const perItem = o.categories.some((c) => c.item);
  const bases = [...new Set(o.categories.map((c) => c.basis))];
  const basisLabel = bases.length === 1 ? bases[0] : '预算';
  return (
    <>
      <OverviewCharts overview={o} unit={unit} />

      <section aria-labelledby="budget-heading" className="panel">
        <h2 id="budget-heading">
          {basisLabel}与决算（{perItem ? '按项' : '按类'}）
        </h2>
        <div className="table-scroll">
          <table className="plain-table stack-on-phone" data-testid="category-budgets">
            <thead>
              <tr>
                <th scope="col">{perItem ? '科目（类 › 款 › 项）' : '类'}</th>
                <th scope="col" className="num">
                  {basisLabel}（{unit}）
                </th>
                <th scope="col" className="num">
                  决算（{unit}）
                </th>
                <th scope="col" className="num">
                  完成率（计算）
                </th>
                <th scope="col" className="num">
                  完成率（原文）
                </th>
                <th scope="col">原文说明的原因</th>
              </tr>
            </thead>
            <tbody>
              {o.categories.map((c) => (
                <tr key={c.line} className={c.over ? 'over' : undefined}>
                  <th scope="row">
                    {c.code ? `${c.code} ` : ''}
                    {c.item ? `${c.name} › ${c.segment ?? ''} › ${c.item}` : c.name}
                    {bases.length > 1 ? `（${c.basis}）` : ''}
                  </th>
                  <td className="num" data-label={`${basisLabel}（${unit}）`}>
                    <Fig f={c.budget} />
                  </td>
                  <td className="num" data-label={`决算（${unit}）`}>
                    <Fig f={c.actual} />
                  </td>
                  <td className="num" data-label="完成率（计算）">
                    {c.rateBp !== null ? `${formatScaled(c.rateBp, 2, true)}%` : '—'}
                  </td>
                  <td className="num" data-label="完成率（原文）">
                    {c.printedRate ?? '未印出'}
                  </td>
                  <td data-label="原文说明的原因">{c.reason ?? (c.over ? '未说明' : '—')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="projects-heading" className="panel">
        <h2 id="projects-heading">金额最大的项目</h2>
        <div className="table-scroll">
          <table className="plain-table" data-testid="top-projects">
            <thead>
              <tr>
                <th scope="col">项目</th>
                <th scope="col" className="num">
                  预算数（{unit}）
                </th>
                <th scope="col" className="num">
                  执行数（{unit}）
                </th>
                <th scope="col" className="num">
                  自评得分
                </th>
              </tr>
            </thead>
            <tbody>
              {o.projects.slice(0, 5).map((p) => (
                <tr key={p.titleLine}>
                  <th scope="row">{p.name}</th>
                  <td className="num">
                    <Fig f={p.budget} />
                  </td>
                  <td className="num">
                    <Fig f={p.execution} />
                  </td>
                  <td className="num">{p.selfScore ?? '未印出'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </>
  );
}
