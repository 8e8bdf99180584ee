/**
 * Prose: sections and paragraphs with every number typed, and the typed facts of 情况说明
 * (totals and last-year changes, shares, per-类 budgets, the project list, 三公, procurement, …).
 * Facts are found by the words around them, never by line numbers.
 */
import type {
  CategoryBudget,
  ChangeDirection,
  ProjectSpending,
  ProseAmount,
  ProseCount,
  ProseFacts,
  ProseFigure,
  ProsePercent,
  ProseSection,
  ProseShare,
  SourceText,
  ThreePublicProse,
  ThreePublicItem,
  YearChange,
} from '../final-accounts.types';
import type { MoneyUnit } from '../money';
import { parseAmount } from '../money';
import type { LinedText } from './text';
import { exactDecimal, firstLineOf, joinTexts, lineOf } from './text';

export { joinTexts };

const NUM = String.raw`\d+(?:[,，]\d{3})*(?:\.\d+)?`;
/**
 * Named amount group `name` with its unit in `nameU`. It starts a number (no digit, point or separator before it):
 * `603.14万元` is never read as `03.14万元` after a name `6` (a converter's text can start a line mid-sentence).
 */
const A = (name: string): string => String.raw`(?<![\d.,，])(?<${name}>${NUM})(?<${name}U>万元|元)`;
/** Named percentage group, starting a number like A. */
const P = (name: string): string => String.raw`(?<![\d.])(?<${name}>\d+(?:\.\d+)?)[%％]`;
/** Named count group followed by one of `units`. */
const N = (name: string, units: string): string => String.raw`(?<${name}>\d+)(?:${units})`;

/**
 * The pattern of a template sentence. Every caller passes a source built from this file's constants (the sentence
 * words and the `A` / `P` / `N` groups), never text of the document.
 */
function re(source: string, flags = ''): RegExp {
  // eslint-disable-next-line no-restricted-syntax -- sources are this file's template constants, not document text
  return new RegExp(source, `d${flags}`);
}

type Match = RegExpExecArray;

function startOf(m: Match, group: string): number | null {
  const idx = m.indices?.groups?.[group];
  return idx ? idx[0] : null;
}

export function amountOf(t: LinedText, m: Match | null, group: string): ProseAmount | null {
  if (!m) return null;
  const raw = m.groups?.[group];
  const unit = m.groups?.[`${group}U`] as MoneyUnit | undefined;
  const start = startOf(m, group);
  if (raw === undefined || !unit || start === null) return null;
  const parsed = parseAmount(raw, unit);
  if (parsed.kind !== 'amount') return null;
  return { fen: parsed.fen, raw: `${raw}${unit}`, unit, line: lineOf(t, start) };
}

export function percentOf(t: LinedText, m: Match | null, group: string): ProsePercent | null {
  if (!m) return null;
  const raw = m.groups?.[group];
  const start = startOf(m, group);
  if (raw === undefined || start === null) return null;
  const value = exactDecimal(raw);
  return value ? { value, raw: `${raw}%`, line: lineOf(t, start) } : null;
}

export function countOf(t: LinedText, m: Match | null, group: string, unit: string): ProseCount | null {
  if (!m) return null;
  const raw = m.groups?.[group];
  const start = startOf(m, group);
  if (raw === undefined || start === null) return null;
  return { value: Number(raw), unit, raw: `${raw}${unit}`, line: lineOf(t, start) };
}

function textOf(t: LinedText, m: Match | null, group: string): SourceText | null {
  if (!m) return null;
  const raw = m.groups?.[group];
  const start = startOf(m, group);
  if (raw === undefined || start === null || raw.trim() === '') return null;
  return { text: raw, line: lineOf(t, start) };
}

function direction(word: string | undefined): ChangeDirection {
  if (word === '增加' || word === '增长' || word === '上升') return 'increase';
  if (word === '减少' || word === '下降' || word === '降低') return 'decrease';
  return 'flat';
}

/**
 * `与 2020 年度相比，…各减少 2072.36 万元，下降 42%，主要原因是…` after `subject`, or `subject … 比 2023 年度减少 …`; the percentage may be absent (a
 * body in its first year: `增加307.82万元`, a change from zero) and the reason may follow `主要原因：`.
 */
