import { describe, expect, it } from 'vitest';

import { axisRangeText, dotDomain } from './chart-scale';

describe('dot plots zoom only with their range printed', () => {
  it('zooms to the dots when they sit high', () => {
    expect(dotDomain([92.2, 94.6, 100], 100)).toEqual({ domain: [85, 100], zoomed: true });
  });
  it('keeps the full range when the dots spread', () => {
    expect(dotDomain([20, 100], 100)).toEqual({ domain: [0, 100], zoomed: false });
    expect(dotDomain([], 100)).toEqual({ domain: [0, 100], zoomed: false });
  });
  it('prints the range', () => {
    expect(axisRangeText([85, 100], '分')).toBe('纵轴自 85 起（85–100 分）');
  });
});
