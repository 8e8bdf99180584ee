/** Start-up: the reference document into the store, and the URL hash mirrored into the store. */
import { useEffect } from 'react';

import { useDashboardStore } from '@/store';

import { REFERENCE_FILE, referenceResult, referenceSource } from './reference-document';

export const REFERENCE_ID = 'reference';

/** Puts the reference document in the store (once) and follows the hash. */
export function useBootstrap(): void {
  useEffect(() => {
    const s = useDashboardStore.getState();
    if (!s.documents.some((d) => d.id === REFERENCE_ID)) {
      s.addDocument({
        id: REFERENCE_ID,
        name: REFERENCE_FILE,
        source: referenceSource,
        result: referenceResult,
        builtIn: true,
        importedAt: null,
      });
    }
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
