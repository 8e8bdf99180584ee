/**
 * The audit's coverage: the catalogue of identities a disclosure's templates define, and for each, whether this
 * document's checks ran it, and when not, why (the table is missing or printed empty, the part was not found, the
 * document prints no such figure). A document whose checks ran on a small share of the catalogue is never
 * summarised as clean: `clean` needs no fail, no warning, a complete reading and every applicable entry checked.
 *
 * The catalogue is keyed on what a template defines (tables by their kind, parts by their kind, the facts the prose
 * states), never on one document's wording. An entry that a document legitimately lacks (a table printed with its
 * statement that it has no figures, scorecards in a template that publishes none) is `not-applicable` and does not
 * count against the share.
 */
import type { FinalAccounts, TableKind } from '../final-accounts.types';
import type { PartKind } from '../parse/parts';
import { PART_NAMES } from '../parse/parts';
import type { AuditCheck, CheckFamily, CheckStatus } from './core';

/** What an entry needs before it can run. */
type Need =
  | { readonly table: TableKind }
  | { readonly part: PartKind }
  | { readonly fact: (a: FinalAccounts) => boolean; readonly what: string };

export interface CatalogueEntry {
  readonly id: string;
  readonly family: CheckFamily;
  readonly label: string;
  /** Check ids that belong to this entry: an id matches a prefix when it equals it or continues with `.` or `-`. */
  readonly prefixes: readonly string[];
  readonly needs: readonly Need[];
  /** Why the entry does not apply to this document (no share is lost), or null when it applies. */
  readonly notApplicable?: (
    a: FinalAccounts,
  ) => { readonly reason: string; readonly line: number | null } | null;
}

export type CoverageState = 'checked' | 'not-checked' | 'not-applicable';

export interface CoverageEntry {
  readonly id: string;
  readonly family: CheckFamily;
  readonly label: string;
  readonly state: CoverageState;
  /** Checks of this entry that ran, by status. */
  readonly counts: Readonly<Record<CheckStatus, number>>;
  /** Why it did not run, or why it does not apply (null when checked). */
  readonly reason: string | null;
  /** The line that shows the reason (a table's empty statement, …), where there is one. */
  readonly line: number | null;
}

export interface AuditCoverage {
  readonly entries: readonly CoverageEntry[];
  /** Entries that ran / entries that apply. */
  readonly checked: number;
  readonly applicable: number;
  /** checked / applicable in basis points (10000 = all), computed from the integers; 10000 when nothing applies. */
  readonly shareBp: number;
  readonly byFamily: Readonly<
    Record<
      CheckFamily,
      { readonly checked: number; readonly notChecked: number; readonly notApplicable: number }
    >
  >;
  /** No fail, no warning, the reading complete, and every applicable entry checked. */
  readonly clean: boolean;
  /** The share as printed (`97.43%`, truncated once, in `shareBp`). */
  readonly share: string;
  /** One sentence on what the audit can vouch for (coverageVerdict). */
  readonly verdict: CoverageVerdict;
}

export interface CoverageVerdict {
  readonly level: 'clean' | 'findings' | 'partial' | 'low';
  readonly text: string;
}

type CoverageCore = Omit<AuditCoverage, 'share' | 'verdict'>;

/** Below this share of the catalogue (basis points) the summary calls the coverage low. */
export const LOW_COVERAGE_BP = 8000;

const TABLE_NAMES: Readonly<Record<TableKind, string>> = {
  'income-expense-summary': '收入支出决算总表',
  income: '收入决算表',
  expense: '支出决算表',
  'fiscal-income-expense-summary': '财政拨款收入支出决算总表',
  'general-budget-expense': '一般公共预算财政拨款支出决算表',
  'general-budget-basic-expense': '一般公共预算财政拨款基本支出决算表',
  'three-public': '一般公共预算财政拨款“三公”经费支出决算表',
  'government-fund': '政府性基金预算财政拨款收入支出决算表',
  'state-capital': '国有资本经营预算财政拨款支出决算表',
};

