/**
 * Show/hide columns: a disclosure with one checkbox per column. Presentational: props in, a callback out.
 * The open list lies over the table, so it closes when focus leaves it or on Escape: a keyboard user tabbing on
 * into the table would otherwise focus buttons hidden under it (WCAG 2.4.11).
 */
import type { FocusEvent, KeyboardEvent } from 'react';

export interface ColumnToggle {
  readonly id: string;
  readonly label: string;
  readonly visible: boolean;
  readonly canHide: boolean;
}

interface ColumnTogglesProps {
  readonly columns: readonly ColumnToggle[];
  readonly onToggle: (id: string, visible: boolean) => void;
  readonly onShowAll: () => void;
}

export function ColumnToggles({ columns, onToggle, onShowAll }: ColumnTogglesProps) {
  const hidden = columns.filter((c) => !c.visible).length;
  /** Focus went to another element outside the list (a click on plain text moves it nowhere: the list stays). */
  const closeOnFocusOut = (e: FocusEvent<HTMLDetailsElement>): void => {
    const next = e.relatedTarget;
    if (next instanceof Node && !e.currentTarget.contains(next)) e.currentTarget.open = false;
  };
  const closeOnEscape = (e: KeyboardEvent<HTMLDetailsElement>): void => {
    if (e.key !== 'Escape' || !e.currentTarget.open) return;
    e.currentTarget.open = false;
    e.currentTarget.querySelector('summary')?.focus();
  };
  return (
    <details className="column-toggles" onBlur={closeOnFocusOut} onKeyDown={closeOnEscape}>
      <summary>显示列{hidden > 0 ? <span className="count">（已隐藏 {hidden} 列）</span> : null}</summary>
      <fieldset>
        <legend className="visually-hidden">选择要显示的列</legend>
        {columns.map((c) => (
          <label key={c.id} className="check">
            <input
              type="checkbox"
              checked={c.visible}
              disabled={!c.canHide}
              onChange={(e) => onToggle(c.id, e.currentTarget.checked)}
            />
            <span>{c.label}</span>
          </label>
        ))}
        {hidden > 0 ? (
          <button type="button" className="link-button" onClick={onShowAll}>
            显示全部列
          </button>
        ) : null}
      </fieldset>
    </details>
  );
}
