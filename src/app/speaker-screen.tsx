/**
 * The presenter's window (`#/presenter/speaker`): the presenter feature's SpeakerWindow, with the slides' previews
 * composed here (each slide's own view in its own route scope, as the handout renders them).
 */
import { Suspense } from 'react';

import { ErrorBoundary } from '@/components/error-boundary';
import SpeakerWindow from '@/features/presenter/speaker-window';
import type { Route } from '@/store/route';
import { formatHash } from '@/store/route';

import { RouteScope } from './route-scope';
import { ViewFor } from './views';

function preview(route: Route) {
  const key = formatHash(route);
  return (
    <RouteScope route={route}>
      <ErrorBoundary homeHref="#/presenter" resetKey={key}>
        <Suspense fallback={<p className="loading">正在载入…</p>}>
          <ViewFor route={route} />
        </Suspense>
      </ErrorBoundary>
    </RouteScope>
  );
}

export default function SpeakerScreen() {
  return <SpeakerWindow preview={preview} />;
}