const T = (kind: TableKind): Need => ({ table: kind });
const P = (part: PartKind): Need => ({ part });
const F = (what: string, fact: (a: FinalAccounts) => boolean): Need => ({ fact, what });

const noScorecards = (a: FinalAccounts) =>
  a.scorecards.length > 0 || a.completeness.parts.some((p) => p.kind === 'performance' && p.line !== null)
    ? null
    : { reason: '文档没有公开绩效自评表，也没有绩效自评部分（这一模板不含）', line: null };

/** The prose says the body has none of it (本单位无机关运行经费支出): nothing to check against. */
const statesNone = (text: { readonly text: string; readonly line: number } | null | undefined) =>
  text && /无|没有/.test(text.text) ? { reason: `说明写明没有：“${text.text}”`, line: text.line } : null;

/** The catalogue, family by family. */
export const CATALOGUE: readonly CatalogueEntry[] = [
  // 表内公式: the formulas a table prints under itself.
  ...(
    [
      ['income-expense-summary', 't1'],
      ['income', 't2'],
      ['expense', 't3'],
      ['fiscal-income-expense-summary', 't4'],
      ['general-budget-expense', 't5'],
      ['three-public', 't7'],
      ['government-fund', 't8'],
      ['state-capital', 't9'],
    ] as const
  ).map(([kind, t]): CatalogueEntry => ({
    id: `identity.${t}`,
    family: 'printed-identity',
    // the formulas printed under the table, or where none is printed, the relations its headers and rows define
    label: `${TABLE_NAMES[kind]}：表内公式`,
    prefixes: [`identity.${t}`],
    needs: [T(kind)],
  })),
  // 科目层级: 类 = Σ款 = Σ项 in every coded table, and 表6's economic classes and subtotals.
  ...(
    [
      ['income', 't2'],
      ['expense', 't3'],
      ['general-budget-expense', 't5'],
      ['general-budget-basic-expense', 't6'],
    ] as const
  ).map(([kind, t]): CatalogueEntry => ({
    id: `hierarchy.${t}`,
    family: 'hierarchy',
    label: `${TABLE_NAMES[kind]}：类 = Σ款 = Σ项${t === 't6' ? '，人员经费、公用经费 = 其所含各类' : ''}`,
    prefixes: [`hierarchy.${t}`],
    needs: [T(kind)],
  })),
  // 表间勾稽.
  {
    id: 'cross.t1-balance',
    family: 'cross-table',
    label: '表1 收入总计 = 支出总计',
    prefixes: ['cross.t1.balance'],
    needs: [T('income-expense-summary')],
  },
  {
    id: 'cross.t1-t2',
    family: 'cross-table',
    label: '表1 本年收入 = 表2 合计',
    prefixes: ['cross.t1-t2'],
    needs: [T('income-expense-summary'), T('income')],
  },
  {
    id: 'cross.t1-t3',
    family: 'cross-table',
    label: '表1 各类支出 = 表3 各类合计',
    prefixes: ['cross.t1-t3'],
    needs: [T('income-expense-summary'), T('expense')],
  },
  {
    id: 'cross.t1-t4',
    family: 'cross-table',
    label: '表1 财政拨款收入与支出 = 表4',
    prefixes: ['cross.t1-t4', 'cross.t4-t1'],
    needs: [T('income-expense-summary'), T('fiscal-income-expense-summary')],
  },
  {
    id: 'cross.t4-balance',
    family: 'cross-table',
    label: '表4 收入总计 = 支出总计',
    prefixes: ['cross.t4.balance'],
    needs: [T('fiscal-income-expense-summary')],
  },
  {
    id: 'cross.t4-t2',
    family: 'cross-table',
    label: '表4 财政拨款收入 = 表2 财政拨款收入',
    prefixes: ['cross.t4-t2'],
    needs: [T('fiscal-income-expense-summary'), T('income')],
  },
  {
    id: 'cross.t3-t5',
    family: 'cross-table',
    label: '表5 各科目与表3 同一科目（全部为财政拨款时相等，否则不超过）',
    prefixes: ['cross.t3-t5', 'cross.t5-t3'],
    needs: [T('expense'), T('general-budget-expense')],
  },
  {
    id: 'cross.t5-t4',
    family: 'cross-table',
    label: '表5 合计 = 表4 一般公共预算财政拨款支出',
    prefixes: ['cross.t5-t4'],
    needs: [T('general-budget-expense'), T('fiscal-income-expense-summary')],
    notApplicable: (a) =>
      a.tables.some((t) => t.kind === 'fiscal-income-expense-summary' && t.columns.length > 2)
        ? null
        : { reason: '表4 没有分列一般公共预算财政拨款', line: null },
  },
  {
    id: 'cross.t6-t5',
    family: 'cross-table',
    label: '表6 人员经费 + 公用经费 = 表5 基本支出',
    prefixes: ['cross.t6-t5'],
    needs: [T('general-budget-basic-expense'), T('general-budget-expense')],
  },
  {
    id: 'cross.t6-t3',
    family: 'cross-table',
    label: '表6 社会保险等经济科目与表3 对应功能科目的基本支出',
    prefixes: ['cross.t6-t3'],
    needs: [T('general-budget-basic-expense'), T('expense')],
  },
  {
    id: 'cross.t7-t6',
    family: 'cross-table',
    label: '表7 三公经费与表6 对应经济科目',
    prefixes: ['cross.t7-t6'],
    needs: [T('three-public'), T('general-budget-basic-expense')],
  },
  {
    id: 'cross.carry-over',
    family: 'cross-table',
    label: '年末结转和结余 = 年初结转和结余 + 本年收入 − 本年支出（表1、表2、表3）',
    prefixes: ['cross.carry-over'],
    needs: [T('income-expense-summary'), T('income'), T('expense')],
  },
  // 说明与表: each kind of statement the 情况说明 makes, against the tables.
  ...(
    [
      ['prose.totals', '收入支出总计', (a: FinalAccounts) => a.facts.totals !== null],
      ['prose.income', '本年收入及其来源构成', (a: FinalAccounts) => a.facts.income !== null],
      ['prose.expense', '本年支出及基本/项目构成', (a: FinalAccounts) => a.facts.expense !== null],
      ['prose.fiscal-totals', '财政拨款收入支出总计', (a: FinalAccounts) => a.facts.fiscalTotals !== null],
      [
        'prose.fiscal-expense',
        '一般公共预算财政拨款支出',
        (a: FinalAccounts) => a.facts.fiscalExpense !== null,
      ],
      [
        'prose.structure',
        '一般公共预算财政拨款支出结构（按类）',
        (a: FinalAccounts) => a.facts.fiscalStructure.length > 0,
      ],
      ['prose.budget', '年初预算与决算（完成率）', (a: FinalAccounts) => a.facts.budgetExecution !== null],
      [
        'prose.category',
        '各类/各项的预算与决算',
        (a: FinalAccounts) => a.facts.categoryBudgets.length > 0,
        ['prose.category', 'prose.item'],
      ],
      ['prose.basic', '基本支出（人员经费、公用经费）', (a: FinalAccounts) => a.facts.basicExpense !== null],
      ['prose.three-public', '“三公”经费', (a: FinalAccounts) => a.facts.threePublic !== null],
      ['prose.procurement', '政府采购', (a: FinalAccounts) => a.facts.procurement !== null],
      ['prose.operating', '机关运行经费', (a: FinalAccounts) => a.facts.operatingCosts?.amount != null],
      ['prose.glossary', '名词解释中的科目代码与表中科目', (a: FinalAccounts) => a.glossary.length > 0],
    ] as const
  ).map(([id, label, fact, prefixes]): CatalogueEntry => ({
    id,
    family: 'prose',
    label: `说明：${label}`,
    prefixes: prefixes ?? [id],
    ...(id === 'prose.operating'
      ? {
          notApplicable: (a: FinalAccounts) =>
            a.facts.operatingCosts?.amount == null ? statesNone(a.facts.operatingCosts?.text) : null,
        }
      : {}),
    needs: [
      P(id === 'prose.glossary' ? 'glossary' : 'explanation'),
      ...(id === 'prose.three-public' ? [T('three-public')] : []),
      F(id === 'prose.glossary' ? '名词解释中读出的科目' : `说明中${label}的句子`, fact),
    ],
  })),
  // Statements only some templates make: where a document does not make them, nothing is lost.
  {
    id: 'prose.staff',
    family: 'prose',
    label: '概况：人员构成（在职人数 = 各类之和，离退休 = 离休 + 退休）',
    prefixes: ['prose.staff'],
    needs: [P('overview')],
    notApplicable: (a) =>
      a.meta.staff.total || a.meta.staff.retired
        ? null
        : { reason: '概况没有写出人员构成（并非每个模板都写）', line: null },
  },
  {
    id: 'prose.performance',
    family: 'prose',
    label: '说明：绩效自评资金占项目支出的比例',
    prefixes: ['prose.performance'],
    needs: [P('explanation')],
    notApplicable: (a) =>
      a.facts.performance?.amount && a.facts.performance.share
        ? null
        : {
            reason: a.facts.performance
              ? '说明只写出绩效管理的项目数与金额，没有写出占项目支出的比例'
              : '说明没有写出绩效自评的资金（并非每个模板都写）',
            line: a.facts.performance?.line ?? null,
          },
  },
  // 文档自洽: the document against itself.
  {
    id: 'document.name',
    family: 'document',
    label: '部分标题与各表编制单位的单位名称 = 文件标题',
    prefixes: ['document.name'],
    needs: [F('部分标题或编制单位中的单位名称', (a) => a.completeness.parts.some((p) => p.line !== null))],
  },
  {
    id: 'document.year',
    family: 'document',
    label: '部分标题的年度 = 文件年度',
    prefixes: ['document.year'],
    needs: [
      F('带年度的部分标题', (a) =>
        a.sections.some((s) => s.partKind !== null && /\d{4}\s*年度/.test(s.heading)),
      ),
    ],
  },
  {
    id: 'document.empty',
    family: 'document',
    label: '空表注明原因，注明无数据的表不印数字',
    prefixes: ['document.empty'],
    needs: [F('决算表', (a) => a.tables.length > 0)],
  },
  {
    id: 'document.template-text',
    family: 'document',
    label: '没有留下空白模板的占位文字或填写说明',
    prefixes: ['document.template-text'],
    needs: [],
  },
  // 绩效自评, where the template publishes scorecards.
  {
    id: 'card.department',
    family: 'scorecard',
    label: '部门整体绩效自评表：得分、分值与执行率',
    prefixes: ['card.department'],
    needs: [F('部门整体绩效自评表', (a) => a.scorecards.some((c) => c.kind === 'department'))],
    notApplicable: noScorecards,
  },
  {
    id: 'card.project',
    family: 'scorecard',
    label: '项目绩效自评表：得分、分值与执行率',
    prefixes: ['card'],
    needs: [F('项目绩效自评表', (a) => a.scorecards.some((c) => c.kind === 'project'))],
    notApplicable: noScorecards,
  },
  {
    id: 'projects.list',
    family: 'scorecard',
    label: '说明中列出的项目与其自评表',
    prefixes: ['projects'],
    needs: [F('说明中列出的项目支出', (a) => a.facts.projectSpending.length > 0)],
    notApplicable: noScorecards,
  },
];

