/**
 * Generality (issue #9): the parser and the audit on template variations of the reference document
 * (src/domain/__fixtures__/variants/, made by src/testing/variants.ts, one variation each plus all at once; that the
 * committed files are current is src/testing/variants.test.ts).
 *
 * Oracles, none produced by the code under test:
 * - the hand transcription of the reference's tables (reference-facts.hand.csv, see HAND-NOTES.md); where a variant
 *   moves figures (other lines, other 行次, 元), the expected rows below are written out by hand from it, with the
 *   arithmetic in the comments;
 * - the reference audit's contradictions as reviewed by hand in audit/reference-audit.test.ts (repeated here, because
 *   two of their ids carry a line number that a variant moves);
 * - line numbers read from the committed variant files, with the count of lines each transform removes.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

import { runAudit } from './audit/run-audit';
import { factsToCsv, getTableFacts } from './facts';
import { uncoveredNumbers } from './figure-index';
import type { FinalAccounts, FinalAccountsTable, ParseResult, TableKind } from './final-accounts.types';
import { parseFinalAccounts } from './parse/parse-final-accounts';
import { declaresEmptyTable } from './parse/tables';
import { VARIANTS } from '../testing/variants';

const root = new URL('../../', import.meta.url);
const read = (path: string): string => readFileSync(new URL(path, root), 'utf8');
const REFERENCE = read('data/source/jianghan-big-data-center-2021.txt');
const HAND_CSV = read('src/domain/__fixtures__/reference-facts.hand.csv');
const NAMES = VARIANTS.map((v) => v.name);
const fixture = (name: string): string => read(`src/domain/__fixtures__/variants/${name}.txt`);

const results = new Map<string, ParseResult>(NAMES.map((n) => [n, parseFinalAccounts(fixture(n))]));
function accountsOf(name: string): FinalAccounts {
  const r = results.get(name);
  if (!r?.ok) throw new Error(`${name}: ${r ? r.error.message : 'not parsed'}`);
  return r.accounts;
}
const tableOf = (a: FinalAccounts, kind: TableKind): FinalAccountsTable => {
  const t = a.tables.find((x) => x.kind === kind);
  if (!t) throw new Error(`no ${kind}`);
  return t;
};
const csvOf = (name: string): string => factsToCsv(getTableFacts(accountsOf(name)));

/** The hand CSV's rows (header dropped), split into fields; items and values hold no commas. */
const handRows = HAND_CSV.trim()
  .split('\n')
  .slice(1)
  .map((l) => l.split(','));

/** `2812.11` (万元) → `28121100.00` (元): the decimal point moved four places, on the string. */
function wanToYuan(decimal: string): string {
  const [i = '', f = ''] = decimal.split('.');
  const digits = `${i}${f.padEnd(2, '0')}0000`.replace(/^0+(?=\d)/, '');
  return `${digits.slice(0, -2) || '0'}.${digits.slice(-2)}`;
}

// The reference's contradictions (audit/reference-audit.test.ts). Two ids carry a line: the department card's
// 预算执行率 indicator row (672) and the sentence with “15.54元” (539).
const REFERENCE_FAILS = (indicatorLine: number, unitLine: number): string[] =>
  [
    `card.department.indicator-rate.${indicatorLine}`,
    'card.department.prose-amount',
    'cross.t1-t3.201',
    'cross.t1-t3.221',
    'plausibility.procurement.service-sme',
    `plausibility.unit.${unitLine}.15.54元`,
    'projects.list.15',
    'projects.total',
    'prose.budget.by-category',
    'prose.category.221.actual',
    'prose.performance.share',
    'prose.structure.201',
  ].sort();
const REFERENCE_WARNS = [
  'card.3.summary.name',
  'card.8.budget-score',
  'card.8.rate',
  'card.8.self-score',
  'card.department.budget-score',
  'card.department.self-score',
  'cross.t6-t3.30108',
  'cross.t6-t3.30110+30111',
  'cross.t6-t3.30113',
  'plausibility.vehicles',
  'prose.basic.personnel-items',
  'prose.procurement.small-micro-share',
  'prose.procurement.sme-share',
].sort();

/**
 * Lines each variant removes before line 539: class-rows-24 drops 2 lines of 表1 and 2 of 表4 (4); empty-tables drops
 * 表8's 4 header/合计 lines and its formula line (5) and replaces 表9's 15 lines after its title by 1 (14), 19 in all;
 * combined does both (23). The others keep every line.
 */
