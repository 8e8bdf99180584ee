/** The lazily loaded views (one per registry entry, from view-loaders.ts), and the one that shows a route. */
import type { ComponentType, LazyExoticComponent } from 'react';
import { lazy } from 'react';

import type { Route, ViewName } from '@/store/route';
import { VIEWS } from '@/store/view-registry';

import { LOADERS } from './view-loaders';

// The presenter's window (`#/presenter/speaker`), loaded only there.
const SpeakerScreen = lazy(() => import('./speaker-screen'));

const LAZY_VIEWS = Object.fromEntries(VIEWS.map((v) => [v, lazy(LOADERS[v])])) as Readonly<
  Record<ViewName, LazyExoticComponent<ComponentType>>
>;

export function ViewFor({ route, handout }: { readonly route: Route; readonly handout?: React.ReactNode }) {
  if (route.view === 'presenter' && route.path[0] === 'handout' && handout) return handout;
  if (route.view === 'presenter' && route.path[0] === 'speaker') return <SpeakerScreen />;
  const View = LAZY_VIEWS[route.view];
  return <View />;
}
