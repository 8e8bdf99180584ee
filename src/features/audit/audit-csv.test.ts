import { describe, expect, it } from 'vitest';

import type { AuditCheck } from '@/domain/audit/core';

import { readCsv } from '@/testing/read-csv';

import { checksToCsv, CSV_HEADER } from './audit-csv';

/** Hand-made checks: one ordinary fail (taken from the reference document's 表1 vs 表3), one with awkward text. */
const cross: AuditCheck = {
  id: 'cross.t1-t3.201',
  family: 'cross-table',
  status: 'fail',
  message: '表1 与表3 的类级支出一致（201 一般公共服务支出）',
  detail: '2,697.43 ≠ 2,697.42，相差 0.01（舍入量级）',
  values: ['2697.43', '2697.42'],
  lines: [115, 195],
  places: [
    { line: 115, table: 1, row: '31', column: '支出/决算数', label: '表1 第31行', value: '2697.43' },
    { line: 195, table: 3, row: '201', column: '本年支出合计', label: '表3 201', value: '2697.42' },
  ],
  expected: '2697.42',
  actual: '2697.43',
  difference: '0.01',
  roundingSized: true,
};

const awkward: AuditCheck = {
  ...cross,
  id: 'x.1',
  family: 'prose',
  status: 'pass',
  message: '名称 "引号", 逗号\n换行',
  detail: '=SUM(A1)',
  places: [{ line: 7, table: null, row: null, column: null, label: '说明' }],
  lines: [7],
  difference: '-0.30',
  roundingSized: false,
};

describe('checksToCsv', () => {
  it('starts with a UTF-8 byte-order mark and ends every row with CRLF', () => {
    const csv = checksToCsv([cross]);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(Array.from(new TextEncoder().encode(csv).slice(0, 3))).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.split('\r\n')).toHaveLength(3); // header, one check, final empty
  });

  it('writes a header and one row per check with status, family, both figures and every place', () => {
    const rows = readCsv(checksToCsv([cross]).slice(1));
    expect(rows[0]).toEqual([...CSV_HEADER]);
    expect(rows[1]).toEqual([
      'cross.t1-t3.201',
      '不符',
      '表间勾稽',
      '表1 与表3 的类级支出一致（201 一般公共服务支出）',
      '2,697.43 ≠ 2,697.42，相差 0.01（舍入量级）',
      '2697.42',
      '2697.43',
      '0.01',
      '是',
      '115 195',
      '表1 第31行 = 2697.43（第115行）；表3 201 = 2697.42（第195行）',
    ]);
  });

  it('quotes commas, quotes and line breaks, and neutralises formulas, keeping negative numbers', () => {
    const rows = readCsv(checksToCsv([awkward]).slice(1));
    expect(rows).toHaveLength(2);
    const row = rows[1] ?? [];
    expect(row[1]).toBe('通过');
    expect(row[3]).toBe('名称 "引号", 逗号\n换行');
    expect(row[4]).toBe("'=SUM(A1)");
    expect(row[7]).toBe('-0.30');
    expect(row[8]).toBe('');
    expect(row[10]).toBe('说明（第7行）');
  });

  it('writes only the header for no checks', () => {
    expect(checksToCsv([])).toBe(`\uFEFF${CSV_HEADER.join(',')}\r\n`);
  });
});
