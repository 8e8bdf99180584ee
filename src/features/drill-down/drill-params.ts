/**
 * The drill view's state, read from and written to the route's params (the URL is the state; see drill-view.tsx
 * for the format). Pure functions.
 */
import type { DrillMeasure, ExpenseTableNo } from '@/domain/drill';
import { DRILL_MEASURES, formatTrail, parseTrail } from '@/domain/drill';
import type { Route } from '@/store/route';
import { withParams } from '@/store/route';

export type DrillViewMode = 'function' | 'economic' | 'budget';

export const DRILL_VIEW_MODES: readonly DrillViewMode[] = ['function', 'economic', 'budget'];

export interface DrillParams {
  readonly mode: DrillViewMode;
  readonly measure: DrillMeasure;
  readonly table: ExpenseTableNo;
  /** The trail as written in the URL (resolved against the tree by the view). */
  readonly trail: readonly string[];
}

/** Reads the params; unknown values fall back to the defaults (function, total, 表3, the top level). */
export function readDrillParams(params: Readonly<Record<string, string>>): DrillParams {
  const mode = (DRILL_VIEW_MODES as readonly string[]).includes(params['mode'] ?? '')
    ? (params['mode'] as DrillViewMode)
    : 'function';
  const measure = (DRILL_MEASURES as readonly string[]).includes(params['measure'] ?? '')
    ? (params['measure'] as DrillMeasure)
    : 'total';
  return { mode, measure, table: params['table'] === '5' ? 5 : 3, trail: parseTrail(params['trail']) };
}

/** The route with some drill params changed; mode and (for the function drill) measure are always written. */
export function drillRoute(route: Route, change: Partial<DrillParams>): Route {
  const next: DrillParams = { ...readDrillParams(route.params), ...change };
  const fn = next.mode === 'function';
  return withParams(route, {
    mode: next.mode,
    measure: fn ? next.measure : undefined,
    table: fn && next.measure !== 'income' && next.table === 5 ? '5' : undefined,
    trail: next.mode === 'budget' ? undefined : formatTrail(next.trail) || undefined,
  });
}
