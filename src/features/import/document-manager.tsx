/**
 * 文档管理: every document of the collection with its import time and parse problems; view, remove (asks first, in
 * an alertdialog), export every imported document to one file, import such a file, and where they are kept.
 */
import { useState } from 'react';

import { ConfirmDialog, Modal } from '@/components/modal';
import { saveJson } from '@/components/download';
import { useDashboardStore } from '@/store';
import type { DocumentEntry } from '@/store';
import { documentLabel } from '@/store/import-slice';
import { routeTo } from '@/store/route';
import { selectDocuments } from '@/store/selectors';

import { FilePicker } from './file-picker';
import { ACCEPT_COLLECTION, exportFileName, formatImportTime } from './import-files';
import { StorageLine } from './storage-line';

export function DocumentManager({ onClose }: { readonly onClose: () => void }) {
  const documents = useDashboardStore(selectDocuments);
  const notices = useDashboardStore((s) => s.storageStatus.notices);
  const [confirming, setConfirming] = useState<DocumentEntry | null>(null);
  const [removeStatus, setRemoveStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');
  const imported = documents.filter((d) => !d.builtIn);

  const view = (id: string): void => {
    const s = useDashboardStore.getState();
    s.navigate(routeTo('overview', [], { doc: id }, s.route));
    onClose();
  };

  const remove = async (doc: DocumentEntry): Promise<void> => {
    setBusy(true);
    setRemoveStatus('正在移除…');
    const r = await useDashboardStore.getState().removeDocument(doc.id);
    setBusy(false);
    if (!r.ok) {
      setRemoveStatus(r.message);
      return;
    }
    setConfirming(null);
    setRemoveStatus('');
    setMessage(`已移除“${documentLabel(doc)}”。`);
    const s = useDashboardStore.getState();
    if (s.route.params['doc'] === doc.id)
      s.navigate(routeTo(s.route.view, [], { doc: s.activeId }, s.route), { replace: true });
  };

  const exportAll = (): void => {
    const s = useDashboardStore.getState();
    const text = s.exportCollection();
    saveJson(text, exportFileName(new Date()));
    setMessage(`已导出 ${imported.length} 份文档。`);
  };

  return (
    <Modal
      role="dialog"
      title="文档管理"
      onClose={onClose}
      className="document-manager"
      description="看板中的全部文档。内置的参考文档随看板提供，不能移除，也不导出。"
    >
      <StorageLine />
      {notices.length > 0 ? (
        <ul className="import-notices" aria-label="已保存文档的问题">
          {notices.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      ) : null}
      <div className="table-scroll">
        <table className="plain-table document-table">
          <caption className="visually-hidden">看板中的文档</caption>
          <thead>
            <tr>
              <th scope="col">文档</th>
              <th scope="col">导入时间</th>
              <th scope="col">解析提示</th>
              <th scope="col">操作</th>
            </tr>
          </thead>
          <tbody>
            {documents.map((d) => (
              <tr key={d.id}>
                <th scope="row">{documentLabel(d)}</th>
                <td>{d.builtIn ? '内置' : formatImportTime(d.importedAt)}</td>
                <td className="num">{d.result.problems.length}</td>
                <td>
                  <div className="row-actions">
                    <button type="button" onClick={() => view(d.id)} aria-label={`查看 ${documentLabel(d)}`}>
                      查看
                    </button>
                    {d.builtIn ? null : (
                      <button
                        type="button"
                        className="danger"
                        onClick={() => {
                          setRemoveStatus('');
                          setConfirming(d);
                        }}
                        aria-label={`移除 ${documentLabel(d)}`}
                      >
                        移除
                      </button>
                    )}
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {message ? (
        <p role="status" className="modal-status">
          {message}
        </p>
      ) : null}
      <div className="modal-actions">
        <button type="button" onClick={exportAll} disabled={imported.length === 0}>
          导出全部（{imported.length} 份）
        </button>
        <FilePicker
          label="导入合集…"
          inputLabel="选择要导入的文档合集（.json）"
          accept={ACCEPT_COLLECTION}
          testId="collection-input"
          onFiles={(files) => {
            // The report shows on the page, so the dialog steps aside.
            void useDashboardStore.getState().importFiles(files);
            onClose();
          }}
        />
        <button type="button" onClick={onClose}>
          关闭
        </button>
      </div>
      {confirming ? (
        <ConfirmDialog
          title="移除文档？"
          message={`将从看板和本浏览器中移除“${documentLabel(confirming)}”。移除后只能重新导入原文件或导出的合集才能恢复。`}
          confirmLabel="移除"
          busy={busy}
          status={removeStatus}
          onCancel={() => setConfirming(null)}
          onConfirm={() => void remove(confirming)}
        />
      ) : null}
    </Modal>
  );
}
