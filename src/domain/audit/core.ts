/**
 * The audit's building blocks: operands (a figure with its place), and exact comparisons that produce checks.
 * Sums are integer Fen; a printed percentage is compared at its printed precision, rounded half-up.
 */
import type { ExactDecimal, FinalAccounts, ProseAmount, ProsePercent } from '../final-accounts.types';
import type { Fen, MoneyUnit } from '../money';
import { FEN_EXPONENT, formatScaled, percentScaled, toPlainDecimal, trimTrailingZeros } from '../money';
import type { FigurePlace } from '../place';

export type CheckStatus = 'pass' | 'fail' | 'warn';

export type CheckFamily =
  'printed-identity' | 'hierarchy' | 'cross-table' | 'prose' | 'scorecard' | 'document' | 'plausibility';

export const FAMILY_LABELS: Readonly<Record<CheckFamily, string>> = {
  'printed-identity': '表内公式',
  hierarchy: '科目层级',
  'cross-table': '表间勾稽',
  prose: '说明与表',
  scorecard: '绩效自评',
  document: '文档自洽',
  plausibility: '合理性',
};

/**
 * Where a figure of a check is printed: a `FigurePlace` whose table, row and column are always set (null outside
 * tables), with the audit's own fields.
 */
export interface CheckPlace extends FigurePlace {
  readonly table: number | null;
  readonly row: string | null;
  readonly column: string | null;
  /** Human label, e.g. `表1 第31行 一般公共服务支出`. */
  readonly label: string;
  /** The figure's value as a plain decimal (for amounts), so views can badge exactly the figure concerned. */
  readonly value?: string;
  /** `input` for the terms of a sum or the operands of a ratio; absent for the figures compared. */
  readonly role?: 'input';
}

/** A figure taking part in a check. `fen: null` is a blank cell (counted as 0 in sums, shown as blank). */
export interface AmountOperand {
  readonly kind: 'amount';
  readonly fen: Fen | null;
  readonly unit: MoneyUnit;
  readonly place: CheckPlace;
}

export interface AuditCheck {
  /** Stable id, e.g. `identity.t1.r27`, `cross.t1-t3.201`. */
  readonly id: string;
  readonly family: CheckFamily;
  readonly status: CheckStatus;
  /** What is checked, in plain Chinese. */
  readonly message: string;
  /** The arithmetic, e.g. `2,697.43 = 2,697.42？相差 0.01`. */
  readonly detail: string;
  /** The figures compared, as plain decimals (percentages without %). */
  readonly values: readonly string[];
  /** Source lines of the figures, in the order they were used. */
  readonly lines: readonly number[];
  readonly places: readonly CheckPlace[];
  readonly expected: string;
  readonly actual: string;
  readonly difference: string;
  /** A difference of one unit of the last printed digit (e.g. 0.01 万元, or a percentage off by rounding). */
  readonly roundingSized: boolean;
}

/**
 * The unit the prose (情况说明 and the summaries before the scorecards) prints its amounts in: the unit of most of its
 * amounts, the document's table unit on a tie or when it states none. A document may print its tables in 元 and its
 * prose in 万元; an amount printed in the other unit is judged against the prose around it, not against the tables.
 */
export function proseUnit(a: FinalAccounts): MoneyUnit {
  let wan = 0;
  let yuan = 0;
  for (const s of a.sections)
    for (const p of s.paragraphs)
      for (const f of p.figures) {
        if (f.kind !== 'amount') continue;
        if (f.unit === '万元') wan++;
        else if (f.unit === '元') yuan++;
      }
  if (wan === yuan) return a.meta.unit;
  return wan > yuan ? '万元' : '元';
}

export function place(
  line: number,
  label: string,
  table: number | null = null,
  row: string | null = null,
  column: string | null = null,
): CheckPlace {
  return { line, table, row, column, label };
}

export function amountOperand(fen: Fen | null, unit: MoneyUnit, p: CheckPlace): AmountOperand {
  return { kind: 'amount', fen, unit, place: p };
}

export function proseOperand(a: ProseAmount, label: string): AmountOperand {
  return amountOperand(a.fen, a.unit, place(a.line, label));
}

/** The operand's place with its value attached (and marked as an input when it only feeds a sum or ratio). */
function valued(o: AmountOperand, input = false): CheckPlace {
  const p: CheckPlace = { ...o.place, value: o.fen === null ? '' : toPlainDecimal(o.fen, o.unit) };
  return input ? { ...p, role: 'input' } : p;
}

