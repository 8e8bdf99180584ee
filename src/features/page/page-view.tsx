/**
 * 原件: the PDF page a figure is printed on, rendered with pdf.js, the figure's box highlighted and scrolled to, and
 * beside it the page's reconstructed text lines (the lines provenance numbers refer to), the figure's line marked.
 * Reached from a figure's provenance (“在原件中查看”: `line` and the printed figure `q`), or a page (`p`) directly.
 */
import { useEffect, useMemo, useRef, useState } from 'react';

import { printedAt, useDocumentContext } from '@/components/document-context';
import type { AuditCheck } from '@/domain/audit/core';
import type { PdfAttachment } from '@/domain/pdf/attachment';
import { placeOnPage } from '@/domain/pdf/attachment';
import type { PageBox } from '@/domain/place';
import { useDashboardStore } from '@/store';
import { pdfAssetParams, pdfjsInThisThread } from '@/store/pdf-reader';
import { formatHash, routeTo, withParams } from '@/store/route';
import { useRoute } from '@/store/route-context';
import { getSourceLines, selectActiveDocument } from '@/store/selectors';

import './page-view.css';

/** The part of pdf.js rendering uses. */
interface RenderablePage {
  getViewport(p: { scale: number }): { width: number; height: number };
  render(p: { canvasContext: CanvasRenderingContext2D; viewport: unknown; transform?: number[] }): {
    promise: Promise<void>;
    cancel(): void;
  };
}
interface RenderableDocument {
  getPage(n: number): Promise<RenderablePage>;
}

/** CSS pixels per PDF point at which a page is drawn. */
const SCALE = 1.4;

interface RenderState {
  readonly state: 'loading' | 'drawn' | 'failed';
  readonly message: string;
}

/** Renders page `n` of the PDF into the canvas the returned ref is put on; says how far it got. */
function usePageRender(
  pdf: PdfAttachment | undefined,
  n: number,
): { canvas: React.RefObject<HTMLCanvasElement | null>; render: RenderState } {
  const canvas = useRef<HTMLCanvasElement>(null);
  // The state of the page last asked for: another page (or document) is loading until its own answer comes.
  const [result, setResult] = useState<{ key: unknown; n: number } & RenderState>({
    key: null,
    n: 0,
    state: 'loading',
    message: '',
  });
  const setState = (key: unknown, page: number, r: RenderState): void => setResult({ key, n: page, ...r });
  const [doc, setDoc] = useState<{ for: PdfAttachment; doc: RenderableDocument } | null>(null);
  useEffect(() => {
    if (!pdf) return undefined;
    let live = true;
    // The loading task owns the document: destroying it frees the document (pdf.js 6 documents have no destroy).
    let loading: { destroy(): Promise<void> } | null = null;
    void (async () => {
      try {
        const pdfjs = await pdfjsInThisThread();
        const task = pdfjs.getDocument({ data: pdf.bytes.slice(), ...pdfAssetParams(document.baseURI) });
        loading = task;
        const opened = (await task.promise) as unknown as RenderableDocument;
        if (live) setDoc({ for: pdf, doc: opened });
        else void task.destroy().catch(() => undefined);
      } catch (e) {
        if (live) setState(pdf, 0, { state: 'failed', message: e instanceof Error ? e.message : String(e) });
      }
    })();
    return () => {
      live = false;
      void loading?.destroy().catch(() => undefined);
    };
  }, [pdf]);
  useEffect(() => {
    const el = canvas.current;
    if (!doc || doc.for !== pdf || !el) return undefined;
    let task: { cancel(): void } | null = null;
    let live = true;
    void (async () => {
      try {
        const page = await doc.doc.getPage(n);
        const viewport = page.getViewport({ scale: SCALE });
        const ratio = Math.max(1, Math.min(3, window.devicePixelRatio || 1));
        el.width = Math.floor(viewport.width * ratio);
        el.height = Math.floor(viewport.height * ratio);
        el.style.width = `${viewport.width}px`;
        el.style.height = `${viewport.height}px`;
        const ctx = el.getContext('2d');
        if (!ctx) throw new Error('浏览器无法绘制画布');
        const render = page.render({
          canvasContext: ctx,
          viewport,
          ...(ratio !== 1 ? { transform: [ratio, 0, 0, ratio, 0, 0] } : {}),
        });
        task = render;
        await render.promise;
        if (live) setState(pdf, n, { state: 'drawn', message: '' });
      } catch (e) {
        const name = e && typeof e === 'object' && 'name' in e ? String(e.name) : '';
        if (live && name !== 'RenderingCancelledException')
          setState(pdf, n, { state: 'failed', message: e instanceof Error ? e.message : String(e) });
      }
    })();
    return () => {
      live = false;
      task?.cancel();
    };
  }, [doc, pdf, n]);
  const current = result.key === pdf && (result.n === n || result.n === 0);
  return { canvas, render: current ? result : { state: 'loading', message: '' } };
}

