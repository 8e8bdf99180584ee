/**
 * Reads a PDF's pages into page geometry (text runs and drawn edges) with a pdf.js the caller loads and passes in —
 * the browser's parse worker and Node's command line load different builds — then lays them out as source lines
 * (geometry.ts). Never throws: an encrypted, damaged, scanned or cancelled read is a result with a message.
 */
import type { ParseProblem } from '../final-accounts.types';
import type { DocumentLayout, Edge, PageGeometry, TextRun } from './geometry';
import { layoutDocument } from './geometry';

/** The part of a pdf.js text item used here. */
interface PdfjsTextItem {
  readonly str: string;
  readonly transform: readonly number[];
  readonly width: number;
  readonly height: number;
}

interface PdfjsPage {
  readonly view: readonly number[];
  readonly rotate: number;
  getTextContent(): Promise<{ readonly items: readonly (PdfjsTextItem | { readonly type: string })[] }>;
  getOperatorList(): Promise<{ readonly fnArray: ArrayLike<number>; readonly argsArray: readonly unknown[] }>;
  cleanup(): unknown;
}

interface PdfjsDocument {
  readonly numPages: number;
  getPage(n: number): Promise<PdfjsPage>;
}

/** What this reader needs of a pdf.js module (`pdfjs-dist`, any build). */
export interface PdfjsApi {
  readonly getDocument: (params: Record<string, unknown>) => {
    readonly promise: Promise<PdfjsDocument>;
    destroy(): Promise<void>;
  };
  readonly OPS: Readonly<Record<string, number>>;
}

export interface ReadPdfOptions {
  /** Extra getDocument parameters (cMapUrl, standardFontDataUrl, …). */
  readonly params?: Record<string, unknown>;
  /** Called after each page is read: (pages read, pages in all). */
  readonly onPage?: (done: number, total: number) => void;
  /** Checked between pages: true stops the read. */
  readonly cancelled?: () => boolean;
}

export type PdfFailure = 'encrypted' | 'damaged' | 'no-text' | 'cancelled' | 'failed';

export type PdfReadResult =
  | {
      readonly ok: true;
      readonly pages: readonly PageGeometry[];
      readonly layout: DocumentLayout;
      /** What the layout set aside, as problems of the document (info). */
      readonly problems: readonly ParseProblem[];
    }
  | { readonly ok: false; readonly reason: PdfFailure; readonly message: string };

const MESSAGES: Record<PdfFailure, string> = {
  encrypted: 'PDF 已加密（需要密码才能打开），无法读取其中的文字。请使用未加密的版本。',
  damaged: 'PDF 文件已损坏或不是有效的 PDF，无法读取。',
  'no-text':
    'PDF 没有文字层（可能是扫描件或图片）：看板只读取 PDF 中的文字，不做文字识别（OCR）。请使用带文字层的 PDF 或文本版。',
  cancelled: '已取消读取，看板中的文档保持原样。',
  failed: 'PDF 读取失败',
};

function failure(reason: PdfFailure, detail?: string): PdfReadResult {
  return { ok: false, reason, message: detail ? `${MESSAGES[reason]}（${detail}）` : MESSAGES[reason] };
}

type Matrix = [number, number, number, number, number, number];
const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

function multiply(m: Matrix, n: readonly number[]): Matrix {
  const [a, b, c, d, e, f] = m;
  const [a2 = 1, b2 = 0, c2 = 0, d2 = 1, e2 = 0, f2 = 0] = n;
  return [
    a2 * a + b2 * c,
    a2 * b + b2 * d,
    c2 * a + d2 * c,
    c2 * b + d2 * d,
    e2 * a + f2 * c + e,
    e2 * b + f2 * d + f,
  ];
}

function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

/** The path data of a constructPath operation (pdf.js 5+: `[paintOp, [Float32Array], bbox]`). */
function pathOf(args: unknown): { paint: number; data: ArrayLike<number> } | null {
  if (!Array.isArray(args)) return null;
  const [paint, paths] = args as [unknown, unknown];
  if (typeof paint !== 'number' || !Array.isArray(paths)) return null;
  const data = (paths as unknown[])[0];
  if (!data || typeof (data as ArrayLike<number>).length !== 'number') return null;
  return { paint, data: data as ArrayLike<number> };
}

/** Straight horizontal and vertical segments of the painted paths, in page space (top-left origin). */
export function edgesOf(
  ops: { readonly fnArray: ArrayLike<number>; readonly argsArray: readonly unknown[] },
  OPS: Readonly<Record<string, number>>,
  view: readonly number[],
): Edge[] {
  const [vx = 0, , , vy1 = 0] = view;
  const edges: Edge[] = [];
  const stack: Matrix[] = [];
  let ctm: Matrix = IDENTITY;
  const segment = (p: [number, number], q: [number, number]): void => {
    const x0 = p[0] - vx;
    const x1 = q[0] - vx;
    const y0 = vy1 - p[1];
    const y1 = vy1 - q[1];
    if (Math.abs(y0 - y1) < 0.5)
      edges.push({ dir: 'h', at: (y0 + y1) / 2, from: Math.min(x0, x1), to: Math.max(x0, x1) });
    else if (Math.abs(x0 - x1) < 0.5)
      edges.push({ dir: 'v', at: (x0 + x1) / 2, from: Math.min(y0, y1), to: Math.max(y0, y1) });
  };
  for (let i = 0; i < ops.fnArray.length; i++) {
    const fn = ops.fnArray[i];
    const args = ops.argsArray[i];
    if (fn === OPS['save']) stack.push(ctm);
    else if (fn === OPS['restore']) ctm = stack.pop() ?? IDENTITY;
    else if (fn === OPS['transform'] && Array.isArray(args)) ctm = multiply(ctm, args as number[]);
    else if (fn === OPS['constructPath']) {
      const path = pathOf(args);
      // endPath: a clip or an unpainted path, not a rule.
      if (!path || path.paint === OPS['endPath']) continue;
      const d = path.data;
      let start: [number, number] | null = null;
      let cur: [number, number] | null = null;
      for (let k = 0; k < d.length;) {
        const cmd = d[k];
        if (cmd === 0 || cmd === 1) {
          const pt = apply(ctm, d[k + 1] ?? 0, d[k + 2] ?? 0);
          if (cmd === 1 && cur) segment(cur, pt);
          if (cmd === 0) start = pt;
          cur = pt;
          k += 3;
        } else if (cmd === 2) {
          cur = apply(ctm, d[k + 5] ?? 0, d[k + 6] ?? 0);
          k += 7;
        } else if (cmd === 3) {
          cur = apply(ctm, d[k + 3] ?? 0, d[k + 4] ?? 0);
          k += 5;
        } else if (cmd === 4) {
          if (cur && start) segment(cur, start);
          cur = start;
          k += 1;
        } else break;
      }
    }
  }
  return edges;
}

