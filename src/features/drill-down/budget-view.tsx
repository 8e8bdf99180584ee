/**
 * Budget against actual (per 类 from 情况说明, per project from the scorecards, 三公 from 表7) as variance charts
 * with completion rates, over-spending highlighted and the stated reason beside each; and this year against last
 * year where the document states the change. Figures come from the overview derivation (nothing re-derived here).
 */
import type { ReactNode } from 'react';
import { lazy, Suspense, useCallback, useMemo } from 'react';

import { Amount } from '@/components/amount';
import { useDocumentContext } from '@/components/document-context';
import { ChartFrame } from '@/components/chart-frame';
import type { ShownCell } from '@/components/data-table/export';
import type { FinalAccounts, SourceText } from '@/domain/final-accounts.types';
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
import type { DataColumn, TableSort } from '@/lib/data-table';
import { DataTable } from '@/lib/data-table';
import { useRouteSort } from '@/store/route-sort';
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

/** A signed difference in the display unit (+161.79 / −0.80). */
function SignedFen({ fen }: { readonly fen: Fen }) {
  return <>{signedFen(fen, useDocumentContext().displayUnit)}</>;
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
  readonly sort: TableSort | null;
  readonly onSortChange: (sort: TableSort | null) => void;
}

const rate = (r: VarianceRow): string => formatPercent(r.actual.fen, r.budget.fen, 1);

const reasonCell = (reason: SourceText | null, none: string): ReactNode =>
  reason ? (
    <>
      {reason.text}
      <span className="muted">（第 {reason.line} 行）</span>
    </>
  ) : (
    <span className="muted">{none}</span>
  );

const text = (t: string): ShownCell => ({ kind: 'text', text: t });

/** The columns of a budget-against-actual table (ids are the URL's sort keys). */
function varianceColumns(
  nameHeader: string,
  drillHref: ((code: string) => string) | undefined,
): DataColumn<VarianceRow>[] {
  return [
    {
      id: 'name',
      header: nameHeader,
      kind: 'name',
      rowHeader: true,
      sortValue: (r) => r.code ?? r.name,
      cell: (r) => (
        <>
          {drillHref && r.code ? <a href={drillHref(r.code)}>{r.name}</a> : r.name}
          {r.over ? <span className="over-badge">超支</span> : null}
        </>
      ),
      exportCell: (r) => text(r.name),
    },
    {
      id: 'budget',
      header: '预算',
      kind: 'amount',
      sortValue: (r) => r.budget.fen,
      cell: (r) => <Fig f={r.budget} />,
      exportCell: (r) => ({ kind: 'amount', fen: r.budget.fen }),
    },
    {
      id: 'actual',
      header: '决算',
      kind: 'amount',
      sortValue: (r) => r.actual.fen,
      cell: (r) => <Fig f={r.actual} />,
      exportCell: (r) => ({ kind: 'amount', fen: r.actual.fen }),
    },
    {
      id: 'variance',
      header: '差额',
      kind: 'amount',
      sortValue: (r) => r.variance,
      cell: (r) => <SignedFen fen={r.variance} />,
      exportCell: (r) => ({ kind: 'amount', fen: r.variance }),
    },
    {
      id: 'rate',
      header: '完成率（计算 / 原文）',
      kind: 'number',
      sortValue: (r) => (r.budget.fen === 0 ? null : r.actual.fen / r.budget.fen),
      cell: (r) => `${rate(r)} / ${r.printedRate ?? '未印出'}`,
      exportCell: (r) => text(rate(r)),
    },
    {
      id: 'printed-rate',
      header: '完成率（原文）',
      kind: 'text',
      exportOnly: true,
      cell: () => null,
      exportCell: (r) => text(r.printedRate ?? '未印出'),
    },
    {
      id: 'reason',
      header: '原文说明的原因',
      kind: 'text',
      className: 'reason',
      cell: (r) => reasonCell(r.reason, r.variance === 0 ? '—' : '未说明'),
      exportCell: (r) => text(r.reason ? `${r.reason.text}（第 ${r.reason.line} 行）` : ''),
    },
  ];
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
  sort,
  onSortChange,
}: VarianceSectionProps) {
  const columns = useMemo(() => varianceColumns(nameHeader, drillHref), [nameHeader, drillHref]);
  if (rows.length === 0) return null;
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
        <div className="panel">
          <DataTable
            rows={rows}
            columns={columns}
            getRowId={(r) => r.id}
            labelledBy={`${id}-heading`}
            sort={sort}
            onSortChange={onSortChange}
            unit={unit}
            exportAs={{
              fileParts: [heading],
              sheetName: nameHeader === '类' ? '按类' : heading.slice(0, 20),
            }}
            rowClassName={(r) => (r.over ? 'over' : undefined)}
            className="budget-table"
            stackOnPhone
          />
        </div>
      </div>
    </section>
  );
}

const pctText = (tenths: number | null): string =>
  tenths === null
    ? '—'
    : `${tenths > 0 ? '+' : tenths < 0 ? '−' : ''}${formatScaled(Math.abs(tenths), 1, true)}%`;

const yearPct = (r: YearChangeRow): string => pctText(percentScaled(r.change, r.pair.previous.fen, 1));
const printedChange = (r: YearChangeRow): string =>
  r.printedPercent ? `${r.change < 0 ? '下降' : '增长'} ${r.printedPercent}` : '未印出';