/** Plain decimal of an operand in the document unit; a blank shows as `空白`. */
function show(fen: Fen | null, unit: MoneyUnit): string {
  return fen === null ? '0.00' : toPlainDecimal(fen, unit);
}

function grouped(fen: number, unit: MoneyUnit): string {
  const text = formatScaled(fen, FEN_EXPONENT[unit], true);
  const [i, f = ''] = text.split('.');
  const trimmed = trimTrailingZeros(f).padEnd(2, '0');
  return `${i}.${trimmed}`;
}

const ROUNDING_FEN = 10_000; // 0.01 万元

function uniq(lines: readonly number[]): number[] {
  return [...new Set(lines.filter((l) => l > 0))];
}

function make(
  id: string,
  family: CheckFamily,
  status: CheckStatus,
  message: string,
  detail: string,
  values: string[],
  places: CheckPlace[],
  expected: string,
  actual: string,
  difference: string,
  roundingSized: boolean,
): AuditCheck {
  return {
    id,
    family,
    status,
    message,
    detail,
    values,
    lines: uniq(places.map((p) => p.line)),
    places,
    expected,
    actual,
    difference,
    roundingSized,
  };
}

export interface CompareOptions {
  /** Status when the figures differ (default fail). */
  readonly onMismatch?: CheckStatus;
  /** Unit for display (default the left operand's). */
  readonly unit?: MoneyUnit;
}

/** target = Σ signed terms, exactly. Blank cells count as zero. */
export function sumCheck(
  id: string,
  family: CheckFamily,
  message: string,
  target: AmountOperand,
  terms: ReadonlyArray<{ readonly sign: 1 | -1; readonly operand: AmountOperand }>,
  options: CompareOptions = {},
): AuditCheck {
  const unit = options.unit ?? target.unit;
  const sum = terms.reduce((s, t) => s + t.sign * (t.operand.fen ?? 0), 0) as Fen;
  const actual = (target.fen ?? 0) as Fen;
  const diff = actual - sum;
  const ok = diff === 0;
  const rounding = !ok && Math.abs(diff) <= ROUNDING_FEN;
  const formula = terms
    .map(
      (t, k) =>
        `${k === 0 ? (t.sign < 0 ? '−' : '') : t.sign < 0 ? ' − ' : ' + '}${grouped(t.operand.fen ?? 0, unit)}`,
    )
    .join('');
  const detail = ok
    ? `${grouped(actual, unit)} = ${formula || '0.00'}`
    : `${grouped(actual, unit)} ≠ ${formula || '0.00'} = ${grouped(sum, unit)}，相差 ${grouped(diff, unit)}${rounding ? '（舍入量级）' : ''}`;
  return make(
    id,
    family,
    ok ? 'pass' : (options.onMismatch ?? 'fail'),
    message,
    detail,
    [show(target.fen, unit), show(sum, unit)],
    [valued(target), ...terms.map((t) => valued(t.operand, true))],
    show(sum, unit),
    show(target.fen, unit),
    show(diff as Fen, unit),
    rounding,
  );
}

/**
 * part ≤ whole, exactly (blank = 0): a share of the money cannot exceed all of it — 财政拨款 within all funds when
 * the document shows money that is not 财政拨款. The detail gives the remainder (whole − part).
 */
export function atMostCheck(
  id: string,
  family: CheckFamily,
  message: string,
  part: AmountOperand,
  whole: AmountOperand,
  remainder = '为其他资金',
): AuditCheck {
  const unit = part.unit;
  const p = (part.fen ?? 0) as Fen;
  const w = (whole.fen ?? 0) as Fen;
  const ok = p <= w;
  const diff = (w - p) as Fen;
  const detail = ok
    ? `${grouped(p, unit)} ≤ ${grouped(w, unit)}，其余 ${grouped(diff, unit)}${remainder ? ` ${remainder}` : ''}`
    : `${grouped(p, unit)} > ${grouped(w, unit)}，多出 ${grouped(p - w, unit)}`;
  return make(
    id,
    family,
    ok ? 'pass' : 'fail',
    message,
    detail,
    [show(part.fen, unit), show(whole.fen, unit)],
    [valued(part), valued(whole)],
    `≤ ${show(whole.fen, unit)}`,
    show(part.fen, unit),
    show(diff, unit),
    false,
  );
}

