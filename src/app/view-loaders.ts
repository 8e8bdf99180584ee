/** The code of each view, loaded on demand (views.tsx makes them lazy components; start-up preloads one). */
import type { ComponentType } from 'react';

import type { ViewName } from '@/store/route';

type ViewModule = Promise<{ default: ComponentType }>;

export const LOADERS: Readonly<Record<ViewName, () => ViewModule>> = {
  overview: () => import('@/features/overview/overview-view'),
  tables: () => import('@/features/tables/tables-view'),
  audit: () => import('@/features/audit/audit-view'),
  source: () => import('@/features/source/source-view'),
  page: () => import('@/features/page/page-view'),
  drill: () => import('@/features/drill-down/drill-view'),
  scorecards: () => import('@/features/scorecards/scorecards-view'),
  presenter: () => import('@/features/presenter/presenter-view'),
  rows: () => import('@/features/collection/all-rows-view'),
  compare: () => import('@/features/compare/compare-view'),
};

/**
 * Starts loading a view's code (start-up calls it for the view in the URL, so the code arrives while the reference
 * document is parsed, not after). The module loader keeps one copy: the lazy view (views.tsx) then resolves at once.
 */
export function preloadView(view: ViewName): void {
  void LOADERS[view]().catch(() => undefined); // a failed load is reported when the view renders
}
