import { describe, expect, it } from 'vitest';

import { EXPENSE, GROUPED, LEDGER } from './test-fixtures';
import {
  formatListParam,
  formatSortParam,
  parseListParam,
  parseSortParam,
  parseTableViewParams,
  pickTable,
  shortTitle,
} from './view-state';

describe('URL params', () => {
  it.each([
    ['c0:desc', { id: 'c0', desc: true }],
    ['c2:asc', { id: 'c2', desc: false }],
    ['name', { id: 'name', desc: false }],
    ['', null],
    ['c0:up', null],
    ['<script>', null],
  ])('sort %s', (text, expected) => {
    expect(parseSortParam(text)).toEqual(expected);
  });

  it('formats sort and lists back', () => {
    expect(formatSortParam({ id: 'c1', desc: true })).toBe('c1:desc');
    expect(formatSortParam(null)).toBeUndefined();
    expect(parseListParam('201, 210,,201')).toEqual(['201', '210']);
    expect(formatListParam([])).toBeUndefined();
    expect(formatListParam(['201', '210'])).toBe('201,210');
  });

  it('reads the whole view state, dropping malformed values', () => {
    expect(
      parseTableViewParams(['3'], { q: '2101', sort: 'c0:desc', hide: 'c3,c4', collapsed: '201', hl: '198' }),
    ).toEqual({
      tableNo: 3,
      q: '2101',
      sort: { id: 'c0', desc: true },
      hidden: ['c3', 'c4'],
      collapsed: ['201'],
      hl: 198,
      layout: null,
    });
    expect(parseTableViewParams(['x'], { hl: '-1', layout: 'print' })).toMatchObject({
      tableNo: null,
      hl: null,
      layout: 'print',
    });
  });
});

describe('pickTable', () => {
  const tables = [LEDGER, EXPENSE, GROUPED];
  it('by number, else by the highlighted line, else the first', () => {
    expect(pickTable(tables, 6, null)).toBe(GROUPED);
    expect(pickTable(tables, 42, null)).toBe(LEDGER);
    expect(pickTable(tables, null, 198)).toBe(EXPENSE);
    expect(pickTable([], 1, null)).toBeNull();
  });
});

it.each([
  ['2021年度支出决算表（表3）', '支出决算表'],
  ['2021 年度收入支出决算总表（表 1）', '收入支出决算总表'],
  ['2021年度一般公共预算财政拨款“三公”经费支出决算表（表7）', '一般公共预算财政拨款“三公”经费支出决算表'],
])('shortTitle %s', (title, expected) => {
  expect(shortTitle(title)).toBe(expected);
});