/** a = b, exactly. */
export function equalCheck(
  id: string,
  family: CheckFamily,
  message: string,
  a: AmountOperand,
  b: AmountOperand,
  options: CompareOptions = {},
): AuditCheck {
  const unit = options.unit ?? a.unit;
  const av = (a.fen ?? 0) as Fen;
  const bv = (b.fen ?? 0) as Fen;
  const diff = av - bv;
  const ok = diff === 0;
  const rounding = !ok && Math.abs(diff) <= ROUNDING_FEN;
  const blankNote = (a.fen === null) !== (b.fen === null) && ok ? '（空白按 0 比较）' : '';
  const detail = ok
    ? `${grouped(av, unit)} = ${grouped(bv, unit)}${blankNote}`
    : `${grouped(av, unit)} ≠ ${grouped(bv, unit)}，相差 ${grouped(diff, unit)}${rounding ? '（舍入量级）' : ''}`;
  return make(
    id,
    family,
    ok ? 'pass' : (options.onMismatch ?? 'fail'),
    message,
    detail,
    [show(a.fen, unit), show(b.fen, unit)],
    [valued(a), valued(b)],
    show(b.fen, unit),
    show(a.fen, unit),
    show(diff as Fen, unit),
    rounding,
  );
}

function decimalText(d: ExactDecimal): string {
  return formatScaled(d.units, d.scale, false);
}

/**
 * A printed percentage against numerator / denominator, compared at the printed precision (half-up).
 * `scale100` multiplies the expected ratio (e.g. a share of 100%).
 */
export function percentCheck(
  id: string,
  family: CheckFamily,
  message: string,
  printed: ProsePercent,
  printedLabel: string,
  numerator: AmountOperand,
  denominator: AmountOperand,
  options: { readonly onMismatch?: CheckStatus } = {},
): AuditCheck {
  const decimals = printed.value.scale;
  const p = place(printed.line, printedLabel);
  const computed = percentScaled(numerator.fen ?? 0, denominator.fen ?? 0, decimals);
  const precise = percentScaled(numerator.fen ?? 0, denominator.fen ?? 0, decimals + 3);
  const unit = numerator.unit;
  if (computed === null || precise === null) {
    // 0 of 0 printed as 0%: the convention of the templates (an item neither budgeted nor spent), not a finding.
    const nothing = (numerator.fen ?? 0) === 0 && printed.value.units === 0;
    return make(
      id,
      family,
      nothing ? 'pass' : 'warn',
      message,
      nothing
        ? `分子、分母均为 0（未安排也未支出），印 ${printed.raw}`
        : `分母为 0，无法计算（印 ${printed.raw}）`,
      [decimalText(printed.value), ''],
      [p, numerator.place, denominator.place],
      '',
      decimalText(printed.value),
      '',
      false,
    );
  }
  const ok = computed === printed.value.units;
  const preciseText = formatScaled(precise, decimals + 3, false);
  const diffUnits = printed.value.units * 1000 - precise;
  const rounding = !ok && Math.abs(diffUnits) < 1000;
  const units = numerator.unit !== denominator.unit;
  const detail = `${grouped(numerator.fen ?? 0, unit)}${units ? unit : ''} ÷ ${grouped(denominator.fen ?? 0, denominator.unit)}${units ? denominator.unit : ''} = ${preciseText}%，按印刷精度为 ${formatScaled(computed, decimals, false)}%；印 ${printed.raw}${ok ? '' : rounding ? '（舍入量级差异）' : ''}`;
  return make(
    id,
    family,
    ok ? 'pass' : (options.onMismatch ?? 'fail'),
    message,
    detail,
    [decimalText(printed.value), formatScaled(computed, decimals, false)],
    [p, valued(numerator, true), valued(denominator, true)],
    formatScaled(computed, decimals, false),
    decimalText(printed.value),
    formatScaled(diffUnits, decimals + 3, false),
    rounding,
  );
}

/** A plain statement check (e.g. a count, an item list), with explicit values. */
export function factCheck(
  id: string,
  family: CheckFamily,
  status: CheckStatus,
  message: string,
  detail: string,
  values: string[],
  places: CheckPlace[],
): AuditCheck {
  return make(
    id,
    family,
    status,
    message,
    detail,
    values,
    places,
    values[1] ?? '',
    values[0] ?? '',
    '',
    false,
  );
}
