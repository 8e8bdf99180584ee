/**
 * What the reader found in a document and what it could not read (domain/completeness.ts): the nine tables, the
 * parts, the counts, every line holding an amount no reader took, and the sentences no typed reader took. Open
 * whenever the document is not complete, so a half-read document never looks clean.
 */
import type { Completeness } from '@/domain/completeness';
import { completenessBadgeText, completenessSummary } from '@/domain/completeness';

import './completeness-report.css';

export function CompletenessBadge({ c, href }: { readonly c: Completeness; readonly href: string }) {
  return (
    <a
      className={`completeness-badge ${c.complete ? 'ok' : 'partial'}`}
      data-testid="completeness"
      href={href}
      title={completenessSummary(c)}
    >
      {c.complete ? (
        <>
          {/* On a phone the title line keeps to one line: 完整 alone (the 原文 view says the rest). */}
          <span className="badge-long">读取</span>完整
        </>
      ) : (
        completenessBadgeText(c)
      )}
    </a>
  );
}

const COUNT_LABELS: ReadonlyArray<readonly [keyof Completeness['counts'], string]> = [
  ['tableRows', '表格行'],
  ['tableFigures', '表格数字'],
  ['proseFigures', '文字中的数字'],
  ['typedFacts', '已归类的文字事实'],
  ['glossaryEntries', '名词解释'],
  ['scorecards', '绩效自评表'],
  ['indicators', '绩效指标'],
];

export function CompletenessReport({
  c,
  lineHref,
  headingLevel = 3,
}: {
  readonly c: Completeness;
  /** A link to the source view at a line of this document. */
  readonly lineHref: (line: number) => string;
  readonly headingLevel?: 2 | 3;
}) {
  const H = headingLevel === 2 ? 'h2' : 'h3';
  const Sub = headingLevel === 2 ? 'h3' : 'h4';
  const at = (line: number) => <a href={lineHref(line)}>第 {line} 行</a>;
  return (
    <details
      className={`completeness-report ${c.complete ? 'ok' : 'partial'}`}
      data-testid="completeness-report"
      open={!c.complete}
    >
      <summary>
        <H className="completeness-title">读取情况</H>
        <span className="completeness-summary">{completenessSummary(c)}</span>
      </summary>
      <div className="completeness-body">
        <section aria-label="九张决算表">
          <Sub>九张决算表</Sub>
          <ul className="completeness-tables">
            {c.tables.map((t) => (
              <li key={t.kind} className={t.read ? 'found' : 'missing'}>
                <span className="table-name">
                  表{t.template} {t.name}
                  {t.printedTitle !== null && !t.printedTitle.includes(t.name) ? (
                    <span className="printed-title">文中：{t.printedTitle}</span>
                  ) : null}
                </span>
                {t.titleLine === null ? (
                  <strong className="missing-mark">未找到</strong>
                ) : (
                  <span>
                    {at(t.titleLine)}
                    {t.printedNumber !== null && t.printedNumber !== t.template
                      ? `（文中为表${t.printedNumber}）`
                      : ''}

                    {t.read ? (
                      `，${t.rows} 行${t.declaredEmpty ? '，注明无数据' : ''}`
                    ) : (
                      <strong className="missing-mark">，未读出任何行</strong>
                    )}
                  </span>
                )}
              </li>
            ))}
          </ul>
        </section>
        <section aria-label="各部分">
          <Sub>各部分</Sub>
          <ul className="completeness-parts">
            {c.parts.map((p) => (
              <li
                key={p.kind}
                className={p.read ? 'found' : p.line === null && !p.core ? 'absent' : 'missing'}
              >
                <span>{p.name}</span>
                {p.line !== null ? (
                  <span>
                    {at(p.line)}
                    {p.read ? '' : <strong className="missing-mark">，未读出内容</strong>}
                  </span>
                ) : p.core ? (
                  <strong className="missing-mark">未找到</strong>
                ) : (
                  <span className="note">无（非必有）</span>
                )}
              </li>
            ))}
          </ul>
        </section>
        <section aria-label="读出的数量">
          <Sub>读出的数量</Sub>
          <dl className="completeness-counts">
            {COUNT_LABELS.map(([key, label]) => (
              <div key={key}>
                <dt>{label}</dt>
                <dd>{c.counts[key].toLocaleString('zh-CN')}</dd>
              </div>
            ))}
          </dl>
        </section>
        <section aria-label="未读的金额">
          <Sub>未读的金额（{c.unread.length} 行）</Sub>
          {c.unread.length === 0 ? (
            <p className="note">文中每一个金额都已读入模型。</p>
          ) : (
            <ol className="completeness-unread" data-testid="unread-lines">
              {c.unread.map((u) => (
                <li key={u.line}>
                  {at(u.line)}：<strong>{u.amounts.join('、')}</strong>
                  <span className="line-text">{u.text}</span>
                </li>
              ))}
            </ol>
          )}
        </section>
        <section aria-label="未归类的句子">
          <Sub>有金额但未归类的句子（{c.untyped.length} 句）</Sub>
          <p className="note">
            这些数字已作为文字中的数字读入，但没有读为具体事实（收支总数、变动、三公经费等）。
          </p>
          {c.untyped.length > 0 ? (
            <ol className="completeness-untyped" data-testid="untyped-sentences">
              {c.untyped.map((u) => (
                <li key={`${u.line}:${u.sentence}`}>
                  {at(u.line)}：<strong>{u.figures.join('、')}</strong>
                  <span className="line-text">{u.sentence}</span>
                </li>
              ))}
            </ol>
          ) : null}
        </section>
      </div>
    </details>
  );
}
