/**
 * 图1–图4 of the document (referred to but not printed in the text): drawn from printed figures and, for last
 * year, from the stated changes. Plain SVG bar lists (components/bar-list-chart), so the first screen loads no chart
 * library and draws them in the same pass as the headline figures.
 */
import BarListChart from '@/components/bar-list-chart';
import type { BarDatum } from '@/components/bar-list-chart';
import { ChartFrame } from '@/components/chart-frame';
import type { MoneyUnit } from '@/domain/money';
import { formatFen, formatPercent, moneyTick } from '@/domain/money';
import type { Overview, OverviewFigure, YearPair } from '@/domain/overview';

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

/** One mark per row; in a year pair the derived previous year is muted, this year's bar in colour. */
function Bars({
  rows,
  unit,
  pair,
  title,
}: {
  readonly rows: readonly Row[];
  readonly unit: MoneyUnit;
  readonly pair: boolean;
  readonly title: string;
}) {
  const data: BarDatum[] = rows.map((r, i) => ({
    id: `${i}`,
    name: r.name,
    value: r.value,
    valueText: r.label,
    ariaLabel: `${r.name}：${r.label} ${unit}`,
    tone: pair && i === 0 ? 'muted' : 'default',
    interactive: false,
  }));
  return (
    <BarListChart
      data={data}
      tickFormatter={moneyTick(
        unit,
        rows.map((r) => r.value),
      )}
      label={`${title}，单位：${unit}`}
    />
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
    pair: boolean;
    head: string;
  }> = [];
  if (totals)
    charts.push({
      id: 'fig1',
      title: '图1 收、支决算总计变动情况',
      source: `${totals.current.place?.where ?? '情况说明'}（第 ${totals.current.place?.line} 行）；上年数由“比上年减少/增加额”推算`,
      rows: pairRows(totals, unit),
      pair: true,
      head: '年度',
    });
  if (overview.incomeSources.length > 0)
    charts.push({
      id: 'fig2',
      title: '图2 收入决算结构',
      source: `表2 合计行（第 ${overview.incomeSources[0]?.place?.line} 行）；空白栏次不画`,
      rows: partRows(overview.incomeSources, unit),
      pair: false,
      head: '收入来源',
    });
  if (expenseParts.length > 0)
    charts.push({
      id: 'fig3',
      title: '图3 支出决算结构',
      source: `表3 合计行（第 ${expenseParts[0]?.place?.line} 行）`,
      rows: partRows(expenseParts, unit),
      pair: false,
      head: '支出类型',
    });
  if (fiscal)
    charts.push({
      id: 'fig4',
      title: '图4 财政拨款收、支决算总计变动情况',
      source: `${fiscal.current.place?.where ?? '情况说明'}（第 ${fiscal.current.place?.line} 行）；上年数由“比上年减少/增加额”推算`,
      rows: pairRows(fiscal, unit),
      pair: true,
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
          <Bars rows={c.rows} unit={unit} pair={c.pair} title={c.title} />
        </ChartFrame>
      ))}
    </div>
  );
}
