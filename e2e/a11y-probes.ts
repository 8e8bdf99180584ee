import type { Page } from '@playwright/test';

// In-page probes for WCAG 2.2 checks axe cannot make from the DOM alone: 2.4.7 focus visible, 2.4.11 focus not
// obscured, 2.5.8 target size (minimum). Used by e2e/a11y.spec.ts in every view state, and wherever a spec reaches
// a state of its own.

/** What can be clicked or focused (the task's list, plus <summary>). */
export const TARGETS =
  'button, a[href], input:not([type="hidden"]), select, textarea, summary, [role="button"], [tabindex="0"]';

export interface FocusReport {
  readonly what: string;
  readonly indicator: string | null;
  readonly obscured: boolean;
}

/**
 * In the page: how the focused element shows focus. An outline (style not none, width ≥ 1 px, not transparent) or a
 * box-shadow on it or on a descendant (the indicator tree outlines its row), or, for SVG marks, a descendant stroked
 * in the focus colour. Also whether it is entirely hidden (e.g. under the sticky header).
 */
export function reportFocus(): FocusReport | null {
  const el = document.activeElement;
  if (!el || el === document.body || el === document.documentElement) return null;
  const probe = document.createElement('span');
  probe.style.setProperty('color', 'var(--focus)');
  document.body.append(probe);
  const focusColour = getComputedStyle(probe).color;
  probe.remove();
  const transparent = (c: string): boolean => c === 'transparent' || c === 'rgba(0, 0, 0, 0)';
  const shows = (node: Element): string | null => {
    const s = getComputedStyle(node);
    if (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 1 && !transparent(s.outlineColor))
      return `outline ${s.outlineWidth} ${s.outlineStyle} ${s.outlineColor}`;
    if (s.boxShadow !== 'none') return `box-shadow ${s.boxShadow}`;
    if (
      node instanceof SVGElement &&
      node !== el &&
      s.stroke === focusColour &&
      parseFloat(s.strokeWidth) >= 1
    )
      return `stroke ${s.strokeWidth} ${s.stroke}`;
    return null;
  };
  let indicator = shows(el);
  for (const d of el.querySelectorAll('*')) {
    if (indicator !== null) break;
    indicator = shows(d);
  }
  const r = el.getBoundingClientRect();
  const points = [
    [0.5, 0.5],
    [0.1, 0.1],
    [0.9, 0.1],
    [0.1, 0.9],
    [0.9, 0.9],
  ].map(([fx = 0, fy = 0]) => [r.left + fx * r.width, r.top + fy * r.height] as const);
  const seen = points.some(([x, y]) => {
    const hit = document.elementFromPoint(x, y);
    return hit !== null && (hit === el || el.contains(hit));
  });
  const label = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40);
  return {
    what: `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''} "${label}"`,
    indicator,
    obscured: !seen,
  };
}

/** In the page: one visible element of each kind (tag, classes, role) that is focusable, to focus directly. */
export function markOneOfEachKind(selector: string): number {
  const kinds = new Set<string>();
  let n = 0;
  for (const el of document.querySelectorAll(selector)) {
    const r = el.getBoundingClientRect();
    if (!el.checkVisibility({ visibilityProperty: true }) || el.closest('[inert]') !== null) continue;
    if (r.width <= 1 || r.height <= 1 || (el as HTMLElement).tabIndex < 0) continue;
    if ((el as HTMLButtonElement).disabled) continue;
    const cls = typeof el.className === 'string' ? el.className : '';
    const kind = `${el.tagName}.${cls.split(/\s+/).sort().join('.')}[${el.getAttribute('role') ?? ''}]`;
    if (kinds.has(kind)) continue;
    kinds.add(kind);
    el.setAttribute('data-focus-probe', String(n++));
  }
  return n;
}

export async function checkFocusAlongTabOrder(page: Page, stops: number): Promise<string[]> {
  const failures: string[] = [];
  for (let i = 0; i < stops; i++) {
    await page.keyboard.press('Tab');
    const focus = await page.evaluate(reportFocus);
    if (focus === null) break; // back at the document: the whole order has been walked
    if (focus.indicator === null) failures.push(`Tab ${i + 1}: ${focus.what} shows no focus indicator`);
    if (focus.obscured) failures.push(`Tab ${i + 1}: ${focus.what} is entirely hidden when focused`);
  }
  return failures;
}

