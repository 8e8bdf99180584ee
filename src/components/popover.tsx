/**
 * A small non-modal popover on the native Popover API (light dismiss, Escape, top layer), positioned next to its
 * trigger. The trigger is a real button: it opens on click, Enter and Space, and is reachable by Tab.
 *
 * The panel's content is rendered only while it is open: a table of figures has one popover per figure, and
 * rendering every closed panel's provenance would double the DOM a view switch or a sort has to build.
 * It closes when keyboard focus moves on past it, so it never hides the control focused next (WCAG 2.4.11).
 */
import type { FocusEvent, ReactNode, ToggleEvent } from 'react';
import { useId, useLayoutEffect, useRef, useState } from 'react';

interface PopoverProps {
  /** The trigger's content (e.g. the formatted amount). */
  readonly trigger: ReactNode;
  readonly triggerClassName?: string;
  /** Accessible name of the trigger, e.g. `2,812.11 万元，来源`. */
  readonly label: string;
  readonly title: string;
  /** The panel's content; a function is called only while the panel is open. */
  readonly children: ReactNode | (() => ReactNode);
}

export function Popover({ trigger, triggerClassName, label, title, children }: PopoverProps) {
  const id = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  const [open, setOpen] = useState(false);

  // Placed after the content is committed, before the browser paints it.
  useLayoutEffect(() => {
    const button = buttonRef.current;
    const panel = panelRef.current;
    if (!open || !button || !panel) return;
    const r = button.getBoundingClientRect();
    const width = Math.min(420, window.innerWidth - 16);
    const left = Math.max(8, Math.min(r.left, window.innerWidth - width - 8));
    const below = r.bottom + 6;
    panel.style.width = `${width}px`;
    panel.style.left = `${left}px`;
    panel.style.top = `${below + 240 > window.innerHeight && r.top > 260 ? Math.max(8, r.top - 6 - panel.offsetHeight) : below}px`;
  }, [open]);

  /** Focus went to another element outside the trigger and the panel (a click on plain text moves it nowhere). */
  const closeIfFocusLeft = (e: FocusEvent): void => {
    const next = e.relatedTarget;
    const panel = panelRef.current;
    if (!open || !panel || !(next instanceof Node)) return;
    if (panel.contains(next) || buttonRef.current?.contains(next)) return;
    panel.hidePopover();
  };
  const onToggle = (e: ToggleEvent<HTMLDivElement>): void => setOpen(e.newState === 'open');
  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        className={triggerClassName}
        popoverTarget={id}
        aria-label={label}
        aria-haspopup="dialog"
        onBlur={closeIfFocusLeft}
      >
        {trigger}
      </button>
      <div
        ref={panelRef}
        id={id}
        popover="auto"
        role="dialog"
        aria-label={title}
        className="popover"
        onBeforeToggle={onToggle}
        onBlur={closeIfFocusLeft}
      >
        {open ? (
          <>
            <div className="popover-title">{title}</div>
            {typeof children === 'function' ? children() : children}
          </>
        ) : null}
      </div>
    </>
  );
}
