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
import { axisRangeText, barDomain, dotDomain } from '@/components/chart-scale';
import type { Fen, MoneyUnit } from '@/domain/money';
import { fenPerUnit, formatFen, formatScaled } from '@/domain/money';
import type { ScorecardRow } from '@/domain/scorecards';

const BLUE = '#0072B2';

/** Ticks every `step` across `domain`. */
function stepTicks(domain: readonly [number, number], step: number): number[] {
  const out: number[] = [];
  for (let t = domain[0]; t <= domain[1]; t += step) out.push(t);
  return out;
}

/** Powers of ten of the shown unit (in Fen) around [min, max]: 1, 10, 100, 1,000 万元. */
function powerTicks(min: number, max: number, perUnit: number): number[] {
  const lo = Math.floor(Math.log10(min / perUnit));
  const hi = Math.ceil(Math.log10(max / perUnit));
  const out: number[] = [];
  for (let k = lo; k <= hi; k++) out.push(k >= 0 ? perUnit * 10 ** k : perUnit / 10 ** -k);
  return out;
}

/** Decimals a tick of `fen` needs in the shown unit (0.1 万元 needs one). */
function decimalsOf(fen: number, perUnit: number): number {
  let d = 0;
  while (d < 4 && Math.abs(fen) < perUnit / 10 ** d && fen !== 0) d++;
  return d;
}

/** A zoomed axis's range, printed at the top of the axis and reading into the plot's top margin. */
function AxisRange({
  text,
  viewBox,
}: {
  readonly text: string;
  readonly viewBox?: { x?: number; y?: number };
}) {
  return (
    <text
      x={viewBox?.x ?? 0}
      y={(viewBox?.y ?? 0) - 14}
      className="axis-range"
      textAnchor="start"
      fontSize={12}
    >
      {text}
    </text>
  );
}
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
  // Projects that kept every point crowd the top line: they are named in the caption, the others by their dots.
  const top = points.length > 0 ? Math.max(...points.map((p) => p.y)) : 0;
  const lost = points.map((p) => ({ ...p, label: p.y < top ? p.label : '' }));
  const atTop = points.filter((p) => p.y === top).map((p) => p.label);
  const rates = rows
    .filter((r) => r.rateBp !== null)
    .map((r) => ({
      name: `${r.id}`,
      value: (r.rateBp ?? 0) / 100,
      full: r.card.name,
      derived: r.rateDerived,
    }));
  // Money spans orders of magnitude (a 1 万元 fee beside a 1,000 万元 contract): a log axis keeps the small
  // projects apart, labelled at powers of ten in the shown unit; a linear one where any amount is 0.
  const xs = points.map((p) => p.x);
  const logX = xs.length > 1 && xs.every((x) => x > 0) && Math.max(...xs) >= 100 * Math.min(...xs);
  const xTicks = logX ? powerTicks(Math.min(...xs), Math.max(...xs), fenPerUnit(u)) : undefined;
  // Scores are out of 100 points (the template's total); a zoomed dot plot prints its range on the axis.
  const score = dotDomain(
    points.map((p) => p.y),
    100,
  );
  const scoreRange = score.zoomed ? axisRangeText(score.domain, '分') : null;
  // Rates can pass 100% (an over-spent budget): the bars start at zero and reach the largest rate.
  const rateDomain = barDomain(
    rates.map((r) => r.value),
    10,
    100,
  );
  return (
    <div className="chart-grid">
      <ChartFrame
        id="score-vs-money"
        title="自评得分与执行数"
        unit={`横轴 ${unit}，纵轴 分${scoreRange ? `；${scoreRange}` : ''}`}
        source={`各项目支出绩效自评表的执行数(B)与自评得分${logX ? '；横轴为对数刻度' : ''}${atTop.length > 1 ? `；得 ${top} 分（最高）的项目：${atTop.join('、')}` : ''}`}
        table={{
          columns: ['项目', `执行数（${unit}）`, '自评得分'],
          rows: points.map((p) => [p.name, formatFen(p.x, u), String(p.y)]),
        }}
      >
        <ScatterChart
          responsive
          style={{ width: '100%', height: 280 }}
          margin={{ top: scoreRange ? 40 : 16, right: 24, bottom: 8, left: 8 }}
        >
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis
            type="number"
            dataKey="x"
            name="执行数"
            {...(logX && xTicks
              ? { scale: 'log' as const, domain: [xTicks[0] ?? 1, xTicks.at(-1) ?? 1], ticks: xTicks }
              : {})}
            tickFormatter={(v: number) => formatFen(v as Fen, u, { decimals: decimalsOf(v, fenPerUnit(u)) })}
          />
          <YAxis
            type="number"
            dataKey="y"
            name="自评得分"
            domain={score.domain}
            ticks={stepTicks(score.domain, 5)}
            width={40}
            {...(scoreRange ? { label: <AxisRange text={scoreRange} /> } : {})}
          />
          <ZAxis range={[80, 80]} />
          <Scatter data={lost} fill={BLUE} isAnimationActive={false}>
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
          <YAxis domain={rateDomain} width={40} />
          <Bar dataKey="value" isAnimationActive={false}>
            {rates.map((r) => (
              <Cell key={r.name} fill={r.derived ? VERMILLION : BLUE} />
            ))}
            <LabelList
              dataKey="value"
              position="top"
              fontSize={11}
              formatter={(v: unknown) => `${Math.round(Number(v))}`}
            />
          </Bar>
        </BarChart>
      </ChartFrame>
    </div>
  );
}
