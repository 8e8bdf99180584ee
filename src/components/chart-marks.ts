/**
 * What the plain-SVG charts (bar list, dot plot) share: the container's measured width, and keyboard moves between
 * a chart's focusable marks. NOTE touches the DOM.
 */
import type { RefObject } from 'react';
import { useLayoutEffect, useState } from 'react';

/** The element's width in whole CSS pixels, measured before the first paint, then on every resize. */
export function useElementWidth(ref: RefObject<HTMLElement | null>): number {
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    setWidth(Math.floor(el.clientWidth));
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => setWidth(Math.floor(el.clientWidth)));
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}

export type MarkStep = 'next' | 'prev' | 'first' | 'last';

/** Moves focus from one mark to another of the same chart (`selector` names its marks). */
export function moveMarkFocus(from: Element, selector: string, step: MarkStep): void {
  const marks = Array.from(from.closest('svg')?.querySelectorAll<SVGGElement>(selector) ?? []);
  const i = marks.indexOf(from as SVGGElement);
  const target =
    step === 'first'
      ? marks[0]
      : step === 'last'
        ? marks[marks.length - 1]
        : marks[Math.min(marks.length - 1, Math.max(0, i + (step === 'next' ? 1 : -1)))];
  target?.focus();
}
