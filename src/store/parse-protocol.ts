/**
 * The parse worker's protocol: text in, the ParseResult and, for a model, its audit out (structured-cloned by
 * postMessage; the audit is plain data, so the main thread need not run it). Every answer carries
 * the worker's stamp: its script's file name, which in a build carries the content hash of the worker bundle (the
 * parser), so a changed parser has a new stamp.
 */
import type { AuditReport } from '@/domain/audit/run-audit';
import type { ParseResult } from '@/domain/final-accounts.types';

export type ParseRequest =
  | { readonly id: number; readonly text: string }
  /** The built-in reference document, which the worker carries itself: its text comes back with the model. */
  | { readonly id: number; readonly reference: true }
  | { readonly id: number; readonly ping: true };

export type ParseResponse =
  | {
      readonly id: number;
      readonly stamp: string;
      readonly ok: true;
      readonly result: ParseResult | null;
      readonly audit: AuditReport | null;
      /** The text parsed, for a `reference` request. */
      readonly source?: string;
    }
  | { readonly id: number; readonly stamp: string; readonly ok: false; readonly message: string };
