/**
 * Drill-down hierarchies. Expected figures come from the hand transcription
 * (__fixtures__/reference-facts.hand.csv) or from reading the document (lines given), never from the parser's output.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

import type { DrillTree } from './drill';
import {
  buildEconomicTree,
  buildFunctionTree,
  formatTrail,
  getDrillLevel,
  parseTrail,
  pathTo,
  resolveTrail,
} from './drill';
import type { FinalAccounts, FinalAccountsTable, TableRow } from './final-accounts.types';
import type { Fen } from './money';
import { formatPercent, toPlainDecimal } from './money';
import { parseFinalAccounts } from './parse/parse-final-accounts';
import type { SubjectCode } from './subject-code';

const r = parseFinalAccounts(
  readFileSync(new URL('../../data/source/jianghan-big-data-center-2021.txt', import.meta.url), 'utf8'),
);
if (!r.ok) throw new Error(r.error.message);
const accounts = r.accounts;

/** The hand oracle: table,row,code,item,column,value,line (no quoted fields). */
const HAND = readFileSync(new URL('./__fixtures__/reference-facts.hand.csv', import.meta.url), 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => {
    const [table = '', , code = '', item = '', column = '', value = '', srcLine = ''] = line.split(',');
    return { table: Number(table), code, item, column, value, line: Number(srcLine) };
  });

const dec = (fen: Fen | null | undefined): string | null =>
  fen == null ? null : toPlainDecimal(fen, '万元');

function tree(t: DrillTree | null): DrillTree {
  if (!t) throw new Error('no tree');
  return t;
}

const t3total = tree(buildFunctionTree(accounts, 'total'));
const t3basic = tree(buildFunctionTree(accounts, 'basic'));
const t3project = tree(buildFunctionTree(accounts, 'project'));
const t2income = tree(buildFunctionTree(accounts, 'income'));
const t6 = tree(buildEconomicTree(accounts));

describe('function drill: every coded row of 表3 against the hand oracle', () => {
  const cases = HAND.filter((h) => h.table === 3 && h.code !== '').map(
    (h) => [h.code, h.column, h.value, h.line] as const,
  );
  it.each(cases)('%s %s = %s (line %i)', (code, column, value, line) => {
    const t = column === '本年支出合计' ? t3total : column === '基本支出' ? t3basic : t3project;
    const node = t.byId.get(code);
    expect(dec(node?.fen)).toBe(value);
    expect(node?.place?.line).toBe(line);
    expect(node?.place?.table).toBe(3);
  });

  it('blank cells are blank, not zero (表3 2010302 has no 基本支出, line 197)', () => {
    expect(t3basic.byId.get('2010302')?.fen).toBeNull();
    expect(t3project.byId.get('2010350')?.fen).toBeNull();
  });
});

