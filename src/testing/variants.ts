/**
 * Template variations of the reference document (issue #9), made by faithful, documented text transformations of
 * its text, so the parser and the audit can be tested on the shapes other documents take (docs/domain.md, "What makes
 * this text hard to read by machine") with expected values that follow from the reference by hand arithmetic.
 *
 * Each transform changes only what its variation is about and keeps every other byte. Tables are located by their
 * printed titles (`2021 年度收入决算表（表 2）`), so the transforms compose: `combined` applies all of them in turn.
 * Money is rescaled on the printed decimal string with BigInt, never through a float.
 *
 * Pure (no I/O): scripts/make-variants.ts writes the results to src/domain/__fixtures__/variants/, and
 * src/testing/variants.test.ts checks the committed files equal what these functions make now.
 */
import type { TableKind } from '../domain/final-accounts.types';
import { groupThousands } from '../domain/money';
import { kindOfTitle } from '../domain/parse/tables';

export interface Variant {
  /** File name (without `.txt`) under src/domain/__fixtures__/variants/. */
  readonly name: string;
  /** What the variation is and how it is made. */
  readonly description: string;
  readonly transform: (text: string) => string;
}

// ---------------------------------------------------------------------------------------------------------------
// Locating tables by their printed titles.

interface TableBlock {
  readonly kind: TableKind;
  /** Line index of the title. */
  readonly start: number;
  /** Line index just past the block: the next title or the 第三部分 heading. */
  readonly end: number;
}

