/** The clicker keys on the window (both the projected window and the presenter's window): see `readKey`. */
import { useEffect, useRef } from 'react';

import type { Command, KeyTarget } from './presenter-core';
import { readKey } from './presenter-core';

/** Where a key event happened: a text field, a button or link, or the page. */
export function keyTarget(target: EventTarget | null): KeyTarget {
  if (!(target instanceof Element)) return 'page';
  if (target.closest('input, select, textarea, [contenteditable]:not([contenteditable="false"])'))
    return 'text';
  if (target.closest('button, a[href], summary, [role="button"], [role="link"]')) return 'control';
  return 'page';
}

/** Runs `run` for every presenter key pressed in this window (the latest `run`, without re-subscribing). */
export function usePresenterKeys(run: (command: Command) => void): void {
  const runRef = useRef(run);
  useEffect(() => {
    runRef.current = run;
  });
  useEffect(() => {
    let typed = '';
    const onKey = (e: KeyboardEvent): void => {
      if (e.defaultPrevented) return;
      const result = readKey(
        { key: e.key, altKey: e.altKey, ctrlKey: e.ctrlKey, metaKey: e.metaKey, target: keyTarget(e.target) },
        typed,
      );
      typed = result.typed;
      if (!result.handled) return;
      e.preventDefault();
      if (result.command) runRef.current(result.command);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
