import { lazy, Suspense, useDeferredValue, useRef } from 'react';

import { CompletenessBadge } from '@/components/completeness-report';
import { ErrorBoundary } from '@/components/error-boundary';
import { PopoverHost } from '@/components/popover';
import type { ParseResult } from '@/domain/final-accounts.types';
import { DocumentBar } from '@/features/import/document-bar';
import { ImportPanels } from '@/features/import/import-panels';
import { useDashboardStore } from '@/store';
import { formatHash, routeTo, withParams } from '@/store/route';
import { useDisplayUnit } from '@/store/route-context';
import { selectActiveDocument, selectRoute } from '@/store/selectors';
import { VIEWS, viewOf } from '@/store/view-registry';

import { AddSlideButton } from './add-slide-button';
import { useBootstrap } from './bootstrap';
import { Handout } from './handout';
import { useHeaderOffset } from './use-header-offset';
import { PrintStamp } from './print-stamp';
import { DocumentProvider } from './provider';
import { ViewFor } from './views';

const PresenterBar = lazy(() => import('@/features/presenter/presenter-bar'));

/** The navigation: every view the registry shows in it, in its order. */
const NAV = VIEWS.filter((view) => viewOf(view).nav).map((view) => ({ view, label: viewOf(view).label }));

function ParseFailure({ result, name }: { readonly result: ParseResult; readonly name: string }) {
  if (result.ok) return null;
  return (
    <div role="alert" className="view-error">
      <h2>无法读取 {name}</h2>
      <p>
        {result.error.message}
        {result.error.line !== null ? `（第 ${result.error.line} 行）` : ''}
      </p>
    </div>
  );
}

export function App() {
  useBootstrap();
  const route = useDashboardStore(selectRoute);
  // A document (the first, from the parse worker, or another chosen) renders its view in a background pass that
  // yields to the browser, rather than in one long task (store updates themselves render synchronously).
  const doc = useDeferredValue(useDashboardStore(selectActiveDocument));
  const unit = useDisplayUnit();
  const accounts = doc?.result.ok ? doc.result.accounts : null;
  const routeKey = formatHash(route);
  const headerRef = useRef<HTMLElement>(null);
  useHeaderOffset(headerRef);
  return (
    <DocumentProvider>
      <PopoverHost>
        <a className="skip-link" href="#main">
          跳到正文
        </a>
        <header className="app-header" ref={headerRef}>
          <div className="brand">
            <h1>决算看板</h1>
            {/* Always one line, so the header keeps its height when the first document arrives (no layout shift). */}
            <p className="doc-title">
              {accounts ? (
                <>
                  <span data-testid="department">{accounts.meta.department}</span>
                  <span data-testid="year">{accounts.meta.year} 年度</span>
                  <span data-testid="kind">{accounts.meta.kind}</span>
                  <CompletenessBadge
                    c={accounts.completeness}
                    href={formatHash(routeTo('source', [], {}, route))}
                  />
                  <span data-testid="unit">单位：{unit}</span>
                </>
              ) : (
                <span>{doc ? doc.name : '正在读取文档…'}</span>
              )}
            </p>
          </div>
          <nav aria-label="视图">
            <ul>
              {NAV.map((n) => (
                <li key={n.view}>
                  <a
                    href={formatHash(routeTo(n.view, [], {}, route))}
                    aria-current={route.view === n.view ? 'page' : undefined}
                  >
                    {n.label}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
          <div className="unit-switch" role="group" aria-label="金额单位">
            {(['万元', '元'] as const).map((u) => (
              <a
                key={u}
                href={formatHash(
                  withParams(route, { unit: u === (accounts?.meta.unit ?? '万元') ? undefined : u }),
                )}
                aria-current={unit === u ? 'true' : undefined}
                className={unit === u ? 'active' : ''}
              >
                {u}
              </a>
            ))}
          </div>
          {route.view !== 'presenter' ? <AddSlideButton disabled={!accounts} /> : null}
          <DocumentBar />
        </header>
        {accounts && doc ? (
          <PrintStamp
            department={accounts.meta.department}
            year={accounts.meta.year}
            unit={unit}
            route={route}
            sourceFile={doc.name}
          />
        ) : null}
        <main id="main" className="app-main" tabIndex={-1}>
          <ImportPanels />
          {doc && !doc.result.ok ? <ParseFailure result={doc.result} name={doc.name} /> : null}
          {accounts ? (
            <ErrorBoundary homeHref={formatHash(routeTo('overview', [], {}, route))} resetKey={routeKey}>
              <Suspense fallback={<p className="loading">正在载入…</p>}>
                <ViewFor route={route} handout={<Handout />} />
              </Suspense>
            </ErrorBoundary>
          ) : doc ? null : (
            <p className="loading">正在载入…</p>
          )}
        </main>
        {accounts && route.params['present'] ? (
          <Suspense fallback={null}>
            <PresenterBar />
          </Suspense>
        ) : null}
      </PopoverHost>
    </DocumentProvider>
  );
}
