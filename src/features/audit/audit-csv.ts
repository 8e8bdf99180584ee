/**
 * The shown checks as CSV (RFC 4180: CRLF rows, quoted fields), UTF-8 with a byte-order mark so spreadsheet programs
 * read the Chinese text correctly. Pure: the view turns the string into a download.
 */
import type { AuditCheck } from '@/domain/audit/core';
import { FAMILY_LABELS } from '@/domain/audit/core';

import { STATUS_LABELS } from './audit-filter';

export const CSV_BOM = '\uFEFF';

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

/**
 * One CSV field. Quotes when needed. A field that a spreadsheet would run as a formula (`=`, `+`, `@`, a tab or
 * carriage return, or `-` not starting a number) is prefixed with `'`: the text comes from documents, which may be
 * imported from anywhere. Negative numbers such as `-0.30` stay numbers.
 */
export function csvField(value: string): string {
  const risky = /^[=+@\t\r]/.test(value) || (/^-/.test(value) && !/^-\d+(\.\d+)?$/.test(value));
  const text = risky ? `'${value}` : value;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The rows (header first) for `checks`, in the order given. */
export function checksToRows(checks: readonly AuditCheck[]): string[][] {
  return [
    [...CSV_HEADER],
    ...checks.map((c) => [
      c.id,
      STATUS_LABELS[c.status],
      FAMILY_LABELS[c.family],
      c.message,
      c.detail,
      c.expected,
      c.actual,
      c.difference,
      c.roundingSized ? '是' : '',
      c.lines.join(' '),
      c.places.map((p) => `${p.label}${p.value ? ` = ${p.value}` : ''}（第${p.line}行）`).join('；'),
    ]),
  ];
}

/** The CSV text of `checks`, starting with a BOM, CRLF line ends, a final CRLF. */
export function checksToCsv(checks: readonly AuditCheck[]): string {
  return `${CSV_BOM}${checksToRows(checks)
    .map((row) => row.map(csvField).join(','))
    .join('\r\n')}\r\n`;
}
