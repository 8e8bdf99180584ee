/**
 * Parses imported text off the main thread, in a module Web Worker (parse-worker.ts), and falls back to the main
 * thread only where no worker can run (jsdom tests, a page opened from file://) or the worker failed.
 */
import type { ParseResult } from '@/domain/final-accounts.types';
import type { PdfParse } from '@/domain/import/stored-format';
import { attachmentOf } from '@/domain/pdf/attachment';
import type { PdfjsApi } from '@/domain/pdf/read-pdf';

import { seedAuditReport } from './audit-cache';
import type { ParseRequest, ParseResponse, PdfAnswer } from './parse-protocol';

/** How a PDF read reports and stops: called after each page; aborting stops it at the next page. */
export interface PdfReadControl {
  readonly onProgress?: (done: number, total: number) => void;
  readonly signal?: AbortSignal;
}

export interface ParseClient {
  /**
   * Which build of the parser answers (see parse-protocol.ts), `main-thread` for the fallback. Stored models made
   * by another stamp are re-parsed.
   */
  readonly stamp: () => Promise<string>;
  readonly parse: (text: string) => Promise<{ readonly result: ParseResult; readonly stamp: string }>;
  /** Reads a PDF (in the worker where one runs); never rejects: a PDF that cannot be read is `ok: false`. */
  readonly parsePdf: (
    bytes: Uint8Array,
    control?: PdfReadControl,
  ) => Promise<PdfParse & { readonly stamp: string }>;
  /**
   * Starts loading the PDF reader (pdf.js) where PDFs are read, when a file is about to be chosen or dropped, so the
   * read does not wait for it. Nothing happens where no worker runs (the main thread loads pdf.js on a PDF's read).
   */
  readonly warmPdf: () => void;
  /** The built-in reference document: its model and its text (the worker carries the text, not the first screen). */
  readonly parseReference: () => Promise<{
    readonly result: ParseResult;
    readonly stamp: string;
    readonly source: string;
  }>;
}

const MAIN_THREAD = 'main-thread';

/** The app's base URL, where pdf.js finds its cMaps and fonts (`pdfjs/` beside index.html). */
function assetBase(): string {
  return typeof document === 'undefined' ? '' : document.baseURI;
}

function pdfParseOf(bytes: Uint8Array, result: ParseResult | null, pdf: PdfAnswer | undefined): PdfParse {
  if (!pdf) return { ok: false, message: 'PDF 读取没有结果' };
  if (!pdf.ok) return { ok: false, message: pdf.message };
  if (!result) return { ok: false, message: 'PDF 读取没有结果' };
  return { ok: true, result, source: pdf.source, pdf: { bytes, lines: pdf.lines, pages: pdf.pages } };
}

/**
 * The parser on the calling thread (the fallback, and the unit tests' parser). Loaded on first use: where the
 * worker runs, the first screen's code does not carry the parser.
 */
export function mainThreadParser(
  pdf: {
    /** Which pdf.js to read PDFs with (tests pass Node's); the browser build by default. */
    readonly pdfjs?: () => Promise<PdfjsApi>;
    readonly params?: Record<string, unknown>;
  } = {},
): ParseClient {
  const parse = async (text: string) => {
    const { parseFinalAccounts } = await import('@/domain/parse/parse-final-accounts');
    return { result: parseFinalAccounts(text), stamp: MAIN_THREAD };
  };
  return {
    stamp: () => Promise.resolve(MAIN_THREAD),
    warmPdf: () => undefined,
    parse,
    parsePdf: async (bytes, control) => {
      try {
        const [{ readPdf }, { parsePdfRead, layoutText }, { pdfjsInThisThread, pdfAssetParams }] =
          await Promise.all([
            import('@/domain/pdf/read-pdf'),
            import('@/domain/pdf/parse-pdf'),
            import('./pdf-reader'),
          ]);
        const read = await readPdf(bytes, await (pdf.pdfjs ?? pdfjsInThisThread)(), {
          params: pdf.params ?? pdfAssetParams(assetBase()),
          ...(control?.onProgress ? { onPage: control.onProgress } : {}),
          cancelled: () => control?.signal?.aborted === true,
        });
        if (!read.ok) return { ok: false, message: read.message, stamp: MAIN_THREAD };
        const { lines, pages } = attachmentOf(bytes, read.layout, read.pages);
        return {
          ...pdfParseOf(bytes, parsePdfRead(read), {
            ok: true,
            source: layoutText(read.layout),
            lines,
            pages,
          }),
          stamp: MAIN_THREAD,
        };
      } catch (e) {
        return {
          ok: false,
          message: `PDF 读取失败（${e instanceof Error ? e.message : String(e)}）`,
          stamp: MAIN_THREAD,
        };
      }
    },
    parseReference: async () => {
      const { referenceSource } = await import('./reference-document');
      return { ...(await parse(referenceSource)), source: referenceSource };
    },
  };
}

