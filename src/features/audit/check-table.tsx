/**
 * The shown checks as one table (`layout=table`): the same filter as the cards, on the one data table — sortable by
 * result, family, id, the figures and the difference, exported as shown. Each id opens its card.
 */
import { useMemo } from 'react';

import type { ShownCell } from '@/components/data-table/export';
import type { AuditCheck } from '@/domain/audit/core';
import { FAMILY_LABELS } from '@/domain/audit/core';
import type { DataColumn, TableSort } from '@/lib/data-table';
import { DataTable } from '@/lib/data-table';

import { STATUS_LABELS, STATUS_ORDER } from './audit-filter';

const text = (t: string): ShownCell => ({ kind: 'text', text: t });
const decimal = (t: string): ShownCell => (t === '' ? { kind: 'blank' } : { kind: 'number', decimal: t });
/** A figure's sort key (only an order: the table shows and exports the printed text). */
const orderOf = (t: string): number | null => (/^-?\d+(\.\d+)?$/.test(t) ? Number(t) : null);

function checkColumns(hrefOf: (id: string) => string): DataColumn<AuditCheck>[] {
  return [
    {
      id: 'status',
      header: '结果',
      kind: 'text',
      sortValue: (c) => STATUS_ORDER.indexOf(c.status),
      cell: (c) => <span className={`check-status ${c.status}`}>{STATUS_LABELS[c.status]}</span>,
      exportCell: (c) => text(STATUS_LABELS[c.status]),
    },
    {
      id: 'family',
      header: '类别',
      kind: 'text',
      sortValue: (c) => FAMILY_LABELS[c.family],
      cell: (c) => FAMILY_LABELS[c.family],
      exportCell: (c) => text(FAMILY_LABELS[c.family]),
    },
    {
      id: 'message',
      header: '检查',
      kind: 'name',
      rowHeader: true,
      className: 'check-name',
      sortValue: (c) => c.message,
      cell: (c) => (
        <>
          <a href={hrefOf(c.id)}>{c.message}</a>
          <span className="cell-note">{c.id}</span>
        </>
      ),
      exportCell: (c) => text(c.message),
    },
    {
      id: 'id',
      header: '编号',
      kind: 'code',
      exportOnly: true,
      cell: () => null,
      exportCell: (c) => text(c.id),
    },
    {
      id: 'detail',
      header: '算式',
      kind: 'text',
      className: 'check-detail-cell',
      cell: (c) => c.detail,
      exportCell: (c) => text(c.detail),
    },
    {
      id: 'expected',
      header: '期望值',
      // A figure, or text where a check compares names (a project named two ways).
      kind: 'text',
      className: 'check-value',
      sortValue: (c) => orderOf(c.expected),
      cell: (c) => c.expected,
      exportCell: (c) => decimal(c.expected),
    },
    {
      id: 'actual',
      header: '印刷值',
      // A figure, or text where a check compares names (a project named two ways).
      kind: 'text',
      className: 'check-value',
      sortValue: (c) => orderOf(c.actual),
      cell: (c) => c.actual,
      exportCell: (c) => decimal(c.actual),
    },
    {
      id: 'difference',
      header: '差额',
      kind: 'number',
      sortValue: (c) => {
        const d = orderOf(c.difference);
        return d === null ? null : Math.abs(d);
      },
      cell: (c) => (
        <>
          {c.difference}
          {c.roundingSized ? <span className="cell-note">舍入量级</span> : null}
        </>
      ),
      exportCell: (c) => decimal(c.difference),
    },
    {
      id: 'lines',
      header: '原文行',
      kind: 'text',
      sortValue: (c) => c.lines[0] ?? null,
      cell: (c) => c.lines.join('、'),
      exportCell: (c) => text(c.lines.join(' ')),
    },
  ];
}

interface CheckTableProps {
  readonly checks: readonly AuditCheck[];
  readonly hrefOf: (id: string) => string;
  readonly sort: TableSort | null;
  readonly onSortChange: (sort: TableSort | null) => void;
  readonly fileParts: readonly string[];
}

export function CheckTable({ checks, hrefOf, sort, onSortChange, fileParts }: CheckTableProps) {
  const columns = useMemo(() => checkColumns(hrefOf), [hrefOf]);
  return (
    <section className="audit-section" aria-labelledby="audit-table-heading">
      <h3 id="audit-table-heading">检查一览（{checks.length} 项；点表头排序，点检查打开其卡片）</h3>
      <DataTable
        rows={checks}
        columns={columns}
        getRowId={(c) => c.id}
        labelledBy="audit-table-heading"
        sort={sort}
        onSortChange={onSortChange}
        unit={null}
        exportAs={{ fileParts, sheetName: '勾稽检查' }}
        rowProps={(c) => ({ 'data-check-row': c.id })}
        testId="audit-table"
        className="audit-table"
        stackOnPhone
      />
    </section>
  );
}