const REMOVED_LINES: Readonly<Record<string, number>> = {
  'table-order-2022': 0,
  'split-codes': 0,
  'no-separators': 0,
  yuan: 0,
  'class-rows-24': 4,
  'empty-tables': 19,
  'other-department': 0,
  combined: 23,
};

const TEMPLATE_2021: Array<[number, TableKind]> = [
  [1, 'income-expense-summary'],
  [2, 'income'],
  [3, 'expense'],
  [4, 'fiscal-income-expense-summary'],
  [5, 'general-budget-expense'],
  [6, 'general-budget-basic-expense'],
  [7, 'three-public'],
  [8, 'government-fund'],
  [9, 'state-capital'],
];
const ORDER_2022: Array<[number, TableKind]> = [
  ...TEMPLATE_2021.slice(0, 6),
  [7, 'government-fund'],
  [8, 'state-capital'],
  [9, 'three-public'],
];

describe.each(NAMES)('variant %s', (name) => {
  it('parses with no error and no warning', () => {
    const r = results.get(name);
    expect(r?.ok).toBe(true);
    expect(r?.problems.filter((p) => p.severity !== 'info')).toEqual([]);
  });

  it('finds all nine tables by title, numbered as printed', () => {
    const expected = name === 'table-order-2022' || name === 'combined' ? ORDER_2022 : TEMPLATE_2021;
    expect(accountsOf(name).tables.map((t) => [t.number, t.kind])).toEqual(expected);
  });

  it('has the reference totals, to the 分 (2,484.74 / 2,812.11 / 313.34 / 2,498.77 / 287.63 / 25.71 / 2.20 万元)', () => {
    const a = accountsOf(name);
    const fenOf = (t: FinalAccountsTable, rowName: RegExp | 'total', column: number): number | undefined =>
      t.rows
        .find((r) => (rowName === 'total' ? r.level === 'total' : rowName.test(r.name)))
        ?.cells.find((c) => c.column === column)?.fen;
    const t1 = tableOf(a, 'income-expense-summary');
    // 1 万元 = 10^6 分: 2,484.74 万元 = 2,484,740,000 分; in 元 24,847,400.00 元 is the same 分.
    expect(fenOf(t1, /本年收入合计/, 0)).toBe(2_484_740_000);
    expect(fenOf(t1, /本年支出合计/, 1)).toBe(2_812_110_000);
    const t3 = tableOf(a, 'expense');
    expect([0, 1, 2].map((c) => fenOf(t3, 'total', c))).toEqual([2_812_110_000, 313_340_000, 2_498_770_000]);
    const t6 = tableOf(a, 'general-budget-basic-expense');
    expect(t6.rows.filter((r) => r.level === 'total').map((r) => r.cells[0]?.fen)).toEqual([
      287_630_000, 25_710_000,
    ]);
    const t7 = tableOf(a, 'three-public');
    // 决算数/合计 is 栏7 (index 6): 2.20 万元 = 2,200,000 分.
    expect(t7.rows[0]?.cells.find((c) => c.column === 6)?.fen).toBe(2_200_000);
  });

  it('the audit finds the reference contradictions, at the lines where this variant prints them', () => {
    const report = runAudit(accountsOf(name));
    const removed = REMOVED_LINES[name] ?? 0;
    const ids = (status: string) =>
      report.checks
        .filter((c) => c.status === status)
        .map((c) => c.id)
        .sort();
    expect(ids('fail')).toEqual(REFERENCE_FAILS(672 - removed, 539 - removed));
    expect(ids('warn')).toEqual(REFERENCE_WARNS);
  });

  it('nothing lost: every number printed in the variant is in its model on its line', () => {
    expect(uncoveredNumbers(fixture(name), accountsOf(name))).toEqual([]);
  });
});

