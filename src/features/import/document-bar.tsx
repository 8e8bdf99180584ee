/**
 * The header's document controls: the switcher (every document: department · year, and the file name where two share
 * both), 打开文件 (a file
 * input behind a visible button) and 文档管理 (the collection: remove, export, import a collection, storage).
 */
import { useState } from 'react';

import { useDashboardStore } from '@/store';
import { documentLabel, switcherLabel } from '@/store/import-slice';
import { routeTo } from '@/store/route';
import { selectActiveDocument, selectDocuments, selectRoute } from '@/store/selectors';

import { DocumentManager } from './document-manager';
import { FilePicker } from './file-picker';
import { ACCEPT } from './import-files';
import { useImportSetup } from './use-import-setup';

import './import.css';

export function DocumentBar() {
  useImportSetup();
  const documents = useDashboardStore(selectDocuments);
  const active = useDashboardStore(selectActiveDocument);
  const route = useDashboardStore(selectRoute);
  const importFiles = useDashboardStore((s) => s.importFiles);
  const prepareImport = useDashboardStore((s) => s.prepareImport);
  const [managing, setManaging] = useState(false);
  const storedLoaded = useDashboardStore((s) => s.storageStatus.loaded);

  const switchTo = (id: string): void => {
    const s = useDashboardStore.getState();
    // Same view; a table keeps its number, other views start from their top (codes and cards differ by document).
    s.navigate(routeTo(route.view, route.view === 'tables' ? route.path : [], { doc: id }, route));
    s.setActiveDocument(id);
  };

  return (
    // The collection is complete once the stored documents are read and the built-in one (parsed in the worker) is in.
    <div className="document-bar" data-stored-loaded={storedLoaded && documents.some((d) => d.builtIn)}>
      <label className="document-switch">
        <span>文档</span>
        <select
          value={active?.id ?? ''}
          onChange={(e) => switchTo(e.target.value)}
          data-testid="document-switcher"
        >
          {documents.map((d) => (
            <option key={d.id} value={d.id} title={documentLabel(d)}>
              {switcherLabel(d, documents)}
            </option>
          ))}
        </select>
      </label>
      <FilePicker
        label="打开文件…"
        inputLabel="选择要导入的决算公开文件"
        accept={ACCEPT}
        multiple
        testId="import-input"
        onOpen={prepareImport}
        onFiles={(files) => void importFiles(files)}
      />
      <button type="button" aria-haspopup="dialog" onClick={() => setManaging(true)}>
        文档管理
      </button>
      {managing ? <DocumentManager onClose={() => setManaging(false)} /> : null}
    </div>
  );
}
