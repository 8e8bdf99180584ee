/**
 * The data table of every list view (绩效自评 list, the drill level, 预算与决算, 对比, …), on the one TanStack setup
 * (`use-app-table.ts`): the same sorting (a header button: first click descending for figures, ascending for text,
 * then the other way, then the original order; blank values last in both directions), the same keyboard use (the
 * sort buttons are buttons; `aria-sort` on the header), the same sticky header, the same export of exactly what is
 * shown (CSV through the one writer, XLSX), and the same phone layout (a card per row, each cell under its column's
 * name). Sorting is controlled by the caller (the URL), so a copied link reopens the same order.
 */
import type { RowData, SortFn, SortingState, Updater } from '@tanstack/react-table';
import { functionalUpdate } from '@tanstack/react-table';
import type { ReactNode } from 'react';
import { useMemo } from 'react';

import type { HeadLeaf } from '@/components/data-table/data-table-head';
import { DataTableHead } from '@/components/data-table/data-table-head';
import type { ShownCell, ShownTable } from '@/components/data-table/export';
import { ExportButtons } from '@/components/data-table/export-buttons';
import type { MoneyUnit } from '@/domain/money';

import type { AppTableFeatures } from './use-app-table';
import { sortControl } from './table-sort';
import { createAppColumnHelper, useAppTable } from './use-app-table';

/** One sorted column: its id and direction (the URL's `sort=<id>:<asc|desc>`). */
export interface TableSort {
  readonly id: string;
  readonly desc: boolean;
}

/** A sort value: a number (Fen, basis points, a score in hundredths) or text; null sorts last either way. */
export type SortValue = number | string | null;

export interface DataColumn<Row> {
  readonly id: string;
  /** The column's name: header text, export header, the label of a cell on a phone. */
  readonly header: string;
  /** Grouped header levels, top to bottom (default: just `header`). */
  readonly levels?: readonly string[];
  readonly kind: 'code' | 'name' | 'text' | 'amount' | 'number';
  /** The value a sort compares; without it the column does not sort. */
  readonly sortValue?: (row: Row) => SortValue;
  readonly cell: (row: Row) => ReactNode;
  /** What an export writes for the cell (default: not exported). */
  readonly exportCell?: (row: Row) => ShownCell;
  /** Written to exports only, not shown (e.g. whether a rate was printed or derived). */
  readonly exportOnly?: boolean;
  /** The row's header cell (`<th scope="row">`), read first by screen readers. */
  readonly rowHeader?: boolean;
  readonly className?: string;
}

export interface DataTableProps<Row> {
  readonly rows: readonly Row[];
  readonly columns: readonly DataColumn<Row>[];
  readonly getRowId: (row: Row) => string;
  /** The id of the heading that names the table. */
  readonly labelledBy: string;
  readonly sort: TableSort | null;
  /** Sorting changes (null: back to the original order). Omit to make the table unsortable. */
  readonly onSortChange?: (sort: TableSort | null) => void;
  /** The unit amounts are shown and exported in (null when the table holds none). */
  readonly unit: MoneyUnit | null;
  /** Export buttons, with the file name parts and sheet name. */
  readonly exportAs?: { readonly fileParts: readonly string[]; readonly sheetName: string };
  readonly toolbar?: ReactNode;
  readonly footer?: ReactNode;
  readonly rowClassName?: (row: Row) => string | undefined;
  readonly rowProps?: (
    row: Row,
  ) => Readonly<{ 'aria-current'?: 'true' } & Partial<Record<`data-${string}`, string>>>;
  readonly empty?: ReactNode;
  readonly testId?: string;
  readonly className?: string;
  /** On a phone, each row as a card (each cell labelled with its column's name). */
  readonly stackOnPhone?: boolean;
}

const collator = new Intl.Collator('zh-Hans-CN', { numeric: true });

function compareValues(x: SortValue, y: SortValue): number {
  if (typeof x === 'number' && typeof y === 'number') return x - y;
  return collator.compare(String(x ?? ''), String(y ?? ''));
}

const NUMERIC = new Set<DataColumn<unknown>['kind']>(['amount', 'number']);

