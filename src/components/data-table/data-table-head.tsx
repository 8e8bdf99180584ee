/**
 * The header of a data table as the document prints it: grouped header rows (from each column's levels), then the
 * 栏次 row. Sortable leaves get a sort button and `aria-sort` on their `th`. Presentational: props in.
 */
import type { FocusEvent } from 'react';

import { buildHeaderRows } from './header-layout';

// Every data table's look (borders, sticky header, figures) comes with its header, whichever view draws it.
import './data-table.css';

export type SortDirection = 'ascending' | 'descending' | 'none';

export interface HeadLeaf {
  readonly id: string;
  readonly levels: readonly string[];
  /** Shown in the 栏次 row ('' for none). */
  readonly columnNoText: string;
  readonly numeric: boolean;
  readonly sort?: {
    readonly direction: SortDirection;
    readonly onToggle: () => void;
    /** What the next click does, e.g. `按本年支出合计降序排列`. */
    readonly hint: string;
  };
}

interface DataTableHeadProps {
  readonly leaves: readonly HeadLeaf[];
  readonly showColumnNumbers: boolean;
}

const ARROW: Record<SortDirection, string> = { ascending: '▲', descending: '▼', none: '⇅' };

/** Scrolls a focused header button into view within its table's box (sideways), as focus does elsewhere. */
function revealInBox(e: FocusEvent<HTMLButtonElement>): void {
  e.currentTarget.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
}

export function DataTableHead({ leaves, showColumnNumbers }: DataTableHeadProps) {
  const rows = buildHeaderRows(leaves);
  const byId = new Map(leaves.map((l) => [l.id, l]));
  return (
    <thead>
      {rows.map((row, d) => (
        <tr key={d}>
          {row.map((cell) => {
            const leaf = cell.leafId !== null ? byId.get(cell.leafId) : undefined;
            if (!leaf) {
              return (
                <th
                  key={cell.key}
                  scope="colgroup"
                  colSpan={cell.colSpan}
                  rowSpan={cell.rowSpan}
                  className="group"
                >
                  {cell.label}
                </th>
              );
            }
            const sort = leaf.sort;
            return (
              <th
                key={cell.key}
                scope="col"
                colSpan={cell.colSpan}
                rowSpan={cell.rowSpan}
                className={leaf.numeric ? 'num' : undefined}
                aria-sort={sort ? sort.direction : undefined}
              >
                {sort ? (
                  <button
                    type="button"
                    className="sort-button"
                    onClick={sort.onToggle}
                    title={sort.hint}
                    // A sticky header cell is not scrolled into view in its box when focused: bring it in.
                    onFocus={revealInBox}
                  >
                    <span>{cell.label}</span>
                    <span className={`sort-arrow ${sort.direction}`} aria-hidden="true">
                      {ARROW[sort.direction]}
                    </span>
                  </button>
                ) : (
                  cell.label
                )}
              </th>
            );
          })}
        </tr>
      ))}
      {showColumnNumbers ? (
        <tr className="column-numbers">
          {leaves.map((l) => (
            <th key={l.id} scope="col" className={l.numeric ? 'num' : undefined}>
              {l.columnNoText}
            </th>
          ))}
        </tr>
      ) : null}
    </thead>
  );
}