function yearChange(t: LinedText, subject: string): YearChange | null {
  const m = re(
    String.raw`(?:与(?<year>\d{4})年度?相比[，,]?)?${subject}(?:[^。；]{0,12}?|[^。；]{0,30}?比(?<year2>\d{4})年度?)(?<dir>增加|减少|增长|下降)${A('amt')}(?:[，,](?<dir2>增长|下降|增加|减少)${P('pct')})?(?:[。，,；]?主要原因(?:是|[:：])(?<reason>[^。；]*))?`,
  ).exec(t.text);
  if (!m) return null;
  return {
    direction: direction(m.groups?.['dir']),
    amount: amountOf(t, m, 'amt'),
    percent: percentOf(t, m, 'pct'),
    reason: textOf(t, m, 'reason'),
    previousYear:
      m.groups?.['year'] || m.groups?.['year2'] ? Number(m.groups['year'] ?? m.groups['year2']) : null,
  };
}

/** All `name X 万元，占<of> y%` pairs. */
function shares(t: LinedText, of: string): ProseShare[] {
  const out: ProseShare[] = [];
  // `占本年收入 100%` (national) or `占99.79%` (Shanghai, the whole named once before).
  const r = re(
    String.raw`(?<name>[^，。；：:、\n]{1,30}?)${A('amt')}[，,]占(?:${of})?(?:的)?${P('pct')}`,
    'g',
  );
  for (let m = r.exec(t.text); m; m = r.exec(t.text)) {
    const amount = amountOf(t, m, 'amt');
    if (!amount) continue;
    out.push({
      name: (m.groups?.['name'] ?? '').replace(/^(其中|主要用于以下方面)[:：]?/, ''),
      amount,
      share: percentOf(t, m, 'pct'),
    });
  }
  return out;
}

function first(t: LinedText, source: string): Match | null {
  return re(source).exec(t.text);
}

/** A section's text, its heading words, and the part it belongs to. */
export interface SectionText {
  readonly heading: string;
  readonly text: LinedText;
}

/** Extracts the typed facts of 情况说明 and the 附件 summaries. Sections are picked by heading words. */
export function extractProseFacts(sections: readonly SectionText[]): ProseFacts {
  // A heading with nothing under it states nothing: null, as if absent (its text would have no line).
  const find = (test: (h: string) => boolean): LinedText | null => {
    const joined = joinTexts(sections.filter((s) => test(s.heading)).map((h) => h.text));
    return joined.lines.length > 0 ? joined : null;
  };
  const totalsT = find((h) => /收入支出决算总体情况/.test(h) && !h.includes('财政拨款'));
  const incomeT = find((h) => /^[一二三四五六七八九十]+、收入决算情况/.test(h));
  const expenseT = find((h) => /^[一二三四五六七八九十]+、支出决算情况/.test(h));
  const fiscalT = find((h) => /财政拨款收入支出决算总体情况/.test(h));
  const gbT = find((h) => /一般公共预算财政拨款支出决算|财政拨款支出决算(总体|结构|具体)情况/.test(h));
  const basicT = find((h) => /基本支出决算情况/.test(h));
  const threeT = find((h) => /三公/.test(h));
  const opT = find((h) => /机关运行经费/.test(h));
  const procT = find((h) => /政府采购/.test(h));
  const assetT = find((h) => /国有资产/.test(h));
  const perfT = find((h) => /预算绩效(?:管理)?(?:工作开展)?情况/.test(h));
  const deptT = find((h) => /整体支出自评/.test(h));

  return {
    // 收支总计 (national), 收入支出总计 (Shanghai).
    totals: totalsT ? totalsFacts(totalsT, '收(?:入)?、?支(?:出)?总计') : null,
    income: incomeT ? partsFacts(incomeT, '收入合计', '本年收入') : null,
    expense: expenseT ? partsFacts(expenseT, '支出合计', '本年支出') : null,
    fiscalTotals: fiscalT ? totalsFacts(fiscalT, '财政拨款收(?:入)?、?支(?:出)?总计') : null,
    fiscalExpense: gbT ? fiscalExpenseFacts(gbT) : null,
    fiscalStructure: gbT ? structureFacts(gbT) : [],
    budgetExecution: gbT ? budgetExecutionFacts(gbT) : null,
    projectSpending: gbT ? projectSpendingFacts(gbT) : [],
    categoryBudgets: gbT ? categoryBudgetFacts(gbT) : [],
    basicExpense: basicT ? basicExpenseFacts(basicT) : null,
    threePublic: threeT ? threePublicFacts(threeT) : null,
    operatingCosts: opT ? operatingFacts(opT) : null,
    procurement: procT ? procurementFacts(procT) : null,
    assets: assetT ? assetFacts(assetT) : null,
    performance: perfT ? performanceFacts(perfT) : null,
    departmentEvaluation: deptT ? departmentEvaluationFacts(deptT) : null,
  };
}

