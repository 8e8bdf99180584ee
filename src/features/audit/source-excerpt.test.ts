import { describe, expect, it } from 'vitest';

import { displayLine, figurePattern, groupDecimal, sourceExcerpt } from './source-excerpt';

// Lines as printed in the reference document (表1 line 115, 表3 line 195), tabs between cells.
const T1_115 = '一、一般公共预算财政拨款收入\t1\t2,484.74\t一、一般公共服务支出\t31\t2,697.43';
const T3_195 = '201\t\t一般公共服务支出\t2, 697. 42\t236. 77\t2, 460. 65\t\t\t';

describe('figurePattern', () => {
  it.each([
    ['2697.43', T1_115, '2,697.43'],
    ['2697.42', T3_195, '2, 697. 42'],
    ['236.77', T3_195, '236. 77'],
    ['50.00', '初步设计费 50 万元', '50'],
    ['50.00', '初步设计费 50.00 万元', '50.00'],
    ['-0.30', '相差 -0.30', '-0.30'],
    ['94', '执行率 94%', '94'],
  ])('finds %s as printed', (value, line, printed) => {
    expect(figurePattern(value)?.exec(line)?.[0]).toBe(printed);
  });

  it.each([
    ['2697.43', '12,697.43'],
    ['50.00', '50.5 万元'],
    ['7.33', '17.33'],
    ['35.05', '35.054'],
  ])('does not find %s inside %s', (value, line) => {
    expect(figurePattern(value)?.exec(line) ?? null).toBeNull();
  });

  it('is null for text that is not a plain decimal', () => {
    expect(figurePattern('AI 热感视觉')).toBeNull();
    expect(figurePattern('')).toBeNull();
  });
});

describe('sourceExcerpt', () => {
  it('keeps a short line whole, cells separated, the figure marked', () => {
    const ex = sourceExcerpt(T3_195, '2697.42');
    expect(ex).toEqual({
      before: '201 │ 一般公共服务支出 │ ',
      match: '2, 697. 42',
      after: ' │ 236. 77 │ 2, 460. 65',
      cutStart: false,
      cutEnd: false,
    });
    expect(displayLine(T3_195)).toBe(`${ex.before}${ex.match}${ex.after}`);
  });

  it('cuts a long line to a window around the figure', () => {
    const line = `${'甲'.repeat(300)}预算 2604.73 万元${'乙'.repeat(300)}`;
    const ex = sourceExcerpt(line, '2604.73', 100);
    expect(ex.match).toBe('2604.73');
    expect(ex.cutStart).toBe(true);
    expect(ex.cutEnd).toBe(true);
    expect(ex.before.length + ex.match.length + ex.after.length).toBe(100);
    expect(ex.before.endsWith('预算 ')).toBe(true);
  });

  it('shows the start of a long line when the figure is absent, and everything when max is infinite', () => {
    const line = 'x'.repeat(500);
    const ex = sourceExcerpt(line, undefined, 100);
    expect(ex).toEqual({ before: 'x'.repeat(100), match: '', after: '', cutStart: false, cutEnd: true });
    expect(sourceExcerpt(line, undefined, Number.POSITIVE_INFINITY).before).toBe(line);
  });

  it('centres on a word of the label when the place has no figure', () => {
    const line = `${'甲'.repeat(300)}公务用车保有量1辆${'乙'.repeat(300)}`;
    const ex = sourceExcerpt(line, undefined, 100, ['公务用车保有量', '三公说明']);
    expect(ex.match).toBe('');
    expect(ex.cutStart).toBe(true);
    expect(ex.before).toContain('公务用车保有量1辆');
  });

  it('drops markup left in cells', () => {
    expect(
      displayLine('合 计\t<b>2,812.11</b>\t<input type="checkbox" checked>\t<input type="checkbox">\t'),
    ).toBe('合 计 │ 2,812.11 │ ☑ │ ☐');
  });

  it('keeps the window inside the line when the figure is near its end', () => {
    const line = `${'甲'.repeat(300)} 6.67`;
    const ex = sourceExcerpt(line, '6.67', 100);
    expect(ex.cutEnd).toBe(false);
    expect(ex.match).toBe('6.67');
    expect(ex.before.length + ex.match.length + ex.after.length).toBe(100);
  });
});

describe('groupDecimal', () => {
  it.each([
    ['2697.43', '2,697.43'],
    ['-1085.83', '-1,085.83'],
    ['15.54', '15.54'],
    ['1234567', '1,234,567'],
    ['文字', '文字'],
  ])('%s → %s', (input, output) => {
    expect(groupDecimal(input)).toBe(output);
  });
});
