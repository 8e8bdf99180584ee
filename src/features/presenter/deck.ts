/** The default deck of a document, and slide titles for any view. */
import type { FinalAccounts } from '@/domain/final-accounts.types';
import { getScorecardRows } from '@/domain/scorecards';
import type { Route, Slide } from '@/store';
import { formatHash, parseHash, routeTo, withParams } from '@/store/route';
import { PRESENTER_PARAMS, viewOf } from '@/store/view-registry';

import type { SlideRef, Snapshot, TimerState } from './presenter-core';

/** A human title for a view and its state (declared with each view). */
export function slideTitle(route: Route): string {
  return viewOf(route.view).slideTitle(route);
}

/** Removes presenter-only params so a slide's hash is the plain view. */
export function plainRoute(route: Route): Route {
  const params = Object.fromEntries(
    Object.entries(route.params).filter(([k]) => !PRESENTER_PARAMS.includes(k)),
  );
  return { ...route, params };
}

function slide(route: Route, n: number): Slide {
  return { id: `default-${n}`, title: slideTitle(route), hash: formatHash(route) };
}

/** Overview, the largest 类 drilled, budget against actual, 表3, the scorecards and the lowest card, the audit's fails. */
export function defaultDeck(accounts: FinalAccounts): Slide[] {
  const lowest = getScorecardRows(accounts)
    .filter((r) => r.card.kind === 'project' && r.card.selfScore)
    .sort(
      (a, b) =>
        (a.card.selfScore?.value.units ?? 0) / 10 ** (a.card.selfScore?.value.scale ?? 0) -
        (b.card.selfScore?.value.units ?? 0) / 10 ** (b.card.selfScore?.value.scale ?? 0),
    )[0];
  const t3 = accounts.tables.find((t) => t.kind === 'expense');
  const biggest = t3?.rows
    .filter((r) => r.level === 'category')
    .sort((a, b) => (b.cells[0]?.fen ?? 0) - (a.cells[0]?.fen ?? 0))[0];
  const routes: Route[] = [
    { view: 'overview', path: [], params: {} },
    {
      view: 'drill',
      path: [],
      params: { mode: 'function', ...(biggest?.code ? { trail: biggest.code } : {}) },
    },
    { view: 'drill', path: [], params: { mode: 'budget' } },
    { view: 'tables', path: ['3'], params: {} },
    { view: 'scorecards', path: [], params: { sort: 'score:asc' } },
    ...(lowest ? [{ view: 'scorecards' as const, path: [lowest.id], params: {} }] : []),
    { view: 'audit', path: [], params: { status: 'fail' } },
  ];
  return routes.map((r, i) => slide(r, i + 1));
}

/**
 * Slide `k` (clamped to the deck) as presented from `from`: its saved view, with `from`'s display unit unless the
 * slide saved its own, and `present=<k>`. Null for an empty deck.
 */
export function presentedRoute(slides: readonly Slide[], k: number, from: Route): Route | null {
  const n = Math.min(Math.max(1, k), slides.length);
  const target = slides[n - 1];
  if (!target) return null;
  const r = parseHash(target.hash);
  const shared = from.params['unit'] ? { unit: from.params['unit'] } : {};
  return withParams({ ...r, params: { ...shared, ...r.params } }, { present: String(n) });
}

/**
 * What the projected window shows, for the presenter's window: slide `n` as it is on screen now (`route`, which may
 * have moved on from the saved view, e.g. a drill step), and the next slide as it will be presented.
 */
export function projectorSnapshot(
  slides: readonly Slide[],
  n: number,
  route: Route,
  doc: string,
  timer: TimerState,
): Snapshot | null {
  const current = slides[n - 1];
  if (!current) return null;
  const following = n < slides.length ? presentedRoute(slides, n + 1, route) : null;
  const ref = (title: string, r: Route): SlideRef => ({ title, hash: formatHash(plainRoute(r)) });
  return {
    n,
    total: slides.length,
    doc,
    current: ref(current.title, route),
    next: following && slides[n] ? ref(slides[n].title, following) : null,
    timer,
  };
}

/** The presenter's window's own route (`#/presenter/speaker`), keeping the document and unit of `from`. */
export function speakerRoute(from: Route): Route {
  return routeTo('presenter', [SPEAKER_PATH], {}, from);
}

/** The path segment of the presenter's window under `#/presenter`. */
export const SPEAKER_PATH = 'speaker';