function totalsFacts(t: LinedText, subject: string): ProseFacts['totals'] {
  const m = first(t, String.raw`${subject}${A('total')}`);
  const total = amountOf(t, m, 'total');
  if (!total) return null;
  return { total, change: yearChange(t, `${subject}各?`) };
}

function partsFacts(t: LinedText, totalWord: string, of: string): ProseFacts['income'] {
  const total = amountOf(t, first(t, String.raw`${totalWord}${A('total')}`), 'total');
  if (!total) return null;
  return { total, parts: shares(t, of) };
}

function fiscalExpenseFacts(t: LinedText): ProseFacts['fiscalExpense'] {
  const m = first(t, String.raw`财政拨款支出${A('total')}[，,]占本年支出合计的${P('share')}`);
  const total = amountOf(t, m, 'total');
  if (!total) return null;
  return { total, shareOfExpense: percentOf(t, m, 'share'), change: yearChange(t, '财政拨款支出') };
}

function structureFacts(t: LinedText): ProseShare[] {
  const out: ProseShare[] = [];
  // `一般公共服务（类）支出 X 万元，占 Y%` (national) or `社会保障和就业支出（类）X 万元，占 Y%` (Shanghai).
  const r = re(
    String.raw`(?<name>[^，。；：:\n]{1,30}?[（(]类[)）])(?:支出)?${A('amt')}[，,]占${P('pct')}`,
    'g',
  );
  for (let m = r.exec(t.text); m; m = r.exec(t.text)) {
    const amount = amountOf(t, m, 'amt');
    if (amount) out.push({ name: m.groups?.['name'] ?? '', amount, share: percentOf(t, m, 'pct') });
  }
  return out;
}

function budgetExecutionFacts(t: LinedText): ProseFacts['budgetExecution'] {
  const m = first(
    t,
    String.raw`支出年初预算为?${A('budget')}(?:[，,]全年预算为?${A('fullYear')})?[，,]支出决算为?${A('actual')}[，,]完成(?:年初预算|全年预算数?)的${P('rate')}(?:[。，,]其中[:：]?基本支出${A('basic')}[，,]项目支出${A('project')})?`,
  );
  const budget = amountOf(t, m, 'budget');
  const actual = amountOf(t, m, 'actual');
  if (!budget || !actual) return null;
  return {
    budget,
    fullYearBudget: amountOf(t, m, 'fullYear'),
    actual,
    rate: percentOf(t, m, 'rate'),
    basic: amountOf(t, m, 'basic'),
    project: amountOf(t, m, 'project'),
  };
}

function projectSpendingFacts(t: LinedText): ProjectSpending[] {
  const out: ProjectSpending[] = [];
  const r = re(
    String.raw`(?<name>[^；;。\n]{2,80}?)${A('amt')}[，,]主要(?:成效|效果)(?:是|为|[：:])(?<outcome>[^；;\n]*?)(?:[；;。]|\n|$)`,
    'g',
  );
  for (let m = r.exec(t.text); m; m = r.exec(t.text)) {
    const amount = amountOf(t, m, 'amt');
    if (!amount) continue;
    const name = (m.groups?.['name'] ?? '').replace(/^.*项目支出主要用于/, '');
    const nameStart = startOf(m, 'name') ?? 0;
    out.push({
      name,
      amount,
      outcome: m.groups?.['outcome'] ?? '',
      line: lineOf(t, nameStart),
    });
  }
  return out;
}

