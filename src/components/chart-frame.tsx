/**
 * One frame for every chart: title, unit, source note, and a toggle to the chart's data table (the accessible
 * alternative, also what prints). Props in; the chart itself is a child.
 */
import type { ReactNode } from 'react';
import { useId, useState } from 'react';

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
}

export function ChartFrame({ title, unit, source, table, children, id }: ChartFrameProps) {
  const [showTable, setShowTable] = useState(false);
  const headingId = useId();
  return (
    <figure className="chart-frame panel" aria-labelledby={headingId} id={id}>
      <figcaption className="chart-head">
        <span id={headingId} className="chart-title">
          {title}
        </span>
        <span className="chart-unit">单位：{unit}</span>
        <button
          type="button"
          className="chart-toggle"
          aria-pressed={showTable}
          onClick={() => setShowTable((v) => !v)}
        >
          {showTable ? '显示图表' : '显示数据表'}
        </button>
      </figcaption>
      {showTable ? (
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
      ) : (
        <div className="chart-body">{children}</div>
      )}
      <p className="chart-source">来源：{source}</p>
    </figure>
  );
}
