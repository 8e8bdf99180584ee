/**
 * The height of the app's sticky page header, so a table header can stick just below it while the page scrolls
 * (no nested scroll box: term tooltips and popovers are never clipped). 0 when the page header does not stick.
 * NOTE reads the DOM (the element with `.app-header`), and follows its size.
 */
import { useEffect, useState } from 'react';

export function useStickyOffset(selector = '.app-header'): number {
  const [offset, setOffset] = useState(0);
  useEffect(() => {
    const el = document.querySelector<HTMLElement>(selector);
    if (!el) return;
    const update = (): void => {
      const sticky = getComputedStyle(el).position === 'sticky';
      // One pixel of overlap: the page header (drawn above) hides the seam, so no row peeks through it.
      setOffset(sticky ? Math.max(0, Math.floor(el.getBoundingClientRect().height) - 1) : 0);
    };
    update();
    window.addEventListener('resize', update);
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(update);
    observer?.observe(el);
    return () => {
      window.removeEventListener('resize', update);
      observer?.disconnect();
    };
  }, [selector]);
  return offset;
}
