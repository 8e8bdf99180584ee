/** On start: the browser's import dependencies (once), then the stored documents into the collection. */
import { useEffect } from 'react';

import { useDashboardStore } from '@/store';
import { browserImportDeps } from '@/store/import-deps';

export function useImportSetup(): void {
  useEffect(() => {
    const s = useDashboardStore.getState();
    if (!s.importDeps) s.setImportDeps(browserImportDeps());
    void useDashboardStore.getState().loadStoredDocuments();
  }, []);
}
