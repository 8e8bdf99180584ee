/**
 * 图1–图4 of the document (referred to but not printed in the text): drawn from printed figures and, for last
 * year, from the stated changes. Loaded lazily so the first screen does not wait for the chart library.
 */
import { Bar, BarChart, CartesianGrid, Cell, LabelList, XAxis, YAxis } from 'recharts';

import { ChartFrame } from '@/components/chart-frame';
import type { MoneyUnit } from '@/domain/money';
import { formatFen, formatPercent } from '@/domain/money';
import type { Overview, OverviewFigure, YearPair } from '@/domain/overview';

/** Okabe–Ito colours (colour-blind safe). */
const PALETTE = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9'] as const;

interface Row {
  readonly name: string;
  readonly value: number;
  readonly label: string;
}

function pairRows(p: YearPair, unit: MoneyUnit): Row[] {
  return [
    { name: `${p.previousYear}（推算）`, value: p.previous.fen, label: formatFen(p.previous.fen, unit) },
    { name: String(p.year), value: p.current.fen, label: formatFen(p.current.fen, unit) },
  ];
}

function partRows(parts: readonly OverviewFigure[], unit: MoneyUnit): Row[] {
  const total = parts.reduce((s, p) => s + p.fen, 0);
  return parts.map((p) => ({
    name: p.label,
    value: p.fen,
    label: `${formatFen(p.fen, unit)}（${formatPercent(p.fen, total, 1)}）`,
  }));
}

function Bars({
  rows,
  unit,
  horizontal,
}: {
  readonly rows: readonly Row[];
  readonly unit: MoneyUnit;
  readonly horizontal: boolean;
}) {
  const tick = (v: number): string => formatFen(v as Parameters<typeof formatFen>[0], unit, { decimals: 0 });
  return (
    <BarChart
      data={[...rows]}
      layout={horizontal ? 'vertical' : 'horizontal'}
      responsive
      style={{ width: '100%', height: horizontal ? Math.max(140, rows.length * 56 + 40) : 240 }}
      margin={{ top: 24, right: horizontal ? 150 : 16, bottom: 8, left: 8 }}
    >
      <CartesianGrid strokeDasharray="3 3" horizontal={!horizontal} vertical={horizontal} />
      {horizontal ? (
        <>
          <XAxis type="number" tickFormatter={tick} />
          <YAxis type="category" dataKey="name" width={110} />
        </>
      ) : (
        <>
          <XAxis dataKey="name" />
          <YAxis tickFormatter={tick} width={80} />
        </>
      )}
      <Bar dataKey="value" isAnimationActive={false}>
        {rows.map((r, i) => (
          <Cell key={r.name} fill={PALETTE[i % PALETTE.length] ?? '#0072B2'} />
        ))}
        <LabelList dataKey="label" position={horizontal ? 'right' : 'top'} />
      </Bar>
    </BarChart>
  );
}

export default function OverviewCharts({
  overview,
  unit,
}: {
  readonly overview: Overview;
  readonly unit: MoneyUnit;
}) {
  const totals = overview.yearPairs.find((p) => p.id === 'totals');
  const fiscal = overview.yearPairs.find((p) => p.id === 'fiscal-totals');
  const expenseParts = [overview.basic, overview.project].filter((x): x is OverviewFigure => x !== null);
  const table = (rows: readonly Row[], head: string) => ({
    columns: [head, `金额（${unit}）`],
    rows: rows.map((r) => [r.name, r.label]),
  });
  const charts: Array<{
    id: string;
    title: string;
    source: string;
    rows: Row[];
    horizontal: boolean;
    head: string;
  }> = [];
  if (totals)
    charts.push({
      id: 'fig1',
      title: '图1 收、支决算总计变动情况',
      source: `情况说明一（第 ${totals.current.place?.line} 行）；上年数由“比上年减少/增加额”推算`,
      rows: pairRows(totals, unit),
      horizontal: false,
      head: '年度',
    });
  if (overview.incomeSources.length > 0)
    charts.push({
      id: 'fig2',
      title: '图2 收入决算结构',
      source: `表2 合计行（第 ${overview.incomeSources[0]?.place?.line} 行）；空白栏次不画`,
      rows: partRows(overview.incomeSources, unit),
      horizontal: true,
      head: '收入来源',
    });
  if (expenseParts.length > 0)
    charts.push({
      id: 'fig3',
      title: '图3 支出决算结构',
      source: `表3 合计行（第 ${expenseParts[0]?.place?.line} 行）`,
      rows: partRows(expenseParts, unit),
      horizontal: true,
      head: '支出类型',
    });
  if (fiscal)
    charts.push({
      id: 'fig4',
      title: '图4 财政拨款收、支决算总计变动情况',
      source: `情况说明四（第 ${fiscal.current.place?.line} 行）；上年数由“比上年减少/增加额”推算`,
      rows: pairRows(fiscal, unit),
      horizontal: false,
      head: '年度',
    });
  return (
    <div className="chart-grid">
      {charts.map((c) => (
        <ChartFrame
          key={c.id}
          id={c.id}
          title={c.title}
          unit={unit}
          source={c.source}
          table={table(c.rows, c.head)}
        >
          <Bars rows={c.rows} unit={unit} horizontal={c.horizontal} />
        </ChartFrame>
      ))}
    </div>
  );
}
