/**
 * pdf.js for the browser, loaded only when a PDF is read or shown: the library (`pdfjs-dist`) and its worker code.
 * In the parse worker the worker code runs on that same thread (pdf.js's `globalThis.pdfjsWorker`), so no second
 * worker is started; on the main thread (the page view) it runs in its own module worker. The cMaps and standard
 * fonts come from the app's own origin (`pdfjs/` beside index.html, see vite.config.ts), never from a CDN.
 */
import type { PdfjsApi } from '@/domain/pdf/read-pdf';

let inThread: Promise<PdfjsApi> | null = null;

/** pdf.js with its worker code on the calling thread (for the parse worker). */
export function pdfjsInThisThread(): Promise<PdfjsApi> {
  inThread ??= (async () => {
    const [pdfjs, worker] = await Promise.all([
      import('pdfjs-dist'),
      import('pdfjs-dist/build/pdf.worker.mjs'),
    ]);
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
    return pdfjs;
  })();
  return inThread;
}

/** getDocument parameters: the app's own cMaps and standard fonts, no system fonts, no eval. */
export function pdfAssetParams(base: string): Record<string, unknown> {
  return {
    cMapUrl: new URL('pdfjs/cmaps/', base).href,
    cMapPacked: true,
    standardFontDataUrl: new URL('pdfjs/standard_fonts/', base).href,
    useSystemFonts: false,
    isEvalSupported: false,
  };
}