function boxStyle(box: PageBox): React.CSSProperties {
  const pad = 2;
  return {
    left: `${box.x0 * SCALE - pad}px`,
    top: `${box.top * SCALE - pad}px`,
    width: `${(box.x1 - box.x0) * SCALE + 2 * pad}px`,
    height: `${(box.bottom - box.top) * SCALE + 2 * pad}px`,
  };
}

/** A finding of the audit drawn on the page: the check, its number on this page, and the boxes of its figures here. */
interface PageFinding {
  readonly check: AuditCheck;
  readonly no: number;
  readonly boxes: readonly PageBox[];
}

/** Every failed or warned check with a compared figure on page `n`, numbered in the order of its first line. */
function findingsOnPage(
  pdf: PdfAttachment,
  lines: readonly string[],
  n: number,
  checksByLine: ReadonlyMap<number, readonly AuditCheck[]>,
): PageFinding[] {
  const found = new Map<string, { check: AuditCheck; boxes: PageBox[] }>();
  pdf.lines.forEach((place, i) => {
    if (place.page !== n) return;
    const no = i + 1;
    for (const check of checksByLine.get(no) ?? []) {
      for (const p of check.places) {
        if (p.line !== no || p.role === 'input') continue;
        const text = lines[no - 1] ?? '';
        const hit = placeOnPage(pdf, text, no, p.value ? printedAt(text, p.value) : null);
        if (!hit || hit.page !== n) continue;
        const entry = found.get(check.id) ?? { check, boxes: [] };
        entry.boxes.push(hit.box);
        found.set(check.id, entry);
      }
    }
  });
  return [...found.values()].map((f, k) => ({ ...f, no: k + 1 }));
}

const STATUS_WORD = { fail: '不符', warn: '提示', pass: '通过' } as const;

