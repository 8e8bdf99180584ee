/**
 * Publishes the sticky page header's height as the CSS variable `--sticky-top` on the root element, so a table
 * header can stick just below it while the page scrolls (no nested scroll box: term tooltips and popovers are never
 * clipped). 0 when the page header does not stick (print, presenting).
 */
import type { RefObject } from 'react';

import { useHeightVariable } from '@/lib/use-height-variable';

const stickyHeight = (el: HTMLElement, height: number): number =>
  getComputedStyle(el).position === 'sticky' ? height - 1 : 0;

export function useHeaderOffset(header: RefObject<HTMLElement | null>): void {
  useHeightVariable(header, '--sticky-top', stickyHeight);
}
