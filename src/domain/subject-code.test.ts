import { describe, expect, it } from 'vitest';
import type { SubjectCode } from './subject-code';
import { functionCategoryByName, isAncestor, levelOf, parentOf, tryParseSubjectCode } from './subject-code';

describe('subject codes', () => {
  it.each([
    ['201', 'category', null],
    ['20103', 'subcategory', '201'],
    ['2010350', 'item', '20103'],
    ['30101', 'subcategory', '301'],
  ] as const)('%s is a %s with parent %s', (code, level, parent) => {
    const c = tryParseSubjectCode(code);
    expect(c).toBe(code);
    expect(levelOf(c as SubjectCode)).toBe(level);
    expect(parentOf(c as SubjectCode)).toBe(parent);
  });

  it.each(['', '20', '2010', '201035', '20103500', 'abc', '201a'])('%j is not a code', (t) => {
    expect(tryParseSubjectCode(t)).toBeNull();
  });

  it('accepts a code split by spaces', () => {
    expect(tryParseSubjectCode(' 2010 350 ')).toBe('2010350');
  });

  it('ancestry is by prefix', () => {
    expect(isAncestor('201' as SubjectCode, '2010350' as SubjectCode)).toBe(true);
    expect(isAncestor('202' as SubjectCode, '2010350' as SubjectCode)).toBe(false);
  });

  it.each([
    ['一、一般公共服务支出', '201'],
    ['八、社会保障和就业支出', '208'],
    ['九、卫生健康支出', '210'],
    ['十九、住房保障支出', '221'],
    ['二十六、抗疫特别国债安排的支出', '234'],
    ['医疗卫生与计划生育支出', '210'],
    ['一、一般公共预算财政拨款收入', null],
  ])('类 name %s → %s', (name, code) => {
    expect(functionCategoryByName(name)).toBe(code);
  });
});