export default function PageView() {
  const doc = useDashboardStore(selectActiveDocument);
  const route = useRoute();
  const lines = useMemo(() => (doc ? getSourceLines(doc) : []), [doc]);
  const pdf = doc?.pdf;
  const ctx = useDocumentContext();
  const line = Number(route.params['line'] ?? 0);
  const printed = route.params['q'] ?? null;
  const target = pdf && line > 0 ? placeOnPage(pdf, lines[line - 1] ?? '', line, printed) : null;
  const pageCount = pdf?.pages.length ?? 0;
  const asked = Number(route.params['p'] ?? 0);
  const n = asked >= 1 && asked <= pageCount ? asked : (target?.page ?? 1);
  const size = pdf?.pages[n - 1];
  const mark = useRef<HTMLDivElement>(null);
  const linesBox = useRef<HTMLElement>(null);
  const { canvas, render } = usePageRender(pdf, n);
  const onThisPage = target && target.page === n ? target : null;
  useEffect(() => {
    if (render.state === 'drawn') mark.current?.scrollIntoView({ block: 'center', inline: 'center' });
  }, [render.state, onThisPage?.box.x0, onThisPage?.box.top]);
  // The cited line, centred in the list beside the page (the list scrolls on its own, the window does not move).
  useEffect(() => {
    const box = linesBox.current;
    const cited = box?.querySelector<HTMLElement>('li.highlight');
    if (!box || !cited) return;
    box.scrollTop = cited.offsetTop - (box.clientHeight - cited.offsetHeight) / 2;
  }, [n, line, doc?.id]);

  if (!doc) return null;
  if (!pdf) {
    return (
      <section aria-labelledby="page-heading" className="page-view">
        <h2 id="page-heading">原件</h2>
        <p className="note" role="status">
          这份文档（{doc.name}）是以文本导入的，没有原件 PDF。
          {line > 0 ? (
            <>
              {' '}
              <a href={formatHash(routeTo('source', [], { line: String(line) }, route))}>
                在原文中查看第 {line} 行
              </a>
            </>
          ) : null}
        </p>
      </section>
    );
  }
  const pageLines = pdf.lines.flatMap((l, i) => (l.page === n ? [i + 1] : []));
  const findings = findingsOnPage(pdf, lines, n, ctx.checksByLine);
  const toPage = (p: number): string => formatHash(withParams(route, { p: String(p) }));
  const toLine = (no: number): string =>
    formatHash(withParams(route, { line: String(no), q: undefined, p: undefined }));
  const described = onThisPage
    ? `第 ${line} 行${printed ? `的“${printed}”` : ''}${onThisPage.exact ? '' : '（未在行内找到这个数字，标出整行）'}`
    : '';
  return (
    <section aria-labelledby="page-heading" className="page-view">
      <h2 id="page-heading">
        原件：{doc.name} · 第 {n} / {pageCount} 页
      </h2>
      <nav className="page-nav" aria-label="翻页">
        {n > 1 ? <a href={toPage(n - 1)}>上一页</a> : <span aria-disabled="true">上一页</span>}
        {n < pageCount ? <a href={toPage(n + 1)}>下一页</a> : <span aria-disabled="true">下一页</span>}
        {line > 0 ? (
          <a href={formatHash(routeTo('source', [], { line: String(line) }, route))}>
            在原文中查看第 {line} 行
          </a>
        ) : null}
      </nav>
      {described ? (
        <p className="note" role="status">
          高亮：{described}
        </p>
      ) : null}
      <div className="page-layout">
        {/* Focusable: a page wider than the screen scrolls, by keyboard too. */}
        <div
          className="page-sheet"
          tabIndex={0}
          role="region"
          aria-label={`PDF 第 ${n} 页的页面`}
          style={size ? { width: `${size.width * SCALE}px`, height: `${size.height * SCALE}px` } : undefined}
        >
          <canvas
            ref={canvas}
            role="img"
            aria-label={`PDF 第 ${n} 页${described ? `，高亮${described}` : ''}`}
            data-testid="pdf-page"
            data-state={render.state}
          />
          {onThisPage ? (
            <div
              ref={mark}
              className="page-mark"
              style={boxStyle(onThisPage.box)}
              data-testid="pdf-mark"
              data-box={[onThisPage.box.x0, onThisPage.box.top, onThisPage.box.x1, onThisPage.box.bottom]
                .map((v) => v.toFixed(1))
                .join(',')}
              aria-hidden="true"
            />
          ) : null}
          {findings.flatMap((f) =>
            f.boxes.map((box, k) => (
              <div
                key={`${f.check.id}-${k}`}
                className={`finding-mark status-${f.check.status}`}
                style={boxStyle(box)}
                data-testid="finding-mark"
                data-check={f.check.id}
                aria-hidden="true"
              >
                <span className="finding-no">{f.no}</span>
              </div>
            )),
          )}
          {render.state === 'loading' ? <p className="page-state">正在绘制第 {n} 页…</p> : null}
          {render.state === 'failed' ? (
            <p className="page-state" role="alert">
              第 {n} 页无法绘制（{render.message}）；右侧的文字行仍可查看。
            </p>
          ) : null}
        </div>
        <div className="page-side">
          {findings.length > 0 ? (
            <section
              className="page-findings"
              aria-labelledby="page-findings-heading"
              data-testid="page-findings"
            >
              <h3 id="page-findings-heading">本页的勾稽问题（{findings.length}）：页面上按编号标出</h3>
              <ol>
                {findings.map((f) => (
                  <li key={f.check.id} data-check={f.check.id}>
                    <span className={`finding-no status-${f.check.status}`}>{f.no}</span>{' '}
                    <a href={ctx.checkHref(f.check.id)}>
                      {STATUS_WORD[f.check.status]}：{f.check.message}
                    </a>
                  </li>
                ))}
              </ol>
            </section>
          ) : null}
          <section ref={linesBox} className="page-lines" aria-label={`第 ${n} 页的文字行`}>
            <h3>第 {n} 页的文字行（行号即“来源”中的行号）</h3>
            <ol>
              {pageLines.map((no) => (
                <li
                  key={no}
                  className={no === line ? 'highlight' : undefined}
                  aria-current={no === line ? 'location' : undefined}
                >
                  <a href={toLine(no)}>
                    <span className="line-no">{no}</span>
                    <span className="line-text">
                      {(lines[no - 1] ?? '').replace(/\t/g, ' │ ') || '\u00a0'}
                    </span>
                  </a>
                </li>
              ))}
            </ol>
          </section>
        </div>
      </div>
    </section>
  );
}
