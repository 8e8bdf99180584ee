/**
 * A modal dialog of our own (no window.confirm): rendered at the end of <body>, everything else made `inert` while it
 * is open (so neither pointer, Tab nor a screen reader reaches the page behind), Escape closes it, focus goes in on
 * open and back to where it was on close. Modals stack: a confirmation over a dialog makes that dialog inert too.
 */
import type { KeyboardEvent, ReactNode, RefObject } from 'react';
import { useId, useLayoutEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';

interface ModalProps {
  /** `alertdialog` for a question that interrupts (a confirmation), `dialog` otherwise. */
  readonly role: 'dialog' | 'alertdialog';
  readonly title: string;
  /** The element that gets focus on open; else the first focusable element. */
  readonly initialFocus?: RefObject<HTMLElement | null>;
  readonly onClose: () => void;
  readonly className?: string;
  /** A sentence under the title, read out with it (aria-describedby). */
  readonly description?: ReactNode;
  readonly children: ReactNode;
}

const FOCUSABLE =
  'button:not([disabled]), [href], input:not([disabled]), select:not([disabled]), [tabindex="0"]';

export function Modal({ role, title, initialFocus, onClose, className, description, children }: ModalProps) {
  const id = useId();
  const [host] = useState(() => document.createElement('div'));
  const boxRef = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    document.body.append(host);
    const others = [...document.body.children].filter((el) => el !== host && !el.hasAttribute('inert'));
    for (const el of others) el.setAttribute('inert', '');
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const first =
      initialFocus?.current ?? boxRef.current?.querySelector<HTMLElement>(FOCUSABLE) ?? boxRef.current;
    first?.focus();
    return () => {
      for (const el of others) el.removeAttribute('inert');
      host.remove();
      // Back to where focus was; if that element is gone (the row just removed), to the modal underneath, if any.
      const underneath = [...document.querySelectorAll<HTMLElement>('[aria-modal="true"]')].pop();
      (previous?.isConnected ? previous : underneath)?.focus();
    };
  }, [host, initialFocus]);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>): void => {
    if (e.key === 'Escape') {
      // React events bubble through portals: keep an outer modal from closing too.
      e.stopPropagation();
      onClose();
      return;
    }
    if (e.key !== 'Tab' || !boxRef.current) return;
    const items = [...boxRef.current.querySelectorAll<HTMLElement>(FOCUSABLE)];
    const first = items[0];
    const last = items[items.length - 1];
    if (!first || !last) return;
    if (e.shiftKey && document.activeElement === first) {
      e.preventDefault();
      last.focus();
    } else if (!e.shiftKey && document.activeElement === last) {
      e.preventDefault();
      first.focus();
    }
  };

  return createPortal(
    <div className="modal-backdrop">
      <div
        ref={boxRef}
        role={role}
        aria-modal="true"
        aria-labelledby={`${id}-title`}
        aria-describedby={description ? `${id}-description` : undefined}
        className={`modal ${className ?? ''}`}
        tabIndex={-1}
        onKeyDown={onKeyDown}
      >
        <h2 id={`${id}-title`} className="modal-title">
          {title}
        </h2>
        {description ? (
          <p id={`${id}-description`} className="modal-description">
            {description}
          </p>
        ) : null}
        {children}
      </div>
    </div>,
    host,
  );
}

interface ConfirmDialogProps {
  readonly title: string;
  readonly message: ReactNode;
  readonly confirmLabel: string;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
  /** Shown under the message while the action runs or after it failed. */
  readonly status?: string;
  readonly busy?: boolean;
}

/** “Are you sure?” as an alertdialog; focus starts on 取消, the safe answer. */
export function ConfirmDialog({
  title,
  message,
  confirmLabel,
  onConfirm,
  onCancel,
  status,
  busy,
}: ConfirmDialogProps) {
  const cancelRef = useRef<HTMLButtonElement>(null);
  return (
    <Modal
      role="alertdialog"
      title={title}
      description={message}
      initialFocus={cancelRef}
      onClose={onCancel}
      className="confirm"
    >
      {status ? (
        <p role="status" className="modal-status">
          {status}
        </p>
      ) : null}
      <div className="modal-actions">
        <button ref={cancelRef} type="button" onClick={onCancel}>
          取消
        </button>
        <button type="button" className="danger" onClick={onConfirm} disabled={busy}>
          {confirmLabel}
        </button>
      </div>
    </Modal>
  );
}
