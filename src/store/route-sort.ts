/**
 * A table's sort in the URL, the one format of every table: `sort=<columnId>:<asc|desc>` (a bare id sorts
 * ascending), under `sort` or a table's own key where a view shows several tables. Parse and format are pure; the
 * hook reads the route in effect and writes changes back (replacing the history entry: a sort is not a step).
 */
import { useCallback } from 'react';

import { useDashboardStore } from './index';
import { withParams } from './route';
import { useRoute } from './route-context';

/** One sorted column. */
export interface RouteSort {
  readonly id: string;
  readonly desc: boolean;
}

/** `c0:desc` → {id:'c0', desc:true}; a bare id sorts ascending; malformed → null (never throws). */
export function parseSortParam(text: string | undefined): RouteSort | null {
  if (!text) return null;
  const m = /^([\w-]{1,40})(?::(asc|desc))?$/.exec(text.trim());
  if (!m?.[1]) return null;
  return { id: m[1], desc: m[2] === 'desc' };
}

/** The param of a sort; null removes it (the original order). */
export function formatSortParam(sort: RouteSort | null): string | undefined {
  return sort ? `${sort.id}:${sort.desc ? 'desc' : 'asc'}` : undefined;
}

/** The sort under `key` of the route in effect, and the function that changes it. */
export function useRouteSort(key = 'sort'): {
  readonly sort: RouteSort | null;
  readonly onSortChange: (next: RouteSort | null) => void;
} {
  const route = useRoute();
  const onSortChange = useCallback(
    (next: RouteSort | null) =>
      useDashboardStore
        .getState()
        .navigate(withParams(route, { [key]: formatSortParam(next) }), { replace: true }),
    [route, key],
  );
  return { sort: parseSortParam(route.params[key]), onSortChange };
}
