/**
 * Nothing lost: every number printed in the reference document is in the model on its own line, or is one of a
 * short, reviewed list of numbers that are not figures (each with the reason).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

import { uncoveredNumbers } from './figure-index';
import type { FinalAccounts } from './final-accounts.types';
import { parseFinalAccounts } from './parse/parse-final-accounts';

const text = readFileSync(
  new URL('../../data/source/jianghan-big-data-center-2021.txt', import.meta.url),
  'utf8',
);
const result = parseFinalAccounts(text);
if (!result.ok) throw new Error(result.error.message);
const accounts = result.accounts;

const uncovered = (model: FinalAccounts): string[] => uncoveredNumbers(text, model);

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