describe('function drill: levels, shares and the trail', () => {
  it('the 类 level: 201 208 210 221 under 合计 2812.11 (表3 lines 194–209)', () => {
    const level = getDrillLevel(t3total, []);
    expect(level.parent.id).toBe('root');
    expect(dec(level.parent.fen)).toBe('2812.11');
    expect(level.items.map((i) => [i.node.id, i.node.level, dec(i.node.fen)])).toEqual([
      ['201', '类', '2697.42'],
      ['208', '类', '19.71'],
      ['210', '类', '59.93'],
      ['221', '类', '35.05'],
    ]);
    expect(level.difference).toBe(0);
    expect(level.items.every((i) => i.drillable)).toBe(true);
  });

  it.each([
    // 2697.42 / 2812.11 = 0.95922…; 19.71 / 2812.11 = 0.00700…; 236.77 / 2697.42 = 0.08777…
    [[], '201', '95.9%'],
    [[], '208', '0.7%'],
    [['201', '20103'], '2010350', '8.8%'],
    [['201', '20103'], '2010399', '80.8%'], // 2180.79 / 2697.42 = 0.80847…
    [['201'], '20103', '100.0%'],
  ] as const)('share of its parent at %j: %s = %s (from integers, rounded once)', (trail, id, pct) => {
    const item = getDrillLevel(t3total, trail).items.find((i) => i.node.id === id);
    expect(item?.share ? formatPercent(item.share.num, item.share.den, 1) : null).toBe(pct);
  });

  it('201 → 20103 → 项: 2010302 279.86, 2010350 236.77, 2010399 2180.79', () => {
    const level = getDrillLevel(t3total, ['201', '20103']);
    expect(level.parent.id).toBe('20103');
    expect(level.path.map((n) => n.id)).toEqual(['root', '201', '20103']);
    expect(level.items.map((i) => [i.node.id, i.node.level, dec(i.node.fen), i.drillable])).toEqual([
      ['2010302', '项', '279.86', false],
      ['2010350', '项', '236.77', false],
      ['2010399', '项', '2180.79', false],
    ]);
  });

  it('a trail ending at a 项 shows its siblings with the 项 selected', () => {
    const level = getDrillLevel(t3total, ['201', '20103', '2010350']);
    expect(level.parent.id).toBe('20103');
    expect(level.selected?.id).toBe('2010350');
    expect(level.path.map((n) => n.id)).toEqual(['root', '201', '20103', '2010350']);
  });

  it('基本支出: blanks are listed apart and the printed children still reconcile', () => {
    const level = getDrillLevel(t3basic, ['201', '20103']);
    expect(level.items.map((i) => [i.node.id, dec(i.node.fen)])).toEqual([['2010350', '236.77']]);
    expect(level.blanks.map((n) => n.id)).toEqual(['2010302', '2010399']);
    expect(level.difference).toBe(0);
  });

  it.each([
    [['201', '20103', '2010350'], ['201', '20103', '2010350'], null],
    [['2010350'], ['201', '20103', '2010350'], null], // the code alone is enough: its prefixes are the path
    [['201', 'x'], ['201'], 'x'],
    [['zzz'], [], 'zzz'],
    [[], [], null],
  ] as const)('resolveTrail(%j) → %j (missing %s)', (raw, trail, missing) => {
    expect(resolveTrail(t3total, raw)).toEqual({ trail, missing });
  });

  it('表2 has no 2010302 row (lines 163–166): the trail falls back to its printed ancestor', () => {
    expect(resolveTrail(t2income, ['201', '20103', '2010302'])).toEqual({
      trail: ['201', '20103'],
      missing: '2010302',
    });
    const level = getDrillLevel(t2income, ['201', '20103']);
    expect(level.items.map((i) => [i.node.id, dec(i.node.fen)])).toEqual([
      ['2010350', '236.78'],
      ['2010399', '2171.39'],
    ]);
  });

  it('income by source: the 表2 row keeps every printed source column', () => {
    const n = t2income.byId.get('201');
    const hand = HAND.filter((h) => h.table === 2 && h.code === '201');
    expect(n?.cells.map((c) => [c.header, dec(c.fen)])).toEqual(hand.map((h) => [h.column, h.value]));
    expect(t2income.columns.map((c) => c.header)).toEqual(['本年收入合计', '财政拨款收入']);
  });

  it('表5 gives the same 201 figures as 表3 (line 278)', () => {
    const t5 = tree(buildFunctionTree(accounts, 'basic', 5));
    expect(t5.table).toBe(5);
    expect([dec(t5.byId.get('201')?.fen), t5.byId.get('201')?.place?.line]).toEqual(['236.77', 278]);
  });
});

describe('economic drill (表6)', () => {
  it('基本支出 = 人员经费合计 + 公用经费合计, derived and saying so (287.63 + 25.71, line 338)', () => {
    expect(dec(t6.root.fen)).toBe('313.34');
    expect(t6.root.derived?.inputs.map((i) => [i.label, dec(i.fen), i.line])).toEqual([
      ['人员经费合计（表6）', '287.63', 338],
      ['公用经费合计（表6）', '25.71', 338],
    ]);
    const level = getDrillLevel(t6, []);
    expect(level.items.map((i) => [i.node.id, i.node.name, dec(i.node.fen)])).toEqual([
      ['personnel', '人员经费', '287.63'],
      ['public', '公用经费', '25.71'],
    ]);
  });

  it('groups hold their 类 by the column they are printed in: 301 (303 blank) | 302, 310', () => {
    const personnel = getDrillLevel(t6, ['personnel']);
    expect(personnel.items.map((i) => [i.node.id, dec(i.node.fen)])).toEqual([['301', '287.63']]);
    expect(personnel.blanks.map((n) => n.id)).toEqual(['303']);
    const pub = getDrillLevel(t6, ['public']);
    expect(pub.items.map((i) => [i.node.id, dec(i.node.fen)])).toEqual([
      ['302', '20.78'],
      ['310', '4.93'],
    ]);
    expect(pub.difference).toBe(0);
  });

  it('every printed 款 of 表6 against the hand oracle, under its 类 by prefix', () => {
    for (const h of HAND.filter((x) => x.table === 6 && x.code.length === 5)) {
      const n = t6.byId.get(h.code);
      expect([h.code, dec(n?.fen), n?.place?.line, n?.parentId]).toEqual([
        h.code,
        h.value,
        h.line,
        h.code.slice(0, 3),
      ]);
    }
    expect(getDrillLevel(t6, ['personnel', '301']).difference).toBe(0);
    expect(getDrillLevel(t6, ['public', '302']).difference).toBe(0);
  });

  it('a 表6 link without its group (`301,30101`) resolves to the full path', () => {
    expect(resolveTrail(t6, ['301', '30101']).trail).toEqual(['personnel', '301', '30101']);
    expect(pathTo(t6, '31002')).toEqual(['public', '310', '31002']);
  });
});

