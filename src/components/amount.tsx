/**
 * A money figure with its provenance: the formatted amount (unit visible nearby) opens a popover with table, row,
 * column, source line and that line's text, or, for a derived figure, its formula and inputs. Figures concerned by a
 * failed or warned audit check carry a badge.
 */
import type { Fen, MoneyUnit } from '@/domain/money';
import { formatFen, toPlainDecimal } from '@/domain/money';
import type { Derivation, FigurePlace } from '@/domain/place';

import { AuditBadge } from './audit-badge';
import { printedAt, useDocumentContext } from './document-context';
import { Popover } from './popover';

interface AmountProps {
  readonly fen: Fen;
  /** The unit the figure was printed in. */
  readonly unit: MoneyUnit;
  /** What the figure is (for the accessible name and the popover title). */
  readonly label: string;
  /** Where the figure is printed (src/domain/place.ts). */
  readonly place?: FigurePlace;
  /** How a figure that is not printed is derived. */
  readonly derived?: Derivation;
  /** Show the unit after the number (default false: the unit is shown by the surrounding view). */
  readonly showUnit?: boolean;
  readonly className?: string;
}

export function Amount({ fen, unit, label, place, derived, showUnit = false, className }: AmountProps) {
  const ctx = useDocumentContext();
  const display = ctx.displayUnit;
  const text = formatFen(fen, display);
  const value = toPlainDecimal(fen, unit);
  const checks = place
    ? (ctx.checksByLine.get(place.line) ?? []).filter((c) =>
        c.places.some((p) => p.line === place.line && p.value === value && p.role !== 'input'),
      )
    : [];
  return (
    <span className={`amount-wrap ${className ?? ''}`}>
      <Popover
        trigger={
          <>
            {text}
            {showUnit ? <span className="unit"> {display}</span> : null}
          </>
        }
        triggerClassName={`amount${derived ? ' derived' : ''}`}
        label={`${label}：${text} ${display}，${derived ? '推算值，查看公式' : '查看来源'}`}
        title={`${label}：${text} ${display}`}
      >
        {() => (
          <>
            {place ? (
              <dl className="provenance">
                {place.table ? (
                  <>
                    <dt>表</dt>
                    <dd>表{place.table}</dd>
                  </>
                ) : null}
                {place.row ? (
                  <>
                    <dt>行</dt>
                    <dd>{place.row}</dd>
                  </>
                ) : null}
                {place.column ? (
                  <>
                    <dt>栏</dt>
                    <dd>{place.column}</dd>
                  </>
                ) : null}
                {place.where ? (
                  <>
                    <dt>位置</dt>
                    <dd>{place.where}</dd>
                  </>
                ) : null}
                <dt>原文</dt>
                <dd>
                  第 {place.line} 行 · <a href={ctx.sourceHref(place.line)}>在原文中查看</a>
                  {ctx.pageHref ? (
                    <>
                      {' '}
                      ·{' '}
                      <a href={ctx.pageHref(place.line, printedAt(ctx.lines[place.line - 1] ?? '', value))}>
                        在原件中查看
                      </a>
                    </>
                  ) : null}
                  {place.table ? (
                    <>
                      {' '}
                      · <a href={ctx.tableHref(place.table, place.line)}>在表中查看</a>
                    </>
                  ) : null}
                </dd>
              </dl>
            ) : null}
            {place ? <SourceLine text={ctx.lines[place.line - 1] ?? ''} /> : null}
            {unit !== display ? (
              <p className="note">
                原文以{unit}印为 {formatFen(fen, unit)} {unit}
              </p>
            ) : null}
            {derived ? (
              <div className="derivation">
                <p>
                  推算：<strong>{derived.formula}</strong>
                </p>
                <ul>
                  {derived.inputs.map((i) => (
                    <li key={`${i.label}-${i.line}`}>
                      {i.label}：{formatFen(i.fen, display)} {display}（
                      <a href={ctx.sourceHref(i.line)}>第 {i.line} 行</a>）
                    </li>
                  ))}
                </ul>
              </div>
            ) : null}
            {checks.length > 0 ? (
              <ul className="popover-checks">
                {checks.map((c) => (
                  <li key={c.id}>
                    <a href={ctx.checkHref(c.id)}>
                      {c.status === 'fail' ? '不符' : '提示'}：{c.message}
                    </a>
                  </li>
                ))}
              </ul>
            ) : null}
          </>
        )}
      </Popover>
      {checks.length > 0 ? <AuditBadge checks={checks} /> : null}
    </span>
  );
}

/** The printed source line, its tab-separated cells shown with a visible separator. */
function SourceLine({ text }: { readonly text: string }) {
  const shown = text.replace(/\t+/g, ' │ ').trim();
  return shown ? <blockquote className="source-line">{shown}</blockquote> : null;
}