function categoryBudgetFacts(t: LinedText): CategoryBudget[] {
  const out: CategoryBudget[] = [];
  const r = re(
    // Per 类 (`1.一般公共服务（类）。年初预算为…`) or per 项 with its path and use (`1、社会保障和就业支出（类）行政事业单位
    // 养老支出（款）行政单位离退休（项）。主要用于：…。年初预算为…`), on 年初预算 or 全年预算, the rate optional; the
    // reason after `主要原因是` or `…的主要原因：`. A double-spaced converter text breaks such a sentence into paragraphs
    // at its full stops (joined by `\n`).
    String.raw`(?<index>\d+)[.．、](?<name>[^。；\n]{1,40}?)[（(]类[)）](?:(?<segment>[^。；\n（(]{1,40}?)[（(]款[)）](?<item>[^。；\n（(]{1,40}?)[（(]项[)）])?[。.，,]?\n?(?:主要用于[:：]?\n?(?<purpose>[^。\n]{0,200}?)[。.]\n?)?(?<basis>年初预算|全年预算)为?${A('budget')}[，,]支出决算为?${A('actual')}(?:[，,。.]\n?完成(?:年初预算|全年预算数?)的${P('rate')})?(?:[，,。.]\n?(?<clause>[^。\n]*?主要原因(?:是|[:：])(?<reason>[^。\n]*)))?[。\n]?`,
    'g',
  );
  for (let m = r.exec(t.text); m; m = r.exec(t.text)) {
    const budget = amountOf(t, m, 'budget');
    const actual = amountOf(t, m, 'actual');
    if (!budget || !actual) continue;
    out.push({
      index: Number(m.groups?.['index']),
      name: m.groups?.['name'] ?? '',
      budget,
      actual,
      rate: percentOf(t, m, 'rate'),
      reason: textOf(t, m, 'reason'),
      basis: m.groups?.['basis'] === '全年预算' ? '全年预算' : '年初预算',
      segment: m.groups?.['segment'] ?? null,
      item: m.groups?.['item'] ?? null,
      purpose: textOf(t, m, 'purpose'),
      comparison: comparisonAfter(t, m.index, m.index + m[0].length),
      line: lineOf(t, m.index),
    });
  }
  return out;
}

/**
 * How the sentence compares the actual with the budget in words (`决算数小于预算数的主要原因`, `决算数与预算数基本持平`,
 * `决算数同预算数持平`), within the sentence or the one after it.
 */
function comparisonAfter(t: LinedText, from: number, to: number): CategoryBudget['comparison'] {
  const tail = t.text.slice(to);
  const next = /^[^。\n]*[。\n]?[^。\n]*/.exec(tail)?.[0] ?? '';
  const scope = t.text.slice(from, to) + next;
  const m =
    /决算数?(?:(?<more>大于|多于|高于|超过)|(?<less>小于|少于|低于)|(?<equal>等于)|(?:与|同)预算数?(?<about>基本)?持平)(?:(?:年初|全年)?预算数?)?/.exec(
      scope,
    );
  if (!m) return null;
  const g = m.groups ?? {};
  const relation = g['more'] ? 'more' : g['less'] ? 'less' : g['about'] ? 'about' : 'equal';
  return { relation, text: m[0], line: lineOf(t, from + m.index) };
}

function itemsAfter(t: LinedText, word: string): string[] {
  const m = first(t, String.raw`${word}${A('x')}[，,]主要包括[:：](?<items>[^。；;\n]*)`);
  return (m?.groups?.['items'] ?? '').split(/[、，,]/).filter((s) => s !== '');
}

function basicExpenseFacts(t: LinedText): ProseFacts['basicExpense'] {
  const total = amountOf(t, first(t, String.raw`基本支出${A('total')}`), 'total');
  if (!total) return null;
  return {
    total,
    personnel: amountOf(t, first(t, String.raw`人员经费${A('a')}`), 'a'),
    personnelItems: itemsAfter(t, '人员经费'),
    publicUse: amountOf(t, first(t, String.raw`公用经费${A('a')}`), 'a'),
    publicUseItems: itemsAfter(t, '公用经费'),
  };
}