/** The columns of the year-against-year table (ids are the URL's sort keys). */
const YEAR_COLUMNS: readonly DataColumn<YearChangeRow>[] = [
  {
    id: 'name',
    header: '项目',
    kind: 'name',
    rowHeader: true,
    sortValue: (r) => r.pair.title,
    cell: (r) => r.pair.title,
    exportCell: (r) => text(r.pair.title),
  },
  {
    id: 'previous',
    header: '上年（推算）',
    kind: 'amount',
    sortValue: (r) => r.pair.previous.fen,
    cell: (r) => <Fig f={r.pair.previous} />,
    exportCell: (r) => ({ kind: 'amount', fen: r.pair.previous.fen }),
  },
  {
    id: 'current',
    header: '本年',
    kind: 'amount',
    sortValue: (r) => r.pair.current.fen,
    cell: (r) => <Fig f={r.pair.current} />,
    exportCell: (r) => ({ kind: 'amount', fen: r.pair.current.fen }),
  },
  {
    id: 'change',
    header: '变动',
    kind: 'amount',
    sortValue: (r) => r.change,
    cell: (r) => <SignedFen fen={r.change} />,
    exportCell: (r) => ({ kind: 'amount', fen: r.change }),
  },
  {
    id: 'rate',
    header: '变动率（计算 / 原文）',
    kind: 'number',
    sortValue: (r) => (r.pair.previous.fen === 0 ? null : r.change / r.pair.previous.fen),
    cell: (r) => `${yearPct(r)} / ${printedChange(r)}`,
    exportCell: (r) => text(yearPct(r)),
  },
  {
    id: 'printed-rate',
    header: '变动率（原文）',
    kind: 'text',
    exportOnly: true,
    cell: () => null,
    exportCell: (r) => text(printedChange(r)),
  },
  {
    id: 'reason',
    header: '原文说明的原因',
    kind: 'text',
    className: 'reason',
    cell: (r) => reasonCell(r.reason, '未说明'),
    exportCell: (r) => text(r.reason ? `${r.reason.text}（第 ${r.reason.line} 行）` : ''),
  },
];

function YearSection({
  rows,
  unit,
  sort,
  onSortChange,
}: {
  readonly rows: readonly YearChangeRow[];
  readonly unit: MoneyUnit;
  readonly sort: TableSort | null;
  readonly onSortChange: (sort: TableSort | null) => void;
}) {
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
          source={`情况说明（${lineRange(rows.map((r) => r.pair.current.place?.line ?? 0))}）；上年数 = 本年数 ± 原文所述变动额`}
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
        <div className="panel">
          <DataTable
            rows={rows}
            columns={YEAR_COLUMNS}
            getRowId={(r) => r.pair.id}
            labelledBy="budget-years-heading"
            sort={sort}
            onSortChange={onSortChange}
            unit={unit}
            exportAs={{ fileParts: ['本年与上年'], sheetName: '本年与上年' }}
            className="budget-table"
            stackOnPhone
          />
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
  const drillTo = useCallback(
    (code: string) => drillRoute(route, { mode: 'function', measure: 'total', table: 3, trail: [code] }),
    [route],
  );
  const drillHref = useCallback((code: string) => formatHash(drillTo(code)), [drillTo]);
  const cardLines = projects.flatMap((p) => [p.budget.place?.line ?? 0]);
  const reasonLines = threePublic.flatMap((r) => (r.reason ? [r.reason.line] : []));
  // Each table's sort in the link, under its own key (`sort.categories=budget:desc`).
  const categoriesSort = useRouteSort('sort.categories');
  const projectsSort = useRouteSort('sort.projects');
  const threePublicSort = useRouteSort('sort.three-public');
  const yearsSort = useRouteSort('sort.years');
  return (
    <div className="budget-view">
      <VarianceSection
        id="budget-categories"
        heading="年初预算与决算：按类"
        title="按类：决算 − 年初预算"
        rows={categories}
        unit={unit}
        nameHeader="类"
        source={`${categories[0]?.budget.place?.where ?? '情况说明'}（${lineRange(categories.map((c) => c.budget.place?.line ?? 0))}）；完成率 = 决算 ÷ 年初预算`}
        drillHref={drillHref}
        onOpen={(code) => useDashboardStore.getState().navigate(drillTo(code))}
        {...categoriesSort}
      />
      <VarianceSection
        id="budget-projects"
        heading="项目预算与执行：按项目（绩效自评表）"
        title="按项目：执行数 − 预算数"
        rows={projects}
        unit={unit}
        nameHeader="项目"
        chartOmitsZero
        {...projectsSort}
        source={`项目支出绩效自评表 ${projects.length} 张（${lineRange(cardLines)}）：年度预算数、执行数、执行率和偏差原因；按差额排序`}
      />
      <VarianceSection
        id="budget-three-public"
        heading="“三公”经费：预算与决算（表7）"
        title="“三公”经费：决算数 − 预算数"
        rows={threePublic}
        unit={unit}
        nameHeader="项目"
        {...threePublicSort}
        source={`表7 “三公”经费支出决算表（${lineRange(threePublic.map((r) => r.budget.place?.line ?? 0))}）${
          reasonLines.length > 0 ? `；原因见情况说明（${lineRange(reasonLines)}）` : ''
        }${threePublicBlank.length > 0 ? `；空白栏次不画：${threePublicBlank.join('、')}` : ''}`}
      />
      <YearSection rows={years} unit={unit} {...yearsSort} />
    </div>
  );
}