describe('what each variation changes', () => {
  it('table-order-2022: 三公 is 表9 (line 377, data on 387); the audit names it 表9', () => {
    const a = accountsOf('table-order-2022');
    const t = tableOf(a, 'three-public');
    expect([t.number, t.titleLine, t.rows[0]?.line]).toEqual([9, 377, 387]);
    // The hand rows of 表7 (line 352) are the rows of 表9 on line 387.
    const expected = handRows
      .filter((r) => r[0] === '7')
      .map((r) => ['9', ...r.slice(1, 6), '387'].join(','));
    expect(
      csvOf('table-order-2022')
        .split('\n')
        .filter((l) => l.startsWith('9,')),
    ).toEqual(expected);
    const report = runAudit(a);
    const running = report.checks.find((c) => c.id === 'prose.three-public.running');
    expect(running?.message).toBe('说明 公务用车运行费 = 表9');
    expect(report.checks.find((c) => c.id === 'cross.t7-t6.30231')?.message).toMatch(
      /^表9 公务用车运行费决算 = 表6/,
    );
    expect(report.checks.filter((c) => /三公|公务/.test(c.message) && c.message.includes('表7'))).toEqual([]);
  });

  it('split-codes: the same 类/款/项 codes and every figure on its line, as transcribed by hand', () => {
    // Split codes keep every line where it was, so the facts are the hand transcription, byte for byte.
    expect(csvOf('split-codes')).toBe(HAND_CSV);
    const t5 = tableOf(accountsOf('split-codes'), 'general-budget-expense');
    const row = t5.rows.find((r) => r.code === '2010350');
    // Line 281: `2010350 | | | 事业运行` printed as `201 | 03 | 50 | 事业运行`.
    expect([row?.codeCells, row?.level, row?.line, row?.name]).toEqual([
      ['201', '03', '50'],
      'item',
      281,
      '事业运行',
    ]);
    expect(t5.rows.find((r) => r.code === '20103')?.codeCells).toEqual(['201', '03']);
    expect(t5.rows.find((r) => r.code === '201')?.codeCells).toBeUndefined();
  });

  it('no-separators and other-department: the facts are the hand transcription, byte for byte', () => {
    expect(csvOf('no-separators')).toBe(HAND_CSV);
    expect(csvOf('other-department')).toBe(HAND_CSV);
  });

  it('yuan: every table in 元, every figure the hand value × 10 000 on the same line', () => {
    const a = accountsOf('yuan');
    expect(a.meta.unit).toBe('元');
    // Every table prints `单位：元` (on its own line) and is read in 元.
    expect(a.tables.filter((t) => t.unit !== '元' || t.unitLine === null)).toEqual([]);
    const expected = ['table,row,code,item,column,value,line']
      .concat(handRows.map((r) => [...r.slice(0, 5), wanToYuan(r[5] ?? ''), r[6]].join(',')))
      .join('\n');
    expect(csvOf('yuan')).toBe(`${expected}\n`);
    const t1 = tableOf(a, 'income-expense-summary');
    // Line 141: 本年收入合计 printed 24,847,400.00 (2,484.74 万元 × 10 000).
    expect(t1.rows.find((r) => r.rowNo === 27)?.cells[0]).toMatchObject({
      raw: '24,847,400.00',
      line: 141,
      fen: 2_484_740_000,
    });
    // The prose stays in 万元: 收入合计 2484.74 万元 (line 406) is still read in 万元.
    expect(a.facts.income?.total).toMatchObject({ unit: '万元', fen: 2_484_740_000 });
  });

  it('class-rows-24: 24 类 rows in 表1 and 表4, renumbered 行次, the formulas read with the new numbers', () => {
    const a = accountsOf('class-rows-24');
    const t1 = tableOf(a, 'income-expense-summary');
    const t4 = tableOf(a, 'fiscal-income-expense-summary');
    const classRows = (t: FinalAccountsTable) =>
      t.rows.filter((r) => r.side === 'expense' && r.categoryCodeByName);
    expect(classRows(t1)).toHaveLength(24);
    expect(classRows(t4)).toHaveLength(24);
    expect(classRows(t1).map((r) => r.categoryCodeByName)).not.toContain('223');
    expect(classRows(t1).map((r) => r.categoryCodeByName)).not.toContain('234');
    // 表1: expense 行次 start at 29 (income 1–28); lines after 135 move up by one, after 140 by two.
    // 表4: every line moves up by two (表1), then by one more after 249 and two more after 254.
    expect(
      csvOf('class-rows-24')
        .split('\n')
        .filter((l) => /^[14],/.test(l)),
    ).toEqual([
      '1,1,,一、一般公共预算财政拨款收入,收入/决算数,2484.74,115',
      '1,29,,一、一般公共服务支出,支出/决算数,2697.43,115',
      '1,36,,八、社会保障和就业支出,支出/决算数,19.71,122',
      '1,37,,九、卫生健康支出,支出/决算数,59.93,123',
      '1,47,,十九、住房保障支出,支出/决算数,35.04,133',
      '1,25,,本年收入合计,收入/决算数,2484.74,139',
      '1,53,,本年支出合计,支出/决算数,2812.11,139',
      '1,27,,年初结转和结余,收入/决算数,327.37,141',
      '1,28,,总计,收入/决算数,2812.11,142',
      '1,56,,总计,支出/决算数,2812.11,142',
      '4,1,,一、一般公共预算财政拨款,收入/决算数,2484.74,227',
      '4,31,,一、一般公共服务支出,支出/决算数/合计,2697.43,227',
      '4,31,,一、一般公共服务支出,支出/决算数/一般公共预算财政拨款,2697.43,227',
      '4,38,,八、社会保障和就业支出,支出/决算数/合计,19.71,234',
      '4,38,,八、社会保障和就业支出,支出/决算数/一般公共预算财政拨款,19.71,234',
      '4,39,,九、卫生健康支出,支出/决算数/合计,59.93,235',
      '4,39,,九、卫生健康支出,支出/决算数/一般公共预算财政拨款,59.93,235',
      '4,49,,十九、住房保障支出,支出/决算数/合计,35.04,245',
      '4,49,,十九、住房保障支出,支出/决算数/一般公共预算财政拨款,35.04,245',
      '4,25,,本年收入合计,收入/决算数,2484.74,251',
      '4,55,,本年支出合计,支出/决算数/合计,2812.11,251',
      '4,55,,本年支出合计,支出/决算数/一般公共预算财政拨款,2812.11,251',
      '4,26,,年初财政拨款结转和结余,收入/决算数,327.37,252',
      '4,27,,一般公共预算财政拨款,收入/决算数,327.37,253',
      '4,30,,总计,收入/决算数,2812.11,256',
      '4,60,,总计,支出/决算数/合计,2812.11,256',
      '4,60,,总计,支出/决算数/一般公共预算财政拨款,2812.11,256',
    ]);
    // 表1's formulas: `53 行 = (29+30+...+52) 行` covers the 24 类 rows 29–52.
    const sum57 = t1.identities.find((i) => i.target === 53);
    expect(sum57?.terms.map((t) => t.ref)).toEqual(Array.from({ length: 24 }, (_, k) => 29 + k));
    const report = runAudit(a);
    expect(report.checks.find((c) => c.id === 'identity.t1.r53.c2')?.status).toBe('pass');
    expect(report.checks.find((c) => c.id === 'identity.t4.r55.c2')?.status).toBe('pass');
  });

  it('empty-tables: 表8 and 表9 are declared empty, with the note and its line, not missing', () => {
    const r = results.get('empty-tables');
    const a = accountsOf('empty-tables');
    const fund = tableOf(a, 'government-fund');
    const capital = tableOf(a, 'state-capital');
    expect([fund.titleLine, fund.rows, fund.columns, fund.emptyStatement]).toEqual([
      358,
      [],
      [],
      {
        text: '本部门2021年度没有政府性基金预算财政拨款收入，也没有使用政府性基金预算财政拨款安排的支出，故本表无数据。',
        line: 368,
      },
    ]);
    expect([capital.titleLine, capital.rows, capital.unitLine, capital.emptyStatement]).toEqual([
      370,
      [],
      null,
      { text: '注：本单位2021年度无国有资本经营预算财政拨款支出，故本表为空表。', line: 372 },
    ]);
    expect(r?.problems.filter((p) => p.code === 'table.missing')).toEqual([]);
    // The reference's own wording is still read as a declaration.
    const ref = parseFinalAccounts(REFERENCE);
    if (!ref.ok) throw new Error(ref.error.message);
    expect(ref.accounts.tables.find((t) => t.kind === 'government-fund')?.emptyStatement).toEqual({
      text: '本单位无政府性基金预算财政拨款收支',
      line: 373,
    });
  });

  it.each([
    ['本单位无政府性基金预算财政拨款收支', true],
    [
      '本部门2021年度没有政府性基金预算财政拨款收入，也没有使用政府性基金预算财政拨款安排的支出，故本表无数据。',
      true,
    ],
    ['注：本单位2021年度无国有资本经营预算财政拨款支出，故本表为空表。', true],
    ['我部门无国有资本经营预算财政拨款收支。', true],
    ['注：本表反映部门本年度政府性基金预算财政拨款收入、支出及结转和结余情况。', false],
    ['注：本表反映部门本年度“三公”经费支出预决算情况。其中，预算数为“三公”经费年初预算数。', false],
    ['1栏=(2+3+6)栏；3栏=(4+5)栏。', false],
  ])('declaresEmptyTable(%s) = %s', (line, empty) => {
    expect(declaresEmptyTable(line)).toBe(empty);
  });

  it('reworded: the same model, checks and findings as the reference, with no 重点工作 part', () => {
    // Issue #15: before, this text named the department 部门, lost the glossary and a project's amount, and ran 17
    // fewer checks. Every line keeps its place, so everything but the key work and the headings compares equal.
    const reference = parseFinalAccounts(REFERENCE);
    if (!reference.ok) throw new Error(reference.error.message);
    const a = accountsOf('reworded');
    const r = reference.accounts;
    expect(a.meta.department).toBe('武汉市江汉区大数据中心');
    expect(a.meta.year).toBe(2021);
    expect(csvOf('reworded')).toBe(HAND_CSV);
    expect(a.glossary).toEqual(r.glossary);
    expect(a.scorecards).toEqual(r.scorecards);
    expect(a.facts).toEqual(r.facts);
    expect(a.keyWork).toEqual([]);
    const checks = (x: FinalAccounts) =>
      runAudit(x).checks.map((c) => `${c.id} ${c.status} ${c.values.join(' ')}`);
    // The one difference: 第三部分's heading (line 393) no longer names the department, so its name is not compared.
    expect(checks(a)).toEqual(checks(r).filter((c) => !c.startsWith('document.name.393 ')));
    const parts = Object.fromEntries(a.completeness.parts.map((p) => [p.kind, p.line]));
    // 名词解释 is now 第四部分 at line 587 (the reference's 第五部分); the blanked 重点工作 part is not found.
    expect(parts).toMatchObject({ glossary: 587, 'key-work': null, explanation: 393, attachments: 637 });
    expect(a.sections.find((x) => x.partKind === 'glossary')?.part).toBe(4);
  });

  it('other-department: meta, titles and prose of the other department and year', () => {
    const a = accountsOf('other-department');
    expect([a.meta.department, a.meta.year, a.meta.publishDate]).toEqual([
      '武汉市江汉区城市运行中心',
      2023,
      '2024-10-27',
    ]);
    expect(a.tables.every((t) => t.title.startsWith('2023年度'))).toBe(true);
    expect(a.tables.every((t) => t.department?.text !== '武汉市江汉区大数据中心')).toBe(true);
    // Line 406: “与 2022 年度相比，收、支总计各减少 2072.36 万元”.
    expect(a.facts.totals?.change).toMatchObject({ direction: 'decrease', previousYear: 2022 });
    expect(a.scorecards.map((c) => c.title)).toContain('2023年度部门整体绩效自评表');
    expect(a.scorecards.find((c) => c.kind === 'project')?.supervisor).toBe('江汉区城市运行中心');
  });

  it('combined: every variation at once, and still every figure of the hand transcription', () => {
    const a = accountsOf('combined');
    expect([a.meta.department, a.meta.year, a.meta.unit]).toEqual(['武汉市江汉区城市运行中心', 2023, '元']);
    expect(tableOf(a, 'general-budget-expense').rows.find((r) => r.code === '2010350')?.codeCells).toEqual([
      '201',
      '03',
      '50',
    ]);
    expect(tableOf(a, 'state-capital').emptyStatement?.text).toBe(
      '注：本单位2023年度无国有资本经营预算财政拨款支出，故本表为空表。',
    );
    const t1 = tableOf(a, 'income-expense-summary');
    expect(t1.rows.filter((r) => r.side === 'expense' && r.categoryCodeByName)).toHaveLength(24);
    // Line 273: 表5 合计 printed <b>28121100.00</b> (2,812.11 万元 × 10 000, no separators).
    expect(tableOf(a, 'general-budget-expense').rows[0]?.cells[0]).toMatchObject({
      raw: '<b>28121100.00</b>',
      line: 273,
      fen: 2_812_110_000,
    });
    // Lines and 行次 move, so compare what each figure is: table (三公 7 → 9), code, item, column, value in 元.
    const key = (r: readonly string[]) => r.slice(2, 5).join('|');
    const expected = handRows
      .map((r) => `${r[0] === '7' ? '9' : r[0]}|${key(r)}|${wanToYuan(r[5] ?? '')}`)
      .sort();
    const actual = csvOf('combined')
      .trim()
      .split('\n')
      .slice(1)
      .map((l) => l.split(','))
      .map((r) => `${r[0]}|${key(r)}|${r[5]}`)
      .sort();
    expect(actual).toEqual(expected);
  });
});