/** TanStack columns from the declarations (memoised by the caller's `columns` identity). */
function toTanstackColumns<Row extends RowData>(columns: readonly DataColumn<Row>[]) {
  const helper = createAppColumnHelper<Row>();
  const bySortValue: SortFn<AppTableFeatures, Row> = (a, b, id) =>
    compareValues(a.getValue<SortValue>(id), b.getValue<SortValue>(id));
  return helper.columns(
    columns.map((c) =>
      helper.accessor((row: Row) => c.sortValue?.(row) ?? undefined, {
        id: c.id,
        header: c.header,
        enableSorting: c.sortValue !== undefined,
        sortFn: bySortValue,
        sortUndefined: 'last',
        sortDescFirst: NUMERIC.has(c.kind),
        meta: {
          levels: c.levels ?? [c.header],
          columnNoText: '',
          kind: c.kind === 'number' ? 'amount' : c.kind,
          label: c.header,
        },
      }),
    ),
  );
}

export function DataTable<Row extends RowData>({
  rows,
  columns,
  getRowId,
  labelledBy,
  sort,
  onSortChange,
  unit,
  exportAs,
  toolbar,
  footer,
  rowClassName,
  rowProps,
  empty,
  testId,
  className,
  stackOnPhone = false,
}: DataTableProps<Row>) {
  const shownColumns = useMemo(() => columns.filter((c) => !c.exportOnly), [columns]);
  const tanstackColumns = useMemo(() => toTanstackColumns(shownColumns), [shownColumns]);
  const byId = useMemo(() => new Map(columns.map((c) => [c.id, c])), [columns]);
  const sorting = useMemo<SortingState>(
    () => (sort && byId.get(sort.id)?.sortValue ? [{ id: sort.id, desc: sort.desc }] : []),
    [sort, byId],
  );
  const t = useAppTable({
    data: rows,
    columns: tanstackColumns,
    getRowId,
    state: { sorting },
    onSortingChange: (updater: Updater<SortingState>) => {
      const next = functionalUpdate(updater, sorting)[0];
      onSortChange?.(next ? { id: next.id, desc: next.desc } : null);
    },
    enableSorting: onSortChange !== undefined,
  });
  const shownRows = t.getRowModel().rows;

  const leaves: HeadLeaf[] = t.getVisibleLeafColumns().map((column) => {
    const decl = byId.get(column.id);
    const label = decl?.header ?? column.id;
    return {
      id: column.id,
      levels: decl?.levels ?? [label],
      columnNoText: '',
      numeric: decl ? NUMERIC.has(decl.kind) : false,
      ...(onSortChange ? sortControl(column, label) : {}),
    };
  });

  const exported = columns.filter((c) => c.exportCell !== undefined);
  const getShown = (): ShownTable => ({
    columns: exported.map((c) => ({
      label: c.header,
      kind: c.kind === 'amount' ? 'amount' : c.kind === 'number' ? 'number' : 'text',
    })),
    rows: shownRows.map((r) => exported.map((c) => c.exportCell?.(r.original) ?? { kind: 'blank' })),
  });

  return (
    <>
      {toolbar || exportAs ? (
        <div className="table-toolbar">
          {toolbar}
          {exportAs ? (
            <ExportButtons
              getShown={getShown}
              unit={unit}
              fileParts={exportAs.fileParts}
              sheetName={exportAs.sheetName}
            />
          ) : null}
        </div>
      ) : null}
      <div className="table-scroll">
        <table
          className={`data-table list-table${stackOnPhone ? ' stack-on-phone' : ''}${className ? ` ${className}` : ''}`}
          aria-labelledby={labelledBy}
          data-testid={testId}
        >
          <DataTableHead leaves={leaves} showColumnNumbers={false} />
          <tbody>
            {shownRows.length === 0 && empty ? (
              <tr>
                <td colSpan={shownColumns.length} className="no-rows">
                  {empty}
                </td>
              </tr>
            ) : (
              shownRows.map((r) => (
                <tr key={r.id} className={rowClassName?.(r.original)} {...rowProps?.(r.original)}>
                  {shownColumns.map((c) => {
                    const cls = [NUMERIC.has(c.kind) ? 'num' : c.kind, c.className].filter(Boolean).join(' ');
                    const content = c.cell(r.original);
                    return c.rowHeader ? (
                      <th key={c.id} scope="row" className={cls}>
                        {content}
                      </th>
                    ) : (
                      <td key={c.id} className={cls} data-label={(c.levels ?? [c.header]).join(' ')}>
                        {content}
                      </td>
                    );
                  })}
                </tr>
              ))
            )}
          </tbody>
          {footer ? <tfoot>{footer}</tfoot> : null}
        </table>
      </div>
    </>
  );
}
