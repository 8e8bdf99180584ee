/**
 * Golden tests against oracles made BY HAND from the source document (src/domain/__fixtures__/*.hand.*,
 * transcribed by reading the text, with the judgement calls listed in HAND-NOTES.md), not from parser output.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

import { factsToCsv, getTableFacts } from './facts';
import type { FinalAccounts, ScoreValue } from './final-accounts.types';
import { toPlainDecimal } from './money';
import { parseFinalAccounts } from './parse/parse-final-accounts';
import { buildParsedFile, serializeParsedFile } from './parsed-file';

const root = new URL('../../', import.meta.url);
const read = (path: string): string => readFileSync(new URL(path, root), 'utf8');
const SOURCE = 'data/source/jianghan-big-data-center-2021.txt';
const text = read(SOURCE);

function parsed(): FinalAccounts {
  const r = parseFinalAccounts(text);
  if (!r.ok) throw new Error(r.error.message);
  return r.accounts;
}
const accounts = parsed();

interface HandIndicator {
  level1: string;
  level2: string;
  name: string;
  points: string | null;
  target: string | null;
  actual: string | null;
  score: string | null;
  line: number;
}
interface HandCard {
  index: number;
  name: string;
  titleLine: number;
  selfScore: string;
  budgetA: string | null;
  executionB: string | null;
  rate: string | null;
  budgetScore: string | null;
  goalScore: string | null;
  implementingUnit: string | null;
  category: string | null;
  type: string | null;
  indicatorCount: number;
  indicatorScoreSum: string;
  indicators: HandIndicator[];
  summaryLine: number | null;
  summaryBudget: string | null;
  summaryExecution: string | null;
  summaryRate: string | null;
}
const hand = JSON.parse(read('src/domain/__fixtures__/reference-scorecards.hand.json')) as HandCard[];

const dec = (v: ScoreValue | null): string | null =>
  v === null ? null : decimalText(v.value.units, v.value.scale);
function decimalText(units: number, scale: number): string {
  if (scale === 0) return String(units);
  const s = String(Math.abs(units)).padStart(scale + 1, '0');
  return `${units < 0 ? '-' : ''}${s.slice(0, -scale)}.${s.slice(-scale)}`;
}
/** Money printed without trailing zeros in the cards (`50`, `10.3`): compare as numbers of 分. */
const money = (text: string | null): string | null => text;
const noSpace = (s: string | null): string | null => (s === null ? null : s.replace(/\s+/g, ''));

describe('source', () => {
  it('is the published document, unchanged (sha256 in data/source/SOURCE.md)', () => {
    const sha = createHash('sha256')
      .update(readFileSync(new URL(SOURCE, root)))
      .digest('hex');
    expect(read('data/source/SOURCE.md')).toContain(sha);
    expect(sha.startsWith('ae14e1a4')).toBe(true);
  });
});