describe('the hierarchy comes from code prefixes, never from order or indentation', () => {
  const row = (code: string | null, name: string, fen: number, line: number): TableRow => ({
    key: code ? `c${code}` : 'total',
    line,
    rowNo: null,
    code: code as SubjectCode | null,
    categoryCodeByName: null,
    name,
    level:
      code === null ? 'total' : code.length === 3 ? 'category' : code.length === 5 ? 'subcategory' : 'item',
    side: null,
    groupColumn: null,
    cells: [{ column: 0, fen: fen as Fen, raw: String(fen), line }],
    dashCells: [],
  });
  const base = accounts.tables.find((t) => t.kind === 'expense') as FinalAccountsTable;
  // Shuffled rows, names indented as if by the OCR, a negative 项, an orphan 款 (its 类 301 is not printed), and a
  // 款 whose 项 do not add up.
  const table: FinalAccountsTable = {
    ...base,
    rows: [
      row('2010301', '    行政运行', 500, 13),
      row(null, '合计', 900, 10),
      row('20101', '  人大事务', 400, 12),
      row('201', '一般公共服务支出', 600, 11),
      row('20103', '政府办公厅', 200, 14),
      row('2010101', '行政运行', 450, 15),
      row('2010102', '      一般行政管理事务', -50, 16),
      row('2010350', '事业运行', 150, 17),
      row('30105', '孤立的款', 300, 18),
    ],
  };
  const fixture: FinalAccounts = { ...accounts, tables: [table] };
  const t = tree(buildFunctionTree(fixture, 'total'));

  it('builds 201 → 20101 → 2010101, 2010102 whatever the row order', () => {
    expect(t.root.children.map((n) => n.id)).toEqual(['201', '301']);
    expect(t.byId.get('201')?.children.map((n) => n.id)).toEqual(['20101', '20103']);
    expect(t.byId.get('20101')?.children.map((n) => n.id)).toEqual(['2010101', '2010102']);
    expect(t.byId.get('20103')?.children.map((n) => n.id)).toEqual(['2010301', '2010350']);
    expect(t.byId.get('2010102')?.depth).toBe(3);
  });

  it('keeps negative figures, and reports a level that does not reconcile', () => {
    const level = getDrillLevel(t, ['201', '20101']);
    expect(level.items.map((i) => [i.node.id, i.node.fen])).toEqual([
      ['2010101', 450],
      ['2010102', -50],
    ]);
    expect(level.difference).toBe(0); // 450 − 50 = 400
    const other = getDrillLevel(t, ['201', '20103']);
    expect(other.difference).toBe(200 - 650);
  });

  it('an orphan code gets a synthetic, blank parent and is reported', () => {
    expect(t.orphans).toEqual(['30105']);
    const parent = t.byId.get('301');
    expect([parent?.synthetic, parent?.fen, parent?.children.map((n) => n.id)]).toEqual([
      true,
      null,
      ['30105'],
    ]);
  });
});

describe('trail text', () => {
  it.each([
    ['201,20103', ['201', '20103']],
    [' 201 , 20103 ,', ['201', '20103']],
    ['201，20103', ['201', '20103']],
    ['personnel,301', ['personnel', '301']],
    ['<script>,201', ['201']],
    ['', []],
    [undefined, []],
  ] as const)('parseTrail(%j) → %j', (text, out) => {
    expect(parseTrail(text)).toEqual(out);
  });

  it('formats back to the URL shape', () => {
    expect(formatTrail(['201', '20103', '2010350'])).toBe('201,20103,2010350');
  });
});