function matches(id: string, prefix: string): boolean {
  const bare = id.replace(/#\d+$/, '');
  return bare === prefix || bare.startsWith(`${prefix}.`) || bare.startsWith(`${prefix}-`);
}

function ownerOf(id: string): CatalogueEntry | null {
  // The longest matching prefix wins (card.department before card).
  let best: CatalogueEntry | null = null;
  let bestLength = -1;
  for (const e of CATALOGUE)
    for (const p of e.prefixes)
      if (matches(id, p) && p.length > bestLength) {
        best = e;
        bestLength = p.length;
      }
  return best;
}

/** Why a need is unmet (and whether that makes the entry not applicable), or null when met. */
function unmet(
  a: FinalAccounts,
  need: Need,
): { readonly reason: string; readonly line: number | null; readonly applicable: boolean } | null {
  if ('table' in need) {
    const found = a.completeness.tables.find((t) => t.kind === need.table);
    const table = a.tables.find((t) => t.kind === need.table);
    const name = TABLE_NAMES[need.table];
    if (!found || found.titleLine === null) return { reason: `未找到${name}`, line: null, applicable: true };
    if (table?.emptyStatement)
      return {
        reason: `${name}声明本单位没有数字（“${table.emptyStatement.text}”）`,
        line: table.emptyStatement.line,
        applicable: false,
      };
    if (!table || table.rows.every((r) => r.cells.length === 0))
      return { reason: `${name}没有读出数字`, line: found.titleLine, applicable: true };
    return null;
  }
  if ('part' in need) {
    const part = a.completeness.parts.find((p) => p.kind === need.part);
    return part && part.line !== null
      ? null
      : { reason: `未找到“${PART_NAMES[need.part]}”部分`, line: null, applicable: true };
  }
  return need.fact(a) ? null : { reason: `没有读到${need.what}`, line: null, applicable: true };
}

const ZERO = (): Record<CheckStatus, number> => ({ pass: 0, fail: 0, warn: 0 });

function familyCounts(entries: readonly CoverageEntry[]): AuditCoverage['byFamily'] {
  const byFamily = {} as Record<CheckFamily, { checked: number; notChecked: number; notApplicable: number }>;
  for (const f of [
    'printed-identity',
    'hierarchy',
    'cross-table',
    'prose',
    'scorecard',
    'document',
    'plausibility',
  ] as const)
    byFamily[f] = { checked: 0, notChecked: 0, notApplicable: 0 };
  for (const e of entries) {
    const f = byFamily[e.family];
    if (e.state === 'checked') f.checked++;
    else if (e.state === 'not-checked') f.notChecked++;
    else f.notApplicable++;
  }
  return byFamily;
}

/**
 * A check id in the catalogue's numbering: table checks name a table by its printed number (`identity.t5.…`), which
 * differs between templates (the 2022 order moves 三公); the catalogue numbers tables as the national template does.
 */
function nationalId(a: FinalAccounts, id: string): string {
  const m = /^(identity|hierarchy)\.t(\d+)(?=[.#-]|$)/.exec(id);
  if (!m) return id;
  const kind = a.tables.find((t) => t.number === Number(m[2]))?.kind;
  const template = a.completeness.tables.find((t) => t.kind === kind)?.template;
  return template === undefined ? id : `${m[1] ?? ''}.t${template}${id.slice(m[0].length)}`;
}

export function auditCoverage(a: FinalAccounts, checks: readonly AuditCheck[]): AuditCoverage {
  const counts = new Map<string, Record<CheckStatus, number>>();
  for (const c of checks) {
    const owner = ownerOf(nationalId(a, c.id));
    if (!owner) continue;
    const n = counts.get(owner.id) ?? ZERO();
    n[c.status]++;
    counts.set(owner.id, n);
  }
  const entries = CATALOGUE.map((e): CoverageEntry => {
    const n = counts.get(e.id) ?? ZERO();
    const base = { id: e.id, family: e.family, label: e.label, counts: n };
    if (n.pass + n.fail + n.warn > 0) return { ...base, state: 'checked', reason: null, line: null };
    const notApplicable = e.notApplicable?.(a) ?? null;
    if (notApplicable !== null) return { ...base, state: 'not-applicable', ...notApplicable };
    for (const need of e.needs) {
      const why = unmet(a, need);
      if (why)
        return {
          ...base,
          state: why.applicable ? 'not-checked' : 'not-applicable',
          reason: why.reason,
          line: why.line,
        };
    }
    return {
      ...base,
      state: 'not-checked',
      reason: '所需的数字都在，但没有可比的数字（未印出或为空白）',
      line: null,
    };
  });
  const byFamily = familyCounts(entries);
  const checked = entries.filter((e) => e.state === 'checked').length;
  const applicable = entries.filter((e) => e.state !== 'not-applicable').length;
  const shareBp = applicable === 0 ? 10000 : Math.floor((checked * 10000) / applicable);
  const statuses = ZERO();
  for (const c of checks) statuses[c.status]++;
  const core: CoverageCore = {
    entries,
    checked,
    applicable,
    shareBp,
    byFamily,
    clean: statuses.fail + statuses.warn === 0 && checked === applicable && a.completeness.complete,
  };
  return {
    ...core,
    share: shareText(core),
    verdict: coverageVerdict(core, statuses, a.completeness.complete),
  };
}

/** Coverage when the model could not be examined: every entry not checked, with the reason; never clean. */
export function unknownCoverage(reason: string): AuditCoverage {
  const entries = CATALOGUE.map((e): CoverageEntry => ({
    id: e.id,
    family: e.family,
    label: e.label,
    state: 'not-checked',
    counts: ZERO(),
    reason: `无法判断（审计内部错误：${reason}）`,
    line: null,
  }));
  const core: CoverageCore = {
    entries,
    checked: 0,
    applicable: entries.length,
    shareBp: 0,
    byFamily: familyCounts(entries),
    clean: false,
  };
  return { ...core, share: shareText(core), verdict: coverageVerdict(core, ZERO(), false) };
}

/** The share as printed: basis points to a percentage with at most two decimals (truncated once, in `shareBp`). */
export function shareText(c: Pick<AuditCoverage, 'shareBp'>): string {
  const whole = Math.floor(c.shareBp / 100);
  const frac = c.shareBp % 100;
  return `${whole}${frac === 0 ? '' : `.${String(frac).padStart(2, '0').replace(/0$/, '')}`}%`;
}

/**
 * One sentence on what the audit can vouch for: clean only when nothing failed, the reading was complete and every
 * applicable identity ran; else what ran and what did not, and, below LOW_COVERAGE_BP, that it is no clean bill.
 */
export function coverageVerdict(
  c: CoverageCore,
  counts: Readonly<Record<CheckStatus, number>>,
  complete: boolean,
): CoverageVerdict {
  const ran = `目录中适用的 ${c.applicable} 类检查运行了 ${c.checked} 类（${shareText(c)}）`;
  const missing = c.entries.filter((e) => e.state === 'not-checked');
  const notRun =
    missing.length > 0
      ? `；未能运行 ${missing.length} 类：${missing
          .slice(0, 3)
          .map((e) => e.label)
          .join('、')}${missing.length > 3 ? ' 等' : ''}`
      : '';
  const problems = counts.fail + counts.warn;
  if (c.shareBp < LOW_COVERAGE_BP)
    return {
      level: 'low',
      text: `只有${ran}，覆盖不足，不能视为无误${problems > 0 ? `；已发现不符 ${counts.fail} 项、提示 ${counts.warn} 项` : ''}${notRun}。`,
    };
  if (c.clean) return { level: 'clean', text: `${ran}，全部通过；文档读取完整。` };
  if (problems > 0)
    return { level: 'findings', text: `${ran}：不符 ${counts.fail} 项，提示 ${counts.warn} 项${notRun}。` };
  return {
    level: 'partial',
    text: `${ran}，运行的全部通过，但${complete ? '' : '文档没有读全，'}${missing.length > 0 ? '有检查未能运行' : ''}，不能视为完整无误${notRun}。`,
  };
}
