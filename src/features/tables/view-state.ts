/**
 * The 决算表 view's state lives in the URL (`#/tables/3?q=2101&sort=c0:desc&hide=c3&collapsed=201&hl=198`), so a
 * copied link reopens exactly what was shown and back/forward work. Pure parsing and formatting of those params.
 */
import type { FinalAccountsTable } from '@/domain/final-accounts.types';
import type { RouteSort } from '@/store/route-sort';
import { formatSortParam, parseSortParam } from '@/store/route-sort';

/** One sorted column (the one URL format of every data table's sort, `src/lib/table-sort.ts`). */
export type SortParam = RouteSort;

/** The view state read from the route. Unknown or malformed values are dropped, never thrown. */
export interface TableViewParams {
  /** 表N, or null when the path names none. */
  readonly tableNo: number | null;
  readonly q: string;
  readonly sort: SortParam | null;
  readonly hidden: readonly string[];
  readonly collapsed: readonly string[];
  readonly hl: number | null;
  /** Table 6 (side-by-side column groups): `print` shows the printed three-group layout. */
  readonly layout: 'print' | null;
}

const POSITIVE_INT = /^[1-9]\d{0,8}$/;

/** `3` → 3; anything else → null. */
export function parsePositiveInt(text: string | undefined): number | null {
  return text !== undefined && POSITIVE_INT.test(text) ? Number(text) : null;
}

export { formatSortParam, parseSortParam };

/** `a,b,,a` → ['a','b'] (trimmed, de-duplicated, order kept). */
export function parseListParam(text: string | undefined): readonly string[] {
  if (!text) return [];
  const out: string[] = [];
  for (const part of text.split(',')) {
    const v = part.trim();
    if (v && !out.includes(v)) out.push(v);
  }
  return out;
}

/** ['a','b'] → `a,b`; an empty list removes the param. */
export function formatListParam(list: readonly string[]): string | undefined {
  return list.length > 0 ? list.join(',') : undefined;
}

/** Reads the view state from a route's path and params. */
export function parseTableViewParams(
  path: readonly string[],
  params: Readonly<Record<string, string>>,
): TableViewParams {
  return {
    tableNo: parsePositiveInt(path[0]),
    q: params['q'] ?? '',
    sort: parseSortParam(params['sort']),
    hidden: parseListParam(params['hide']),
    collapsed: parseListParam(params['collapsed']),
    hl: parsePositiveInt(params['hl']),
    layout: params['layout'] === 'print' ? 'print' : null,
  };
}

/**
 * Which table to show: 表N from the path when the document has it; else, for a bare `hl` link, the table whose
 * printed lines contain that line; else the first table.
 */
export function pickTable(
  tables: readonly FinalAccountsTable[],
  tableNo: number | null,
  hl: number | null,
): FinalAccountsTable | null {
  if (tableNo !== null) {
    const byNo = tables.find((t) => t.number === tableNo);
    if (byNo) return byNo;
  }
  if (hl !== null) {
    const byLine = tables.find((t) => t.titleLine <= hl && hl <= t.lastLine);
    if (byLine) return byLine;
  }
  return tables[0] ?? null;
}

/** `2021年度支出决算表（表3）` → `支出决算表` (for the picker; the heading keeps the title as printed). */
export function shortTitle(title: string): string {
  const short = title
    .replace(/^\s*\d{4}\s*年度?\s*/, '')
    .replace(/[（(]\s*表\s*\d+\s*[）)]\s*$/, '')
    .trim();
  return short || title;
}
