/**
 * One audit check: status (text and colour), family, message, the arithmetic, a rounding-sized label, and every place
 * of its figures with that source line (the figure marked) and links to the table cell and the source line.
 * A passing check that is not selected shows compactly, with a link that opens its places.
 */
import { useId, useState } from 'react';

import { printedAt, useDocumentContext } from '@/components/document-context';
import type { AuditCheck, CheckPlace } from '@/domain/audit/core';
import { FAMILY_LABELS } from '@/domain/audit/core';

import { STATUS_LABELS } from '../audit-filter';
import { groupDecimal, sourceExcerpt } from '../source-excerpt';

const STATUS_ICONS = { fail: '✕', warn: '!', pass: '✓' } as const;

interface CheckCardProps {
  readonly check: AuditCheck;
  /** The check named by `check=` in the URL: outlined, scrolled to, focused. */
  readonly selected: boolean;
  /** Show a passing check as one line, its places behind `toggleHref`. */
  readonly compact: boolean;
  /** Link that selects this check (a link to copy). */
  readonly selfHref: string;
  /** For passing checks: the link that opens (or closes) the places. */
  readonly toggleHref?: string;
  /** The message's heading level (4 in a status section, 5 inside a family group). */
  readonly headingLevel?: 4 | 5;
}

export function CheckCard({
  check,
  selected,
  compact,
  selfHref,
  toggleHref,
  headingLevel = 4,
}: CheckCardProps) {
  const Heading = headingLevel === 5 ? 'h5' : 'h4';
  const headingId = useId();
  const placesId = useId();
  const status = check.status;
  return (
    <article
      className={`check-card check-${status}${selected ? ' is-selected' : ''}${compact ? ' is-compact' : ''}`}
      aria-labelledby={headingId}
      data-check-id={check.id}
      data-status={status}
      tabIndex={selected ? -1 : undefined}
    >
      <div className="check-head">
        <span className={`check-status ${status}`}>
          <span aria-hidden="true">{STATUS_ICONS[status]}</span> {STATUS_LABELS[status]}
        </span>
        <span className="check-family">{FAMILY_LABELS[check.family]}</span>
        {check.roundingSized ? (
          <span
            className="check-rounding"
            title="相差仅为末位一个单位（如 0.01 万元），多为分表舍入所致；仍是原文的不一致"
          >
            舍入量级
          </span>
        ) : null}
        <a
          className="check-id"
          href={selfHref}
          aria-current={selected ? 'true' : undefined}
          title="这项检查的链接（可复制）"
        >
          {check.id}
        </a>
      </div>
      <Heading id={headingId} className="check-message">
        {check.message}
      </Heading>
      <p className="check-detail">
        <span className="check-detail-label">算式</span>
        <span className="check-arith">{check.detail}</span>
      </p>
      {compact ? (
        <p className="check-more">
          <a href={toggleHref} aria-expanded="false" title={`原文第 ${check.lines.join('、')} 行`}>
            查看 {check.places.length} 处来源
          </a>
        </p>
      ) : (
        <>
          <ol id={placesId} className="check-places" aria-label={`涉及 ${check.places.length} 处`}>
            {check.places.map((p, i) => (
              <PlaceItem key={`${p.line}-${i}`} place={p} />
            ))}
          </ol>
          {toggleHref ? (
            <p className="check-more">
              <a href={toggleHref} aria-expanded="true" aria-controls={placesId}>
                收起来源
              </a>
            </p>
          ) : null}
        </>
      )}
    </article>
  );
}

function PlaceItem({ place }: { readonly place: CheckPlace }) {
  const ctx = useDocumentContext();
  const [whole, setWhole] = useState(false);
  const raw = ctx.lines[place.line - 1] ?? '';
  const page = ctx.pageOf?.(place.line) ?? null;
  const hints = place.label.split(/\s+/).reverse();
  const ex = sourceExcerpt(raw, place.value, whole ? Number.POSITIVE_INFINITY : 140, hints);
  const cut = ex.cutStart || ex.cutEnd;
  return (
    <li className="check-place">
      <div className="place-head">
        {place.table !== null ? (
          <a
            className="place-label"
            href={ctx.tableHref(place.table, place.line)}
            title={`在表${place.table}中查看（第 ${place.line} 行高亮）`}
          >
            {place.label}
          </a>
        ) : (
          <span className="place-label">{place.label}</span>
        )}
        {place.value ? <span className="place-value">{groupDecimal(place.value)}</span> : null}
        <a className="place-line" href={ctx.sourceHref(place.line)}>
          原文第 {place.line} 行
        </a>
        {page !== null && ctx.pageHref ? (
          <a className="place-page" href={ctx.pageHref(place.line, printedAt(raw, place.value ?? ''))}>
            原件第 {page} 页
          </a>
        ) : null}
      </div>
      <p className="place-text">
        <span className="audit-sr-only">第 {place.line} 行原文：</span>
        {ex.cutStart ? '…' : ''}
        {ex.before}
        {ex.match ? <mark>{ex.match}</mark> : null}
        {ex.after}
        {ex.cutEnd ? '…' : ''}
        {cut || whole ? (
          <button
            type="button"
            className="place-whole"
            aria-expanded={whole}
            onClick={() => setWhole((w) => !w)}
          >
            {whole ? '收起' : '整行'}
          </button>
        ) : null}
      </p>
    </li>
  );
}
