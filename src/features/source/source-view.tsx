/** The source document, line by line, with the requested line highlighted (provenance lands here). */
import { useEffect, useMemo, useRef } from 'react';

import { CompletenessReport } from '@/components/completeness-report';
import { useDocumentContext } from '@/components/document-context';
import { useDashboardStore } from '@/store';
import { useRoute } from '@/store/route-context';
import { getSourceLines, selectActiveDocument } from '@/store/selectors';

export default function SourceView() {
  const doc = useDashboardStore(selectActiveDocument);
  const route = useRoute();
  const lines = useMemo(() => (doc ? getSourceLines(doc) : []), [doc]);
  const target = Number(route.params['line'] ?? 0);
  const ctx = useDocumentContext();
  const completeness = doc?.result.ok ? doc.result.accounts.completeness : null;
  const unread = useMemo(
    () => new Map((completeness?.unread ?? []).map((u) => [u.line, u.amounts])),
    [completeness],
  );
  const ref = useRef<HTMLLIElement>(null);
  useEffect(() => {
    ref.current?.scrollIntoView({ block: 'center' });
  }, [target]);
  return (
    <section aria-labelledby="source-heading" className="source-view">
      <h2 id="source-heading">原文：{doc?.name}</h2>
      <p className="note">共 {lines.length} 行。数字所在的行号即“来源”中的行号。</p>
      {completeness ? <CompletenessReport c={completeness} lineHref={ctx.sourceHref} /> : null}
      <ol className="source-lines">
        {lines.map((text, i) => (
          <li
            key={i}
            ref={i + 1 === target ? ref : undefined}
            className={
              [i + 1 === target ? 'highlight' : '', unread.has(i + 1) ? 'unread' : ''].join(' ').trim() ||
              undefined
            }
            title={unread.has(i + 1) ? `未读的金额：${unread.get(i + 1)?.join('、')}` : undefined}
            aria-current={i + 1 === target ? 'location' : undefined}
            data-line={i + 1}
          >
            <span className="line-no" aria-hidden="true">
              {i + 1}
            </span>
            <span className="line-text">{text.replace(/\t/g, ' │ ') || '\u00a0'}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
