/**
 * A small non-modal popover on the native Popover API (light dismiss, Escape, top layer), positioned next to its
 * trigger. The trigger is a real button: it opens on click, Enter and Space, and is reachable by Tab; the panel
 * follows its trigger in the focus order (the trigger is the popover's invoker), and Escape returns focus to it.
 *
 * One panel serves a whole page (PopoverHost): a table of figures has one trigger per figure, and a panel per figure
 * would double the DOM that a view switch or a sort builds. The panel's content is rendered only while it is open.
 * It closes when keyboard focus moves on past it, so it never hides the control focused next (WCAG 2.4.11), and when
 * a link in it is followed.
 */
import type { FocusEvent, MouseEvent, ReactNode, ToggleEvent } from 'react';
import {
  createContext,
  useCallback,
  useContext,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'react';

interface PopoverRequest {
  readonly anchor: HTMLElement;
  readonly title: string;
  readonly render: () => ReactNode;
}

interface PopoverApi {
  /** Opens the panel for `anchor`, or closes it when it is already open for that anchor. */
  readonly toggle: (request: PopoverRequest) => void;
}

const PopoverContext = createContext<PopoverApi | null>(null);

/** Whether the panel is shown (false where there is no Popover API, e.g. jsdom, which has no :popover-open). */
const isShown = (panel: HTMLElement): boolean =>
  typeof panel.showPopover === 'function' && panel.matches(':popover-open');

/** The one panel of the page; triggers below it open it. */
export function PopoverHost({ children }: { readonly children: ReactNode }) {
  const panelId = useId();
  const panelRef = useRef<HTMLDivElement>(null);
  const [request, setRequest] = useState<PopoverRequest | null>(null);
  const current = useRef<PopoverRequest | null>(null);
  current.current = request;

  const toggle = useCallback((next: PopoverRequest) => {
    const panel = panelRef.current;
    if (panel && current.current?.anchor === next.anchor && isShown(panel)) {
      panel.hidePopover();
      return;
    }
    setRequest(next);
  }, []);

  // Shown and placed after the content is committed, before the browser paints it.
  useLayoutEffect(() => {
    const panel = panelRef.current;
    if (!panel || !request) return;
    const { anchor } = request;
    if (typeof panel.showPopover === 'function' && !isShown(panel)) {
      // `source` makes the trigger the invoker: focus order and Escape behave as with popovertarget.
      panel.showPopover({ source: anchor });
    }
    const r = anchor.getBoundingClientRect();
    const width = Math.min(420, window.innerWidth - 16);
    const left = Math.max(8, Math.min(r.left, window.innerWidth - width - 8));
    const below = r.bottom + 6;
    panel.style.width = `${width}px`;
    panel.style.left = `${left}px`;
    panel.style.top = `${below + 240 > window.innerHeight && r.top > 260 ? Math.max(8, r.top - 6 - panel.offsetHeight) : below}px`;
    // Focus leaving the trigger for anything but the panel closes it.
    const onAnchorBlur = (e: globalThis.FocusEvent): void => closeIfFocusLeft(e.relatedTarget);
    anchor.addEventListener('focusout', onAnchorBlur);
    return () => anchor.removeEventListener('focusout', onAnchorBlur);
  }, [request]);

  /** Focus went to another element outside the trigger and the panel (a click on plain text moves it nowhere). */
  function closeIfFocusLeft(next: EventTarget | null): void {
    const panel = panelRef.current;
    const open = current.current;
    if (!open || !panel || !(next instanceof Node)) return;
    if (panel.contains(next) || open.anchor.contains(next)) return;
    if (isShown(panel)) panel.hidePopover();
  }

  const onToggle = (e: ToggleEvent<HTMLDivElement>): void => {
    if (e.newState === 'closed') setRequest(null);
  };
  const api = useMemo<PopoverApi>(() => ({ toggle }), [toggle]);
  return (
    <PopoverContext.Provider value={api}>
      {children}
      <div
        ref={panelRef}
        id={panelId}
        popover="auto"
        role="dialog"
        aria-label={request?.title ?? '来源'}
        className="popover"
        onToggle={onToggle}
        onBlur={(e: FocusEvent) => closeIfFocusLeft(e.relatedTarget)}
        // A link followed from the panel (在原文中查看, 在原件中查看, a check) leads to another view: the panel closes,
        // so it does not stay in the top layer over the place it led to.
        onClick={(e: MouseEvent<HTMLDivElement>) => {
          const panel = panelRef.current;
          if (panel && e.target instanceof Element && e.target.closest('a[href]') && isShown(panel))
            panel.hidePopover();
        }}
      >
        {request ? (
          <>
            <div className="popover-title">{request.title}</div>
            {request.render()}
          </>
        ) : null}
      </div>
    </PopoverContext.Provider>
  );
}

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

/** A trigger of the page's popover (PopoverHost). Without a host (a component rendered alone) it does nothing. */
export function Popover({ trigger, triggerClassName, label, title, children }: PopoverProps) {
  const host = useContext(PopoverContext);
  const onClick = (e: MouseEvent<HTMLButtonElement>): void =>
    host?.toggle({
      anchor: e.currentTarget,
      title,
      render: typeof children === 'function' ? children : () => children,
    });
  return (
    <button
      type="button"
      className={triggerClassName}
      aria-label={label}
      aria-haspopup="dialog"
      onClick={onClick}
    >
      {trigger}
    </button>
  );
}
