/** The sort control of a table header, the same for every table. Pure. */
import type { HeadLeaf } from '@/components/data-table/data-table-head';

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
