import { describe, expect, it } from 'vitest';

import { readTextLines, textLine } from './source-lines';

// The line shapes below are the two a converter writes: the reference's tab-separated cells, and the runs of spaces
// of `pdftotext -layout` (lines copied from the Shanghai 2024 社会工作部 disclosure, pages 3–4).
describe('the text reader', () => {
  it('numbers lines from 1 and keeps their text as printed', () => {
    const lines = readTextLines('甲\r\n乙\n\n丙');
    expect(lines.map((l) => [l.no, l.text])).toEqual([
      [1, '甲'],
      [2, '乙'],
      [3, ''],
      [4, '丙'],
    ]);
  });

  it('reads tab-separated cells, blanks kept in place', () => {
    const l = textLine('201\t\t一般公共服务支出\t2,408.17\t2,408.17\t', 163);
    expect(l.tabular).toBe(true);
    expect(l.cells).toEqual(['201', '', '一般公共服务支出', '2,408.17', '2,408.17', '']);
    expect(l.spans).toBeNull();
  });

  it('reads cells separated by runs of spaces, with their character columns', () => {
    const text = '一、一般公共预算财政拨款收入     307.82   一、一般公共服务支出          264.87';
    const l = textLine(text, 1);
    expect(l.tabular).toBe(true);
    expect(l.cells).toEqual(['一、一般公共预算财政拨款收入', '307.82', '一、一般公共服务支出', '264.87']);
    expect(l.spans?.map((s) => text.slice(s.x0, s.x1))).toEqual(l.cells);
  });

  it('keeps a row of names without figures apart from prose: two cells and no figure is not a table row', () => {
    // A ledger row whose amounts are blank, and a part heading printed with a gap: neither reads as a row alone.
    expect(textLine('二、政府性基金预算财政拨款收入             二、外交支出', 1).tabular).toBe(false);
    expect(textLine('      第一部分    中共上海市普陀区委社会工作部概况', 1).tabular).toBe(false);
    expect(textLine('               目   录', 1).tabular).toBe(false);
    // Their cells are still there for a table's reader.
    expect(textLine('二、政府性基金预算财政拨款收入             二、外交支出', 1).cells).toEqual([
      '二、政府性基金预算财政拨款收入',
      '二、外交支出',
    ]);
  });

  it('reads three cells or more as a row even without a figure (a header line)', () => {
    expect(textLine('序号            单位名称            备注', 1).tabular).toBe(true);
  });

  it('reads a line of prose as one cell, single spaces and indentation and all', () => {
    const l = textLine('     2024 年度收入合计 307.82 万元，其中：财政拨款收入 307.82 万元。', 9);
    expect(l.tabular).toBe(false);
    expect(l.cells).toEqual(['2024 年度收入合计 307.82 万元，其中：财政拨款收入 307.82 万元。']);
  });
});

describe('the parser reads lines from any reader', () => {
  it('the reference read into lines parses exactly as the reference text', async () => {
    const { readFileSync } = await import('node:fs');
    const { parseFinalAccounts, parseSourceLines } = await import('./parse-final-accounts');
    const text = readFileSync(
      new URL('../../../data/source/jianghan-big-data-center-2021.txt', import.meta.url),
      'utf8',
    );
    expect(parseSourceLines(readTextLines(text))).toEqual(parseFinalAccounts(text));
  });

  it('an empty list of lines is a located error, not a throw', async () => {
    const { parseSourceLines } = await import('./parse-final-accounts');
    const r = parseSourceLines([]);
    expect(r.ok).toBe(false);
    expect(r.ok ? '' : r.error.code).toBe('input.empty');
  });
});
