/**
 * Parses imported text off the main thread, in a module Web Worker (parse-worker.ts), and falls back to the main
 * thread only where no worker can run (jsdom tests, a page opened from file://) or the worker failed.
 */
import type { ParseResult } from '@/domain/final-accounts.types';

import { seedAuditReport } from './audit-cache';
import type { ParseRequest, ParseResponse } from './parse-protocol';

export interface ParseClient {
  /**
   * Which build of the parser answers (see parse-protocol.ts), `main-thread` for the fallback. Stored models made
   * by another stamp are re-parsed.
   */
  readonly stamp: () => Promise<string>;
  readonly parse: (text: string) => Promise<{ readonly result: ParseResult; readonly stamp: string }>;
  /** The built-in reference document: its model and its text (the worker carries the text, not the first screen). */
  readonly parseReference: () => Promise<{
    readonly result: ParseResult;
    readonly stamp: string;
    readonly source: string;
  }>;
}

const MAIN_THREAD = 'main-thread';

/**
 * The parser on the calling thread (the fallback, and the unit tests' parser). Loaded on first use: where the
 * worker runs, the first screen's code does not carry the parser.
 */
export function mainThreadParser(): ParseClient {
  const parse = async (text: string) => {
    const { parseFinalAccounts } = await import('@/domain/parse/parse-final-accounts');
    return { result: parseFinalAccounts(text), stamp: MAIN_THREAD };
  };
  return {
    stamp: () => Promise.resolve(MAIN_THREAD),
    parse,
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
    parse: (text) => client().parse(text),
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
  const pending = new Map<number, (r: ParseResponse | null) => void>();
  let nextId = 1;
  let broken = false;
  worker.onmessage = (event: MessageEvent<ParseResponse>) => {
    const settle = pending.get(event.data.id);
    pending.delete(event.data.id);
    settle?.(event.data);
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
  const ask = (request: Question): Promise<ParseResponse | null> => {
    if (broken) return Promise.resolve(null);
    const id = nextId++;
    return new Promise((resolve) => {
      pending.set(id, resolve);
      worker.postMessage({ ...request, id });
    });
  };
  return {
    stamp: async () => {
      const r = await ask({ ping: true });
      return r ? r.stamp : MAIN_THREAD;
    },
    parse: async (text) => {
      const r = await ask({ text });
      if (r?.ok && r.result) {
        if (r.audit && r.result.ok) seedAuditReport(r.result.accounts, r.audit);
        return { result: r.result, stamp: r.stamp };
      }
      return fallback.parse(text);
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
