/**
 * 绩效自评表: the department card and the project cards. Cells in these rows are often shifted,
 * so values are read by their labels and by meaning (the last three cells of an indicator row are
 * target, actual, score), and each 二级 indicator belongs to its 一级 by the template's grouping.
 */
import type {
  ProseAmount,
  ProsePercent,
  Scorecard,
  ScorecardFundRow,
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

/**
 * Which 一级 each 二级 may sit under. Two templates differ: in the reference's form 成本指标 is a 二级 of 产出 and
 * 满意度指标 a 二级 counted under 效益 (Σ 二级 points = 一级 points holds that way); in the 2021+ national form 成本指标
 * and 满意度指标 are 一级 of their own (二级 经济成本指标 …, 服务对象满意度指标), and county forms print 满意度指标 as both.
 */
const PARENTS: Readonly<Record<string, readonly string[]>> = {
  数量指标: ['产出指标'],
  质量指标: ['产出指标'],
  时效指标: ['产出指标'],
  成本指标: ['产出指标'],
  经济成本指标: ['成本指标'],
  社会成本指标: ['成本指标'],
  生态环境成本指标: ['成本指标'],
  经济效益指标: ['效益指标'],
  社会效益指标: ['效益指标'],
  生态效益指标: ['效益指标'],
  可持续影响指标: ['效益指标'],
  满意度指标: ['效益指标', '满意度指标'],
  服务对象满意度指标: ['满意度指标'],
};
const LEVEL1_NAMES = new Set(['产出指标', '效益指标', '满意度指标', '成本指标']);

/** An indicator label cell: its name and the points printed with it (`产出指标（40分）`). */
const LABEL = /^(?<name>[\u4e00-\u9fa5]{2,10}指标)(?:[（(](?<points>\d+(?:\.\d+)?)分[)）])?$/;
const YEAR_LINE = /^[（(]\d{4}年度?[)）]$/;
/** A value cell of the funds block: an amount, a percentage, points, or a dash for none. */
const FUND_VALUE = /^(?:\d+(?:[,，]\d{3})*(?:\.\d+)?[%％]?|[—–-]+)$/;
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

const TICKED = '☑☒■√✓✔';
const BOXES = /[☑☒■√✓✔□☐]/;

/**
 * The options of a row printed with box glyphs instead of `<input>` tags: `☑部门预算项目 □专项资金` (box before the
 * name) or `1、部门预算项目☑ 2、专项资金□` (box after it). Names lose their `1、` numbering.
 */
export function readTickOptions(text: string): { all: string[]; ticked: string | null } {
  const t = text.trim();
  const all: string[] = [];
  let ticked: string | null = null;
  if (!BOXES.test(t)) return { all, ticked };
  const boxFirst = BOXES.test(t[0] ?? '');
  // Pieces between boxes; each piece is an option's name, its box the one before it (box first) or after it.
  const pieces: Array<{ box: string; name: string }> = [];
  let name = '';
  let box = '';
  for (const ch of t) {
    if (BOXES.test(ch)) {
      if (boxFirst) {
        if (box) pieces.push({ box, name });
        box = ch;
        name = '';
      } else {
        pieces.push({ box: ch, name });
        name = '';
      }
    } else name += ch;
  }
  if (boxFirst && box) pieces.push({ box, name });
  for (const p of pieces) {
    const n = compact(p.name).replace(/^\d+[、.．]/, '');
    if (n === '') continue;
    all.push(n);
    if (ticked === null && TICKED.includes(p.box)) ticked = n;
  }
  return { all, ticked };
}

/** The options of a 项目类别 / 项目类型 row, ticked with `<input>` tags or with box glyphs. */
function optionsOf(raw: string, filled: readonly string[]): { all: string[]; ticked: string | null } {
  if (raw.includes('<input')) return readOptions(raw);
  return readTickOptions(filled.slice(1).join(' '));
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
  let form: Scorecard['form'] = 'scored-goal';
  let initialBudget: ProseAmount | null = null;
  const funds: ScorecardFundRow[] = [];
  let fundColumns: Array<{ index: number; name: string }> | null = null;
  let totalPoints: ScoreValue | null = null;
  let currentLevel1: string | null = null;
  let indicatorColumns: string[] | null = null;
  let inBudget = false;
  let inIndicators = false;
  let goalPending = false;
  let lastLine = titleIndex + 1;

  for (let i = titleIndex + 1; i < end; i++) {
    const source = lineAt(lines, i);
    const raw = source.text;
    if (raw.trim() === '') continue;
    // A card is a run of table rows: the first line of running text or a heading ends it; the year printed alone
    // under the title (（2022年度）) is part of the title block.
    if (!source.tabular) {
      if (i <= titleIndex + 3 && YEAR_LINE.test(compact(raw))) continue;
      break;
    }
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
      implementingUnit = afterLabel(cells, /^(项目)?实施单位$/);
      continue;
    }
    if (head.startsWith('项目类别')) {
      const o = optionsOf(raw, filled);
      categoryOptions = o.all;
      category = o.ticked;
      continue;
    }
    if (head.startsWith('项目类型')) {
      const o = optionsOf(raw, filled);
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
    if (head.startsWith('项目资金') || /^(年初预算数|全年预算数)$/.test(c[1] ?? '')) {
      // The national form's funds block: its header names the columns; the rows under it are read by those names.
      if (joined.includes('元')) unit = joined.includes('万元') ? '万元' : '元';
      form = 'funds-block';
      fundColumns = cells
        .map((x, index) => ({ index, name: compact(x) }))
        .filter((x) => x.index > 0 && x.name !== '');
      continue;
    }
    if (fundColumns && !/目标|指标|总分|自评/.test(head)) {
      readFundRow(cells, filled, line);
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
    if (/总目标|总体目标|年度目标/.test(head)) {
      inBudget = false;
      fundColumns = null;
      goalPoints = pointsIn(head, line) ?? goalPoints;
      const rest = c
        .slice(1)
        .filter((x) => !/^(年初设定目标|全年实际完成情况|预期目标|实际完成情况|得分)$/.test(x));
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
      fundColumns = null;
      const p = pointsIn(head, line);
      if (p) indicatorPoints = p;
      // A header that prints 分值 per indicator (the national form) names the cells after the 三级 indicator.
      const level3 = c.findIndex((x) => x === '三级指标');
      const after = level3 >= 0 ? c.slice(level3 + 1) : [];
      indicatorColumns = after.some((x) => /^分值/.test(x)) ? after : null;
      continue;
    }
    if (/^总分/.test(head)) {
      inIndicators = false;
      const numbers = c.slice(1).filter((x) => /^\d+(?:\.\d+)?分?$/.test(x));
      if (numbers.length === 2) totalPoints = score(numbers[0] ?? '', line);
      const last = numbers[numbers.length - 1];
      if (last) selfScore = score(last, line);
      if (numbers.length > 2 || numbers.length === 0)
        log.warn(
          'scorecard.unread-total',
          line,
          `《${name}》总分行的数不是“分值 得分”两项：${joined.slice(0, 40)}`,
        );
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

  function readFundRow(cells: readonly string[], filled: readonly string[], line: number): void {
    const label = cleanText(filled.find((x) => !FUND_VALUE.test(compact(x))) ?? '');
    const columns = fundColumns ?? [];
    // By the header's cell positions where the row keeps them (a table with every cell), else in the header's order
    // when the row prints one value per column (converter text drops blank cells); anything else is not guessed.
    const at = (index: number): string => compact(cells[index] ?? '');
    const positional = columns.every((col) => FUND_VALUE.test(at(col.index)) || at(col.index) === '');
    const values = filled.map(compact).filter((x) => FUND_VALUE.test(x));
    const byOrder = values.length === columns.length;
    if (!positional && !byOrder) {
      log.warn(
        'scorecard.unread-funds',
        line,
        `《${name}》项目资金行“${label}”的格与表头（${columns.map((x) => x.name).join('、')}）对不上，未读`,
      );
      return;
    }
    const value = (pattern: RegExp): string => {
      const k = columns.findIndex((col) => pattern.test(col.name));
      const col = columns[k];
      if (!col) return '';
      const v = positional ? at(col.index) : (values[k] ?? '');
      return /^[—–-]+$/.test(v) ? '' : v;
    };
    const row = {
      label,
      initialBudget: money(value(/^年初预算/), unit, line),
      budget: money(value(/^(全年|调整后)?预算数$/), unit, line),
      execution: money(value(/执行数$/), unit, line),
      rate: percent(value(/执行率/), line),
      line,
    };
    if (/^(年度)?资金总额/.test(compact(label))) {
      initialBudget = row.initialBudget;
      budget = row.budget;
      execution = row.execution;
      rate = row.rate;
      const p = value(/^分值/);
      budgetPoints = p ? score(p, line) : null;
      const sc = value(/^得分/);
      budgetScore = sc ? score(sc, line) : null;
      if (!budgetPoints) log.warn('scorecard.budget-points-missing', line, `《${name}》项目资金的分值未印出`);
    } else funds.push(row);
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
    // The leading label cells: at most a 一级 and a 二级 (each may carry its points), blanks between them.
    const labels: Array<{ name: string; points: ScoreValue | null }> = [];
    let k = 0;
    for (; k < list.length && labels.length < 2; k++) {
      const t = compact(list[k] ?? '');
      if (t === '') continue;
      if (/年度绩效指标|^项目年度/.test(t)) {
        indicatorPoints = pointsIn(t, line) ?? indicatorPoints;
        continue;
      }
      const m = LABEL.exec(t);
      const label = m?.groups?.['name'];
      if (!label || !(label in PARENTS || LEVEL1_NAMES.has(label))) break;
      const points = m.groups?.['points'];
      labels.push({ name: label, points: points ? score(points, line) : null });
    }
    // Two labels are 一级 then 二级; one label is a 二级 under the 一级 printed above it (merged cells print it once),
    // or a 一级 alone on its row.
    const [first, second] = labels;
    let declared: (typeof labels)[number] | null = null;
    let level2: (typeof labels)[number] | null = null;
    if (first && second) {
      declared = first;
      level2 = second;
    } else if (first && first.name in PARENTS) level2 = first;
    else if (first) declared = first;
    if (declared && LEVEL1_NAMES.has(declared.name)) {
      level1.push({ name: declared.name, points: declared.points, line });
      currentLevel1 = declared.name;
    }
    if (!level2 || !(level2.name in PARENTS)) {
      if (k < list.length)
        log.warn(
          'scorecard.unread-indicator',
          line,
          `《${name}》第 ${line} 行未能识别二级指标：${compact(list[k] ?? '').slice(0, 30)}`,
        );
      return;
    }
    const parents = PARENTS[level2.name] ?? [];
    const printedParent = declared?.name ?? currentLevel1;
    const parent =
      printedParent && parents.includes(printedParent) ? printedParent : (parents[0] ?? '效益指标');
    if (declared && declared.name !== parent) {
      log.info(
        'scorecard.shifted-level1',
        line,
        `《${name}》第 ${line} 行：一级指标“${declared.name}”印在“${level2.name}”所在行，按模板归入“${parent}”`,
      );
    }
    const rest = list.slice(k);
    const nameIdx = rest.findIndex((x) => x !== '');
    if (nameIdx < 0) return;
    const indicatorName = cleanText(rest[nameIdx] ?? '');
    const after = rest.slice(nameIdx + 1);
    let target = '';
    let actual = '';
    let pointsText = '';
    let scoreText = '';
    let deviation = '';
    if (indicatorColumns) {
      // The header names the cells after the 三级 indicator: 年度指标值, 实际完成值, 分值, 得分, 偏差原因….
      indicatorColumns.forEach((column, j) => {
        const v = after[j] ?? '';
        if (/指标值|目标值/.test(column)) target = v;
        else if (/完成值/.test(column)) actual = v;
        else if (/分值/.test(column)) pointsText = v;
        else if (/得分/.test(column)) scoreText = v;
        else if (/偏差|原因|措施/.test(column)) deviation = v;
      });
      if (after.length > indicatorColumns.length)
        log.warn(
          'scorecard.extra-cells',
          line,
          `《${name}》指标“${indicatorName}”的格数多于表头（${after.length} > ${indicatorColumns.length}），多出的格未读`,
        );
    } else {
      const last3 = after.slice(-3);
      while (last3.length < 3) last3.unshift('');
      [target, actual, scoreText] = last3 as [string, string, string];
      if (after.length < 3)
        log.info(
          'scorecard.short-indicator',
          line,
          `《${name}》指标“${indicatorName}”少于三格，目标值按未印出处理`,
        );
    }
    const s = score(scoreText, line);
    if (!s)
      log.warn('scorecard.score-missing', line, `《${name}》指标“${indicatorName}”的得分未印出或不可读`);
    const own = pointsText ? score(pointsText, line) : null;
    if (indicatorColumns && !own)
      log.warn('scorecard.points-missing', line, `《${name}》指标“${indicatorName}”的分值未印出或不可读`);
    indicators.push({
      level1: parent,
      level2: level2.name,
      points: level2.points,
      name: indicatorName,
      target: target === '' ? null : cleanText(target),
      actual: actual === '' ? null : cleanText(actual),
      ownPoints: own,
      score: s,
      deviation: deviation === '' ? null : cleanText(deviation),
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
    form,
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
    initialBudget,
    budget,
    execution,
    rate,
    budgetScore,
    budgetPoints,
    funds,
    totalPoints,
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
