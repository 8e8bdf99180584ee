/**
 * Publishes the sticky page header's height as the CSS variable `--sticky-top` on the root element, so a table
 * header can stick just below it while the page scrolls (no nested scroll box: term tooltips and popovers are never
 * clipped). 0 when the page header does not stick (print, presenting).
 *
 * Written to the root's style from a ResizeObserver (which runs after layout), so no view re-renders and no layout
 * is forced when a table mounts.
 */
import type { RefObject } from 'react';
import { useEffect } from 'react';

export function useHeaderOffset(header: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const el = header.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const root = document.documentElement;
    const observer = new ResizeObserver((entries) => {
      const box = entries[entries.length - 1]?.borderBoxSize[0];
      const height = box ? box.blockSize : 0;
      const sticky = getComputedStyle(el).position === 'sticky';
      root.style.setProperty('--sticky-top', `${sticky ? Math.max(0, Math.floor(height) - 1) : 0}px`);
    });
    observer.observe(el);
    return () => {
      observer.disconnect();
      root.style.removeProperty('--sticky-top');
    };
  }, [header]);
}
