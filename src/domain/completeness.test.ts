/**
 * The completeness report: which tables and parts were found, what was counted, and every amount no reader took.
 * Expected title and heading lines were read from the reference with `sed -n Np` (each quoted below); the partial
 * documents are the reference with whole blocks cut out, so what is missing is known before the parser reads them.
 */
import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { completenessBadgeText, completenessSummary } from './completeness';
import type { FinalAccounts } from './final-accounts.types';
import { parseFinalAccounts } from './parse/parse-final-accounts';

const REFERENCE = readFileSync(
  new URL('../../data/source/jianghan-big-data-center-2021.txt', import.meta.url),
  'utf8',
);
const LINES = REFERENCE.split('\n');

function parse(text: string): FinalAccounts {
  const r = parseFinalAccounts(text);
  if (!r.ok) throw new Error(r.error.message);
  return r.accounts;
}

/** The reference without lines from..to (1-based, inclusive). */
const without = (from: number, to: number, lines: readonly string[] = LINES): string[] =>
  lines.filter((_, i) => i + 1 < from || i + 1 > to);

describe('completeness of the reference', () => {
  const c = parse(REFERENCE).completeness;

  it('finds all nine tables at their title lines', () => {
    // 106 “2021 年度收入支出决算总表（表 1）” … 375 “2021 年度国有资本经营预算财政拨款支出决算表（表 9）”
    expect(c.tables.map((t) => [t.template, t.titleLine])).toEqual([
      [1, 106],
      [2, 152],
      [3, 184],
      [4, 219],
      [5, 268],
      [6, 302],
      [7, 342],
      [8, 358],
      [9, 375],
    ]);
    // 本单位无政府性基金预算财政拨款收支 (373), 本单位无国有资本经营预算财政拨款收支 (391)
    expect(c.tables.filter((t) => t.declaredEmpty).map((t) => t.template)).toEqual([8, 9]);
  });

  it('finds its parts by their words, not the table of contents (lines 9–56 repeat the headings)', () => {
    const at = Object.fromEntries(c.parts.map((p) => [p.kind, p.line]));
    expect(at).toEqual({
      overview: 58, // # 第一部分 武汉市江汉区大数据中心概况
      tables: 104, // ## 第二部分 … 部门决算表
      explanation: 393, // ### 第三部分 … 部门决算情况说明
      'key-work': 549, // ## 第四部分 2021年重点工作完成情况
      glossary: 587, // ## 第五部分 名词解释
      performance: null, // the cards are in 附件; there is no part of its own
      attachments: 637, // ## 第六部分 附件
      'other-matters': null,
    });
  });

  it('counts what it read: 179 table figures (the hand transcription), 20 glossary terms, 18 cards', () => {
    // 179 = rows of reference-facts.hand.csv; 20 terms under 第五部分; 1 department card + 17 project cards.
    const hand = readFileSync(new URL('./__fixtures__/reference-facts.hand.csv', import.meta.url), 'utf8');
    expect(c.counts.tableFigures).toBe(hand.trim().split('\n').length - 1);
    expect(c.counts.glossaryEntries).toBe(20);
    expect(c.counts.scorecards).toBe(18);
  });

  it('leaves no amount unread, and is complete', () => {
    expect(c.unread).toEqual([]);
    expect(c.complete).toBe(true);
    expect(completenessSummary(c)).toMatch(/^读取完整/);
  });

  it('names the sentences whose amounts no typed reader took (437: 财政拨款支出 total in a 主要用于 sentence; 543)', () => {
    expect(c.untyped.map((u) => [u.line, u.figures])).toEqual([
      [437, ['2812.11万元']],
      [543, ['50万元', '100万元']],
    ]);
  });
});

describe('completeness of a partial document', () => {
  it('without table 2 (lines 152–183) and the glossary (587–636): lists exactly those as missing', () => {
    const c = parse(without(152, 183, without(587, 636)).join('\n')).completeness;
    expect(c.tables.filter((t) => t.titleLine === null).map((t) => t.template)).toEqual([2]);
    expect(c.parts.filter((p) => p.line === null).map((p) => p.kind)).toEqual([
      'glossary',
      'performance',
      'other-matters',
    ]);
    expect(c.complete).toBe(false);
    expect(c.found).toBe(11);
    expect(c.expected).toBe(13);
    expect(completenessSummary(c)).toBe('读取不完整（11/13）：缺表2，缺名词解释');
  });

  it('a table whose title is there but whose rows are not read counts as not read (表2 lines 153–183 cut)', () => {
    const c = parse(without(153, 183).join('\n')).completeness;
    const t2 = c.tables.find((t) => t.template === 2);
    expect(t2).toMatchObject({ titleLine: 152, rows: 0, read: false });
    expect(c.found).toBe(12);
    expect(completenessSummary(c)).toBe('读取不完整（12/13）：表2只找到标题，未读出任何行');
  });

  it('a 名词解释 part with no term read counts as not read (its entries, lines 588–636, cut)', () => {
    const c = parse(without(588, 636).join('\n')).completeness;
    expect(c.parts.find((p) => p.kind === 'glossary')).toMatchObject({ line: 587, read: false });
    expect(completenessSummary(c)).toBe('读取不完整（12/13）：名词解释未读出内容');
  });

  it('only the tables part (lines 104–392): six of thirteen missing, never shown as complete', () => {
    const c = parse(LINES.slice(0, 3).concat(LINES.slice(103, 392)).join('\n')).completeness;
    expect(c.parts.filter((p) => p.core && p.line === null).map((p) => p.kind)).toEqual([
      'overview',
      'explanation',
      'glossary',
    ]);
    expect(c.complete).toBe(false);
    expect(c.found).toBe(10);
  });

  it('an amount no reader takes is listed with its line, and the document is not complete', () => {
    const lines = [...LINES];
    // After table 1's last line (150) and before table 2's title: a note the table reader does not know.
    lines.splice(150, 0, '注：另有 99.99 万元未列入');
    // A cell-separated line inside the glossary part, where no reader reads tables.
    lines.splice(587, 0, '附注\t77.77\t66.66');
    const r = parseFinalAccounts(lines.join('\n'));
    if (!r.ok) throw new Error(r.error.message);
    const c = r.accounts.completeness;
    expect(c.unread.map((u) => [u.line, u.amounts])).toEqual([
      [151, ['99.99']],
      [588, ['77.77', '66.66']],
    ]);
    expect(c.complete).toBe(false);
    expect(completenessSummary(c)).toBe('读取不完整（13/13）：2 行金额未读');
    expect(r.problems.filter((p) => p.code === 'text.unread-amount').map((p) => p.line)).toEqual([151, 588]);
  });

  it('a sentence with an amount before any part is named as untyped, not lost', () => {
    const lines = [...LINES];
    lines.splice(57, 0, '2021年收入 1,234.56');
    const c = parse(lines.join('\n')).completeness;
    expect(c.untyped[0]).toMatchObject({ line: 58, figures: ['1,234.56'] });
  });
});

describe('the header badge', () => {
  it('says what is missing and what is unread, in counts', () => {
    const c = parse(without(152, 183).join('\n')).completeness;
    expect(completenessBadgeText(c)).toBe('读取不完整：缺 1 项');
    expect(completenessBadgeText(parse(REFERENCE).completeness)).toBe('读取完整');
  });
});
