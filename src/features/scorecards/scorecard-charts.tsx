/**
 * Score against money (which costly projects scored low) and execution rates; lazily loaded. Plain SVG, like every
 * other chart of the dashboard: the dot plot zooms its score axis only with the range printed on it, and the rate
 * bars start at zero (a bar's length is its value). No axis is fitted to one document's values.
 */
import { lazy, Suspense } from 'react';

import type { BarDatum } from '@/components/bar-list-chart';
import { ChartFrame } from '@/components/chart-frame';
import { axisRangeText, dotDomain } from '@/components/chart-scale';
import type { DotDatum } from '@/components/dot-plot';
import type { Fen, MoneyUnit } from '@/domain/money';
import { dropTrailingZeros, fenPerUnit, formatFen, formatScaled } from '@/domain/money';
import type { ScorecardRow } from '@/domain/scorecards';
import { cardLabel } from '@/domain/scorecards';

const BarListChart = lazy(() => import('@/components/bar-list-chart'));
const DotPlot = lazy(() => import('@/components/dot-plot'));

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

/** Linear ticks for money: about four round steps from 0 (1, 2 or 5 × 10ⁿ). */
function moneyTicks(max: number): number[] {
  if (max <= 0) return [0, 1];
  const rough = max / 4;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((m) => m * magnitude).find((s) => s >= rough) ?? 10 * magnitude;
  const out: number[] = [];
  for (let t = 0; t <= max + step / 1e6; t += step) out.push(t);
  if ((out.at(-1) ?? 0) < max) out.push((out.at(-1) ?? 0) + step);
  return out;
}

/** Decimals a tick of `fen` needs in the shown unit (0.1 万元 needs one). */
function decimalsOf(fen: number, perUnit: number): number {
  let d = 0;
  while (d < 4 && Math.abs(fen) < perUnit / 10 ** d && fen !== 0) d++;
  return d;
}

const hundredthsText = (units: number, scale: number): string =>
  dropTrailingZeros(formatScaled(units * 10 ** (2 - scale), 2, false));

export default function ScorecardCharts({
  rows,
  unit,
}: {
  readonly rows: readonly ScorecardRow[];
  readonly unit: string;
}) {
  const u = unit as MoneyUnit;
  const perUnit = fenPerUnit(u);
  const points = rows
    .filter((r) => r.card.execution && r.card.selfScore)
    .map((r) => {
      const execution = r.card.execution!.fen;
      const score = r.card.selfScore!.value;
      return {
        id: r.id,
        name: cardLabel(r.card),
        // A dot is labelled by the card's printed number, or by its place among the cards when none is printed.
        short: r.card.summary ? String(r.card.summary.index) : `第${rows.indexOf(r) + 1}张`,
        x: execution,
        // Scores print with at most two decimals: hundredths are exact integers.
        y: (score.units * 10 ** (2 - score.scale)) / 100,
        scoreText: hundredthsText(score.units, score.scale),
      };
    });
  // Projects that kept every point crowd the top line: they are named in the caption, the others by their dots.
  const top = points.length > 0 ? Math.max(...points.map((p) => p.y)) : 0;
  const atTop = points.filter((p) => p.y === top).map((p) => p.short);
  const dots: DotDatum[] = points.map((p) => ({
    id: p.id,
    x: p.x,
    y: p.y,
    label: p.y < top ? p.short : '',
    ariaLabel: `${p.name}：执行数 ${formatFen(p.x, u)} ${unit}，自评得分 ${p.scoreText} 分`,
  }));
  // Money spans orders of magnitude (a 1 万元 fee beside a 1,000 万元 contract): a log axis keeps the small
  // projects apart, labelled at powers of ten in the shown unit; a linear one from 0 where any amount is 0.
  const xs = points.map((p) => p.x);
  const logX = xs.length > 1 && xs.every((x) => x > 0) && Math.max(...xs) >= 100 * Math.min(...xs);
  const xTicks = logX
    ? powerTicks(Math.min(...xs), Math.max(...xs), perUnit)
    : moneyTicks(Math.max(0, ...xs));
  // Scores are out of 100 points (the template's total); a zoomed dot plot prints its range on the axis.
  const score = dotDomain(
    points.map((p) => p.y),
    100,
  );
  const scoreRange = score.zoomed ? axisRangeText(score.domain, '分') : null;

  const rates = rows.filter((r) => r.rateBp !== null);
  const rateText = (r: ScorecardRow): string =>
    `${dropTrailingZeros(formatScaled(r.rateBp ?? 0, 2, true))}%${r.rateDerived ? '（推算）' : ''}`;
  const bars: BarDatum[] = rates.map((r) => ({
    id: r.id,
    name: cardLabel(r.card),
    // Basis points: integers, plotted from zero.
    value: r.rateBp ?? 0,
    valueText: rateText(r),
    ariaLabel: `${cardLabel(r.card)}：执行率 ${rateText(r)}${r.rateDerived ? '，未印出，按 B ÷ A 推算' : ''}`,
    tone: r.rateDerived ? 'over' : 'default',
    interactive: false,
  }));

  return (
    <div className="chart-grid">
      <ChartFrame
        id="score-vs-money"
        title="自评得分与执行数"
        unit={`横轴 ${unit}，纵轴 分${scoreRange ? `；${scoreRange}` : ''}`}
        source={`各项目支出绩效自评表的执行数(B)与自评得分${logX ? '；横轴为对数刻度' : ''}${
          atTop.length > 1 ? `；得 ${top} 分（最高）的项目：${atTop.join('、')}` : ''
        }`}
        table={{
          columns: ['项目', `执行数（${unit}）`, '自评得分'],
          rows: points.map((p) => [p.name, formatFen(p.x, u), p.scoreText]),
        }}
      >
        <Suspense fallback={<p className="loading">正在载入图表…</p>}>
          <DotPlot
            data={dots}
            x={{
              domain: [xTicks[0] ?? 0, xTicks.at(-1) ?? 1],
              ticks: xTicks,
              log: logX,
              format: (v) => formatFen(v as Fen, u, { decimals: decimalsOf(v, perUnit) }),
            }}
            y={{ domain: score.domain, ticks: stepTicks(score.domain, 5), format: (v) => String(v) }}
            yRange={scoreRange}
            label={`自评得分与执行数，横轴 ${unit}${logX ? '（对数刻度）' : ''}，纵轴 分`}
          />
        </Suspense>
      </ChartFrame>
      <ChartFrame
        id="execution-rates"
        title="各项目执行率"
        unit="%"
        source="各项目支出绩效自评表的执行率(B/A)；未印出的按 B/A 推算（朱红）"
        table={{
          columns: ['项目', '执行率'],
          rows: rates.map((r) => [cardLabel(r.card), rateText(r)]),
        }}
      >
        <Suspense fallback={<p className="loading">正在载入图表…</p>}>
          <BarListChart
            data={bars}
            tickFormatter={(bp) => `${dropTrailingZeros(formatScaled(bp, 2, false))}%`}
            label="各项目执行率，单位：%"
          />
        </Suspense>
      </ChartFrame>
    </div>
  );
}
