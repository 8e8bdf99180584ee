/** A table's sort in the URL: `sort=<columnId>:<asc|desc>` (a bare id sorts ascending). Pure. */
import type { HeadLeaf } from '@/components/data-table/data-table-head';

import type { TableSort } from './data-table';

/** `c0:desc` → {id:'c0', desc:true}; a bare id sorts ascending; malformed → null (never throws). */
export function parseSortParam(text: string | undefined): TableSort | null {
  if (!text) return null;
  const m = /^([\w-]{1,40})(?::(asc|desc))?$/.exec(text.trim());
  if (!m?.[1]) return null;
  return { id: m[1], desc: m[2] === 'desc' };
}

/** The param of a sort; null removes it (the printed order). */
export function formatSortParam(sort: TableSort | null): string | undefined {
  return sort ? `${sort.id}:${sort.desc ? 'desc' : 'asc'}` : undefined;
}

/** The part of a TanStack column the sort control reads. */
interface SortableColumn {
  getCanSort: () => boolean;
  getIsSorted: () => false | 'asc' | 'desc';
  getNextSortingOrder: () => false | 'asc' | 'desc';
  getToggleSortingHandler: () => ((event: unknown) => void) | undefined;
}

/**
 * A header's sort control, the same for every table (this one and the 决算表 tree): its state for `aria-sort` and
 * what the next click does, in words.
 */
export function sortControl(column: SortableColumn, label: string): Pick<HeadLeaf, 'sort'> {
  if (!column.getCanSort()) return {};
  const sorted = column.getIsSorted();
  const next = column.getNextSortingOrder();
  return {
    sort: {
      direction: sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none',
      onToggle: () => column.getToggleSortingHandler()?.({}),
      hint: next === 'desc' ? `按${label}降序排列` : next === 'asc' ? `按${label}升序排列` : '恢复原顺序',
    },
  };
}
