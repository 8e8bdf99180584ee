/** The lazily loaded views, and the one that shows a route. */
import { lazy } from 'react';

import type { Route } from '@/store/route';

import { LOADERS } from './view-loaders';

const OverviewView = lazy(LOADERS.overview);
const TablesView = lazy(LOADERS.tables);
const AuditView = lazy(LOADERS.audit);
const SourceView = lazy(LOADERS.source);
const DrillView = lazy(LOADERS.drill);
const ScorecardsView = lazy(LOADERS.scorecards);
const PresenterView = lazy(LOADERS.presenter);
const AllRowsView = lazy(LOADERS.rows);
const CompareView = lazy(LOADERS.compare);

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
