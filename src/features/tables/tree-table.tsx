/**
 * A coded table (类/款/项 or economic codes), interactive with TanStack Table v9: expand/collapse by code prefix,
 * sort (integer Fen), search by code or name (ancestors of matches stay), show/hide columns. All of that state is
 * controlled by the URL (`sort`, `q`, `hide`, `collapsed`); TanStack's change callbacks write it back.
 */
import type { ColumnVisibilityState, ExpandedState, SortingState, Updater } from '@tanstack/react-table';
import { functionalUpdate } from '@tanstack/react-table';
import type { ReactNode } from 'react';
import { useMemo, useRef } from 'react';

import { ColumnToggles } from '@/components/data-table/column-toggles';
import type { HeadLeaf } from '@/components/data-table/data-table-head';
import { DataTableHead } from '@/components/data-table/data-table-head';
import { SearchField } from '@/components/data-table/search-field';
import type { FinalAccountsTable } from '@/domain/final-accounts.types';
import type { MoneyUnit } from '@/domain/money';
import { sortControl } from '@/lib/table-sort';
import { useAppTable } from '@/lib/use-app-table';
import { useDashboardStore } from '@/store';
import { withParams } from '@/store/route';

import { getTreeColumns } from './columns';
import { ExportButtons } from '@/components/data-table/export-buttons';
import type { ShownTable } from '@/components/data-table/export';
import type { TreeRow } from './tree';
import {
  collapsedFromExpanded,
  collapsibleCodes,
  expandedFromCollapsed,
  getRowTree,
  matchesSearch,
  treeCell,
} from './tree';
import { useScrollToHighlight } from './use-scroll-to-highlight';
import type { TableViewParams } from './view-state';
import { formatListParam, formatSortParam } from './view-state';

interface TreeTableProps {
  readonly table: FinalAccountsTable;
  readonly view: TableViewParams;
  readonly unit: MoneyUnit;
  readonly titleId: string;
  readonly shortTitle: string;
  readonly toolbarExtra?: ReactNode;
}

/** Writes view-state changes to the URL. Typing replaces the history entry; clicks push one (back undoes them). */
function setParams(changes: Record<string, string | undefined>, replace = false): void {
  const s = useDashboardStore.getState();
  s.navigate(withParams(s.route, changes), { replace });
}

const getRowId = (r: TreeRow): string => r.id;
const getSubRows = (r: TreeRow): readonly TreeRow[] => r.children;
const searchFilter = (row: { original: TreeRow }, _columnId: string, value: unknown): boolean =>
  matchesSearch(row.original, typeof value === 'string' ? value : '');
/** The search runs once per row (on the code column), against the row's code and name and its ancestors'. */
const canGlobalFilter = (column: { id: string }): boolean => column.id === 'code';

