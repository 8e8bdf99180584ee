/**
 * One frame for every chart: title, unit, source note, a toggle to the chart's data table (the accessible
 * alternative, also what prints), and an export of the chart as a PNG with the title, unit and source painted in.
 * Props in; the chart itself is a child (an SVG).
 */
import type { ReactNode } from 'react';
import { useId, useRef, useState } from 'react';

import { saveBlob } from './download';

export interface ChartTable {
  readonly columns: readonly string[];
  readonly rows: ReadonlyArray<readonly string[]>;
}

interface ChartFrameProps {
  readonly title: string;
  readonly unit: string;
  readonly source: string;
  readonly table: ChartTable;
  readonly children: ReactNode;
  readonly id?: string;
  /** A line under the title: how to read or use the chart. */
  readonly hint?: ReactNode;
  /** File name of the PNG, without extension (default: the title). */
  readonly exportName?: string;
  readonly className?: string;
}

// Inline so the frame lays out the same in every view, whichever stylesheet is loaded.
const ACTIONS_STYLE = {
  marginLeft: 'auto',
  display: 'inline-flex',
  gap: '0.4rem',
  flexWrap: 'wrap',
} as const;
const HINT_STYLE = { flexBasis: '100%', color: 'var(--muted)', fontSize: '0.85rem' } as const;

export function ChartFrame({
  title,
  unit,
  source,
  table,
  children,
  id,
  hint,
  exportName,
  className,
}: ChartFrameProps) {
  const [showTable, setShowTable] = useState(false);
  const [exportState, setExportState] = useState<'idle' | 'busy' | 'failed'>('idle');
  const bodyRef = useRef<HTMLDivElement>(null);
  const headingId = useId();
  const onExport = (): void => {
    const body = bodyRef.current;
    const svg = body?.querySelector<SVGSVGElement>('svg');
    if (!svg) {
      setExportState('failed');
      return;
    }
    setExportState('busy');
    exportChartPng(svg, { title, unit, source, fileName: exportName ?? title }).then(
      () => setExportState('idle'),
      () => setExportState('failed'),
    );
  };
  return (
    <figure
      className={`chart-frame panel${className ? ` ${className}` : ''}`}
      aria-labelledby={headingId}
      id={id}
    >
      <figcaption className="chart-head">
        <span id={headingId} className="chart-title">
          {title}
        </span>
        <span className="chart-unit">单位：{unit}</span>
        <span className="chart-actions" style={ACTIONS_STYLE}>
          <button
            type="button"
            className="chart-toggle"
            aria-pressed={showTable}
            onClick={() => setShowTable((v) => !v)}
          >
            {showTable ? '显示图表' : '显示数据表'}
          </button>
          {showTable ? null : (
            <button
              type="button"
              className="chart-toggle chart-export"
              onClick={onExport}
              disabled={exportState === 'busy'}
              aria-label={`导出 PNG：${title}`}
            >
              导出 PNG
            </button>
          )}
        </span>
        {hint ? (
          <span className="chart-hint" style={HINT_STYLE}>
            {hint}
          </span>
        ) : null}
      </figcaption>
      {showTable ? (
        <div className="table-scroll">
          <table className="chart-table">
            <caption className="visually-hidden">{title}</caption>
            <thead>
              <tr>
                {table.columns.map((c) => (
                  <th key={c} scope="col">
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((r, i) => (
                <tr key={i}>
                  {r.map((cell, j) =>
                    j === 0 ? (
                      <th key={j} scope="row">
                        {cell}
                      </th>
                    ) : (
                      <td key={j}>{cell}</td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <div className="chart-body" ref={bodyRef}>
          {children}
        </div>
      )}
      <p className="chart-source">来源：{source}</p>
      {exportState === 'failed' ? (
        <p className="chart-export-error" role="alert">
          导出失败：图表尚未绘出，请稍后再试。
        </p>
      ) : null}
    </figure>
  );
}

/** Presentation properties copied inline, so the serialized SVG looks as it does on screen. */
const INLINE_STYLES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
  'visibility',
  'display',
] as const;

const PNG_SCALE = 2;
const PAD = 16;

/**
 * Draws `svg` onto a canvas under its title and unit, above its source note, and downloads it as `<fileName>.png`.
 * The SVG is cloned with its computed presentation styles inlined, so no stylesheet is needed.
 */
async function exportChartPng(
  svg: SVGSVGElement,
  meta: { readonly title: string; readonly unit: string; readonly source: string; readonly fileName: string },
): Promise<void> {
  const box = svg.getBoundingClientRect();
  const width = Math.max(1, Math.round(box.width));
  const height = Math.max(1, Math.round(box.height));
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const originals = [svg, ...Array.from(svg.querySelectorAll('*'))];
  const copies = [clone, ...Array.from(clone.querySelectorAll('*'))];
  originals.forEach((el, i) => {
    const copy = copies[i];
    if (!(copy instanceof SVGElement)) return;
    const cs = getComputedStyle(el);
    // Through the CSSOM, which the Content-Security-Policy allows (a style attribute string it refuses).
    copy.style.cssText = '';
    for (const p of INLINE_STYLES) copy.style.setProperty(p, cs.getPropertyValue(p));
    copy.removeAttribute('tabindex');
  });
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  clone.setAttribute('viewBox', `0 0 ${width} ${height}`);
  const markup = new XMLSerializer().serializeToString(clone);
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(markup)}`;
  await image.decode();

  const font = getComputedStyle(svg).fontFamily || 'sans-serif';
  const canvas = document.createElement('canvas');
  const measure = canvas.getContext('2d');
  if (!measure) throw new Error('no 2d context');
  const outerWidth = width + 2 * PAD;
  measure.font = `12px ${font}`;
  const sourceLines = wrapText(measure, `来源：${meta.source}`, outerWidth - 2 * PAD);
  const headHeight = PAD + 24 + 20 + 8;
  const footHeight = 8 + sourceLines.length * 17 + PAD;
  canvas.width = outerWidth * PNG_SCALE;
  canvas.height = (headHeight + height + footHeight) * PNG_SCALE;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2d context');
  ctx.scale(PNG_SCALE, PNG_SCALE);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, outerWidth, headHeight + height + footHeight);
  ctx.textBaseline = 'alphabetic';
  ctx.fillStyle = '#1b1b1b';
  ctx.font = `700 17px ${font}`;
  ctx.fillText(meta.title, PAD, PAD + 17, outerWidth - 2 * PAD);
  ctx.fillStyle = '#3d3d3d';
  ctx.font = `13px ${font}`;
  ctx.fillText(`单位：${meta.unit}`, PAD, PAD + 24 + 15);
  ctx.drawImage(image, PAD, headHeight, width, height);
  ctx.fillStyle = '#555555';
  ctx.font = `12px ${font}`;
  sourceLines.forEach((line, i) => ctx.fillText(line, PAD, headHeight + height + 8 + 13 + i * 17));

  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error('toBlob failed');
  saveBlob(blob, `${meta.fileName}.png`);
}

function wrapText(ctx: CanvasRenderingContext2D, text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const ch of text) {
    if (ctx.measureText(line + ch).width > max && line !== '') {
      lines.push(line);
      line = ch;
    } else line += ch;
  }
  if (line) lines.push(line);
  return lines;
}
