/**
 * The parse worker's protocol: text (or a PDF's bytes) in, the ParseResult and, for a model, its audit out
 * (structured-cloned by postMessage; the audit is plain data, so the main thread need not run it). Every answer
 * carries the worker's stamp: its script's file name, which in a build carries the content hash of the worker
 * bundle (the parser), so a changed parser has a new stamp. A PDF read reports each page as it goes and can be
 * cancelled between pages.
 */
import type { AuditReport } from '@/domain/audit/run-audit';
import type { ParseResult } from '@/domain/final-accounts.types';
import type { PdfLinePlace } from '@/domain/pdf/attachment';

export type ParseRequest =
  | { readonly id: number; readonly text: string }
  /** A PDF's bytes; `assetBase` is the app's base URL, where pdf.js finds its cMaps and standard fonts. */
  | { readonly id: number; readonly pdf: Uint8Array; readonly assetBase: string }
  /** Stop the PDF read of request `cancel` at its next page. */
  | { readonly id: number; readonly cancel: number }
  /** The built-in reference document, which the worker carries itself: its text comes back with the model. */
  | { readonly id: number; readonly reference: true }
  | { readonly id: number; readonly ping: true }
  /** Load pdf.js now (the user is choosing a file), so a PDF's read starts at once; answered like a ping. */
  | { readonly id: number; readonly warm: 'pdf' };

/** What the worker made of a PDF (the bytes stay with the main thread). */
export type PdfAnswer =
  | {
      readonly ok: true;
      /** The reconstructed text: line i+1 is provenance line i+1. */
      readonly source: string;
      readonly lines: readonly PdfLinePlace[];
      readonly pages: readonly { readonly width: number; readonly height: number }[];
    }
  | { readonly ok: false; readonly reason: string; readonly message: string };

export type ParseResponse =
  | {
      readonly id: number;
      readonly stamp: string;
      readonly ok: true;
      readonly result: ParseResult | null;
      readonly audit: AuditReport | null;
      /** The text parsed, for a `reference` request. */
      readonly source?: string;
      /** For a `pdf` request. */
      readonly pdf?: PdfAnswer;
    }
  /** A page of a PDF was read (not an answer: the request is still running). */
  | {
      readonly id: number;
      readonly stamp: string;
      readonly progress: { readonly done: number; readonly total: number };
    }
  | { readonly id: number; readonly stamp: string; readonly ok: false; readonly message: string };
