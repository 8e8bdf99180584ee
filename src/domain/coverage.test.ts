/**
 * Nothing lost: every number printed in the reference document is in the model on its own line, or is one of a
 * short, reviewed list of numbers that are not figures (each with the reason).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

import { indexModelNumbers, numberTokens } from './figure-index';
import type { FinalAccounts } from './final-accounts.types';
import { parseFinalAccounts } from './parse/parse-final-accounts';

const text = readFileSync(
  new URL('../../data/source/jianghan-big-data-center-2021.txt', import.meta.url),
  'utf8',
);
const result = parseFinalAccounts(text);
if (!result.ok) throw new Error(result.error.message);
const accounts = result.accounts;

/**
 * Numbers that are not figures, by line pattern. Reviewed by hand; keep short.
 */
const NOT_FIGURES: ReadonlyArray<{ readonly pattern: RegExp; readonly token: RegExp; readonly why: string }> =
  [
    {
      pattern: /<input[^>]*type="checkbox"/,
      token: /^[1-9]$/,
      why: 'list numbers of the 项目类别 / 项目类型 options (1、部门预算项目 …); the ticked option is in the model',
    },
    {
      pattern: /20分\*执行率/,
      token: /^20$/,
      why: 'the budget-score formula in a scorecard header (得分 = 20分 × 执行率), applied by the audit',
    },
    {
      pattern: /^年度目标1: \(20分\)\t\t\d/,
      token: /^(1|20)$/,
      why: 'line 658 repeats the goal label “年度目标1: (20分)” in front of the budget row (an OCR shift); the label and its points are read from the goal row, line 659',
    },
  ];

function uncovered(model: FinalAccounts): string[] {
  const byLine = new Map<number, Set<string>>();
  for (const n of indexModelNumbers(model)) {
    const set = byLine.get(n.line) ?? new Set<string>();
    set.add(n.digits);
    byLine.set(n.line, set);
  }
  const missing: string[] = [];
  text.split('\n').forEach((line, i) => {
    const cells = line.includes('\t') ? line.split('\t') : [line];
    for (const cell of cells) {
      for (const token of numberTokens(cell)) {
        if (byLine.get(i + 1)?.has(token)) continue;
        if (NOT_FIGURES.some((e) => e.pattern.test(line) && e.token.test(token))) continue;
        missing.push(`line ${i + 1}: ${token} in “${cell.trim().slice(0, 50)}”`);
      }
    }
  });
  return missing;
}

describe('coverage', () => {
  it('every number of every line is in the model on that line, or is a reviewed non-figure', () => {
    expect(uncovered(accounts)).toEqual([]);
  });

  it('the check can fail: a model missing one cell (表3 合计 313.34, line 194) is caught', () => {
    const tables = accounts.tables.map((t) =>
      t.number !== 3
        ? t
        : {
            ...t,
            rows: t.rows.map((r) =>
              r.key === 'total' ? { ...r, cells: r.cells.filter((c) => c.column !== 1) } : r,
            ),
          },
    );
    expect(uncovered({ ...accounts, tables })).toEqual(['line 194: 313.34 in “313. 34”']);
  });

  it('every table cell keeps its printed text and its own line', () => {
    const lines = text.split('\n');
    for (const t of accounts.tables) {
      for (const r of t.rows) {
        for (const c of r.cells) expect(lines[c.line - 1]).toContain(c.raw);
      }
    }
  });
});
