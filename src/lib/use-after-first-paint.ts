/**
 * False for a view's first commit, true from the one after the browser has painted it: a view renders what is in
 * the first screen first and the rest in a second, background (transition) render, so no single task commits the
 * whole page (Lighthouse's total blocking time). Jsdom and print need the whole view: they get it on the next frame.
 */
import { startTransition, useEffect, useState } from 'react';

export function useAfterFirstPaint(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    if (painted) return;
    let timer = 0;
    // requestAnimationFrame runs before the paint; the timeout after it runs once the frame is on screen.
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => startTransition(() => setPainted(true)), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      window.clearTimeout(timer);
    };
  }, [painted]);
  return painted;
}
