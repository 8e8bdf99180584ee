import { describe, expect, it } from 'vitest';

import type { Slide } from '@/store';
import { formatHash, parseHash } from '@/store/route';

import { presentedRoute, projectorSnapshot, speakerRoute } from './deck';
import { PAUSED_TIMER } from './presenter-core';

/** A hash as formatHash writes it (params sorted, text percent-encoded). */
const h = (hash: string): string => formatHash(parseHash(hash));

const slides: readonly Slide[] = [
  { id: 'a', title: '总览', hash: '#/overview' },
  { id: 'b', title: '科目钻取：功能分类 201', hash: '#/drill?mode=function&trail=201' },
  { id: 'c', title: '决算表 表3', hash: '#/tables/3?unit=万元' },
];

describe('presentedRoute', () => {
  it('is the saved view with present=<k>, clamped to the deck', () => {
    const from = parseHash('#/overview?present=1');
    expect(formatHash(presentedRoute(slides, 2, from) ?? from)).toBe(
      '#/drill?mode=function&present=2&trail=201',
    );
    expect(formatHash(presentedRoute(slides, 9, from) ?? from)).toBe(h('#/tables/3?present=3&unit=万元'));
    expect(formatHash(presentedRoute(slides, 0, from) ?? from)).toBe(h('#/overview?present=1'));
    expect(presentedRoute([], 1, from)).toBeNull();
  });

  it("keeps the presenter's display unit unless the slide saved its own", () => {
    const from = parseHash('#/overview?present=1&unit=元');
    expect(presentedRoute(slides, 2, from)?.params['unit']).toBe('元');
    expect(presentedRoute(slides, 3, from)?.params['unit']).toBe('万元');
  });
});

describe('projectorSnapshot', () => {
  it('sends the slide as it is on screen (without present=) and the next as it will be presented', () => {
    // The presenter drilled one level further on slide 2, in 元.
    const route = parseHash('#/drill?mode=function&present=2&trail=201,20103&unit=元');
    expect(projectorSnapshot(slides, 2, route, 'reference', PAUSED_TIMER)).toEqual({
      n: 2,
      total: 3,
      doc: 'reference',
      current: { title: '科目钻取：功能分类 201', hash: h('#/drill?mode=function&trail=201,20103&unit=元') },
      next: { title: '决算表 表3', hash: h('#/tables/3?unit=万元') },
      timer: PAUSED_TIMER,
    });
  });

  it('has no next slide on the last, and no snapshot without a slide', () => {
    const route = parseHash('#/tables/3?present=3');
    expect(projectorSnapshot(slides, 3, route, 'reference', PAUSED_TIMER)?.next).toBeNull();
    expect(projectorSnapshot([], 1, route, 'reference', PAUSED_TIMER)).toBeNull();
  });
});

describe('speakerRoute', () => {
  it("is #/presenter/speaker with the opener's document and unit, and nothing else", () => {
    const from = parseHash('#/drill?doc=doc-1&mode=budget&present=3&unit=元');
    expect(formatHash(speakerRoute(from))).toBe(h('#/presenter/speaker?doc=doc-1&unit=元'));
  });
});