export interface TargetReport {
  readonly what: string;
  readonly size: string;
  readonly reason: string;
}

/**
 * In the page: every visible target smaller than 24×24 CSS px that no WCAG 2.5.8 exception covers.
 * - Spacing: a 24 px circle centred on it meets no other target and no other undersized target's circle.
 * - Inline: it is laid out inline (display: inline) in a block that has text of its own around it, i.e. a link or
 *   term in a sentence, whose size the line-height sets.
 * Elements of 1 px or less (visually hidden, e.g. screen-reader-only text) are not pointer targets and are skipped,
 * and neither are inert ones (the presenter's window's slide previews): nothing can activate them.
 */
export function undersizedTargets(selector: string): TargetReport[] {
  // Measured as laid out from the top of the page: scrolled, the sticky header sits over content it is not next to.
  window.scrollTo({ top: 0, left: 0, behavior: 'instant' });
  const all = [...document.querySelectorAll(selector)].filter((el) => {
    const r = el.getBoundingClientRect();
    // checkVisibility: not display:none, not visibility:hidden, not in a closed <details> (content-visibility).
    return (
      el.checkVisibility({ visibilityProperty: true }) &&
      r.width > 1 &&
      r.height > 1 &&
      r.right > 0 &&
      el.closest('[inert]') === null
    );
  });
  const rects = new Map(all.map((el) => [el, el.getBoundingClientRect()]));
  const isBlock = (el: Element): boolean => !getComputedStyle(el).display.startsWith('inline');
  const inSentence = (el: Element): boolean => {
    if (getComputedStyle(el).display !== 'inline') return false;
    let block = el.parentElement;
    while (block && !isBlock(block)) block = block.parentElement;
    if (!block) return false;
    const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
    for (let t = walker.nextNode(); t; t = walker.nextNode()) {
      const owner = t.parentElement;
      if (!owner || owner.closest(selector) !== null) continue; // text of a target, or inside one
      if (owner.closest('[role="tooltip"], .visually-hidden') !== null) continue;
      if ((t.textContent ?? '').trim() !== '') return true;
    }
    return false;
  };
  const small = all.filter((el) => {
    const r = rects.get(el);
    return r !== undefined && (r.width + 0.05 < 24 || r.height + 0.05 < 24);
  });
  const centre = (r: DOMRect): [number, number] => [r.left + r.width / 2, r.top + r.height / 2];
  const distanceToRect = ([x, y]: [number, number], r: DOMRect): number =>
    Math.hypot(Math.max(r.left - x, 0, x - r.right), Math.max(r.top - y, 0, y - r.bottom));
  const related = (a: Element, b: Element): boolean => a.contains(b) || b.contains(a);
  const reports: TargetReport[] = [];
  for (const el of small) {
    if (inSentence(el)) continue;
    const r = rects.get(el);
    if (!r) continue;
    const c = centre(r);
    const hitsTarget = all.find((o) => {
      const or = rects.get(o);
      return o !== el && !related(o, el) && or !== undefined && distanceToRect(c, or) < 12;
    });
    const hitsCircle = small.find((o) => {
      const or = rects.get(o);
      if (o === el || related(o, el) || or === undefined) return false;
      const [ox, oy] = centre(or);
      return Math.hypot(ox - c[0], oy - c[1]) < 24;
    });
    if (hitsTarget === undefined && hitsCircle === undefined) continue;
    const near = hitsTarget ?? hitsCircle;
    reports.push({
      what: `${el.tagName.toLowerCase()}.${String(el.className)} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 30)}"`,
      size: `${r.width.toFixed(1)}×${r.height.toFixed(1)}`,
      reason: `24 px circle meets ${near?.tagName.toLowerCase()} "${(near?.textContent ?? '').trim().slice(0, 20)}"`,
    });
  }
  return reports;
}
