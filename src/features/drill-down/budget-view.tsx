/**
 * Budget against actual (per 类 from 情况说明, per project from the scorecards, 三公 from 表7) as variance charts
 * with completion rates, over-spending highlighted and the stated reason beside each; and this year against last
 * year where the document states the change. Figures come from the overview derivation (nothing re-derived here).
 */
import { lazy, Suspense, useMemo } from 'react';

import { Amount } from '@/components/amount';
import { ChartFrame } from '@/components/chart-frame';
import type { FinalAccounts } from '@/domain/final-accounts.types';
import type { Fen, MoneyUnit } from '@/domain/money';
import { formatFen, formatPercent, formatScaled, moneyTick, percentScaled } from '@/domain/money';
import type { OverviewFigure } from '@/domain/overview';
import { getOverview } from '@/domain/overview';
import type { VarianceRow, YearChangeRow } from '@/domain/variance';
import {
  getCategoryVariance,
  getProjectVariance,
  getThreePublicBlankItems,
  getThreePublicVariance,
  getYearChanges,
} from '@/domain/variance';
import { useDashboardStore } from '@/store';
import type { Route } from '@/store/route';
import { formatHash } from '@/store/route';
import { getAuditReport } from '@/store/audit-selectors';

import type { BarDatum } from '@/components/bar-list-chart';
import { signedFen } from './drill-format';
import { drillRoute } from './drill-params';

const BarListChart = lazy(() => import('@/components/bar-list-chart'));

function Fig({ f }: { readonly f: OverviewFigure }) {
  return (
    <Amount
      fen={f.fen}
      unit={f.unit}
      label={f.label}
      {...(f.place ? { place: f.place } : {})}
      {...(f.derived ? { derived: f.derived } : {})}
    />
  );
}

const lineRange = (lines: readonly number[]): string => {
  const ok = lines.filter((l) => l > 0);
  if (ok.length === 0) return '';
  const lo = Math.min(...ok);
  const hi = Math.max(...ok);
  return lo === hi ? `第 ${lo} 行` : `第 ${lo}–${hi} 行`;
};

interface VarianceSectionProps {
  readonly id: string;
  readonly title: string;
  readonly heading: string;
  readonly rows: readonly VarianceRow[];
  readonly unit: MoneyUnit;
  readonly source: string;
  readonly nameHeader: string;
  /** A link to the function drill for rows that are a 类. */
  readonly drillHref?: (code: string) => string;
  readonly onOpen?: (code: string) => void;
  /** Leave rows without a difference out of the chart (they stay in the table, and the chart says how many). */
  readonly chartOmitsZero?: boolean;
}

