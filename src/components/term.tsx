/**
 * A glossary term (名词解释) or a 项 code: its definition shows on hover and on keyboard focus (a tooltip, linked by
 * aria-describedby). Unknown terms render as plain text.
 */
import type { ReactNode } from 'react';
import { useId } from 'react';

import { useDocumentContext } from './document-context';

interface TermProps {
  /** The term as printed in 名词解释 (e.g. `基本支出`), or omitted when `code` is given. */
  readonly term?: string;
  /** A 项 code whose definition to show. */
  readonly code?: string;
  readonly children?: ReactNode;
}

export function Term({ term, code, children }: TermProps) {
  const ctx = useDocumentContext();
  const id = useId();
  const entry = ctx.glossary.find((g) =>
    code ? g.code === code : g.term === term || g.term.replace(/[“”"]/g, '') === term,
  );
  const content = children ?? term ?? code;
  if (!entry) return <>{content}</>;
  return (
    <span className="term" tabIndex={0} aria-describedby={id}>
      {content}
      <span role="tooltip" id={id} className="tooltip">
        <strong>{entry.path ? entry.path.join(' › ') : entry.term}</strong>：{entry.definition}（名词解释，第{' '}
        {entry.line} 行）
      </span>
    </span>
  );
}
