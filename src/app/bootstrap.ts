/**
 * Start-up: the reference document into the store, and the URL hash mirrored into the store. The reference is
 * parsed (and audited) in the parse worker, so the first screen's main thread only renders; where no worker runs
 * (a page opened from file://, jsdom) the parser loads and runs on the main thread instead.
 */
import { useEffect } from 'react';

import { useDashboardStore } from '@/store';
import { browserImportDeps } from '@/store/import-deps';
import { parseHash } from '@/store/route';
import { REFERENCE_FILE, REFERENCE_ID } from '@/store/reference-id';

import { preloadView } from './view-loaders';

export { REFERENCE_ID };

/**
 * Starts parsing the reference document (once) and puts it in the store when it arrives. main.tsx calls it before
 * React's first render, so the parse worker loads and parses while React builds the page header; the hook below
 * calls it too (a no-op the second time), for the tests that mount the app without main.tsx.
 */
export function startBootstrap(): void {
  const s = useDashboardStore.getState();
  if (!s.importDeps) s.setImportDeps(browserImportDeps());
  const deps = useDashboardStore.getState().importDeps;
  if (!deps || s.documents.some((d) => d.id === REFERENCE_ID) || pending.has(deps)) return;
  pending.add(deps);
  void deps.parser.parseReference().then(({ result, source }) => {
    pending.delete(deps);
    if (useDashboardStore.getState().documents.some((d) => d.id === REFERENCE_ID)) return;
    useDashboardStore.getState().addDocument({
      id: REFERENCE_ID,
      name: REFERENCE_FILE,
      source,
      result,
      builtIn: true,
      importedAt: null,
    });
  });
  // The view's code loads while the worker parses.
  preloadView(parseHash(window.location.hash).view);
}

/** The parses under way, by the dependencies that run them (a test's fresh store starts its own). */
const pending = new WeakSet<object>();

/** Starts the reference document's parse (if main.tsx did not) and follows the hash. */
export function useBootstrap(): void {
  useEffect(() => {
    startBootstrap();
    const s = useDashboardStore.getState();
    s.syncRoute(window.location.hash);
    const onHash = (): void => useDashboardStore.getState().syncRoute(window.location.hash);
    window.addEventListener('hashchange', onHash);
    window.addEventListener('popstate', onHash);
    return () => {
      window.removeEventListener('hashchange', onHash);
      window.removeEventListener('popstate', onHash);
    };
  }, []);
}
