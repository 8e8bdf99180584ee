/** Score against money (which costly projects scored low) and execution rates; lazily loaded. */
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  LabelList,
  Scatter,
  ScatterChart,
  XAxis,
  YAxis,
  ZAxis,
} from 'recharts';

import { ChartFrame } from '@/components/chart-frame';
import type { Fen, MoneyUnit } from '@/domain/money';
import { formatFen, formatScaled } from '@/domain/money';
import type { ScorecardRow } from '@/domain/scorecards';

const BLUE = '#0072B2';
const VERMILLION = '#D55E00';

export default function ScorecardCharts({
  rows,
  unit,
}: {
  readonly rows: readonly ScorecardRow[];
  readonly unit: string;
}) {
  const u = unit as MoneyUnit;
  const points = rows
    .filter((r) => r.card.execution && r.card.selfScore)
    .map((r) => ({
      name: `${r.id}. ${r.card.name}`,
      x: r.card.execution!.fen,
      y: r.card.selfScore!.value.units / 10 ** r.card.selfScore!.value.scale,
      label: `${r.id}`,
    }));
  const rates = rows
    .filter((r) => r.rateBp !== null)
    .map((r) => ({
      name: `${r.id}`,
      value: (r.rateBp ?? 0) / 100,
      full: r.card.name,
      derived: r.rateDerived,
    }));
  return (
    <div className="chart-grid">
      <ChartFrame
        id="score-vs-money"
        title="自评得分与执行数"
        unit={`横轴 ${unit}，纵轴 分`}
        source="各项目支出绩效自评表的执行数(B)与自评得分"
        table={{
          columns: ['项目', `执行数（${unit}）`, '自评得分'],
          rows: points.map((p) => [p.name, formatFen(p.x, u), String(p.y)]),
        }}
      >
        <ScatterChart
          responsive
          style={{ width: '100%', height: 280 }}
          margin={{ top: 16, right: 24, bottom: 8, left: 8 }}
        >
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis
            type="number"
            dataKey="x"
            name="执行数"
            tickFormatter={(v: number) => formatFen(v as Fen, u, { decimals: 0 })}
          />
          <YAxis type="number" dataKey="y" name="自评得分" domain={[90, 100]} width={40} />
          <ZAxis range={[80, 80]} />
          <Scatter data={points} fill={BLUE} isAnimationActive={false}>
            <LabelList dataKey="label" position="top" />
          </Scatter>
        </ScatterChart>
      </ChartFrame>
      <ChartFrame
        id="execution-rates"
        title="各项目执行率"
        unit="%"
        source="各项目支出绩效自评表的执行率(B/A)；未印出的按 B/A 推算（橙色）"
        table={{
          columns: ['项目', '执行率'],
          rows: rates.map((r) => [
            `${r.name}. ${r.full}`,
            `${formatScaled(Math.round(r.value * 100), 2, true)}%${r.derived ? '（推算）' : ''}`,
          ]),
        }}
      >
        <BarChart
          data={rates}
          responsive
          style={{ width: '100%', height: 280 }}
          margin={{ top: 24, right: 16, bottom: 8, left: 8 }}
        >
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="name" interval={0} />
          <YAxis domain={[80, 100]} width={40} />
          <Bar dataKey="value" isAnimationActive={false}>
            {rates.map((r) => (
              <Cell key={r.name} fill={r.derived ? VERMILLION : BLUE} />
            ))}
            <LabelList
              dataKey="value"
              position="top"
              formatter={(v: unknown) => `${Math.round(Number(v))}`}
            />
          </Bar>
        </BarChart>
      </ChartFrame>
    </div>
  );
}