function threePublicFacts(t: LinedText): ThreePublicProse | null {
  const top = first(
    t,
    String.raw`年初预算数?为${A('budget')}[，,]支出决算为?${A('actual')}[，,]完成(?:年初)?预算的${P('rate')}`,
  );
  const vehicle = first(
    t,
    String.raw`公务用车购置及运行(?:维护)?费支出决算为${A('a')}(?:[，,]完成(?:年初)?预算的${P('rate')})?`,
  );
  const purchase = first(
    t,
    String.raw`公务用车购置费${A('a')}[。，,]?(?:本年度购置[（(]更新[)）]公务用车${N('n', '辆')})?`,
  );
  const running = first(
    t,
    String.raw`公务用车运行费${A('a')}[，,]完成年初预算的${P('rate')}(?:[，,]比年初预算(?<dir>增加|减少)${A('diff')}(?:[，,]主要原因是(?<reason>[^。；\n]*))?)?`,
  );
  const runningAmount = amountOf(t, running, 'a');
  const vehicleChange = first(
    t,
    String.raw`公务用车购置及运行费支出决算(?<dir>增加|减少)${A('amt')}[，,](?:增长|下降)${P('pct')}`,
  );
  const vehicleReason = first(
    t,
    String.raw`公务用车购置及运行费支出决算(?:增加|减少)的主要原因是(?<reason>[^。；]*)`,
  );
  const abroad = first(
    t,
    String.raw`因公出国[（(]境[)）]费(?:支出)?\n?决算为${A('a')}(?:[，,]\n?完成(?:年初)?预算的${P('rate')})?`,
  );
  const reception = first(
    t,
    String.raw`公务接待费支\n?出决算为${A('a')}(?:[，,]\n?完成(?:年初)?预算的${P('rate')})?`,
  );
  const receptionChange = first(
    t,
    String.raw`公务接待费支出决算(?<dir>增加|减少)${A('amt')}[，,](?:增长|下降)${P('pct')}`,
  );
  const fuel = first(t, String.raw`燃料费${A('a')}`);
  const repair = first(t, String.raw`维修费${A('a')}`);
  const insurance = first(t, String.raw`保险费${A('a')}`);
  const held = first(t, String.raw`公务用车保有量${N('n', '辆')}`);
  const changeAlt = first(
    t,
    // `下降（增长）27.78%`: the template's alternative left in print.
    String.raw`支出决算数?比(?<year>\d{4})年度(?<dir>增加|减少)${A('amt')}[，,](?:增长|下降)(?:[（(](?:增长|下降)[)）])?${P('pct')}`,
  );
  return {
    budget: amountOf(t, top, 'budget'),
    actual: amountOf(t, top, 'actual'),
    rate: percentOf(t, top, 'rate'),
    abroad: amountOf(t, abroad, 'a'),
    vehicleTotal: amountOf(t, vehicle, 'a'),
    vehicleTotalRate: percentOf(t, vehicle, 'rate'),
    vehiclePurchase: amountOf(t, purchase, 'a'),
    vehiclesPurchased: countOf(t, purchase, 'n', '辆'),
    vehicleRunning: runningAmount,
    vehicleRunningRate: percentOf(t, running, 'rate'),
    vehicleRunningVsBudget:
      running?.groups?.['dir'] !== undefined
        ? {
            direction: direction(running.groups['dir']),
            amount: amountOf(t, running, 'diff'),
            percent: null,
            reason: textOf(t, running, 'reason'),
            previousYear: null,
          }
        : null,
    fuel: amountOf(t, fuel, 'a'),
    repair: amountOf(t, repair, 'a'),
    insurance: amountOf(t, insurance, 'a'),
    vehiclesHeld: countOf(t, held, 'n', '辆'),
    reception: amountOf(t, reception, 'a'),
    change: changeAlt
      ? {
          direction: direction(changeAlt.groups?.['dir']),
          amount: amountOf(t, changeAlt, 'amt'),
          percent: percentOf(t, changeAlt, 'pct'),
          reason: null,
          previousYear: Number(changeAlt.groups?.['year']),
        }
      : null,
    vehicleChange: vehicleChange
      ? {
          direction: direction(vehicleChange.groups?.['dir']),
          amount: amountOf(t, vehicleChange, 'amt'),
          percent: percentOf(t, vehicleChange, 'pct'),
          reason: textOf(t, vehicleReason, 'reason'),
          previousYear: null,
        }
      : null,
    abroadRate: percentOf(t, abroad, 'rate'),
    receptionRate: percentOf(t, reception, 'rate'),
    receptionChange: receptionChange
      ? {
          direction: direction(receptionChange.groups?.['dir']),
          amount: amountOf(t, receptionChange, 'amt'),
          percent: percentOf(t, receptionChange, 'pct'),
          reason: null,
          previousYear: null,
        }
      : null,
    itemStatements: threePublicItemStatements(t),
  };
}

