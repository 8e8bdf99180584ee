/**
 * The parse worker (a same-origin module worker): parses a disclosure — text, or a PDF read here with pdf.js — and
 * audits the model off the main thread. One request, one answer (a PDF read also posts its progress page by page
 * and stops between pages when cancelled); the parser never throws, and anything else that fails is answered as a
 * message, never left hanging.
 */
import { runAudit } from '@/domain/audit/run-audit';
import type { ParseResult } from '@/domain/final-accounts.types';
import { attachmentOf } from '@/domain/pdf/attachment';
import { layoutText, parsePdfRead } from '@/domain/pdf/parse-pdf';
import { readPdf } from '@/domain/pdf/read-pdf';
import { parseFinalAccounts } from '@/domain/parse/parse-final-accounts';

import { pdfAssetParams, pdfjsInThisThread } from './pdf-reader';
import type { ParseRequest, ParseResponse, PdfAnswer } from './parse-protocol';
import { referenceSource } from './reference-document';

interface WorkerScope {
  readonly location: { readonly pathname: string };
  onmessage: ((event: MessageEvent<ParseRequest>) => void) | null;
  postMessage: (message: ParseResponse) => void;
}

const scope = self as unknown as WorkerScope;
const stamp = scope.location.pathname.split('/').pop() ?? 'worker';
const cancelled = new Set<number>();

async function readPdfRequest(
  id: number,
  bytes: Uint8Array,
  assetBase: string,
): Promise<{ result: ParseResult | null; pdf: PdfAnswer }> {
  const read = await readPdf(bytes, await pdfjsInThisThread(), {
    params: pdfAssetParams(assetBase),
    onPage: (done, total) => scope.postMessage({ id, stamp, progress: { done, total } }),
    cancelled: () => cancelled.has(id),
  });
  cancelled.delete(id);
  if (!read.ok) return { result: null, pdf: { ok: false, reason: read.reason, message: read.message } };
  const { lines, pages } = attachmentOf(bytes, read.layout, read.pages);
  return { result: parsePdfRead(read), pdf: { ok: true, source: layoutText(read.layout), lines, pages } };
}

scope.onmessage = (event) => {
  const request = event.data;
  if ('cancel' in request) {
    cancelled.add(request.cancel);
    return;
  }
  void (async () => {
    try {
      if ('warm' in request) {
        await pdfjsInThisThread();
        scope.postMessage({ id: request.id, stamp, ok: true, result: null, audit: null });
        return;
      }
      if ('pdf' in request) {
        const { result, pdf } = await readPdfRequest(request.id, request.pdf, request.assetBase);
        const audit = result?.ok ? runAudit(result.accounts) : null;
        scope.postMessage({ id: request.id, stamp, ok: true, result, audit, pdf });
        return;
      }
      const text = 'text' in request ? request.text : 'reference' in request ? referenceSource : null;
      const result = text === null ? null : parseFinalAccounts(text);
      const audit = result?.ok ? runAudit(result.accounts) : null;
      scope.postMessage({
        id: request.id,
        stamp,
        ok: true,
        result,
        audit,
        ...('reference' in request ? { source: referenceSource } : {}),
      });
    } catch (e) {
      scope.postMessage({
        id: request.id,
        stamp,
        ok: false,
        message: e instanceof Error ? e.message : String(e),
      });
    }
  })();
};
