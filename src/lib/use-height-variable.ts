/**
 * Publishes an element's height as a CSS variable on the root element while it is mounted, e.g. the sticky page
 * header's (`--sticky-top`, so table headers stick just below it) or the presenter's fixed bar's (so keyboard focus
 * scrolls nothing under it). `measure` turns the border-box height into the published value (0 when the element
 * does not cover the page, e.g. a header that does not stick).
 *
 * Written to the root's style from a ResizeObserver (which runs after layout), so no component re-renders and no
 * layout is forced on mount.
 */
import type { RefObject } from 'react';
import { useEffect } from 'react';

export function useHeightVariable(
  element: RefObject<HTMLElement | null>,
  name: `--${string}`,
  measure: (el: HTMLElement, height: number) => number = (_el, height) => height,
): void {
  useEffect(() => {
    const el = element.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const root = document.documentElement;
    const observer = new ResizeObserver((entries) => {
      const box = entries[entries.length - 1]?.borderBoxSize[0];
      root.style.setProperty(name, `${Math.max(0, Math.floor(measure(el, box ? box.blockSize : 0)))}px`);
    });
    observer.observe(el);
    return () => {
      observer.disconnect();
      root.style.removeProperty(name);
    };
    // measure is a pure function of the element; a new closure each render must not restart the observer.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [element, name]);
}