const THREE_PUBLIC_ITEM: ReadonlyArray<[RegExp, ThreePublicItem]> = [
  [/^因公出国/, 'abroad'],
  [/^公务用车购置及运行/, 'vehicle'],
  [/^公务用车购置$/, 'purchase'],
  [/^公务用车运行/, 'running'],
  [/^公务接待/, 'reception'],
  [/^外宾接待/, 'foreign-reception'],
];

/**
 * Further statements of the 三公 items (the Shanghai 具体情况): `X费支出决算 A，占 P` (its share of the total),
 * `N、X费支出 A`, and the parts `公务用车购置支出为 A`, `公务用车运行维护支出 A`, `含外宾接待支出 A`.
 */
function threePublicItemStatements(t: LinedText): ThreePublicProse['itemStatements'] {
  const out: Array<ThreePublicProse['itemStatements'][number]> = [];
  const ITEM = String.raw`(?<name>因公出国[（(]境[)）]费|公务用车购置及运行(?:维护)?费|公务接待费)`;
  const patterns = [
    String.raw`${ITEM}支出\n?决算${A('a')}[，,]\n?占${P('p')}`,
    String.raw`\d+[、.．]${ITEM}支出${A('a')}`,
    String.raw`(?<name>公务用车购置|公务用车运行维护|外宾接待)支出为?${A('a')}`,
  ];
  for (const source of patterns) {
    const r = re(source, 'g');
    for (let m = r.exec(t.text); m; m = r.exec(t.text)) {
      const name = m.groups?.['name'] ?? '';
      const item = THREE_PUBLIC_ITEM.find(([test]) => test.test(name))?.[1];
      const amount = amountOf(t, m, 'a');
      if (item && amount) out.push({ item, amount, share: percentOf(t, m, 'p') });
    }
  }
  return out.sort((a, b) => a.amount.line - b.amount.line);
}

function operatingFacts(t: LinedText): ProseFacts['operatingCosts'] {
  const m = first(t, String.raw`机关运行经费(?:支出)?(?:为)?${A('a')}`);
  return {
    amount: amountOf(t, m, 'a'),
    change: yearChange(t, '机关运行经费'),
    text: { text: t.text, line: firstLineOf(t) },
  };
}

function procurementFacts(t: LinedText): ProseFacts['procurement'] {
  // `政府采购支出总额 X 万元` (national) or `政府采购金额（以合同签订为准）为 X 万元` (Shanghai).
  const total = amountOf(
    t,
    first(t, String.raw`采购支出总额${A('a')}`) ??
      first(t, String.raw`政府采购金额(?:[（(][^（()）\n]{0,20}[)）])?为?\n?${A('a')}`),
    'a',
  );
  if (!total) return null;
  const after = (words: string): ProseAmount | null =>
    amountOf(t, first(t, String.raw`${words}[，,]?\n?${A('a')}`), 'a');
  const sme = first(t, String.raw`授予中小企业合同金额${A('a')}[，,]占政府采购支出总额的${P('p')}`);
  const small = first(t, String.raw`授予小微企业合同金额${A('a')}[，,]占授予中小企业合同金额的${P('p')}`);
  const service = first(t, String.raw`服务采购授予中小企业合同金额占服务支出金额的${P('p')}`);
  return {
    total,
    goods: after('货物(?:采购金额|支出)'),
    works: after('工程(?:采购金额|支出)'),
    services: after('服务(?:采购金额|支出)'),
    sme: amountOf(t, sme, 'a'),
    smeShare: percentOf(t, sme, 'p'),
    smallMicro: amountOf(t, small, 'a'),
    smallMicroShare: percentOf(t, small, 'p'),
    serviceSmeShare: percentOf(t, service, 'p'),
    smeReserved: after('面向中小企业预留政府采购项目预算金额'),
    smallMicroReserved: after('面向小微企业预留政府采购项目预算金额'),
    smeAwardedReserved: after(
      '在面向中小企业预留的?政府采购项目中[，,]?\n?由中小企业供应商中标或成交的[，,]?\n?采购金额',
    ),
    smallMicroAwardedReserved: after(
      '在面向小微企业预留的?政府采购项目中[，,]?\n?由小微企业供应商中标或成交的[，,]?\n?采购金额',
    ),
    smeAwardedOther: after('在其他政府采购项目中[，,]?\n?由中小企业供应商中标或成交的[，,]?\n?采购金额'),
  };
}

