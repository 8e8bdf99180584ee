/**
 * A horizontal bar list: one band per item, its name and direct value label on a text line above its bar, so long
 * Chinese names stay readable at any width and a tiny item keeps a full-width target. Every mark is focusable and
 * names its exact value; Enter or Space activates an interactive mark, the arrow keys (and Home/End) move between
 * marks. Negative values extend left of a drawn zero line.
 *
 * Drawn as plain SVG, like every chart of the dashboard (the dot plot too): the scale is ours (niceScale). recharts,
 * which drew the charts before, was most of a drill step's script time and of the first screen's, and 110 KB of the
 * 380 KB of JS (gzip) when only the scorecard charts still used it (issue #14 removed it to meet the 320 KB budget).
 */
import type { KeyboardEvent, MouseEvent, ReactElement } from 'react';
import { useEffect, useRef } from 'react';

import type { MarkStep } from './chart-marks';
import { moveMarkFocus, useElementWidth } from './chart-marks';

import './bar-list-chart.css';

export type BarTone = 'default' | 'selected' | 'over' | 'under' | 'muted';

export interface BarDatum {
  readonly id: string;
  /** Shown on the band's text line (truncated with … to fit; the full text is in ariaLabel and the table). */
  readonly name: string;
  /** The plotted number (Fen, or a scaled integer for percentages). */
  readonly value: number;
  /** The direct label, right-aligned on the text line. */
  readonly valueText: string;
  /** What a screen reader announces on focus: the item and its exact values. */
  readonly ariaLabel: string;
  readonly tone: BarTone;
  /** Interactive marks are buttons (Enter/Space/click call onActivate); others are images with a name. */
  readonly interactive: boolean;
  /** For interactive marks that select: whether this one is selected. */
  readonly pressed?: boolean;
  /** A short line under the bar (e.g. the stated reason), truncated to fit. */
  readonly note?: string;
}

export interface FocusRequest {
  readonly id: string;
  /** Bump to repeat a request for the same id. */
  readonly seq: number;
}

interface BarListChartProps {
  readonly data: readonly BarDatum[];
  readonly tickFormatter: (value: number) => string;
  readonly onActivate?: (id: string, how: 'pointer' | 'keyboard') => void;
  /** Move keyboard focus to a mark once it is drawn (after a drill step made with the keyboard). */
  readonly focusRequest?: FocusRequest | null;
  /** Accessible name of the chart (the marks are its children). */
  readonly label: string;
}

const BAND = 46;
const MARGIN = { top: 2, right: 8, bottom: 2, left: 8 } as const;
const AXIS_HEIGHT = 30;
const BAND_WITH_NOTE = 64;
const FONT = 13;
/** Okabe–Ito blue / vermillion and a neutral grey: distinguishable with colour-blindness, ≥ 3:1 on white. */
const TONE_FILL: Readonly<Record<BarTone, string>> = {
  default: '#0072B2',
  under: '#0072B2',
  selected: '#D55E00',
  over: '#D55E00',
  muted: '#6b6b6b',
};

/** Rough rendered width: CJK glyphs one em, Latin digits and punctuation about 0.6 em. */
function textWidth(text: string, size: number): number {
  let w = 0;
  for (const ch of text) w += ch.charCodeAt(0) < 0x2000 ? size * 0.6 : size;
  return w;
}

function fitText(text: string, max: number, size: number): string {
  if (textWidth(text, size) <= max) return text;
  let out = '';
  for (const ch of text) {
    if (textWidth(`${out}${ch}…`, size) > max) break;
    out += ch;
  }
  return out.length > 0 ? `${out}…` : '';
}

const MARK_SELECTOR = 'g.bar-mark';

/** A white halo keeps text readable where it crosses the zero line or a grid line. */
const HALO = { stroke: '#ffffff', strokeWidth: 3, paintOrder: 'stroke' } as const;