describe('tables 1–9 against the hand transcription', () => {
  it('every figure of every table, with row, code, item, column, value and line', () => {
    const expected = read('src/domain/__fixtures__/reference-facts.hand.csv');
    expect(factsToCsv(getTableFacts(accounts))).toBe(expected);
  });

  it('tables 8 and 9 keep their empty-table statements', () => {
    const t8 = accounts.tables.find((t) => t.number === 8);
    const t9 = accounts.tables.find((t) => t.number === 9);
    expect(t8?.emptyStatement).toEqual({ text: '本单位无政府性基金预算财政拨款收支', line: 373 });
    expect(t9?.emptyStatement).toEqual({ text: '本单位无国有资本经营预算财政拨款收支', line: 391 });
    expect(t8?.rows.flatMap((r) => r.cells)).toEqual([]);
  });

  it('reads the printed identities under each table (table 1: 27 行 = (1+…+8) 行 at line 148)', () => {
    const t1 = accounts.tables.find((t) => t.number === 1);
    expect(t1?.identities[0]).toMatchObject({ axis: 'row', target: 27, line: 148 });
    expect(t1?.identities[0]?.terms.map((t) => t.ref)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(t1?.identities[2]?.terms.map((t) => t.ref)).toEqual(Array.from({ length: 26 }, (_, i) => 31 + i));
    const t8 = accounts.tables.find((t) => t.number === 8);
    expect(t8?.identities[0]).toMatchObject({ axis: 'column', target: 6 });
    expect(t8?.identities[0]?.terms).toEqual([
      { sign: 1, ref: 1 },
      { sign: 1, ref: 2 },
      { sign: -1, ref: 3 },
    ]);
  });

  it('ledger rows without a printed code find their 类 by name (八、社会保障和就业支出 → 208)', () => {
    const t1 = accounts.tables.find((t) => t.number === 1);
    expect(t1?.rows.find((r) => r.rowNo === 38)?.categoryCodeByName).toBe('208');
    expect(t1?.rows.find((r) => r.rowNo === 38)?.code).toBeNull();
  });
});

describe('scorecards against the hand transcription', () => {
  it('has the department card and all 17 project cards, in order', () => {
    expect(accounts.scorecards.map((c) => c.titleLine)).toEqual(hand.map((h) => h.titleLine));
    expect(accounts.scorecards.filter((c) => c.kind === 'project')).toHaveLength(17);
  });

  it.each(hand.map((h) => [h.index, h] as const))('card %i', (_index, h) => {
    const card = accounts.scorecards.find((c) => c.titleLine === h.titleLine);
    expect(card).toBeDefined();
    if (!card) return;
    expect(noSpace(card.name)).toBe(noSpace(h.name));
    expect(dec(card.selfScore)).toBe(h.selfScore);
    expect(card.budget ? toPlainDecimal(card.budget.fen, card.budget.unit) : null).toBe(
      h.budgetA === null ? null : plain(h.budgetA),
    );
    expect(card.execution ? toPlainDecimal(card.execution.fen, card.execution.unit) : null).toBe(
      h.executionB === null ? null : plain(h.executionB),
    );
    expect(card.rate ? decimalText(card.rate.value.units, card.rate.value.scale) : null).toBe(h.rate);
    expect(dec(card.budgetScore)).toBe(h.budgetScore);
    expect(dec(card.goalScore)).toBe(h.goalScore);
    expect(card.implementingUnit).toBe(h.implementingUnit);
    expect(card.category).toBe(h.category);
    expect(card.type).toBe(h.type);
    expect(card.indicators).toHaveLength(h.indicatorCount);
    expect(
      card.indicators.map((i) => ({
        level1: i.level1,
        level2: i.level2,
        name: noSpace(i.name),
        points: dec(i.points),
        target: noSpace(i.target),
        actual: noSpace(i.actual),
        score: dec(i.score),
        line: i.line,
      })),
    ).toEqual(
      h.indicators.map((i) => ({
        ...i,
        name: noSpace(i.name),
        target: noSpace(i.target),
        actual: noSpace(i.actual),
      })),
    );
    expect(card.summary?.line ?? null).toBe(h.summaryLine);
    if (h.summaryLine !== null) {
      expect(money(card.summary?.budget?.raw.replace(/万元$/, '') ?? null)).toBe(h.summaryBudget);
      expect(money(card.summary?.execution?.raw.replace(/万元$/, '') ?? null)).toBe(h.summaryExecution);
      expect(card.summary?.rate?.raw.replace(/%$/, '') ?? null).toBe(h.summaryRate);
    }
  });
});

function plain(printed: string): string {
  const [i, f = ''] = printed.split('.');
  return `${i}.${f.padEnd(2, '0')}`;
}

describe('data/parsed', () => {
  it('re-parsing data/source gives exactly the committed JSON (npm run data writes it)', () => {
    const sha = createHash('sha256').update(text, 'utf8').digest('hex');
    const built = buildParsedFile(text, 'jianghan-big-data-center-2021.txt', sha);
    if (!built.ok) throw new Error(built.error.message);
    expect(serializeParsedFile(built.file)).toBe(read('data/parsed/final-accounts.2021.json'));
  });
});