/**
 * A worker-backed parser, or the main-thread one where workers cannot run. The worker starts on first use, so a
 * visit that imports nothing never loads it.
 */
export function createParseClient(): ParseClient {
  // A page opened from file:// (the one-file build) has no origin a module worker could load from.
  if (typeof Worker === 'undefined' || window.location.protocol === 'file:') return mainThreadParser();
  let started: ParseClient | null = null;
  const client = (): ParseClient => (started ??= startWorker());
  return {
    stamp: () => client().stamp(),
    warmPdf: () => client().warmPdf(),
    parse: (text) => client().parse(text),
    parsePdf: (bytes, control) => client().parsePdf(bytes, control),
    parseReference: () => client().parseReference(),
  };
}

function startWorker(): ParseClient {
  let worker: Worker;
  try {
    worker = new Worker(new URL('./parse-worker.ts', import.meta.url), { type: 'module', name: 'parse' });
  } catch {
    return mainThreadParser();
  }
  const fallback = mainThreadParser();
  const pending = new Map<number, (r: Exclude<ParseResponse, { progress: unknown }> | null) => void>();
  const progress = new Map<number, (done: number, total: number) => void>();
  let nextId = 1;
  let broken = false;
  worker.onmessage = (event: MessageEvent<ParseResponse>) => {
    const data = event.data;
    if ('progress' in data) {
      progress.get(data.id)?.(data.progress.done, data.progress.total);
      return;
    }
    const settle = pending.get(data.id);
    pending.delete(data.id);
    progress.delete(data.id);
    settle?.(data);
  };
  // A worker that failed to load or crashed: what is pending is answered on the main thread, and it is not used again.
  worker.onerror = (event) => {
    event.preventDefault();
    broken = true;
    worker.terminate();
    for (const settle of pending.values()) settle(null);
    pending.clear();
  };
  type Question = ParseRequest extends infer R ? (R extends ParseRequest ? Omit<R, 'id'> : never) : never;
  const ask = (
    request: Question,
    onProgress?: (done: number, total: number) => void,
    onId?: (id: number) => void,
  ): Promise<Exclude<ParseResponse, { progress: unknown }> | null> => {
    if (broken) return Promise.resolve(null);
    const id = nextId++;
    onId?.(id);
    return new Promise((resolve) => {
      pending.set(id, resolve);
      if (onProgress) progress.set(id, onProgress);
      worker.postMessage({ ...request, id });
    });
  };
  let warmed = false;
  return {
    stamp: async () => {
      const r = await ask({ ping: true });
      return r ? r.stamp : MAIN_THREAD;
    },
    warmPdf: () => {
      if (warmed) return;
      warmed = true;
      void ask({ warm: 'pdf' });
    },
    parse: async (text) => {
      const r = await ask({ text });
      if (r?.ok && r.result) {
        if (r.audit && r.result.ok) seedAuditReport(r.result.accounts, r.audit);
        return { result: r.result, stamp: r.stamp };
      }
      return fallback.parse(text);
    },
    parsePdf: async (bytes, control) => {
      let requestId = 0;
      const cancel = (): void => worker.postMessage({ id: nextId++, cancel: requestId });
      control?.signal?.addEventListener('abort', cancel, { once: true });
      // The worker gets a copy: the caller keeps its bytes (they are stored with the document).
      const r = await ask({ pdf: bytes.slice(), assetBase: assetBase() }, control?.onProgress, (id) => {
        requestId = id;
      });
      control?.signal?.removeEventListener('abort', cancel);
      if (r?.ok) {
        if (r.audit && r.result?.ok) seedAuditReport(r.result.accounts, r.audit);
        return { ...pdfParseOf(bytes, r.result, r.pdf), stamp: r.stamp };
      }
      if (r && !r.ok) return { ok: false, message: `PDF 读取失败（${r.message}）`, stamp: r.stamp };
      return fallback.parsePdf(bytes, control);
    },
    parseReference: async () => {
      const r = await ask({ reference: true });
      if (r?.ok && r.result && r.source !== undefined) {
        if (r.audit && r.result.ok) seedAuditReport(r.result.accounts, r.audit);
        return { result: r.result, stamp: r.stamp, source: r.source };
      }
      return fallback.parseReference();
    },
  };
}
