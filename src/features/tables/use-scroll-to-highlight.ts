/** Scrolls the highlighted row (`hl` in the URL) into view once it is rendered. NOTE touches the DOM. */
import type { RefObject } from 'react';
import { useEffect } from 'react';

export function useScrollToHighlight(
  container: RefObject<HTMLElement | null>,
  hl: number | null,
  tableKey: string,
): void {
  useEffect(() => {
    if (hl === null) return;
    const el = container.current?.querySelector<HTMLElement>('.is-highlighted');
    if (el && typeof el.scrollIntoView === 'function') el.scrollIntoView({ block: 'center' });
  }, [container, hl, tableKey]);
}
