/**
 * Above the view: the drop zone (drop files anywhere on the page), the file being read, problems met reading the
 * stored documents, and the import report: each file's outcome, and for an imported document its parse problems
 * with their lines linked to the source view of that document.
 */
import { useEffect, useState } from 'react';

import { CompletenessReport } from '@/components/completeness-report';
import type { ParseProblem } from '@/domain/final-accounts.types';
import { useDashboardStore } from '@/store';
import type { ImportOutcome } from '@/store/import-slice';
import { documentLabel } from '@/store/import-slice';
import { formatHash, routeTo } from '@/store/route';
import { selectDocuments, selectRoute } from '@/store/selectors';

import { StorageLine } from './storage-line';

import './import.css';

const SEVERITY = { error: '错误', warning: '警告', info: '说明' } as const;
const STATUS = { added: '已导入', refused: '未导入', duplicate: '重复，未添加' } as const;
/** Problems listed per document; the rest are counted. */
const SHOWN_PROBLEMS = 200;

function hasFiles(e: DragEvent): boolean {
  return e.dataTransfer?.types.includes('Files') ?? false;
}

/** Files dropped anywhere on the page are imported; an overlay says so while they are dragged over it. */
function DropZone() {
  const [over, setOver] = useState(false);
  useEffect(() => {
    let depth = 0;
    const enter = (e: DragEvent): void => {
      if (!hasFiles(e)) return;
      if (depth === 0) useDashboardStore.getState().prepareImport();
      depth++;
      setOver(true);
    };
    const overPage = (e: DragEvent): void => {
      if (!hasFiles(e)) return;
      // Without this the browser would open the dropped file instead of handing it to the page.
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    };
    const leave = (e: DragEvent): void => {
      if (!hasFiles(e)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setOver(false);
    };
    const drop = (e: DragEvent): void => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth = 0;
      setOver(false);
      const files = [...(e.dataTransfer?.files ?? [])];
      if (files.length > 0) void useDashboardStore.getState().importFiles(files);
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragover', overPage);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragover', overPage);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, []);
  if (!over) return null;
  return (
    <div className="drop-overlay" data-testid="drop-overlay">
      <p>松开鼠标即可导入（.txt / .md 决算公开，或导出的 .json 文档合集）</p>
    </div>
  );
}

function ProblemList({
  problems,
  documentId,
}: {
  readonly problems: readonly ParseProblem[];
  readonly documentId: string;
}) {
  const route = useDashboardStore(selectRoute);
  const shown = problems.slice(0, SHOWN_PROBLEMS);
  return (
    <details className="problem-list">
      <summary>解析提示 {problems.length} 条</summary>
      <ol>
        {shown.map((p, i) => (
          <li key={i} className={`problem ${p.severity}`}>
            <span className="severity">{SEVERITY[p.severity]}</span>
            {p.line !== null ? (
              <a href={formatHash(routeTo('source', [], { line: String(p.line), doc: documentId }, route))}>
                第 {p.line} 行
              </a>
            ) : (
              <span className="no-line">无行号</span>
            )}
            <span className="problem-message">{p.message}</span>
          </li>
        ))}
      </ol>
      {problems.length > shown.length ? (
        <p className="note">另有 {problems.length - shown.length} 条未列出。</p>
      ) : null}
    </details>
  );
}

function OutcomeItem({ o }: { readonly o: ImportOutcome }) {
  const documents = useDashboardStore(selectDocuments);
  const route = useDashboardStore(selectRoute);
  const doc = o.documentId ? documents.find((d) => d.id === o.documentId) : undefined;
  return (
    <li className={`outcome ${o.status}`} data-testid="import-outcome">
      <p className="outcome-head">
        <span className="outcome-status">{STATUS[o.status]}</span>
        <span className="outcome-file">{o.fileName}</span>
      </p>
      <p className="outcome-message">{o.message}</p>
      {doc ? (
        <>
          <p>
            <a href={formatHash(routeTo('overview', [], { doc: doc.id }, route))}>
              {o.status === 'added' ? '查看这份文档' : '查看已载入的文档'}：{documentLabel(doc)}
            </a>
          </p>
          {o.status === 'added' && doc.result.ok ? (
            <CompletenessReport
              c={doc.result.accounts.completeness}
              lineHref={(line) =>
                formatHash(routeTo('source', [], { line: String(line), doc: doc.id }, route))
              }
            />
          ) : null}
          {o.status === 'added' && doc.result.problems.length > 0 ? (
            <ProblemList problems={doc.result.problems} documentId={doc.id} />
          ) : null}
        </>
      ) : o.status === 'added' ? (
        <p className="note">这份文档已从看板移除。</p>
      ) : null}
    </li>
  );
}

/**
 * The report of the last import: open when it arrives; it folds to its one-line summary once the user moves on to
 * another view (it never stays pinned open above every view), and can be opened again or closed.
 */
function ImportReportPanel() {
  const report = useDashboardStore((s) => s.importReport);
  const dismiss = useDashboardStore((s) => s.dismissImportReport);
  const route = useDashboardStore(selectRoute);
  const place = `${route.view}/${route.path.join('/')}`;
  const [seen, setSeen] = useState<{
    readonly id: number;
    readonly place: string;
    readonly open: boolean;
  } | null>(null);
  // The first view a report is shown in; moving to another view folds it (the import's own switch of document
  // changes only `doc=`, not the view). State adjusted while rendering, as React recommends over an effect.
  if (report && seen?.id !== report.id) setSeen({ id: report.id, place, open: true });
  else if (report && seen && seen.place !== place) setSeen({ ...seen, place, open: false });
  if (!report) return null;
  const open = seen?.id === report.id ? seen.open : true;
  const count = (status: ImportOutcome['status']) =>
    report.outcomes.filter((o) => o.status === status).length;
  const added = count('added');
  return (
    <section
      className={`import-report${open ? '' : ' is-folded'}`}
      aria-labelledby="import-report-title"
      data-testid="import-report"
      data-report={report.id}
    >
      <details
        open={open}
        onToggle={(e) => {
          const next = e.currentTarget.open;
          setSeen((prev) => (prev && prev.open !== next ? { ...prev, open: next } : prev));
        }}
      >
        <summary className="import-report-head">
          <h2 id="import-report-title">导入报告</h2>
          <span role="status" className="import-summary">
            已导入 {added} 份，未导入 {count('refused')} 份，重复 {count('duplicate')} 份。
            {count('refused') + count('duplicate') > 0 ? '未导入的文件没有改动看板中的任何文档。' : ''}
          </span>
        </summary>
        <ul className="outcomes">
          {report.outcomes.map((o) => (
            <OutcomeItem key={o.key} o={o} />
          ))}
        </ul>
        {added > 0 ? <StorageLine /> : null}
      </details>
      <button type="button" className="import-report-close" onClick={dismiss}>
        关闭报告
      </button>
    </section>
  );
}

/** Problems met loading the stored documents (a newer format, a damaged record, a database that would not open). */
function StorageNotices() {
  const notices = useDashboardStore((s) => s.storageStatus.notices);
  const [dismissed, setDismissed] = useState<readonly string[] | null>(null);
  if (notices.length === 0 || dismissed === notices) return null;
  return (
    <div role="alert" className="import-notices">
      <p>读取本浏览器中保存的文档时遇到问题：</p>
      <ul>
        {notices.map((n) => (
          <li key={n}>{n}</li>
        ))}
      </ul>
      <button type="button" onClick={() => setDismissed(notices)}>
        知道了
      </button>
    </div>
  );
}

/** `第 3 / 25 页` while a PDF is read, with a bar and a button that stops the read. */
function PdfProgress() {
  const progress = useDashboardStore((s) => s.importProgress);
  const cancel = useDashboardStore((s) => s.cancelImport);
  if (!progress) return null;
  const { done, total, file } = progress;
  return (
    <div className="import-progress" data-testid="pdf-progress">
      <label>
        正在读取 PDF {file}：{total > 0 ? `第 ${done} / ${total} 页` : '正在打开…'}
        <progress max={total || 1} value={total > 0 ? done : 0} aria-label={`读取 ${file} 的进度`} />
      </label>
      <button type="button" onClick={cancel}>
        取消读取
      </button>
    </div>
  );
}

export function ImportPanels() {
  const busy = useDashboardStore((s) => s.importBusy);
  return (
    <>
      <DropZone />
      {/* Always present, so screen readers announce the change when a file starts being read (aria-live, not
          role=status: an empty status on every page would shadow the views' own status messages). */}
      <p aria-live="polite" className={busy ? 'import-busy' : 'visually-hidden'}>
        {busy ? `正在读取 ${busy}…` : ''}
      </p>
      <PdfProgress />
      <StorageNotices />
      <ImportReportPanel />
    </>
  );
}