function VarianceSection({
  id,
  title,
  heading,
  rows,
  unit,
  source,
  nameHeader,
  drillHref,
  onOpen,
  chartOmitsZero = false,
}: VarianceSectionProps) {
  if (rows.length === 0) return null;
  const rate = (r: VarianceRow): string => formatPercent(r.actual.fen, r.budget.fen, 1);
  const charted = chartOmitsZero ? rows.filter((r) => r.variance !== 0) : rows;
  const even = rows.length - charted.length;
  const data: BarDatum[] = charted.map((r) => {
    const abs = formatFen(Math.abs(r.variance) as Fen, unit);
    const diff =
      r.variance > 0 ? `超出预算 ${abs} ${unit}` : r.variance < 0 ? `少于预算 ${abs} ${unit}` : '与预算相同';
    const interactive = Boolean(onOpen && r.code);
    return {
      id: r.id,
      name: r.name,
      value: r.variance,
      valueText: `${r.over ? '超支 ' : ''}${signedFen(r.variance, unit)} · 完成 ${rate(r)}`,
      ariaLabel:
        `${r.name}：预算 ${formatFen(r.budget.fen, unit)} ${unit}，决算 ${formatFen(r.actual.fen, unit)} ${unit}，` +
        `${diff}，完成 ${rate(r)}${r.printedRate ? `（原文 ${r.printedRate}）` : ''}` +
        `${r.reason ? `。原因：${r.reason.text}` : ''}${interactive ? '。按 Enter 钻取此类' : ''}`,
      tone: r.over ? 'over' : 'under',
      interactive,
      ...(r.reason
        ? { note: `原因：${r.reason.text}` }
        : r.variance !== 0
          ? { note: '原因：原文未说明' }
          : {}),
    };
  });
  const over = rows.filter((r) => r.over);
  return (
    <section className="budget-section" aria-labelledby={`${id}-heading`} data-testid={id}>
      <h3 id={`${id}-heading`}>{heading}</h3>
      <p className="budget-summary">
        {over.length > 0
          ? `超出预算 ${over.length} 项：${over.map((r) => r.name).join('、')}。`
          : `没有超出预算的${nameHeader}。`}
        条形为“决算 − 预算”：向右（朱红）为超支，向左（蓝）为结余。
      </p>
      <div className="budget-grid">
        <ChartFrame
          id={`${id}-chart`}
          title={title}
          unit={unit}
          source={source}
          exportName={title}
          table={{
            columns: [nameHeader, `预算（${unit}）`, `决算（${unit}）`, `差额（${unit}）`, '完成率'],
            rows: charted.map((r) => [
              r.name,
              formatFen(r.budget.fen, unit),
              formatFen(r.actual.fen, unit),
              signedFen(r.variance, unit),
              rate(r),
            ]),
          }}
          {...(onOpen
            ? { hint: '按 Enter 或点击条目，在科目钻取中打开此类。' }
            : even > 0
              ? { hint: `另有 ${even} 个${nameHeader}决算等于预算（差额 0.00），不画，见下表。` }
              : {})}
        >
          <Suspense fallback={<p className="loading">正在载入图表…</p>}>
            <BarListChart
              data={data}
              tickFormatter={moneyTick(
                unit,
                data.map((d) => d.value),
              )}
              {...(onOpen ? { onActivate: (rowId: string) => onOpen(rowId) } : {})}
              label={`${title}，单位：${unit}`}
            />
          </Suspense>
        </ChartFrame>
        <div className="panel table-scroll">
          <table className="plain-table budget-table">
            <caption className="visually-hidden">{`${title}：预算、决算、差额、完成率和原文说明的原因`}</caption>
            <thead>
              <tr>
                <th scope="col">{nameHeader}</th>
                <th scope="col" className="num">
                  预算
                </th>
                <th scope="col" className="num">
                  决算
                </th>
                <th scope="col" className="num">
                  差额
                </th>
                <th scope="col" className="num">
                  完成率（计算 / 原文）
                </th>
                <th scope="col">原文说明的原因</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id} className={r.over ? 'over' : undefined}>
                  <th scope="row">
                    {drillHref && r.code ? <a href={drillHref(r.code)}>{r.name}</a> : r.name}
                    {r.over ? <span className="over-badge">超支</span> : null}
                  </th>
                  <td className="num">
                    <Fig f={r.budget} />
                  </td>
                  <td className="num">
                    <Fig f={r.actual} />
                  </td>
                  <td className="num">{signedFen(r.variance, unit)}</td>
                  <td className="num">
                    {rate(r)} / {r.printedRate ?? '未印出'}
                  </td>
                  <td className="reason">
                    {r.reason ? (
                      <>
                        {r.reason.text}
                        <span className="muted">（第 {r.reason.line} 行）</span>
                      </>
                    ) : (
                      <span className="muted">{r.variance === 0 ? '—' : '未说明'}</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
    </section>
  );
}

const pctText = (tenths: number | null): string =>
  tenths === null
    ? '—'
    : `${tenths > 0 ? '+' : tenths < 0 ? '−' : ''}${formatScaled(Math.abs(tenths), 1, true)}%`;

function YearSection({ rows, unit }: { readonly rows: readonly YearChangeRow[]; readonly unit: MoneyUnit }) {
  if (rows.length === 0) return null;
  const data: BarDatum[] = rows.map((r) => {
    const tenths = percentScaled(r.change, r.pair.previous.fen, 1);
    return {
      id: r.pair.id,
      name: r.pair.title,
      value: tenths ?? 0,
      valueText: `${signedFen(r.change, unit)} · ${pctText(tenths)}`,
      ariaLabel:
        `${r.pair.title}：${r.pair.year} 年度 ${formatFen(r.pair.current.fen, unit)} ${unit}，` +
        `${r.pair.previousYear} 年度 ${formatFen(r.pair.previous.fen, unit)} ${unit}（由原文所述变动推算），` +
        `变动 ${signedFen(r.change, unit)} ${unit}，${pctText(tenths)}` +
        `${r.printedPercent ? `（原文 ${r.change < 0 ? '下降' : '增长'} ${r.printedPercent}）` : ''}` +
        `${r.reason ? `。原因：${r.reason.text}` : ''}`,
      tone: r.change > 0 ? 'over' : 'under',
      interactive: false,
      ...(r.reason ? { note: `原因：${r.reason.text}` } : {}),
    };
  });
  const title = '本年与上年：变动率';
  const first = rows[0]?.pair;
  return (
    <section className="budget-section" aria-labelledby="budget-years-heading" data-testid="budget-years">
      <h3 id="budget-years-heading">本年与上年（原文说明了变动的项目）</h3>
      <p className="budget-summary">
        上年数不是原文印出的数字，而是由“比上年增加/减少”的金额推算（点开金额可见公式）。各项目金额相差悬殊，故按变动率作图。
      </p>
      <div className="budget-grid">
        <ChartFrame
          id="budget-years-chart"
          title={title}
          unit={`%（金额：${unit}）`}
          source={`情况说明 一、四、五、七（${lineRange(rows.map((r) => r.pair.current.place?.line ?? 0))}）；上年数 = 本年数 ± 原文所述变动额`}
          table={{
            columns: [
              '项目',
              `${first?.previousYear ?? ''} 年度（推算，${unit}）`,
              `${first?.year ?? ''} 年度（${unit}）`,
              `变动（${unit}）`,
              '变动率',
            ],
            rows: rows.map((r) => [
              r.pair.title,
              formatFen(r.pair.previous.fen, unit),
              formatFen(r.pair.current.fen, unit),
              signedFen(r.change, unit),
              pctText(percentScaled(r.change, r.pair.previous.fen, 1)),
            ]),
          }}
        >
          <Suspense fallback={<p className="loading">正在载入图表…</p>}>
            <BarListChart
              data={data}
              tickFormatter={(v) => pctText(Math.round(v))}
              label={`${title}，单位：%`}
            />
          </Suspense>
        </ChartFrame>
        <div className="panel table-scroll">
          <table className="plain-table budget-table">
            <caption className="visually-hidden">本年与上年：金额、变动、变动率和原因</caption>
            <thead>
              <tr>
                <th scope="col">项目</th>
                <th scope="col" className="num">
                  上年（推算）
                </th>
                <th scope="col" className="num">
                  本年
                </th>
                <th scope="col" className="num">
                  变动
                </th>
                <th scope="col" className="num">
                  变动率（计算 / 原文）
                </th>
                <th scope="col">原文说明的原因</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.pair.id}>
                  <th scope="row">{r.pair.title}</th>
                  <td className="num">
                    <Fig f={r.pair.previous} />
                  </td>
                  <td className="num">
                    <Fig f={r.pair.current} />
                  </td>
                  <td className="num">{signedFen(r.change, unit)}</td>
                  <td className="num">
                    {pctText(percentScaled(r.change, r.pair.previous.fen, 1))} /{' '}
                    {r.printedPercent ? `${r.change < 0 ? '下降' : '增长'} ${r.printedPercent}` : '未印出'}
                  </td>
                  <td className="reason">
                    {r.reason ? (
                      <>
                        {r.reason.text}
                        <span className="muted">（第 {r.reason.line} 行）</span>
                      </>
                    ) : (
                      <span className="muted">未说明</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
    </section>
  );
}

interface BudgetViewProps {
  readonly accounts: FinalAccounts;
  readonly unit: MoneyUnit;
  readonly route: Route;
}

export function BudgetView({ accounts, unit, route }: BudgetViewProps) {
  const overview = useMemo(() => getOverview(accounts, getAuditReport(accounts)), [accounts]);
  const categories = useMemo(() => getCategoryVariance(overview), [overview]);
  const projects = useMemo(() => getProjectVariance(accounts, overview), [accounts, overview]);
  const threePublic = useMemo(() => getThreePublicVariance(accounts), [accounts]);
  const threePublicBlank = useMemo(() => getThreePublicBlankItems(accounts), [accounts]);
  const years = useMemo(() => getYearChanges(accounts, overview), [accounts, overview]);
  const drillTo = (code: string) =>
    drillRoute(route, { mode: 'function', measure: 'total', table: 3, trail: [code] });
  const cardLines = projects.flatMap((p) => [p.budget.place?.line ?? 0]);
  const reasonLines = threePublic.flatMap((r) => (r.reason ? [r.reason.line] : []));
  return (
    <div className="budget-view">
      <VarianceSection
        id="budget-categories"
        heading="年初预算与决算：按类"
        title="按类：决算 − 年初预算"
        rows={categories}
        unit={unit}
        nameHeader="类"
        source={`情况说明 五（三）一般公共预算财政拨款支出决算具体情况（${lineRange(categories.map((c) => c.budget.place?.line ?? 0))}）；完成率 = 决算 ÷ 年初预算`}
        drillHref={(code) => formatHash(drillTo(code))}
        onOpen={(code) => useDashboardStore.getState().navigate(drillTo(code))}
      />
      <VarianceSection
        id="budget-projects"
        heading="项目预算与执行：按项目（绩效自评表）"
        title="按项目：执行数 − 预算数"
        rows={projects}
        unit={unit}
        nameHeader="项目"
        chartOmitsZero
        source={`项目支出绩效自评表 ${projects.length} 张（${lineRange(cardLines)}）：年度预算数、执行数、执行率和偏差原因；按差额排序`}
      />
      <VarianceSection
        id="budget-three-public"
        heading="“三公”经费：预算与决算（表7）"
        title="“三公”经费：决算数 − 预算数"
        rows={threePublic}
        unit={unit}
        nameHeader="项目"
        source={`表7 “三公”经费支出决算表（${lineRange(threePublic.map((r) => r.budget.place?.line ?? 0))}）${
          reasonLines.length > 0 ? `；原因见情况说明 七（${lineRange(reasonLines)}）` : ''
        }${threePublicBlank.length > 0 ? `；空白栏次不画：${threePublicBlank.join('、')}` : ''}`}
      />
      <YearSection rows={years} unit={unit} />
    </div>
  );
}
