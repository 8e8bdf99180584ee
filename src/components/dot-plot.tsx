/**
 * A dot plot (x against y, one dot per item), plain SVG like the bar list: the axes are given by the caller
 * (domains and ticks, never fitted here), x may be logarithmic, and a zoomed y axis prints its range on the axis.
 * Every dot is focusable and names its exact values; the arrow keys (and Home/End) move between dots in x order.
 * Labels are drawn beside the dots that carry one; crowded dots can go unlabelled (the caller says which in its
 * caption, and the chart's table lists all).
 */
import type { KeyboardEvent } from 'react';
import { useRef } from 'react';

import type { MarkStep } from './chart-marks';
import { moveMarkFocus, useElementWidth } from './chart-marks';

import './bar-list-chart.css';

export interface DotDatum {
  readonly id: string;
  readonly x: number;
  readonly y: number;
  /** Drawn above the dot ('' for none). */
  readonly label: string;
  /** What a screen reader announces on focus: the item and its exact values. */
  readonly ariaLabel: string;
}

export interface DotAxis {
  readonly domain: readonly [number, number];
  readonly ticks: readonly number[];
  readonly format: (value: number) => string;
  readonly log?: boolean;
}

interface DotPlotProps {
  readonly data: readonly DotDatum[];
  readonly x: DotAxis;
  readonly y: DotAxis;
  /** Printed at the top of the y axis when it does not start at zero (`纵轴自 85 起（85–100 分）`). */
  readonly yRange?: string | null;
  /** Accessible name of the chart (the dots are its children). */
  readonly label: string;
  readonly height?: number;
}

const MARGIN = { top: 34, right: 20, bottom: 30, left: 44 } as const;
const DOT = '#0072B2';

function scaleOf(axis: DotAxis, from: number, to: number): (v: number) => number {
  const [lo, hi] = axis.domain;
  if (axis.log && lo > 0 && hi > lo) {
    const a = Math.log10(lo);
    const b = Math.log10(hi);
    return (v) => from + ((Math.log10(Math.max(v, lo)) - a) / (b - a)) * (to - from);
  }
  const span = hi - lo;
  return (v) => from + (span === 0 ? 0 : ((v - lo) / span) * (to - from));
}

/** A dot's label is centred over it, but never past the plot's edges: near an edge it ends (or starts) at the dot. */
function labelAnchor(cx: number, left: number, right: number): 'start' | 'middle' | 'end' {
  if (cx > right - 40) return 'end';
  if (cx < left + 40) return 'start';
  return 'middle';
}

export default function DotPlot({ data, x, y, yRange = null, label, height = 300 }: DotPlotProps) {
  const ref = useRef<HTMLDivElement>(null);
  const width = useElementWidth(ref);

  const left = MARGIN.left;
  const right = Math.max(left + 1, width - MARGIN.right);
  const top = MARGIN.top;
  const bottom = height - MARGIN.bottom;
  const xOf = scaleOf(x, left, right);
  const yOf = scaleOf(y, bottom, top);
  const sorted = [...data].sort((a, b) => a.x - b.x || b.y - a.y);

  const onKeyDown = (e: KeyboardEvent<SVGGElement>): void => {
    const steps: Partial<Record<string, MarkStep>> = {
      ArrowRight: 'next',
      ArrowDown: 'next',
      ArrowLeft: 'prev',
      ArrowUp: 'prev',
      Home: 'first',
      End: 'last',
    };
    const step = steps[e.key];
    if (!step) return;
    e.preventDefault();
    moveMarkFocus(e.currentTarget, 'g.dot-mark', step);
  };

  return (
    <div ref={ref} className="dot-plot" role="group" aria-label={label}>
      {width > 0 ? (
        <svg className="dot-plot-surface" width={width} height={height} viewBox={`0 0 ${width} ${height}`}>
          <g className="dot-grid" aria-hidden="true">
            {x.ticks.map((t) => (
              <line key={`x${t}`} x1={xOf(t)} x2={xOf(t)} y1={top} y2={bottom} stroke="#e4e4dc" />
            ))}
            {y.ticks.map((t) => (
              <line key={`y${t}`} x1={left} x2={right} y1={yOf(t)} y2={yOf(t)} stroke="#e4e4dc" />
            ))}
          </g>
          <g className="dot-axis" aria-hidden="true">
            <line x1={left} x2={right} y1={bottom} y2={bottom} stroke="#8a8a80" />
            <line x1={left} x2={left} y1={top} y2={bottom} stroke="#8a8a80" />
            {x.ticks.map((t, i) => (
              <text
                key={`x${t}`}
                x={xOf(t)}
                y={bottom + 18}
                fontSize={12}
                fill="#3d3d3d"
                textAnchor={i === 0 ? 'start' : i === x.ticks.length - 1 ? 'end' : 'middle'}
              >
                {x.format(t)}
              </text>
            ))}
            {y.ticks.map((t) => (
              <text
                key={`y${t}`}
                className="y-tick"
                x={left - 6}
                y={yOf(t) + 4}
                fontSize={12}
                fill="#3d3d3d"
                textAnchor="end"
              >
                {y.format(t)}
              </text>
            ))}
            {yRange ? (
              <text className="axis-range" x={left - 36} y={top - 18} fontSize={12} fill="#1b1b1b">
                {yRange}
              </text>
            ) : null}
          </g>
          {sorted.map((d) => (
            <g
              key={d.id}
              className="dot-mark"
              data-id={d.id}
              role="img"
              tabIndex={0}
              aria-label={d.ariaLabel}
              onKeyDown={onKeyDown}
            >
              <circle cx={xOf(d.x)} cy={yOf(d.y)} r={12} fill="transparent" />
              <circle cx={xOf(d.x)} cy={yOf(d.y)} r={5.5} fill={DOT} stroke="#ffffff" strokeWidth={1} />
              {d.label ? (
                <text
                  x={xOf(d.x)}
                  y={yOf(d.y) - 9}
                  fontSize={12}
                  fill="#3d3d3d"
                  textAnchor={labelAnchor(xOf(d.x), left, right)}
                  stroke="#ffffff"
                  strokeWidth={3}
                  paintOrder="stroke"
                >
                  {d.label}
                </text>
              ) : null}
            </g>
          ))}
        </svg>
      ) : (
        <div style={{ height }} />
      )}
    </div>
  );
}
