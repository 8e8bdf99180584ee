/** A badge next to a figure that a failed or warned audit check concerns; links to the check. */
import type { AuditCheck } from '@/domain/audit/core';

import { useDocumentContext } from './document-context';

export function AuditBadge({ checks }: { readonly checks: readonly AuditCheck[] }) {
  const ctx = useDocumentContext();
  const fail = checks.some((c) => c.status === 'fail');
  const first = checks[0];
  if (!first) return null;
  return (
    <a
      className={`audit-badge ${fail ? 'fail' : 'warn'}`}
      href={ctx.checkHref(first.id)}
      title={checks.map((c) => c.message).join('\n')}
      aria-label={`${fail ? '勾稽不符' : '勾稽提示'}：${checks.map((c) => c.message).join('；')}`}
    >
      {fail ? '不符' : '提示'}
    </a>
  );
}
