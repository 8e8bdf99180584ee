/** The lazily loaded views, and the one that shows a route. */
import { lazy } from 'react';

import type { Route } from '@/store/route';

const OverviewView = lazy(() => import('@/features/overview/overview-view'));
const TablesView = lazy(() => import('@/features/tables/tables-view'));
const AuditView = lazy(() => import('@/features/audit/audit-view'));
const SourceView = lazy(() => import('@/features/source/source-view'));
const DrillView = lazy(() => import('@/features/drill-down/drill-view'));
const ScorecardsView = lazy(() => import('@/features/scorecards/scorecards-view'));
const PresenterView = lazy(() => import('@/features/presenter/presenter-view'));
const AllRowsView = lazy(() => import('@/features/collection/all-rows-view'));
const CompareView = lazy(() => import('@/features/compare/compare-view'));

export function ViewFor({ route, handout }: { readonly route: Route; readonly handout?: React.ReactNode }) {
  switch (route.view) {
    case 'tables':
      return <TablesView />;
    case 'audit':
      return <AuditView />;
    case 'source':
      return <SourceView />;
    case 'drill':
      return <DrillView />;
    case 'scorecards':
      return <ScorecardsView />;
    case 'compare':
      return <CompareView />;
    case 'rows':
      return <AllRowsView />;
    case 'presenter':
      return route.path[0] === 'handout' && handout ? handout : <PresenterView />;
    default:
      return <OverviewView />;
  }
}