export function TreeTable({ table, view, unit, titleId, shortTitle, toolbarExtra }: TreeTableProps) {
  const tree = getRowTree(table);
  const columns = getTreeColumns(table);
  const columnIds = useMemo(() => new Set(columns.map((c) => c.id ?? '')), [columns]);

  const sorting = useMemo<SortingState>(
    () => (view.sort && columnIds.has(view.sort.id) ? [{ id: view.sort.id, desc: view.sort.desc }] : []),
    [view.sort, columnIds],
  );
  const expanded = useMemo<Record<string, boolean>>(
    () => expandedFromCollapsed(tree, view.collapsed),
    [tree, view.collapsed],
  );
  const columnVisibility = useMemo<ColumnVisibilityState>(
    () =>
      Object.fromEntries(
        view.hidden.filter((id) => columnIds.has(id) && id !== 'code').map((id) => [id, false]),
      ),
    [view.hidden, columnIds],
  );

  const t = useAppTable({
    data: tree,
    columns,
    getRowId,
    getSubRows,
    state: { sorting, expanded, columnVisibility, globalFilter: view.q },
    onSortingChange: (updater: Updater<SortingState>) => {
      const next = functionalUpdate(updater, sorting)[0];
      setParams({ sort: formatSortParam(next ? { id: next.id, desc: next.desc } : null) });
    },
    onExpandedChange: (updater: Updater<ExpandedState>) => {
      setParams({
        collapsed: formatListParam(collapsedFromExpanded(tree, functionalUpdate(updater, expanded))),
      });
    },
    onColumnVisibilityChange: (updater: Updater<ColumnVisibilityState>) => {
      const next = functionalUpdate(updater, columnVisibility);
      setParams({ hide: formatListParam(Object.keys(next).filter((id) => next[id] === false)) });
    },
    onGlobalFilterChange: (updater: Updater<unknown>) => {
      const next = functionalUpdate(updater, view.q as unknown);
      setParams({ q: typeof next === 'string' && next !== '' ? next : undefined }, true);
    },
    globalFilterFn: searchFilter,
    getColumnCanGlobalFilter: canGlobalFilter,
  });

  const scrollRef = useRef<HTMLDivElement>(null);
  useScrollToHighlight(scrollRef, view.hl, String(table.number));

  // An empty table (表8/表9: 本单位无…) has nothing to sort or search: it is shown as printed.
  const hasFigures = table.rows.some((r) => r.cells.length > 0 || r.dashCells.length > 0);
  const rows = t.getRowModel().rows;
  const visibleColumns = t.getVisibleLeafColumns();

  const leaves: HeadLeaf[] = visibleColumns.map((column) => {
    const meta = column.columnDef.meta;
    const label = meta?.label ?? column.id;
    return {
      id: column.id,
      levels: meta?.levels ?? [label],
      columnNoText: meta?.columnNoText ?? '',
      numeric: meta?.kind === 'amount',
      ...(hasFigures ? sortControl(column, label) : {}),
    };
  });
  const showColumnNumbers = visibleColumns.some(
    (c) => c.columnDef.meta?.kind === 'amount' && c.columnDef.meta.columnNoText !== '',
  );

  const getShown = (): ShownTable => ({
    columns: visibleColumns.map((c) => ({
      label: c.columnDef.meta?.label ?? c.id,
      kind: c.columnDef.meta?.kind === 'amount' ? 'amount' : 'text',
    })),
    rows: rows.map((row) => visibleColumns.map((c) => treeCell(table, row.original, c.id))),
  });

  const collapsible = collapsibleCodes(tree);
  const shownCount = rows.filter((r) => r.original.row.level !== 'total').length;

  return (
    <>
      <div className="table-toolbar">
        {hasFigures ? (
          <>
            <SearchField
              label="搜索编码或名称"
              placeholder="如 2101 或 医疗"
              value={view.q}
              onCommit={(v) => t.setGlobalFilter(v)}
              {...(view.q !== '' ? { status: `找到并显示 ${shownCount} 行` } : {})}
            />
            {collapsible.length > 0 ? (
              <div className="expand-all" role="group" aria-label="展开或折叠全部">
                <button
                  type="button"
                  onClick={() => setParams({ collapsed: undefined })}
                  disabled={view.collapsed.length === 0}
                >
                  全部展开
                </button>
                <button
                  type="button"
                  onClick={() => setParams({ collapsed: formatListParam(collapsible) })}
                  disabled={collapsible.every((c) => view.collapsed.includes(c))}
                >
                  全部折叠
                </button>
              </div>
            ) : null}
            <ColumnToggles
              columns={t.getAllLeafColumns().map((c) => ({
                id: c.id,
                label: c.columnDef.meta?.label ?? c.id,
                visible: c.getIsVisible(),
                canHide: c.getCanHide(),
              }))}
              onToggle={(id, visible) => t.getColumn(id)?.toggleVisibility(visible)}
              onShowAll={() => setParams({ hide: undefined })}
            />
          </>
        ) : null}
        {toolbarExtra}
        <ExportButtons
          getShown={getShown}
          unit={unit}
          fileParts={[`表${table.number}`, shortTitle]}
          sheetName={`表${table.number}`}
        />
      </div>
      <div className="table-scroll" ref={scrollRef}>
        <table className="data-table layout-tree" aria-labelledby={titleId}>
          <DataTableHead leaves={leaves} showColumnNumbers={showColumnNumbers} />
          <tbody>
            {rows.length === 0 ? (
              <tr>
                <td colSpan={visibleColumns.length} className="no-rows">
                  没有编码或名称包含“{view.q}”的行。
                </td>
              </tr>
            ) : (
              rows.map((row) => {
                const r = row.original.row;
                const highlighted = view.hl !== null && r.line === view.hl;
                const cls = [`level-${r.level}`, highlighted ? 'is-highlighted' : ''].join(' ').trim();
                return (
                  <tr key={row.id} className={cls} data-row-key={r.key} data-line={r.line}>
                    {row.getVisibleCells().map((cell) => {
                      const kind = cell.column.columnDef.meta?.kind;
                      return kind === 'name' ? (
                        <th key={cell.id} scope="row" className="name" data-col={cell.column.id}>
                          <t.FlexRender cell={cell} />
                        </th>
                      ) : (
                        <td
                          key={cell.id}
                          className={kind === 'amount' ? 'num' : kind}
                          data-col={cell.column.id}
                        >
                          <t.FlexRender cell={cell} />
                        </td>
                      );
                    })}
                  </tr>
                );
              })
            )}
          </tbody>
        </table>
      </div>
    </>
  );
}