/** A zero-based axis with about four round steps (1, 2, 2.5 or 5 × 10ⁿ) covering every value, negatives included. */
function niceScale(values: readonly number[]): { domain: [number, number]; ticks: number[] } {
  const lo = Math.min(0, ...values);
  const hi = Math.max(0, ...values);
  const range = hi - lo;
  if (range === 0) return { domain: [0, 1], ticks: [0, 1] };
  const rough = range / 4;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((s) => s >= rough) ?? 10 * magnitude;
  // A sliver below (or above) zero, such as −0.01 beside +161.79, gets a small margin rather than a whole step.
  const start = lo === 0 ? 0 : -lo < step / 4 ? lo - range / 50 : Math.floor(lo / step) * step;
  const end = hi === 0 ? 0 : hi < step / 4 ? hi + range / 50 : Math.ceil(hi / step) * step;
  const ticks: number[] = [];
  for (let t = Math.ceil(start / step) * step; t <= end + step / 1e6; t += step)
    ticks.push(Math.round(t / step) * step);
  return { domain: [start, end], ticks };
}

const moveFocus = (from: Element, step: MarkStep): void => moveMarkFocus(from, MARK_SELECTOR, step);

export default function BarListChart({
  data,
  tickFormatter,
  onActivate,
  focusRequest,
  label,
}: BarListChartProps) {
  const ref = useRef<HTMLDivElement>(null);
  // The chart fills its container's width.
  const width = useElementWidth(ref);

  useEffect(() => {
    if (!focusRequest) return;
    // The marks are replaced when new data arrives, which can drop the focus to the body: keep the focus on the
    // requested mark for a short while, unless the user has moved it elsewhere.
    let frame = 0;
    let frames = 0;
    let focused = false;
    const selector = `${MARK_SELECTOR}[data-id="${CSS.escape(focusRequest.id)}"]`;
    const attempt = (): void => {
      const el = ref.current?.querySelector<SVGGElement>(selector);
      const active = document.activeElement;
      const lost = active === null || active === document.body;
      if (el && active !== el && (!focused || lost)) {
        el.focus();
        focused = true;
      } else if (focused && !lost && active !== el) {
        return;
      }
      if (frames++ < 45) frame = requestAnimationFrame(attempt);
    };
    attempt();
    return () => cancelAnimationFrame(frame);
  }, [focusRequest]);

  const { domain, ticks } = niceScale(data.map((d) => d.value));
  const band = data.some((d) => d.note) ? BAND_WITH_NOTE : BAND;
  const plotTop = MARGIN.top;
  const plotH = data.length * band;
  const height = plotTop + plotH + AXIS_HEIGHT + MARGIN.bottom;
  const plotX = MARGIN.left;
  const plotW = Math.max(0, width - MARGIN.left - MARGIN.right);
  const span = domain[1] - domain[0];
  const xOf = (v: number): number => plotX + (span === 0 ? 0 : ((v - domain[0]) / span) * plotW);
  const zeroX = xOf(0);

  const renderMark = (d: BarDatum, index: number): ReactElement => {
    const bandY = plotTop + index * band;
    const valueX = xOf(d.value);
    const left = Math.min(zeroX, valueX);
    const w = Math.abs(valueX - zeroX);
    const barY = bandY + 21;
    const barH = 18;
    const valueW = textWidth(d.valueText, FONT);
    const name = fitText(d.name, Math.max(0, plotW - valueW - 12), FONT);
    const activate = (how: 'pointer' | 'keyboard'): void => onActivate?.(d.id, how);
    const onKeyDown = (e: KeyboardEvent<SVGGElement>): void => {
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        if (d.interactive) activate('keyboard');
      } else if (e.key === 'ArrowDown' || e.key === 'ArrowRight') {
        e.preventDefault();
        moveFocus(e.currentTarget, 'next');
      } else if (e.key === 'ArrowUp' || e.key === 'ArrowLeft') {
        e.preventDefault();
        moveFocus(e.currentTarget, 'prev');
      } else if (e.key === 'Home' || e.key === 'End') {
        e.preventDefault();
        moveFocus(e.currentTarget, e.key === 'Home' ? 'first' : 'last');
      }
    };
    const onClick = (e: MouseEvent<SVGGElement>): void => {
      e.stopPropagation();
      if (d.interactive) activate('pointer');
    };
    const selected = d.pressed === true;
    return (
      <g
        key={d.id}
        className={`bar-mark tone-${d.tone}${d.interactive ? ' interactive' : ''}${selected ? ' selected' : ''}`}
        data-id={d.id}
        role={d.interactive ? 'button' : 'img'}
        tabIndex={0}
        aria-label={d.ariaLabel}
        {...(d.interactive && d.pressed !== undefined ? { 'aria-pressed': selected } : {})}
        onClick={onClick}
        onKeyDown={onKeyDown}
      >
        <rect
          className="bar-hit"
          x={plotX - 4}
          y={bandY + 1}
          width={plotW + 8}
          height={band - 2}
          rx={4}
          fill={selected ? '#fff1e8' : 'transparent'}
        />
        <text
          x={plotX}
          y={bandY + 16}
          fontSize={FONT}
          fill="#1b1b1b"
          fontWeight={selected ? 700 : 400}
          {...HALO}
        >
          {name}
        </text>
        <text
          x={plotX + plotW}
          y={bandY + 16}
          fontSize={FONT}
          fill="#1b1b1b"
          textAnchor="end"
          fontWeight={selected ? 700 : 400}
          {...HALO}
        >
          {d.valueText}
        </text>
        <rect
          x={d.value === 0 ? zeroX - 0.5 : left}
          y={barY}
          width={d.value === 0 ? 1 : Math.max(2, w)}
          height={barH}
          fill={TONE_FILL[d.tone]}
          stroke={selected ? '#1b1b1b' : 'none'}
          strokeWidth={selected ? 1.5 : 0}
        />
        {d.note ? (
          <text x={plotX} y={barY + barH + 14} fontSize={12} fill="#4a4a4a" {...HALO}>
            {fitText(d.note, plotW, 12)}
          </text>
        ) : null}
      </g>
    );
  };

  const axisY = plotTop + plotH;
  return (
    <div ref={ref} className="bar-list-chart" role="group" aria-label={label}>
      {width > 0 ? (
        <svg className="bar-list-surface" width={width} height={height} viewBox={`0 0 ${width} ${height}`}>
          <g className="bar-grid" aria-hidden="true">
            {ticks.map((t) => (
              <line key={t} x1={xOf(t)} x2={xOf(t)} y1={plotTop} y2={axisY} stroke="#e4e4dc" />
            ))}
          </g>
          {data.map(renderMark)}
          {domain[0] < 0 ? (
            <line
              className="bar-zero-line"
              x1={zeroX}
              x2={zeroX}
              y1={plotTop}
              y2={axisY}
              stroke="#1b1b1b"
              strokeWidth={1.5}
              aria-hidden="true"
            />
          ) : null}
          <g className="bar-axis" aria-hidden="true">
            <line x1={plotX} x2={plotX + plotW} y1={axisY} y2={axisY} stroke="#8a8a80" />
            {ticks.map((t, i) => (
              <g key={t}>
                <line x1={xOf(t)} x2={xOf(t)} y1={axisY} y2={axisY + 6} stroke="#8a8a80" />
                <text
                  x={xOf(t)}
                  y={axisY + 20}
                  fontSize={12}
                  fill="#3d3d3d"
                  textAnchor={
                    i === 0 && t === domain[0] ? 'start' : i === ticks.length - 1 ? 'end' : 'middle'
                  }
                >
                  {tickFormatter(t)}
                </text>
              </g>
            ))}
          </g>
        </svg>
      ) : (
        <div style={{ height }} />
      )}
    </div>
  );
}