/** Text items as runs in page space (top-left origin): box from the baseline, the font size and the width. */
export function runsOf(items: readonly unknown[], view: readonly number[]): TextRun[] {
  const [vx = 0, , , vy1 = 0] = view;
  const runs: TextRun[] = [];
  for (const raw of items) {
    const item = raw as Partial<PdfjsTextItem>;
    if (typeof item.str !== 'string' || item.str.trim() === '' || !item.transform) continue;
    const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0] = item.transform;
    const size = Math.abs(item.height ?? 0) || Math.hypot(c, d) || Math.hypot(a, b) || 10;
    const x0 = e - vx;
    const width = Math.abs(item.width ?? 0);
    const baseline = vy1 - f;
    runs.push({
      str: item.str,
      x0,
      x1: x0 + width,
      top: baseline - size * 0.85,
      bottom: baseline + size * 0.15,
      size,
    });
  }
  return runs;
}

function errorName(e: unknown): string {
  return e && typeof e === 'object' && 'name' in e ? String(e.name) : '';
}

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** Reads every page's geometry, then lays the document out. */
export async function readPdf(
  bytes: Uint8Array,
  pdfjs: PdfjsApi,
  options: ReadPdfOptions = {},
): Promise<PdfReadResult> {
  let task: ReturnType<PdfjsApi['getDocument']>;
  try {
    // pdf.js takes ownership of the buffer it is given: pass a copy, so the caller's bytes stay whole.
    task = pdfjs.getDocument({
      ...options.params,
      data: bytes.slice(),
      isEvalSupported: false,
      stopAtErrors: false,
    });
  } catch (e) {
    return failure('failed', errorText(e));
  }
  try {
    let doc: PdfjsDocument;
    try {
      doc = await task.promise;
    } catch (e) {
      const name = errorName(e);
      if (name === 'PasswordException') return failure('encrypted');
      if (name === 'InvalidPDFException' || name === 'FormatError' || name === 'UnknownErrorException')
        return failure('damaged', errorText(e));
      return failure('damaged', errorText(e));
    }
    const pages: PageGeometry[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      if (options.cancelled?.()) return failure('cancelled');
      let page: PdfjsPage;
      try {
        page = await doc.getPage(n);
        const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = page.view;
        const content = await page.getTextContent();
        const ops = await page.getOperatorList();
        pages.push({
          page: n,
          width: x1 - x0,
          height: y1 - y0,
          runs: runsOf(content.items, page.view),
          edges: edgesOf(ops, pdfjs.OPS, page.view),
        });
        page.cleanup();
      } catch (e) {
        return failure('damaged', `第 ${n} 页：${errorText(e)}`);
      }
      options.onPage?.(n, doc.numPages);
    }
    if (pages.every((p) => p.runs.length === 0)) return failure('no-text');
    const layout = layoutDocument(pages);
    return { ok: true, pages, layout, problems: layoutProblems(layout, pages) };
  } catch (e) {
    return failure('failed', errorText(e));
  } finally {
    void task.destroy().catch(() => undefined);
  }
}

/** The layout's notes as problems: pages without text, what was dropped (page numbers counted, headers each). */
function layoutProblems(layout: DocumentLayout, pages: readonly PageGeometry[]): ParseProblem[] {
  const problems: ParseProblem[] = [];
  const blank = pages.filter((p) => p.runs.length === 0).map((p) => p.page);
  if (blank.length > 0)
    problems.push({
      code: 'pdf.page-without-text',
      severity: 'warning',
      line: null,
      message: `第 ${blank.join('、')} 页没有文字层（图片或扫描页），其中的内容没有读取`,
    });
  const numbers = layout.notes.filter((n) => n.kind === 'page-number').length;
  if (numbers > 0)
    problems.push({
      code: 'pdf.page-numbers',
      severity: 'info',
      line: null,
      message: `页码 ${numbers} 处不计入正文（页边的 ${layout.notes
        .filter((n) => n.kind === 'page-number')
        .slice(0, 3)
        .map((n) => `“${n.text}”`)
        .join('、')}${numbers > 3 ? ' 等' : ''}）`,
    });
  for (const n of layout.notes) {
    if (n.kind === 'page-number') continue;
    problems.push({
      code: n.kind === 'running-head' ? 'pdf.running-head' : 'pdf.repeated-header',
      severity: 'info',
      line: null,
      message:
        n.kind === 'running-head'
          ? `第 ${n.page} 页页眉“${n.text}”不计入正文`
          : `第 ${n.page} 页续表重复的表头“${n.text}”不计入正文，表格与上一页连续读取`,
    });
  }
  return problems;
}
