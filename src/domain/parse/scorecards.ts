/**
 * 绩效自评表: the department card and the project cards. Cells in these rows are often shifted,
 * so values are read by their labels and by meaning (the last three cells of an indicator row are
 * target, actual, score), and each 二级 indicator belongs to its 一级 by the template's grouping.
 */
import type {
  ProseAmount,
  ProsePercent,
  Scorecard,
  ScorecardIndicator,
  ScorecardLevel1,
  ScorecardSummary,
  ScoreValue,
  SourceText,
} from '../final-accounts.types';
import type { MoneyUnit } from '../money';
import { parseAmount } from '../money';
import type { ProblemLog } from './issues';
import { amountOf, percentOf } from './prose';
import type { LinedText } from './text';
import type { SourceLine } from './source-lines';
import { lineAt } from './source-lines';
import { cleanText, compact, exactDecimal, extractFigures, firstLineOf, linedText } from './text';

/** Recognises a scorecard title line. */
export function readScorecardTitle(raw: string): 'department' | 'project' | null {
  const t = compact(raw.replace(/^\s*#+/, '')).replace(/\*\*/g, '');
  if (t.length > 40) return null;
  if (/部门整体(支出)?绩效自评表$/.test(t)) return 'department';
  if (/项目(支出)?绩效自评表$/.test(t)) return 'project';
  return null;
}

const NUM = String.raw`\d+(?:[,，]\d{3})*(?:\.\d+)?`;
// eslint-disable-next-line no-restricted-syntax -- built from the constant NUM and the template's words
const SUMMARY = new RegExp(
  String.raw`^(?<index>\d+)[、.．](?<name>.+?)(?:项目)?绩效自评综述[:：]项目全年预算数为(?<budget>${NUM})(?<budgetU>万元|元)[，,]执行数为(?<exec>${NUM})(?<execU>万元|元)[，,]完成预算的(?<rate>\d+(?:\.\d+)?)[%％][。.]?(?:主要产出和效益是[:：](?<outputs>.*?))?(?:发现的问题[:：](?<problems>.*))?$`,
  'd',
);

/** Reads a prose summary paragraph printed before a project card. */
export function readSummary(t: LinedText): ScorecardSummary | null {
  const m = SUMMARY.exec(t.text);
  if (!m) return null;
  return {
    index: Number(m.groups?.['index']),
    name: m.groups?.['name'] ?? '',
    budget: amountOf(t, m, 'budget'),
    execution: amountOf(t, m, 'exec'),
    rate: percentOf(t, m, 'rate'),
    outputs: m.groups?.['outputs'] ?? '',
    problems: m.groups?.['problems'] ?? '',
    text: t.text,
    line: firstLineOf(t),
  };
}

const LEVEL2_OF: Readonly<Record<string, string>> = {
  数量指标: '产出指标',
  质量指标: '产出指标',
  时效指标: '产出指标',
  成本指标: '产出指标',
  经济效益指标: '效益指标',
  社会效益指标: '效益指标',
  生态效益指标: '效益指标',
  可持续影响指标: '效益指标',
  // 满意度 counts under 效益 in this template (Σ 二级 points = 一级 points holds that way).
  满意度指标: '效益指标',
};

const LEVEL1 = /^(产出指标|效益指标)(?:[（(](\d+(?:\.\d+)?)分[)）])?$/;
const LEVEL2 =
  /^(数量指标|质量指标|时效指标|成本指标|经济效益指标|社会效益指标|生态效益指标|可持续影响指标|满意度指标)(?:[（(](\d+(?:\.\d+)?)分[)）])?$/;
const POINTS = /[（(](\d+(?:\.\d+)?)分[)）]/;

function score(raw: string, line: number): ScoreValue | null {
  const t = compact(raw).replace(/分$/, '');
  const value = exactDecimal(t);
  return value ? { value, raw: t, line } : null;
}

function pointsIn(text: string, line: number): ScoreValue | null {
  const m = POINTS.exec(compact(text));
  return m?.[1] ? score(m[1], line) : null;
}

function money(raw: string, unit: MoneyUnit, line: number): ProseAmount | null {
  const p = parseAmount(raw, unit);
  return p.kind === 'amount' ? { fen: p.fen, raw: compact(raw), unit, line } : null;
}

function percent(raw: string, line: number): ProsePercent | null {
  const m = /^(\d+(?:\.\d+)?)[%％]$/.exec(compact(raw));
  const value = m?.[1] ? exactDecimal(m[1]) : null;
  return value ? { value, raw: compact(raw), line } : null;
}

function nonEmpty(cells: readonly string[]): string[] {
  return cells.map((c) => c.trim()).filter((c) => c !== '');
}

function afterLabel(cells: readonly string[], label: RegExp): string | null {
  const k = cells.findIndex((c) => label.test(compact(c)));
  if (k < 0) return null;
  const rest = cells.slice(k + 1).map((c) => c.trim());
  return rest.find((c) => c !== '') ?? null;
}

const INPUT_TAG = /<input([^<>]{0,200})>/y;
const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';
const isSpace = (c: string | undefined): boolean => c !== undefined && /\s/.test(c);

/**
 * The options of a `项目类别` / `项目类型` row (`1、部门预算项目 <input checked="" type="checkbox"/> 2、专项资金 <input …/>`):
 * every option's name, and the first ticked one.
 *
 * Returns exactly what the global pattern `/\d+、\s*([^<\t]+?)\s*<input([^<>]{0,200})>/g` found (name = its group 1
 * without white space), but in linear time: that pattern retried every start and traded white space between its
 * three quantifiers, which is quadratic on a hostile line (issue #8). An option is digits, `、`, then the text S up to
 * the next `<`, which must open `<input …>`; S must be non-empty and any tab in it must lie in its leading or trailing
 * white space. src/domain/regexp-rewrites.test.ts compares the two on random lines.
 */
export function readOptions(raw: string): { all: string[]; ticked: string | null } {
  const all: string[] = [];
  let ticked: string | null = null;
  let pos = 0; // the next option starts here at the earliest (after the previous option's tag)
  let segment = 0; // just after the previous `<`: an option's text never crosses a `<`
  for (let q = raw.indexOf('<'); q >= 0; q = raw.indexOf('<', q + 1)) {
    const from = Math.max(pos, segment);
    segment = q + 1;
    INPUT_TAG.lastIndex = q;
    const tag = INPUT_TAG.exec(raw);
    if (!tag) continue;
    const text = optionTextBefore(raw, from, q);
    if (text === null) continue;
    const name = compact(text);
    all.push(name);
    if (/checked/.test(tag[1] ?? '') && ticked === null) ticked = name;
    pos = INPUT_TAG.lastIndex;
  }
  return { all, ticked };
}

/** The text S of the leftmost option `digits、S` in raw[from, end), S running to `end`, or null. */
function optionTextBefore(raw: string, from: number, end: number): string | null {
  // S's trailing white space starts at `trail`; S is valid when its core (between leading and trailing white space)
  // has no tab, or, if S is all white space, when one of its characters is not a tab.
  let trail = end;
  while (trail > from && isSpace(raw[trail - 1])) trail--;
  let lastTab = -1;
  for (let i = from; i < trail; i++) if (raw[i] === '\t') lastTab = i;
  let lastNonTab = -1;
  for (let i = end - 1; i >= from && lastNonTab < 0; i--) if (raw[i] !== '\t') lastNonTab = i;
  let i = from;
  while (i < end) {
    if (!isDigit(raw[i])) {
      i++;
      continue;
    }
    let k = i;
    while (k < end && isDigit(raw[k])) k++;
    if (k < end && raw[k] === '、') {
      const s = k + 1;
      let core = s;
      while (core < end && isSpace(raw[core])) core++;
      const valid = core < end ? lastTab < core : lastNonTab >= s;
      if (valid) return raw.slice(s, end);
    }
    i = k;
  }
  return null;
}

/**
 * Parses one card from its title line (0-based index) to `end` (exclusive).
 * `unit` is the card's money unit (printed as 万元 in the budget row label).
 */
export function parseScorecard(
  lines: readonly SourceLine[],
  titleIndex: number,
  end: number,
  kind: 'department' | 'project',
  log: ProblemLog,
): Scorecard {
  let selfScore: ScoreValue | null = null;
  let name = '';
  let nameLine: number | null = null;
  let supervisor: string | null = null;
  let implementingUnit: string | null = null;
  let category: string | null = null;
  let categoryOptions: string[] = [];
  let type: string | null = null;
  let typeOptions: string[] = [];
  let budget: ProseAmount | null = null;
  let execution: ProseAmount | null = null;
  let rate: ProsePercent | null = null;
  let budgetScore: ScoreValue | null = null;
  let budgetPoints: ScoreValue | null = null;
  let goal: string | null = null;
  let goalActual: string | null = null;
  let goalScore: ScoreValue | null = null;
  let goalPoints: ScoreValue | null = null;
  let goalLine: number | null = null;
  let indicatorPoints: ScoreValue | null = null;
  let basicTotal: ProseAmount | null = null;
  let projectTotal: ProseAmount | null = null;
  let deviationReason: SourceText | null = null;
  let improvementPlan: SourceText | null = null;
  const level1: ScorecardLevel1[] = [];
  const indicators: ScorecardIndicator[] = [];
  let unit: MoneyUnit = '万元';
  let inBudget = false;
  let inIndicators = false;
  let goalPending = false;
  let lastLine = titleIndex + 1;

  for (let i = titleIndex + 1; i < end; i++) {
    const source = lineAt(lines, i);
    const raw = source.text;
    if (raw.trim() === '') continue;
    // A card is a run of table rows: the first line of running text or a heading ends it.
    if (!source.tabular) break;
    lastLine = i + 1;
    const line = i + 1;
    const cells = source.cells.slice();
    const filled = nonEmpty(cells);
    const c = filled.map(compact);
    const joined = c.join('');
    const selfMatch = joined.includes('自评得分') ? /自评得分[:：]?(\d+(?:\.\d+)?)分?/.exec(joined) : null;
    if (selfMatch?.[1]) selfScore = score(selfMatch[1], line);
    if (c.length === 0) continue;
    const head = c[0] ?? '';

    if (head === '项目名称' || (head === '单位名称' && !joined.includes('盖章'))) {
      name = cleanText(filled[1] ?? '');
      nameLine = line;
      continue;
    }
    if (joined.includes('主管部门')) {
      supervisor = afterLabel(cells, /^主管部门$/);
      implementingUnit = afterLabel(cells, /^项目实施单位$/);
      continue;
    }
    if (head.startsWith('项目类别')) {
      const o = readOptions(raw);
      categoryOptions = o.all;
      category = o.ticked;
      continue;
    }
    if (head.startsWith('项目类型')) {
      const o = readOptions(raw);
      typeOptions = o.all;
      type = o.ticked;
      continue;
    }
    if (joined.includes('基本支出总额') || joined.includes('项目支出总额')) {
      const b = afterLabel(cells, /^基本支出总额$/);
      const p = afterLabel(cells, /^项目支出总额$/);
      if (b) basicTotal = money(b, unit, line);
      if (p) projectTotal = money(p, unit, line);
      continue;
    }
    if (head.startsWith('预算执行情况')) {
      if (joined.includes('元')) unit = joined.includes('万元') ? '万元' : '元';
      budgetPoints = pointsIn(head, line);
      inBudget = true;
      continue;
    }
    const numericCells = filled.filter((x) => /^\d+(?:[,，]\d{3})*(?:\.\d+)?[%％]?$/.test(compact(x)));
    if (inBudget && numericCells.length >= 2) {
      const money2 = numericCells.filter((x) => !/[%％]/.test(x));
      const pct = numericCells.find((x) => /[%％]/.test(x));
      const pctIndex = pct ? numericCells.indexOf(pct) : -1;
      budget = money(money2[0] ?? '', unit, line);
      execution = money(money2[1] ?? '', unit, line);
      rate = pct ? percent(pct, line) : null;
      const after = pctIndex >= 0 ? numericCells[pctIndex + 1] : undefined;
      budgetScore = after ? score(after, line) : null;
      if (!pct) log.info('scorecard.rate-not-printed', line, `《${name}》的执行率未印出`);
      if (!after) log.info('scorecard.budget-score-not-printed', line, `《${name}》的预算执行得分未印出`);
      inBudget = false;
      continue;
    }
    if (/总目标|年度目标/.test(head)) {
      inBudget = false;
      goalPoints = pointsIn(head, line) ?? goalPoints;
      const rest = c.slice(1).filter((x) => !/^(年初设定目标|全年实际完成情况|得分)$/.test(x));
      if (rest.length === 0) {
        goalPending = true;
      } else {
        const texts = filled.slice(1);
        readGoal(texts, line);
      }
      continue;
    }
    if (goalPending) {
      goalPending = false;
      readGoal(filled, line);
      continue;
    }
    if (joined.includes('一级指标')) {
      inIndicators = true;
      const p = pointsIn(head, line);
      if (p) indicatorPoints = p;
      continue;
    }
    if (/^偏差/.test(head)) {
      inIndicators = false;
      const text = filled.slice(1).map(cleanText).join(' ');
      deviationReason = text ? { text, line } : null;
      continue;
    }
    if (/^改进措施/.test(head)) {
      inIndicators = false;
      const text = filled.slice(1).map(cleanText).join(' ');
      improvementPlan = text ? { text, line } : null;
      continue;
    }
    if (inIndicators) {
      readIndicatorRow(cells, line);
      continue;
    }
    if (
      /^(单位名称|填报日期)/.test(head) ||
      joined.startsWith('单位名称（盖章）') ||
      joined.startsWith('单位名称(盖章)')
    )
      continue;
    if (/绩效自评表$/.test(joined)) continue;
    log.info('scorecard.unread-row', line, `绩效自评表中未识别的行：${joined.slice(0, 40)}`);
  }

  function readGoal(texts: readonly string[], line: number): void {
    const parts = texts.map((x) => cleanText(x)).filter((x) => x !== '');
    const last = parts[parts.length - 1] ?? '';
    const s = /^\d+(?:\.\d+)?$/.test(last) ? score(last, line) : null;
    const body = s ? parts.slice(0, -1) : parts;
    goal = body[0] ?? null;
    goalActual = body[1] ?? null;
    goalScore = s;
    goalLine = line;
  }

  function readIndicatorRow(cells: readonly string[], line: number): void {
    const list = cells.map((x) => x.trim());
    while (list.length > 0 && list[list.length - 1] === '') list.pop();
    let k = 0;
    let declaredLevel1: string | null = null;
    for (; k < list.length; k++) {
      const t = compact(list[k] ?? '');
      if (t === '') continue;
      const m1 = LEVEL1.exec(t);
      if (m1?.[1]) {
        declaredLevel1 = m1[1];
        level1.push({ name: m1[1], points: m1[2] ? score(m1[2], line) : null, line });
        continue;
      }
      if (/年度绩效指标|^项目年度/.test(t)) {
        indicatorPoints = pointsIn(t, line) ?? indicatorPoints;
        continue;
      }
      break;
    }
    const level2Text = compact(list[k] ?? '');
    const m2 = LEVEL2.exec(level2Text);
    if (!m2?.[1]) {
      if (k < list.length)
        log.warn(
          'scorecard.unread-indicator',
          line,
          `《${name}》第 ${line} 行未能识别二级指标：${level2Text.slice(0, 30)}`,
        );
      return;
    }
    const level2 = m2[1];
    const parent = LEVEL2_OF[level2] ?? '效益指标';
    if (declaredLevel1 && declaredLevel1 !== parent) {
      log.info(
        'scorecard.shifted-level1',
        line,
        `《${name}》第 ${line} 行：一级指标“${declaredLevel1}”印在“${level2}”所在行，按模板归入“${parent}”`,
      );
    }
    const rest = list.slice(k + 1);
    const nameIdx = rest.findIndex((x) => x !== '');
    if (nameIdx < 0) return;
    const indicatorName = cleanText(rest[nameIdx] ?? '');
    const after = rest.slice(nameIdx + 1);
    const last3 = after.slice(-3);
    while (last3.length < 3) last3.unshift('');
    const [target, actual, scoreText] = last3 as [string, string, string];
    const s = score(scoreText, line);
    if (!s)
      log.warn('scorecard.score-missing', line, `《${name}》指标“${indicatorName}”的得分未印出或不可读`);
    if (after.length < 3)
      log.info(
        'scorecard.short-indicator',
        line,
        `《${name}》指标“${indicatorName}”少于三格，目标值按未印出处理`,
      );
    indicators.push({
      level1: parent,
      level2,
      points: m2[2] ? score(m2[2], line) : null,
      name: indicatorName,
      target: target === '' ? null : cleanText(target),
      actual: actual === '' ? null : cleanText(actual),
      score: s,
      line,
    });
  }

  if (!name) log.warn('scorecard.name-missing', titleIndex + 1, '绩效自评表未读出项目（单位）名称');
  if (!selfScore) log.warn('scorecard.self-score-missing', titleIndex + 1, `《${name}》未读出自评得分`);

  const texts: Array<{ text: string; line: number }> = [];
  if (goal && goalLine) texts.push({ text: goal, line: goalLine });
  if (deviationReason) texts.push(deviationReason);
  if (improvementPlan) texts.push(improvementPlan);
  const textFigures = texts.flatMap((t) => extractFigures(linedText([t])).map((f) => f.figure));

  return {
    kind,
    title: compact(lineAt(lines, titleIndex).text).replace(/^#+/, ''),
    titleLine: titleIndex + 1,
    lastLine,
    name,
    nameLine,
    selfScore,
    supervisor,
    implementingUnit,
    category,
    categoryOptions,
    type,
    typeOptions,
    budget,
    execution,
    rate,
    budgetScore,
    budgetPoints,
    goal,
    goalActual,
    goalScore,
    goalPoints,
    goalLine,
    indicatorPoints,
    level1,
    indicators,
    deviationReason,
    improvementPlan,
    basicTotal,
    projectTotal,
    summary: null,
    textFigures,
  };
}
