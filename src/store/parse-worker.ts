/**
 * The parse worker (a same-origin module worker): parses a disclosure and audits the model off the main thread. One
 * request, one answer; the parser never throws, and anything else that fails is answered as a message, never left
 * hanging.
 */
import { runAudit } from '@/domain/audit/run-audit';
import { parseFinalAccounts } from '@/domain/parse/parse-final-accounts';

import type { ParseRequest, ParseResponse } from './parse-protocol';
import { referenceSource } from './reference-document';

interface WorkerScope {
  readonly location: { readonly pathname: string };
  onmessage: ((event: MessageEvent<ParseRequest>) => void) | null;
  postMessage: (message: ParseResponse) => void;
}

const scope = self as unknown as WorkerScope;
const stamp = scope.location.pathname.split('/').pop() ?? 'worker';

scope.onmessage = (event) => {
  const request = event.data;
  try {
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
};
