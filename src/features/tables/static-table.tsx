/**
 * A table shown as printed, without reordering: 表1/表4 (income and expense side by side), 表7 (三公), and 表6 in its
 * printed three-group layout. Every figure renders through <Amount> (provenance, audit badges, display unit).
 */
import type { ReactNode } from 'react';
import { useRef } from 'react';

import { Amount } from '@/components/amount';
import { DataTableHead } from '@/components/data-table/data-table-head';
import { Term } from '@/components/term';
import type { FinalAccountsTable } from '@/domain/final-accounts.types';
import type { MoneyUnit } from '@/domain/money';

import { ExportButtons } from '@/components/data-table/export-buttons';
import { shownOfGrid } from './layouts';
import type { Grid, GridCell } from './layouts';
import { columnLabel } from './layouts';
import { useScrollToHighlight } from './use-scroll-to-highlight';

interface StaticTableProps {
  readonly table: FinalAccountsTable;
  readonly grid: Grid;
  readonly unit: MoneyUnit;
  readonly hl: number | null;
  readonly titleId: string;
  readonly shortTitle: string;
  readonly toolbarExtra?: ReactNode;
}

/** `一、一般公共预算财政拨款收入` → `一般公共预算财政拨款收入` (the 名词解释 term). */
function termOf(name: string): string {
  return name.replace(/^[一二三四五六七八九十]+、/, '');
}

function Cell({
  table,
  cell,
  col,
}: {
  readonly table: FinalAccountsTable;
  readonly cell: GridCell;
  readonly col: string;
}) {
  switch (cell.kind) {
    case 'blank':
      return <td data-col={col} />;
    case 'dash':
      return (
        <td className="num dash" data-col={col}>
          -
        </td>
      );
    case 'text':
      return (
        <td className="text" data-col={col}>
          {cell.text}
        </td>
      );
    case 'name':
      if (cell.text === '') return <td data-col={col} />;
      return (
        <th scope="row" className={cell.total ? 'name total-name' : 'name'} data-col={col}>
          {cell.code ? (
            <Term code={cell.code}>{cell.text}</Term>
          ) : (
            <Term term={termOf(cell.text)}>{cell.text}</Term>
          )}
        </th>
      );
    case 'amount':
      return (
        <td className="num" data-col={col}>
          <Amount
            fen={cell.cell.fen}
            unit={table.unit}
            label={`表${table.number} ${cell.rowLabel} · ${cell.column.header}`}
            place={{
              table: table.number,
              row: cell.rowLabel,
              column: columnLabel(cell.column),
              line: cell.cell.line,
            }}
          />
        </td>
      );
  }
}

export function StaticTable({ table, grid, unit, hl, titleId, shortTitle, toolbarExtra }: StaticTableProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  useScrollToHighlight(scrollRef, hl, `${table.number}-${grid.columns.length}`);
  const leaves = grid.columns.map((c) => ({
    id: c.id,
    levels: c.levels,
    columnNoText: c.columnNoText,
    numeric: c.kind === 'amount',
  }));
  return (
    <>
      <div className="table-toolbar">
        {toolbarExtra}
        <ExportButtons
          getShown={() => shownOfGrid(grid)}
          unit={unit}
          fileParts={[`表${table.number}`, shortTitle]}
          sheetName={`表${table.number}`}
        />
      </div>
      <div className="table-scroll" ref={scrollRef}>
        <table className={`data-table layout-static cols-${grid.columns.length}`} aria-labelledby={titleId}>
          <DataTableHead leaves={leaves} showColumnNumbers={grid.columnNumbers} />
          <tbody>
            {grid.rows.map((row) => {
              const highlighted = hl !== null && row.lines.includes(hl);
              return (
                <tr
                  key={row.key}
                  className={
                    [row.total ? 'total' : '', highlighted ? 'is-highlighted' : ''].join(' ').trim() ||
                    undefined
                  }
                  data-row-key={row.key}
                  data-lines={row.lines.join(' ')}
                >
                  {row.cells.map((cell, i) => {
                    const col = grid.columns[i]?.id ?? String(i);
                    return <Cell key={col} table={table} cell={cell} col={col} />;
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}