/** `## 2021 年度收入决算表（表 2）` → the title's words, white space and markdown marks removed. */
function titleWords(line: string): string {
  return line.replace(/^[#\s]*/, '').replace(/[\s*]/g, '');
}

const TITLE_SHAPE = /^\d{4}年度.+表[（(]表\d+[）)]$/;

function tableKindOfLine(line: string): TableKind | null {
  if (line.includes('\t')) return null;
  const words = titleWords(line);
  return TITLE_SHAPE.test(words) ? kindOfTitle(words) : null;
}

const isPart3Heading = (line: string): boolean => titleWords(line).startsWith('第三部分');

/** Every table of the text, in order, each up to the next title or the 第三部分 heading. */
function tableBlocks(lines: readonly string[]): TableBlock[] {
  const starts: Array<{ kind: TableKind; start: number }> = [];
  let stop = lines.length;
  for (let i = 0; i < lines.length; i++) {
    const kind = tableKindOfLine(lines[i] ?? '');
    if (kind) starts.push({ kind, start: i });
    else if (starts.length > 0 && isPart3Heading(lines[i] ?? '')) {
      stop = i;
      break;
    }
  }
  return starts.map((s, k) => ({ ...s, end: starts[k + 1]?.start ?? stop }));
}

function blockOf(lines: readonly string[], kind: TableKind): TableBlock | undefined {
  return tableBlocks(lines).find((b) => b.kind === kind);
}

/** Applies `edit` to the lines of every table block whose kind is in `kinds` (all tables when omitted). */
function editTables(
  text: string,
  edit: (lines: string[], block: TableBlock) => string[],
  kinds?: readonly TableKind[],
): string {
  const lines = text.split('\n');
  const blocks = tableBlocks(lines).filter((b) => !kinds || kinds.includes(b.kind));
  // From the last block back, so earlier indexes stay valid when an edit changes the line count.
  for (const b of [...blocks].reverse())
    lines.splice(b.start, b.end - b.start, ...edit(lines.slice(b.start, b.end), b));
  return lines.join('\n');
}

/** The year printed in a block's title. */
function yearOfBlock(lines: readonly string[]): string {
  return /^\d{4}/.exec(titleWords(lines[0] ?? ''))?.[0] ?? '';
}

// ---------------------------------------------------------------------------------------------------------------
// Amount cells.

/** A printed amount inside a table cell: where it stands, and its digits as an integer with `decimals` places. */
interface AmountSpan {
  readonly start: number;
  readonly end: number;
  /** Every printed digit (with a leading `-`), separators removed: `2,484.74` → `248474`. */
  readonly digits: string;
  readonly decimals: number;
}

/** Where a cell's printed number starts and ends (tags such as `<b>` around it stay), or null if it is no amount. */
function amountSpan(cell: string): AmountSpan | null {
  let start = 0;
  while (start < cell.length && !/[\d-]/.test(cell[start] ?? '')) start++;
  let end = cell.length;
  while (end > start && !/\d/.test(cell[end - 1] ?? '')) end--;
  if (start >= end) return null;
  const outside = cell.slice(0, start) + cell.slice(end);
  if (outside.replace(/<[^<>]{0,40}>/g, '').trim() !== '') return null;
  const body = cell.slice(start, end).replace(/\s/g, '');
  // Printed money always has a decimal point here; 行次, 栏次 and codes have none.
  const m = /^(-?)(\d{1,3}(?:,\d{3})+|\d+)\.(\d+)$/.exec(body);
  if (!m) return null;
  const fraction = m[3] ?? '';
  return {
    start,
    end,
    digits: `${m[1] ?? ''}${(m[2] ?? '').replace(/,/g, '')}${fraction}`,
    decimals: fraction.length,
  };
}

/** Rewrites every amount cell of the tabular lines with `rewrite(cell, span)`. */
function mapAmountCells(
  lines: readonly string[],
  rewrite: (cell: string, span: AmountSpan) => string,
): string[] {
  return lines.map((line) => {
    if (!line.includes('\t')) return line;
    return line
      .split('\t')
      .map((cell) => {
        const span = amountSpan(cell);
        return span ? rewrite(cell, span) : cell;
      })
      .join('\t');
  });
}

// ---------------------------------------------------------------------------------------------------------------
// (1) 2022+ table order: 政府性基金 表7, 国有资本经营 表8, 三公 表9.

const ORDER_2022: ReadonlyArray<{ kind: TableKind; number: number }> = [
  { kind: 'government-fund', number: 7 },
  { kind: 'state-capital', number: 8 },
  { kind: 'three-public', number: 9 },
];

/** `（表 7）` / `(表 7)` → the new number, keeping the printed spacing and brackets. */
function renumberTitle(line: string, number: number): string {
  return line.replace(/表(\s*)\d+(\s*)([）)])/, `表$1${number}$2$3`);
}

/**
 * Moves the 三公 table (表7 in the 2020–2021 order) after the 政府性基金 and 国有资本经营 tables, as the 2022+
 * template does, and renumbers the three titles 7, 8, 9 (and the table of contents in the same way). Each table is
 * moved as a whole block (title, 部门, 单位, header, rows, notes), with its lines unchanged but for the title number.
 */
export function reorderTables2022(text: string): string {
  const lines = text.split('\n');
  const blocks = ORDER_2022.map((o) => ({ ...o, block: blockOf(lines, o.kind) }));
  const present = blocks.filter((b) => b.block !== undefined);
  if (present.length !== 3) return text;
  const from = Math.min(...present.map((b) => b.block?.start ?? 0));
  const to = Math.max(...present.map((b) => b.block?.end ?? 0));
  const moved = present.flatMap((b) => {
    const body = lines.slice(b.block?.start ?? 0, b.block?.end ?? 0);
    return [renumberTitle(body[0] ?? '', b.number), ...body.slice(1)];
  });
  // The three tables stand together (they do in both orders); anything between them would be lost, so refuse.
  if (moved.length !== to - from) return text;
  lines.splice(from, to - from, ...moved);
  // Table of contents: the list items `七、…(表 7)` in the new order.
  const toc = lines
    .map((l, i) => ({ l, i }))
    .filter(({ l }) => /^-?\s*[七八九]、.+决算表[（(]表\s*[789][）)]\s*$/.test(l));
  if (toc.length === 3) {
    const byKind = new Map(toc.map((t) => [kindOfTitle(t.l), t.l] as const));
    ORDER_2022.forEach((o, k) => {
      const old = byKind.get(o.kind);
      const at = toc[k]?.i;
      if (old === undefined || at === undefined) return;
      const ordinal = '七八九'[k] ?? '';
      lines[at] = renumberTitle(old.replace(/[七八九]、/, `${ordinal}、`), o.number);
    });
  }
  return lines.join('\n');
}

// ---------------------------------------------------------------------------------------------------------------
// (2) Codes split into 类 | 款 | 项 cells.

const CODE = /^\d{3}(?:\d{2}){0,2}$/;
const CODED_TABLES: readonly TableKind[] = [
  'income',
  'expense',
  'general-budget-expense',
  'government-fund',
  'state-capital',
];

/**
 * In the function-classification tables (表2, 表3, 表5, and 表8/表9 when they have rows), prints each code in three
 * cells under the 类 | 款 | 项 header: `2010350` → `201 | 03 | 50`, `20103` → `201 | 03 | `, `201` → `201 |  | `.
 * The code's cell and the blank cells after it become these three cells; the name and the amounts follow unchanged.
 */
export function splitSubjectCodes(text: string): string {
  return editTables(
    text,
    (lines) =>
      lines.map((line) => {
        if (!line.includes('\t')) return line;
        const cells = line.split('\t');
        const code = (cells[0] ?? '').trim();
        if (!CODE.test(code)) return line;
        let k = 1;
        while (k < cells.length && (cells[k] ?? '').trim() === '') k++;
        const parts = [code.slice(0, 3), code.slice(3, 5), code.slice(5, 7)];
        return [...parts, ...cells.slice(k)].join('\t');
      }),
    CODED_TABLES,
  );
}

// ---------------------------------------------------------------------------------------------------------------
// (3) No thousands separators.

/**
 * In every table, prints amounts without thousands separators: `2,484.74` → `2484.74`; in 表3, where the OCR put
 * spaces inside numbers, `2, 812. 11` → `2812. 11` (the comma and the space after it go, the other spaces stay).
 */
export function dropThousandsSeparators(text: string): string {
  return editTables(text, (lines) =>
    mapAmountCells(lines, (cell, span) => {
      const body = cell.slice(span.start, span.end);
      return cell.slice(0, span.start) + body.replace(/,\s*/g, '') + cell.slice(span.end);
    }),
  );
}

// ---------------------------------------------------------------------------------------------------------------
// (4) 元 instead of 万元.

/** `2,484.74` 万元 → `24,847,400.00` 元: the printed digits times 10 000, exactly (BigInt), same decimals, grouped. */
export function wanToYuanText(digits: string, decimals: number): string {
  const scaled = BigInt(digits) * 10_000n;
  const neg = scaled < 0n;
  const abs = (neg ? -scaled : scaled).toString().padStart(decimals + 1, '0');
  const int = abs.slice(0, abs.length - decimals);
  const frac = abs.slice(abs.length - decimals);
  return `${neg ? '-' : ''}${groupThousands(int)}${decimals > 0 ? `.${frac}` : ''}`;
}

/**
 * Every table printed in 元: `单位：万元` → `单位：元`, and every amount cell multiplied by 10 000 on its printed
 * string (`2,484.74` → `24,847,400.00`, `<b>313.34</b>` → `<b>3,133,400.00</b>`, `2, 812. 11` → `28,121,100.00`:
 * the OCR's spaces inside a number are not kept). The prose and the scorecards keep their 万元, as such documents do.
 */
export function tablesInYuan(text: string): string {
  return editTables(text, (lines) =>
    mapAmountCells(
      lines.map((l) =>
        !l.includes('\t') && /^单位[:：]万元$/.test(l.replace(/\s/g, '')) ? l.replace('万元', '元') : l,
      ),
      (cell, span) =>
        cell.slice(0, span.start) + wanToYuanText(span.digits, span.decimals) + cell.slice(span.end),
    ),
  );
}

// ---------------------------------------------------------------------------------------------------------------
// (5) 24 instead of 26 类 rows in the two ledgers (表1, 表4).

const CHINESE_DIGITS = '一二三四五六七八九';

/** 1 → 一, 10 → 十, 21 → 二十一 (1 to 99). */
export function chineseOrdinal(n: number): string {
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  const t = tens === 0 ? '' : `${tens === 1 ? '' : (CHINESE_DIGITS[tens - 1] ?? '')}十`;
  return t + (ones === 0 ? '' : (CHINESE_DIGITS[ones - 1] ?? ''));
}

/** The 类 rows dropped for the 24-row list: both are empty in the reference. */
const DROPPED_CLASSES = ['国有资本经营预算支出', '抗疫特别国债安排的支出'];

const isRowNumber = (cell: string | undefined): boolean => /^\d{1,3}$/.test((cell ?? '').trim());
const ORDINAL = /^([一二三四五六七八九十]+)、/;

/**
 * The 24-class list of later templates in 表1 and 表4: the lines of 类 `二十一、国有资本经营预算支出` and
 * `二十六、抗疫特别国债安排的支出` (both blank) are removed with the blank income row printed beside them; the 类
 * ordinals are counted again (二十二 → 二十一 …), the 行次 are counted again in print order (income side first, then
 * expense side, from 1), and the formulas under the table are rewritten with the new 行次 (a range that ended on a
 * removed row ends on the row before it: `57 行 = (31+32+...+56) 行` → `53 行 = (29+30+...+52) 行`).
 */
export function ledgerWith24Classes(text: string): string {
  return editTables(
    text,
    (lines) => {
      const rows = lines.map((l) =>
        l.includes('\t') && isRowNumber(l.split('\t')[1]) ? l.split('\t') : null,
      );
      const dropped = new Set<number>();
      rows.forEach((cells, i) => {
        const name = (cells?.[3] ?? '').replace(ORDINAL, '').trim();
        if (DROPPED_CLASSES.includes(name)) dropped.add(i);
      });
      if (dropped.size === 0) return lines;
      // Old 行次 → new 行次, income side first, then expense side.
      const numbers = new Map<number, number>();
      const kept: number[] = [];
      for (const side of [1, 4]) {
        rows.forEach((cells, i) => {
          const old = cells && isRowNumber(cells[side]) ? Number(cells[side]) : null;
          if (old === null) return;
          if (dropped.has(i)) numbers.set(old, -1);
          else {
            kept.push(old);
            numbers.set(old, kept.length);
          }
        });
      }
      const renumber = (old: number): number => {
        const n = numbers.get(old);
        if (n === undefined) return old;
        if (n > 0) return n;
        const below = kept.filter((k) => k < old);
        return numbers.get(below[below.length - 1] ?? old) ?? old;
      };
      let ordinal = 0;
      const out: string[] = [];
      lines.forEach((line, i) => {
        if (dropped.has(i)) return;
        const cells = rows[i];
        if (cells) {
          for (const side of [1, 4])
            if (isRowNumber(cells[side])) cells[side] = String(renumber(Number(cells[side])));
          const name = cells[3] ?? '';
          if (ORDINAL.test(name)) cells[3] = name.replace(ORDINAL, `${chineseOrdinal(++ordinal)}、`);
          out.push(cells.join('\t'));
        } else if (!line.includes('\t') && line.includes('=') && line.includes('行')) {
          out.push(line.replace(/\d+/g, (d) => String(renumber(Number(d)))));
        } else out.push(line);
      });
      return out;
    },
    ['income-expense-summary', 'fiscal-income-expense-summary'],
  );
}

// ---------------------------------------------------------------------------------------------------------------
// (6) Empty tables declared by a note.

/**
 * The two empty tables as documents often print them. 政府性基金 (表8 or 表7): the header, the blank 合计 row and the
 * formula are removed, and `本单位无政府性基金预算财政拨款收支` becomes
 * `本部门2021年度没有政府性基金预算财政拨款收入，也没有使用政府性基金预算财政拨款安排的支出，故本表无数据。`.
 * 国有资本经营 (表9 or 表8): only the title is kept, followed by
 * `注：本单位2021年度无国有资本经营预算财政拨款支出，故本表为空表。` (no 部门, no 单位, no header). The year is the
 * one in the table's title.
 */
export function emptyTablesByNote(text: string): string {
  const fund = (lines: string[]): string[] => {
    const year = yearOfBlock(lines);
    return lines
      .filter((l) => !l.includes('\t') && !(l.includes('=') && /[行栏]/.test(l)))
      .map((l) =>
        l.replace(/\s/g, '') === '本单位无政府性基金预算财政拨款收支'
          ? `本部门${year}年度没有政府性基金预算财政拨款收入，也没有使用政府性基金预算财政拨款安排的支出，故本表无数据。`
          : l,
      );
  };
  const capital = (lines: string[]): string[] => [
    lines[0] ?? '',
    '',
    `注：本单位${yearOfBlock(lines)}年度无国有资本经营预算财政拨款支出，故本表为空表。`,
    '',
  ];
  return editTables(text, (lines, b) => (b.kind === 'government-fund' ? fund(lines) : capital(lines)), [
    'government-fund',
    'state-capital',
  ]);
}

// ---------------------------------------------------------------------------------------------------------------
// (7) Another department, another year.

/** The other-department variant's renaming: `from` → `to` wherever printed, and years moved `yearShift` on. */
export const OTHER_DEPARTMENT = { from: '江汉区大数据中心', to: '江汉区城市运行中心', yearShift: 2 } as const;

/**
 * Another department and year: every `江汉区大数据中心` (also inside `武汉市江汉区大数据中心`) becomes
 * `江汉区城市运行中心`, and every year 2019–2022 is moved two years on (2021 → 2023, 2020 → 2022, the publication
 * date 2022 → 2024, project names such as `2019年政务网络…` → `2021年政务网络…`), wherever it is printed. A year is a
 * run of exactly four digits not joined to other digits by a decimal point or a separator (in the reference every
 * such run from 2019 to 2022 is a year: 3 × 2019, 13 × 2020, 51 × 2021, 1 × 2022). Amounts are unchanged.
 */
export function otherDepartmentAndYear(text: string): string {
  const renamed = text.split(OTHER_DEPARTMENT.from).join(OTHER_DEPARTMENT.to);
  // A separator or decimal point between two digits joins them into one number (`1,2021.50`); `，2021 年` does not.
  const joins = (mark: string, digit: string): boolean => /[.,，．]/.test(mark) && /\d/.test(digit);
  return renamed.replace(/\d+/g, (digits: string, offset: number, whole: string) => {
    const end = offset + digits.length;
    const n = Number(digits);
    if (digits.length !== 4 || n < 2019 || n > 2022) return digits;
    if (
      joins(whole[offset - 1] ?? '', whole[offset - 2] ?? '') ||
      joins(whole[end] ?? '', whole[end + 1] ?? '')
    )
      return digits;
    return String(n + OTHER_DEPARTMENT.yearShift);
  });
}

// ---------------------------------------------------------------------------------------------------------------
// The reference in the words other templates use (issue #15), every line kept in its place.

/**
 * The title in the form `<dept><year>年度部门决算`; no 重点工作 part (its heading, its contents entry and its lines
 * blanked, so every other figure keeps its line), the later parts numbered one lower (名词解释 is 第四部分); the
 * 情况说明 heading without the department; `主要成效：` for `主要成效是`.
 */
function rewordedAsOtherTemplates(text: string): string {
  const lines = text.split('\n');
  const words = (l: string): string => l.replace(/[#*\s]/g, '');
  const keyWork = lines.findIndex((l) => /^[#\s]*第.部分.*重点工作/.test(l));
  const nextPart = lines.findIndex((l, i) => i > keyWork && /^[#\s]*第.部分/.test(l));
  return lines
    .map((line, i) => {
      if (i >= keyWork && i < nextPart) return '';
      const w = words(line);
      if (/^\*\*第.部分.*重点工作/.test(line)) return '';
      if (/^\d{4}年度(.+)部门决算公开$/.test(w) && i < 10)
        return line.replace(/(\d{4}) 年度(.+?)部门 决算公开/, '$2$1年度部门决算');
      if (w.startsWith('第三部分') && w.endsWith('部门决算情况说明'))
        return line.replace(/第三部分 .+? (\d{4} 年度)/, '第三部分 $1');
      return line
        .replace('第五部分 名词解释', '第四部分 名词解释')
        .replace('第六部分 附件', '第五部分 附件')
        .replaceAll('主要成效是', '主要成效：');
    })
    .join('\n');
}

// ---------------------------------------------------------------------------------------------------------------

export const VARIANTS: readonly Variant[] = [
  {
    name: 'table-order-2022',
    description: '2022+ table order: 政府性基金 表7, 国有资本经营 表8, 三公 表9 (moved last)',
    transform: reorderTables2022,
  },
  {
    name: 'split-codes',
    description: 'function codes printed in three cells 类 | 款 | 项 (201 | 03 | 50)',
    transform: splitSubjectCodes,
  },
  {
    name: 'no-separators',
    description: 'table amounts without thousands separators (2484.74)',
    transform: dropThousandsSeparators,
  },
  {
    name: 'yuan',
    description: 'tables in 元 instead of 万元 (单位：元, 24,847,400.00); prose and scorecards stay in 万元',
    transform: tablesInYuan,
  },
  {
    name: 'class-rows-24',
    description: '表1 and 表4 list 24 类 instead of 26, with 行次 and formulas counted again',
    transform: ledgerWith24Classes,
  },
  {
    name: 'empty-tables',
    description: '表8 and 表9 declared empty by a note in other words, 表9 with its title only',
    transform: emptyTablesByNote,
  },
  {
    name: 'other-department',
    description: 'another department (江汉区城市运行中心) and year (2023, published 2024)',
    transform: otherDepartmentAndYear,
  },
  {
    name: 'reworded',
    description:
      'the words of other templates: title 武汉市江汉区大数据中心2021年度部门决算, no 重点工作 part (名词解释 is 第四部分), 第三部分 heading without the department, 主要成效：',
    transform: rewordedAsOtherTemplates,
  },
  {
    name: 'combined',
    description: 'all of the above at once',
    transform: (text) =>
      dropThousandsSeparators(
        tablesInYuan(
          splitSubjectCodes(
            emptyTablesByNote(ledgerWith24Classes(reorderTables2022(otherDepartmentAndYear(text)))),
          ),
        ),
      ),
  },
];

/** Every variant of `reference`, by name. */
export function makeVariants(reference: string): Array<{ readonly name: string; readonly text: string }> {
  return VARIANTS.map((v) => ({ name: v.name, text: v.transform(reference) }));
}