function assetFacts(t: LinedText): ProseFacts['assets'] {
  const m = first(t, String.raw`共有车辆${N('n', '辆')}`);
  return { vehicles: countOf(t, m, 'n', '辆'), text: { text: t.text, line: firstLineOf(t) } };
}

function performanceFacts(t: LinedText): ProseFacts['performance'] {
  const m = first(
    t,
    String.raw`共涉及项目${N('n', '个')}[，,]资金${A('a')}(?:[，,]占[^，。]{0,20}?${P('p')})?`,
  );
  // Shanghai: `编报绩效目标的2024年度项目39个，涉及预算金额4415.48万元；绩效跟踪评价的…；绩效自评的…，平均得分99.33分`.
  const stages: Array<NonNullable<ProseFacts['performance']>['stages'][number]> = [];
  const r = re(
    String.raw`(?<stage>编报绩效目标|绩效跟踪(?:评价)?|绩效监控|绩效自评|重点绩效评价|财政重点评价)的(?:\d{4}年度)?项目${N('n', '个')}[，,]\n?涉\n?及预算金额${A('a')}`,
    'g',
  );
  for (let k = r.exec(t.text); k; k = r.exec(t.text))
    stages.push({
      stage: k.groups?.['stage'] ?? '',
      projectCount: countOf(t, k, 'n', '个'),
      amount: amountOf(t, k, 'a'),
      line: lineOf(t, k.index),
    });
  const avg = first(t, String.raw`平均得分(?<score>\d+(?:\.\d+)?)分`);
  const averageScore = avg ? scoreFigure(t, avg, '平均得分') : null;
  const self = stages.find((x) => x.stage === '绩效自评');
  if (!m && !self) return null;
  return {
    projectCount: m ? countOf(t, m, 'n', '个') : (self?.projectCount ?? null),
    amount: m ? amountOf(t, m, 'a') : (self?.amount ?? null),
    share: m ? percentOf(t, m, 'p') : null,
    line: m ? lineOf(t, m.index) : (self?.line ?? firstLineOf(t)),
    stages,
    averageScore,
  };
}

function departmentEvaluationFacts(t: LinedText): ProseFacts['departmentEvaluation'] {
  const m = first(t, String.raw`资金${A('a')}`);
  const s = first(t, String.raw`综合得分(?<score>\d+(?:\.\d+)?)分`);
  return {
    amount: amountOf(t, m, 'a'),
    score: s ? scoreFigure(t, s, '综合得分') : null,
    line: firstLineOf(t),
  };
}

/** The score in group `score` of a match (`综合得分95分`, `平均得分99.33分`) as a figure labelled `label`. */
function scoreFigure(t: LinedText, m: Match, label: string): ProseFigure | null {
  const scoreRaw = m.groups?.['score'];
  const scoreStart = startOf(m, 'score');
  const value = scoreRaw ? exactDecimal(scoreRaw) : null;
  return scoreRaw && value && scoreStart !== null
    ? {
        kind: 'score',
        raw: `${scoreRaw}分`,
        value,
        unit: '分',
        line: lineOf(t, scoreStart),
        label,
        sentence: '',
      }
    : null;
}

export type { ProseSection };
