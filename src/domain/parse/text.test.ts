/**
 * Headings by context (issue #14): a numbered line is a heading or an entry as its siblings are, so an entry that
 * only looks like a heading keeps the rest of its sentence after a page break. The small texts below are made up;
 * each expectation is what a reader of the text would say.
 */
import { describe, expect, it } from 'vitest';

import { readTextLines } from './source-lines';
import { chineseNumber, headingFlags, paragraphsOf } from './text';

/** The paragraphs of `text` (blank lines are page breaks), each with the line it starts on and whether it heads. */
function read(text: string): Array<[number, string, boolean]> {
  const lines = readTextLines(text);
  const headings = headingFlags(lines);
  return paragraphsOf(lines, 0, lines.length, headings).map((p) => [
    p.lines[0] ?? 0,
    p.text,
    headings[(p.lines[0] ?? 0) - 1] === 1,
  ]);
}

describe('chineseNumber', () => {
  it.each([
    ['一', 1],
    ['九', 9],
    ['十', 10],
    ['十一', 11],
    ['二十', 20],
    ['二十三', 23],
    ['一二', null],
    ['十十', null],
    ['', null],
  ])('%s → %s', (s, n) => {
    expect(chineseNumber(s)).toBe(n);
  });
});

describe('headings by context', () => {
  it('an entry among entries that looks like a heading is an entry, and its sentence goes on after a page break', () => {
    const text = [
      '(一)甲：指第一种资金。',
      '',
      '(二)乙：指第二种资金。',
      '',
      '（三）丙：指按规定结转到下年',
      '',
      '继续使用的资金。',
      '',
      '(四)丁：指第四种资金。',
    ].join('\n');
    expect(read(text)).toEqual([
      [1, '(一)甲：指第一种资金。', false],
      [3, '(二)乙：指第二种资金。', false],
      [5, '（三）丙：指按规定结转到下年继续使用的资金。', false],
      [9, '(四)丁：指第四种资金。', false],
    ]);
  });

  it('a list of headings stays one; a sibling that reads as running text stays text (never promoted)', () => {
    // Promoting `（三）…` would take its sentence out of the section's body, where the facts are read.
    const text = [
      '（一）收入情况',
      '本年收入 10 万元。',
      '（二）支出情况',
      '本年支出 9 万元。',
      '（三）年末结余 1 万元，全部结转。',
    ].join('\n');
    expect(read(text)).toEqual([
      [1, '（一）收入情况', true],
      [2, '本年收入10万元。', false],
      [3, '（二）支出情况', true],
      [4, '本年支出9万元。', false],
      [5, '（三）年末结余1万元，全部结转。', false],
    ]);
  });

  it('a heading marked up (#, bold) stays a heading among entries', () => {
    const lines = ['(一)甲：指第一种。', '## (二) 乙', '(三)丙：指第三种。', '(四)丁：指第四种。'];
    expect([...headingFlags(readTextLines(lines.join('\n')))]).toEqual([0, 1, 0, 0]);
  });

  it('a restart of the numbering, a 一、 line or a part heading begins another list', () => {
    const lines = [
      '一、收入',
      '（一）财政拨款',
      '（二）其他收入',
      '二、名词',
      '（一）甲：指第一种。',
      '（二）乙：指第二种。',
      '（三）丙',
      '第五部分 名词解释',
      '（一）丁',
      '（二）戊：指第五种。',
    ];
    // The first list is headings; the second, two entries to one heading-like line, is entries; after the part
    // heading, one heading to one entry: not more entries than headings, so the heading-like line stays a heading.
    expect([...headingFlags(readTextLines(lines.join('\n')))]).toEqual([1, 1, 1, 1, 0, 0, 0, 1, 1, 0]);
  });
});
