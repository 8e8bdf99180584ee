/** The drill view's URL state: defaults, the documented param shapes, and what a change writes. */
import { describe, expect, it } from 'vitest';

import { formatHash, parseHash } from '@/store/route';

import { drillRoute, readDrillParams } from './drill-params';

describe('readDrillParams', () => {
  it.each([
    ['#/drill', { mode: 'function', measure: 'total', table: 3, trail: [] }],
    [
      '#/drill?mode=function&trail=201,20103&measure=basic',
      { mode: 'function', measure: 'basic', table: 3, trail: ['201', '20103'] },
    ],
    [
      '#/drill?trail=201%2C20103%2C2010350&measure=project&table=5',
      { mode: 'function', measure: 'project', table: 5, trail: ['201', '20103', '2010350'] },
    ],
    [
      '#/drill?mode=economic&trail=personnel,301',
      { mode: 'economic', measure: 'total', table: 3, trail: ['personnel', '301'] },
    ],
    [
      '#/drill?mode=nonsense&measure=nonsense&table=9',
      { mode: 'function', measure: 'total', table: 3, trail: [] },
    ],
  ])('%s', (hash, expected) => {
    expect(readDrillParams(parseHash(hash).params)).toEqual(expected);
  });
});

describe('drillRoute', () => {
  const at = (hash: string) => parseHash(hash);
  it('writes mode and measure, keeps the display unit, and drops the trail when it is empty', () => {
    expect(formatHash(drillRoute(at('#/drill?unit=元'), { trail: ['201'] }))).toBe(
      `#/drill?measure=total&mode=function&trail=201&unit=${encodeURIComponent('元')}`,
    );
    expect(formatHash(drillRoute(at('#/drill?trail=201&mode=function'), { trail: [] }))).toBe(
      '#/drill?measure=total&mode=function',
    );
  });

  it('the economic and budget modes carry no measure; budget no trail', () => {
    expect(
      formatHash(drillRoute(at('#/drill?measure=basic&trail=201'), { mode: 'economic', trail: ['public'] })),
    ).toBe('#/drill?mode=economic&trail=public');
    expect(formatHash(drillRoute(at('#/drill?trail=201'), { mode: 'budget' }))).toBe('#/drill?mode=budget');
  });

  it('table=5 is written only for expense measures', () => {
    expect(formatHash(drillRoute(at('#/drill'), { table: 5 }))).toBe(
      '#/drill?measure=total&mode=function&table=5',
    );
    expect(formatHash(drillRoute(at('#/drill?table=5'), { measure: 'income' }))).toBe(
      '#/drill?measure=income&mode=function',
    );
  });
});
