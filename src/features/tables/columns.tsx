/**
 * TanStack column definitions of a coded table (功能分类 表2/3/5/8/9, 经济分类 表6). Built once per (immutable) table
 * and cached by identity, so `columns` is stable across renders. Amount accessors return integer Fen (blank and
 * `-` cells are `undefined` and sort last in both directions); total rows return `undefined` everywhere so a sort
 * never moves 合计 rows among the rows they sum.
 */
import type { SortFn } from '@tanstack/react-table';

import { Amount } from '@/components/amount';
import { ExpandButton } from '@/components/data-table/expand-button';
import { Term } from '@/components/term';
import type { FinalAccountsTable, TableColumn } from '@/domain/final-accounts.types';
import type { Fen } from '@/domain/money';
import type { AppTableFeatures } from '@/lib/use-app-table';
import { createAppColumnHelper } from '@/lib/use-app-table';

import { DrillLink } from './drill-link';
import { columnLabel, hasColumnGroups, rowLabel } from './layouts';
import type { TreeRow } from './tree';
import { groupColumnOf } from './tree';

const helper = createAppColumnHelper<TreeRow>();

const collator = new Intl.Collator('zh-Hans-CN', { numeric: true });

/** Integer comparison of Fen (both defined: undefined is handled by `sortUndefined: 'last'`). */
const byFen: SortFn<AppTableFeatures, TreeRow> = (a, b, id) =>
  (a.getValue<Fen>(id) ?? 0) - (b.getValue<Fen>(id) ?? 0);

const byText: SortFn<AppTableFeatures, TreeRow> = (a, b, id) =>
  collator.compare(a.getValue<string>(id) ?? '', b.getValue<string>(id) ?? '');

/** Codes compare as digit strings (siblings share a length; 2010302 < 2010350). */
const byCode: SortFn<AppTableFeatures, TreeRow> = (a, b, id) => {
  const x = a.getValue<string>(id) ?? '';
  const y = b.getValue<string>(id) ?? '';
  return x < y ? -1 : x > y ? 1 : 0;
};

/** Indentation by code level (类 / 款 / 项), never by tree depth or the printed indentation. */
const INDENT: Partial<Record<TreeRow['row']['level'], number>> = { subcategory: 1.25, item: 2.5 };

function isTotal(r: TreeRow): boolean {
  return r.row.level === 'total';
}

function amountCell(table: FinalAccountsTable, r: TreeRow, column: TableColumn | undefined) {
  if (!column) return null;
  const cell = r.cells.get(column.index);
  if (cell) {
    const label = `表${table.number} ${rowLabel(r.row)} · ${column.header}`;
    return (
      <Amount
        fen={cell.fen}
        unit={table.unit}
        label={label}
        place={{ table: table.number, row: rowLabel(r.row), column: columnLabel(column), line: cell.line }}
      />
    );
  }
  return r.dashes.has(column.index) ? <span className="dash">-</span> : null;
}

function buildColumns(table: FinalAccountsTable) {
  const grouped = hasColumnGroups(table);
  const codeHeader = table.classification === 'economic' ? '经济分类科目编码' : '功能分类科目编码';
  const codeColumn = helper.accessor((r) => (isTotal(r) ? undefined : (r.row.code ?? undefined)), {
    id: 'code',
    header: codeHeader,
    enableHiding: false,
    sortFn: byCode,
    sortUndefined: 'last',
    sortDescFirst: false,
    meta: { levels: ['项目', codeHeader], columnNoText: '栏次', kind: 'code', label: codeHeader },
    cell: ({ row }) => {
      const r = row.original;
      const canExpand = row.getCanExpand() && r.row.code !== null;
      return (
        <span className="code-cell" style={{ paddingInlineStart: `${INDENT[r.row.level] ?? 0}rem` }}>
          {canExpand ? (
            <ExpandButton
              expanded={row.getIsExpanded()}
              onToggle={() => row.toggleExpanded()}
              label={rowLabel(r.row)}
            />
          ) : (
            <span className="expand-spacer" aria-hidden="true" />
          )}
          <span className="code">{r.row.code ?? ''}</span>
          {r.row.code ? <DrillLink table={table} code={r.row.code} name={r.row.name} /> : null}
        </span>
      );
    },
  });
  const nameColumn = helper.accessor((r) => (isTotal(r) ? undefined : r.row.name), {
    id: 'name',
    header: '科目名称',
    sortFn: byText,
    sortUndefined: 'last',
    sortDescFirst: false,
    meta: { levels: ['项目', '科目名称'], columnNoText: '', kind: 'name', label: '科目名称' },
    cell: ({ row }) => {
      const r = row.original.row;
      return r.code !== null ? <Term code={r.code}>{r.name}</Term> : r.name;
    },
  });

  if (grouped) {
    // 表6: each row's single figure sits in the column group it was printed in (人员经费 | 公用经费).
    const groupOf = (r: TreeRow): TableColumn | undefined => groupColumnOf(table, r);
    const first = table.columns[0];
    const valueLabel = first && first.levels.length > 1 ? first.levels.slice(1).join('/') : '决算数';
    return helper.columns([
      codeColumn,
      nameColumn,
      helper.accessor((r) => groupOf(r)?.levels[0] ?? '', {
        id: 'group',
        header: '经费类别',
        sortFn: byText,
        sortDescFirst: false,
        meta: { levels: ['经费类别'], columnNoText: '', kind: 'text', label: '经费类别' },
        cell: ({ getValue }) => getValue(),
      }),
      helper.accessor(
        (r): Fen | undefined => {
          if (isTotal(r)) return undefined;
          const g = groupOf(r);
          return g ? r.cells.get(g.index)?.fen : undefined;
        },
        {
          id: 'v',
          header: valueLabel,
          sortFn: byFen,
          sortUndefined: 'last',
          sortDescFirst: true,
          meta: { levels: [valueLabel], columnNoText: '', kind: 'amount', label: valueLabel },
          cell: ({ row }) => amountCell(table, row.original, groupOf(row.original)),
        },
      ),
    ]);
  }

  return helper.columns([
    codeColumn,
    nameColumn,
    ...table.columns.map((column) =>
      helper.accessor((r): Fen | undefined => (isTotal(r) ? undefined : r.cells.get(column.index)?.fen), {
        id: `c${column.index}`,
        header: column.header,
        sortFn: byFen,
        sortUndefined: 'last',
        sortDescFirst: true,
        meta: {
          levels: column.levels.length > 0 ? column.levels : [column.header],
          columnNoText: column.columnNo !== null ? String(column.columnNo) : '',
          kind: 'amount',
          label: column.header,
        },
        cell: ({ row }) => amountCell(table, row.original, column),
      }),
    ),
  ]);
}

export type TreeColumns = ReturnType<typeof buildColumns>;

const columnsCache = new WeakMap<FinalAccountsTable, TreeColumns>();
/** The columns of a coded table, once per table (stable identity for TanStack). */
export function getTreeColumns(table: FinalAccountsTable): TreeColumns {
  let c = columnsCache.get(table);
  if (!c) {
    c = buildColumns(table);
    columnsCache.set(table, c);
  }
  return c;
}
