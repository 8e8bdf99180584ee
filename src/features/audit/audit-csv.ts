/**
 * The shown checks as CSV (RFC 4180: CRLF rows, quoted fields), UTF-8 with a byte-order mark so spreadsheet programs
 * read the Chinese text correctly. Pure: the view turns the string into a download.
 */
import type { AuditCheck } from '@/domain/audit/core';
import type { CsvCell } from '@/domain/csv';
import { writeCsv } from '@/domain/csv';
import { FAMILY_LABELS } from '@/domain/audit/core';

import { STATUS_LABELS } from './audit-filter';

/** A check's figure (a plain decimal such as `-0.30`, or '' when none) as a number cell: never guarded or altered. */
const decimal = (text: string): CsvCell => (text === '' ? null : { number: text });

export const CSV_HEADER = [
  '编号',
  '结果',
  '类别',
  '检查',
  '算式',
  '期望值',
  '印刷值',
  '差额',
  '舍入量级',
  '原文行',
  '位置',
] as const;

/** The rows (header first) for `checks`, in the order given. */
export function checksToRows(checks: readonly AuditCheck[]): CsvCell[][] {
  return [
    [...CSV_HEADER],
    ...checks.map((c) => [
      c.id,
      STATUS_LABELS[c.status],
      FAMILY_LABELS[c.family],
      c.message,
      c.detail,
      decimal(c.expected),
      decimal(c.actual),
      decimal(c.difference),
      c.roundingSized ? '是' : '',
      c.lines.join(' '),
      c.places.map((p) => `${p.label}${p.value ? ` = ${p.value}` : ''}（第${p.line}行）`).join('；'),
    ]),
  ];
}

/** The CSV text of `checks` (the one writer: a BOM, CRLF line ends, a final CRLF, text guarded). */
export function checksToCsv(checks: readonly AuditCheck[]): string {
  return writeCsv(checksToRows(checks));
}
