/**
 * Tables of 科目 rows (收入决算表, 支出决算表, 一般公共预算财政拨款支出决算表) from a space-separated layout — the text a
 * PDF converter writes, where a blank cell is only a wider gap and a cell sits where the page put it: amounts of a
 * row may be printed a line above its code (a row's cells are centred vertically), names wrap onto the next lines,
 * header words break over several lines. Cells are placed by their horizontal extent, never by their order:
 *
 * - the header's words are merged where their extents overlap across lines (`附属单位` over `上缴收入`), giving the
 *   amount columns left to right;
 * - each amount goes to the column whose extent is nearest its own; a row whose amounts would share a column, or
 *   that no column is near, is not placed: its amounts stay unread (and the completeness report lists them);
 * - lines holding only amounts belong to the next row that has a code or 合计 (the converter puts them above it);
 *   lines holding only words continue the name of the row above (or before it, of the next one without a name).
 *
 * Pure; the extents are whatever the reader gives (character columns for text, points for a PDF page).
 */
import type { CellSpan, SourceLine } from './source-lines';
import { compact } from './text';

export interface SpacedColumn {
  readonly label: string;
  readonly span: CellSpan;
  /** Its header was squeezed against a neighbour's: the extent does not say where its amounts are. */
  readonly squeezed: boolean;
}

export interface SpacedCell {
  readonly column: number;
  readonly raw: string;
  readonly line: number;
}

export interface SpacedRow {
  /** The line of the row's code (or 合计). */
  readonly line: number;
  /** The code as printed, its parts joined (`201 06 01` → `2010601`); null for 合计. */
  readonly code: string | null;
  readonly codeCells: readonly string[] | null;
  readonly name: string;
  readonly cells: readonly SpacedCell[];
}

export interface SpacedTable {
  readonly columns: readonly SpacedColumn[];
  readonly headerLines: readonly number[];
  readonly rows: readonly SpacedRow[];
  /** Lines whose amounts could not be placed in a column, with why. */
  readonly unplaced: ReadonlyArray<{ readonly line: number; readonly why: string }>;
}

const DECIMAL = /^-?\d{1,3}(?:[,，]?\d{3})*[.．]\d{1,2}$/;
const STRUCTURAL =
  /^(?:项目|科目名称|科目编码|功能分类|支出功能分类|收入功能分类|功能分类科目编码|类|款|项|类款项|栏次|行次|金额|单位[:：].*)$/;
/** 合计, 总计, or a group's total (`人员经费合计`). */
const TOTAL = /^(?:\S{0,8}合计|总计)$/;
const CODE = /^\d{3}(?:\d{2}){0,2}$/;

interface Word {
  readonly text: string;
  readonly span: CellSpan;
  readonly line: number;
  /** Split from a cell one space apart from its neighbour: its extent is where the converter squeezed it. */
  readonly squeezed?: boolean;
}

const isAmount = (cell: string): boolean => DECIMAL.test(compact(cell));

/** The words of a line with their extents (a line without extents is one word spanning nothing). */
function wordsOf(line: SourceLine): Word[] {
  if (!line.spans) {
    // One word on the line (no gap inside it): its extent is where it starts.
    const text = compact(line.text);
    if (text === '') return [];
    const x0 = line.text.length - line.text.trimStart().length;
    return [{ text, span: { x0, x1: x0 + line.text.trim().length }, line: line.no }];
  }
  return line.cells.flatMap((text, k) => {
    const span = line.spans?.[k] ?? { x0: 0, x1: 0 };
    // Two words of two characters or more, one space apart, are two header cells squeezed together (`基本支出
    // 项目支出`); single characters a space apart are one justified word (`上 级 补 助`).
    const parts = text.trim().split(/ (?=\S{2})/);
    if (parts.length < 2 || parts.some((p) => p.length < 2))
      return [{ text: compact(text), span, line: line.no }];
    let at = span.x0;
    return parts.map((p) => {
      const word = { text: compact(p), span: { x0: at, x1: at + p.length }, line: line.no, squeezed: true };
      at += p.length + 1;
      return word;
    });
  });
}

const overlaps = (a: CellSpan, b: CellSpan): boolean => a.x0 < b.x1 && b.x0 < a.x1;

/** Header words merged into columns where their extents overlap across lines, left to right. */
function headerColumns(words: readonly Word[]): SpacedColumn[] {
  const groups: Word[][] = [];
  for (const w of words) {
    const hit = groups.filter((g) => g.some((x) => overlaps(x.span, w.span)));
    const merged = [...hit.flat(), w];
    for (const g of hit) groups.splice(groups.indexOf(g), 1);
    groups.push(merged);
  }
  return groups
    .map((g) => {
      const ordered = [...g].sort((a, b) => a.line - b.line || a.span.x0 - b.span.x0);
      return {
        label: ordered.map((w) => w.text).join(''),
        span: { x0: Math.min(...g.map((w) => w.span.x0)), x1: Math.max(...g.map((w) => w.span.x1)) },
        squeezed: g.some((w) => w.squeezed === true),
      };
    })
    .sort((a, b) => a.span.x0 - b.span.x0);
}

/**
 * The non-blank lines from `from` to `to` when they are a space-separated table (some line has cell extents), else
 * null: a table with tab-separated rows prints its blank cells and is not read here.
 */
function spacedLines(lines: readonly SourceLine[], from: number, to: number): SourceLine[] | null {
  const slice = lines.slice(from, to).filter((l) => l.text.trim() !== '');
  if (!slice.some((l) => l.spans !== null) || slice.some((l) => l.text.includes('\t'))) return null;
  return slice;
}

/** The code at the start of a line's cells: one cell (`2010601`) or 类 | 款 | 项 cells (`201`, `06`, `01`). */
function leadingCode(
  cells: readonly string[],
): { code: string; parts: string[] | null; used: number } | null {
  const first = compact(cells[0] ?? '');
  if (!CODE.test(first)) return null;
  if (first.length === 3) {
    const parts = [first];
    let k = 1;
    while (k < cells.length && parts.length < 3 && /^\d{2}$/.test(compact(cells[k] ?? ''))) {
      parts.push(compact(cells[k] ?? ''));
      k++;
    }
    if (parts.length > 1) return { code: parts.join(''), parts, used: k };
  }
  return { code: first, parts: null, used: 1 };
}

/**
 * Reads the rows between `from` and `to` (line indices) of a space-separated table. `isEnd` tells a line that ends
 * the table (a note, the next title). Returns null when the lines carry no extents (not a space-separated source).
 */
export function readSpacedTable(
  lines: readonly SourceLine[],
  from: number,
  to: number,
  isEnd: (line: SourceLine) => boolean,
): SpacedTable | null {
  const slice = spacedLines(lines, from, to);
  if (!slice) return null;
  const cellsOf = (l: SourceLine): string[] => l.cells.map((c) => compact(c)).filter((c) => c !== '');
  const startsRow = (l: SourceLine): boolean => {
    const cells = cellsOf(l);
    // 合计 starts a row only with nothing but amounts after it (`合计 基本支出 项目支出` is the header).
    return leadingCode(cells) !== null || (TOTAL.test(cells[0] ?? '') && cells.slice(1).every(isAmount));
  };
  const firstRow = slice.findIndex(startsRow);
  if (firstRow < 0) return null;
  // The header: every word above the first row that is not structural, a number or an amount. Amount-only lines
  // above the first row belong to it (the 合计 row printed around the 类 | 款 | 项 header cells).
  let firstData = firstRow;
  // Lines of only structural words (类 款 项) between them are passed over.
  const onlyAmounts = (l: SourceLine | undefined): boolean =>
    l !== undefined && cellsOf(l).length > 0 && cellsOf(l).every(isAmount);
  const onlyStructural = (l: SourceLine | undefined): boolean =>
    l !== undefined && cellsOf(l).every((c) => STRUCTURAL.test(c));
  for (let k = firstRow - 1; k >= 0; k--) {
    if (onlyAmounts(slice[k])) firstData = k;
    else if (!onlyStructural(slice[k])) break;
  }
  // A first row printed without its name has it on the lines just above (and below) it: those lines are its name,
  // not the header — words right of the code that start before every amount.
  const first = slice[firstRow];
  const firstLead = first ? leadingCode(cellsOf(first)) : null;
  if (first && firstLead && cellsOf(first).slice(firstLead.used).every(isAmount)) {
    const codeEnd = first.spans?.[firstLead.used - 1]?.x1 ?? 0;
    const amountStart = Math.min(...(first.spans?.slice(firstLead.used).map((x) => x.x0) ?? [Infinity]));
    for (let k = firstRow - 1; k >= 0; k--) {
      const l = slice[k];
      const words = l ? wordsOf(l) : [];
      const below = slice[k + 1];
      const adjacent = l !== undefined && below !== undefined && below.no === l.no + 1;
      const nameLike =
        words.length > 0 &&
        words.every((w) => w.span.x0 >= codeEnd && w.span.x1 <= amountStart && !isAmount(w.text));
      if (!adjacent || !nameLike || onlyStructural(l)) break;
      firstData = Math.min(firstData, k);
    }
  }
  const headerWords = slice
    .slice(0, firstData)
    .flatMap(wordsOf)
    .filter((w) => w.text !== '' && !STRUCTURAL.test(w.text) && !isAmount(w.text) && !/^\d+$/.test(w.text));
  const columns = headerColumns(headerWords);
  const amountColumns = columns.filter((c) => !STRUCTURAL.test(c.label));

  const rows: Array<{
    line: number;
    code: string | null;
    codeCells: string[] | null;
    name: string;
    /** The row's own line prints (part of) its name; part of it is printed above that line. */
    ownName: boolean;
    nameAbove: boolean;
    amounts: Array<{ raw: string; span: CellSpan; line: number }>;
  }> = [];
  const unplaced: Array<{ line: number; why: string }> = [];
  let pending: Array<{ raw: string; span: CellSpan; line: number }> = [];
  let pendingName = '';
  for (let i = firstData; i < slice.length; i++) {
    const l = slice[i];
    if (!l) break;
    if (isEnd(l)) break;
    const cells = cellsOf(l);
    if (cells.length === 0 || cells.every((c) => STRUCTURAL.test(c))) continue;
    const spans = l.spans ?? [];
    const amounts = l.cells
      .map((raw, k) => ({ raw: raw.trim(), span: spans[k] ?? { x0: 0, x1: 0 }, line: l.no }))
      .filter((c) => isAmount(c.raw));
    if (startsRow(l)) {
      const lead = leadingCode(cells);
      const rest = l.cells.filter((c) => compact(c) !== '').slice(lead ? lead.used : 1);
      const nameCell = rest.find((c) => !isAmount(c));
      const own = lead ? compact(nameCell ?? '') : (cells[0] ?? '');
      rows.push({
        line: l.no,
        code: lead ? lead.code : null,
        codeCells: lead?.parts ?? null,
        name: `${pendingName}${own}`,
        ownName: own !== '',
        nameAbove: pendingName !== '',
        amounts: [...pending, ...amounts],
      });
      pending = [];
      pendingName = '';
    } else if (amounts.length === cells.length) {
      pending.push(...amounts);
    } else if (amounts.length === 0) {
      // Words only: the rest of a wrapped name — of the row above, or of the next row when it prints no name.
      // Names are centred on their code line, wrapped above and below it. Words just above a code line belong to
      // it when it prints no name, or when they do not follow straight under the row above's code line; otherwise
      // they continue the name of the row above.
      const words = cells.join('');
      const last = rows[rows.length - 1];
      const next = slice[i + 1];
      const nextLead = next && next.no === l.no + 1 && startsRow(next) ? leadingCode(cellsOf(next)) : null;
      const nextNameless =
        nextLead !== null && next !== undefined && cellsOf(next).slice(nextLead.used).every(isAmount);
      const underLast = last !== undefined && last.line === l.no - 1;
      // A row whose whole name is printed below its code line takes every line of it.
      const nameAllBelow = last !== undefined && !last.ownName && !last.nameAbove;
      if (!last || nextNameless || (nextLead !== null && !underLast && !nameAllBelow)) pendingName += words;
      else last.name += words;
    } else {
      // A name and its amount on the line just under a code line that printed neither (the converter put the
      // code on a baseline of its own).
      const last = rows[rows.length - 1];
      const words = cells.filter((c) => !isAmount(c));
      if (
        last &&
        last.line === l.no - 1 &&
        last.name === '' &&
        last.amounts.length === 0 &&
        words.length === 1
      ) {
        last.name = words[0] ?? '';
        last.ownName = true;
        last.amounts.push(...amounts);
      } else unplaced.push({ line: l.no, why: '金额与文字同行，但行首没有科目编码' });
    }
  }
  if (pending.length > 0) unplaced.push({ line: pending[0]?.line ?? 0, why: '金额之后没有可归属的行' });

  // Amounts are right-aligned: where one header extent overlaps an amount, that column's right edge is learnt; an
  // amount is then placed by the nearest learnt right edge and by the header it overlaps, when they do not disagree.
  // A row with an amount in every column is certain, in order: its right edges are learnt first; where no such row
  // exists, the edges of amounts under exactly one (unsqueezed) header.
  const full = rows.filter((r) => r.amounts.length === amountColumns.length && amountColumns.length > 0);
  const edges = amountColumns.map(() => [] as number[]);
  // Amounts from the lines above a row come first in `amounts`: order them by position.
  for (const r of rows) r.amounts.sort((a, b) => a.span.x0 - b.span.x0);
  for (const r of full) r.amounts.forEach((a, k) => edges[k]?.push(a.span.x1));
  const headerOf = (span: CellSpan): number => {
    const hit = amountColumns.flatMap((c, k) => (overlaps(c.span, span) ? [k] : []));
    const k = hit.length === 1 ? (hit[0] ?? -1) : -1;
    return k >= 0 && amountColumns[k]?.squeezed !== true ? k : -1;
  };
  for (const r of rows)
    for (const a of r.amounts) {
      const k = headerOf(a.span);
      if (k >= 0 && edges[k]?.length === 0) edges[k]?.push(a.span.x1);
    }
  const edge = edges.map((xs) => (xs.length === 0 ? null : [...xs].sort((p, q) => p - q)[xs.length >> 1]));
  const columnOf = (span: CellSpan): number => {
    let best = -1;
    let bestDistance = Infinity;
    edge.forEach((x, k) => {
      if (x === null || x === undefined) return;
      const d = Math.abs(x - span.x1);
      if (d < bestDistance) {
        best = k;
        bestDistance = d;
      }
    });
    const byEdge = best >= 0 && bestDistance <= 2 ? best : -1;
    const byHeader = headerOf(span);
    // The two readings must not disagree (a squeezed line shifts an amount under its neighbour's header).
    if (byEdge >= 0 && byHeader >= 0 && byEdge !== byHeader) return -1;
    return byEdge >= 0 ? byEdge : byHeader;
  };
  const out: SpacedRow[] = [];
  for (const r of rows) {
    const placed: SpacedCell[] = [];
    let ok = true;
    for (const [k, a] of r.amounts.entries()) {
      const column = full.includes(r) ? k : columnOf(a.span);
      if (column < 0 || placed.some((p) => p.column === column)) {
        ok = false;
        break;
      }
      placed.push({ column, raw: a.raw, line: a.line });
    }
    if (!ok) {
      unplaced.push({ line: r.line, why: '金额的位置不能唯一对应到表头的列' });
      continue;
    }
    out.push({
      line: r.line,
      code: r.code,
      codeCells: r.codeCells,
      name: r.name,
      cells: placed.sort((a, b) => a.column - b.column),
    });
  }
  return {
    columns: amountColumns,
    headerLines: [...new Set(headerWords.map((w) => w.line))],
    rows: out,
    unplaced,
  };
}

export interface SpacedBlock {
  /** The block's total row name without 合计 (`人员经费`), or null. */
  readonly group: string | null;
  readonly table: SpacedTable;
}

/**
 * A table printed as two blocks side by side (the Shanghai 基本支出决算表: 经济分类科目编码 | 科目名称 | 决算数, twice),
 * read as two tables. A code or name belongs to the block whose first header word it stands nearer; an amount to
 * the block whose amount header (决算数) it is nearest. Null unless the header prints its words twice.
 */
export function readSpacedBlocks(
  lines: readonly SourceLine[],
  from: number,
  to: number,
  isEnd: (line: SourceLine) => boolean,
): SpacedBlock[] | null {
  const slice = spacedLines(lines, from, to);
  if (!slice) return null;
  const words = slice.flatMap(wordsOf);
  const twice = (pattern: RegExp): Word[] | null => {
    const hits = words.filter((w) => pattern.test(w.text));
    const byLine = hits.filter((w) => hits.filter((x) => x.line === w.line).length >= 2);
    return byLine.length >= 2 ? byLine.slice(0, 2) : null;
  };
  const lead = twice(/^(?:经济分类|科目编码|经济分类科目编码)$/);
  const amount = twice(/^(?:决算数|金额)$/);
  if (!lead || !amount) return null;
  const [leadLeft, leadRight] = lead;
  const [amountLeft, amountRight] = amount;
  if (!leadLeft || !leadRight || !amountLeft || !amountRight) return null;
  const split = (leadLeft.span.x0 + leadRight.span.x0) / 2;
  const amountSplit = (amountLeft.span.x1 + amountRight.span.x0) / 2;
  const block = (side: 0 | 1): SourceLine[] =>
    lines.map((l) => {
      if (!l.spans) {
        const w = wordsOf(l)[0];
        const inSide = w !== undefined && (w.span.x0 < split ? 0 : 1) === side;
        return inSide ? l : { ...l, text: '', cells: [''], spans: null };
      }
      const keep = l.cells.map((c, k) => {
        const span = l.spans?.[k] ?? { x0: 0, x1: 0 };
        const right = isAmount(c) ? span.x0 >= amountSplit : span.x0 >= split;
        return (right ? 1 : 0) === side;
      });
      const cells = l.cells.filter((_, k) => keep[k]);
      const spans = l.spans.filter((_, k) => keep[k]);
      if (cells.length === 0) return { ...l, text: '', cells: [''], spans: null };
      return { ...l, text: cells.join('  '), cells, spans };
    });
  const out: SpacedBlock[] = [];
  for (const side of [0, 1] as const) {
    const table = readSpacedTable(block(side), from, to, isEnd);
    if (!table) return null;
    // A code printed over two lines (类 on one, 款 and the name on the next) reads as one code many times, or as a
    // name that starts with the 款 digits: that layout is not read.
    const codes = table.rows.flatMap((r) => (r.code === null ? [] : [r.code]));
    if (new Set(codes).size < codes.length || table.rows.some((r) => /^\d{2}/.test(r.name))) return null;
    const total = table.rows.find((r) => r.code === null && /合计$/.test(r.name));
    out.push({ group: total ? total.name.replace(/合计$/, '') || null : null, table });
  }
  return out;
}

export interface SpacedLedgerRow {
  readonly line: number;
  readonly side: 'income' | 'expense';
  readonly name: string;
  /** The row's amounts, each in one of the ledger's columns (of the row's side). */
  readonly amounts: ReadonlyArray<{ readonly column: number; readonly raw: string; readonly line: number }>;
}

export interface SpacedLedgerColumn {
  readonly side: 'income' | 'expense';
  /** The header over it (`决算数`, `合计`, `一般公共预算财政拨款`: words stacked over several lines joined). */
  readonly label: string;
  readonly span: CellSpan;
}

/**
 * A two-sided ledger (收入 | 支出) from a space-separated layout: the Shanghai 收入支出决算总表 (one 决算数 column each
 * side) and 财政拨款收入支出决算总表 (支出 in 合计 and one column per kind of fiscal fund, their headers stacked over
 * three lines). The header line prints 项目 twice; each side's amount columns are the header words right of its 项目,
 * merged where they overlap across the header lines. On each line a name is of the 支出 side when it is the second
 * name of the line, or when it starts right of where the 收入 amounts start; an amount belongs to the nearest name on
 * its left, and on a side of several columns to the column whose header it lies under — the nearest by centre, and
 * only when no other column is nearly as near (else the line is not placed). A line of one word under a 支出 name
 * that wrapped (`出` after `…应急管理支`) continues it. Null unless the header prints 项目 twice.
 */
export function readSpacedLedger(
  lines: readonly SourceLine[],
  from: number,
  to: number,
  isEnd: (line: SourceLine) => boolean,
): {
  columns: SpacedLedgerColumn[];
  rows: SpacedLedgerRow[];
  headerLines: number[];
  unplaced: Array<{ line: number; why: string }>;
} | null {
  const slice = spacedLines(lines, from, to);
  if (!slice) return null;
  const header = slice.findIndex((l) => wordsOf(l).filter((x) => x.text === '项目').length === 2);
  const headerLine = slice[header];
  if (!headerLine) return null;
  const items = wordsOf(headerLine).filter((w) => w.text === '项目');
  const expenseItemStart = items[1]?.span.x0 ?? Infinity;
  // The header block: the 项目 line, the lines above it back to the 收入 | 支出 line, and the lines below it that hold
  // only header words (no amount), right of the 支出 项目.
  const isSides = (l: SourceLine): boolean => wordsOf(l).every((w) => /^(收入|支出)$/.test(w.text));
  let top = header;
  while (
    top > 0 &&
    slice[top - 1] !== undefined &&
    !isSides(slice[top - 1]!) &&
    isHeaderWords(slice[top - 1]!)
  )
    top--;
  let bottom = header;
  while (
    slice[bottom + 1] !== undefined &&
    isHeaderWords(slice[bottom + 1]!) &&
    wordsOf(slice[bottom + 1]!).every((w) => w.span.x0 > expenseItemStart)
  )
    bottom++;
  const headerWords = slice
    .slice(top, bottom + 1)
    .flatMap(wordsOf)
    .filter(
      (w) =>
        w.text !== '项目' && !/^(收入|支出)$/.test(w.text) && !/^(?:金额)?单位[:：]|^部门[:：]/.test(w.text),
    );
  const columns: SpacedLedgerColumn[] = headerColumns(headerWords).map((c) => ({
    side: c.span.x0 < expenseItemStart ? 'income' : 'expense',
    label: c.label,
    span: c.span,
  }));
  const incomeColumns = columns.flatMap((c, k) => (c.side === 'income' ? [k] : []));
  const expenseColumns = columns.flatMap((c, k) => (c.side === 'expense' ? [k] : []));
  if (incomeColumns.length === 0 || expenseColumns.length === 0) return null;
  const incomeAmountStart = columns[incomeColumns[0]!]?.span.x0 ?? Infinity;
  const centre = (x: CellSpan): number => (x.x0 + x.x1) / 2;
  const rows: Array<{
    line: number;
    side: 'income' | 'expense';
    name: string;
    amounts: SpacedLedgerRow['amounts'];
  }> = [];
  const unplaced: Array<{ line: number; why: string }> = [];
  const body = slice.slice(bottom + 1);
  // Amounts the converter printed on a line of their own, just above the names they belong to (the row's cells are
  // centred on its two-line names): they are placed with the next line, by their own extents.
  let pending: Word[] = [];
  for (const [k, l] of body.entries()) {
    if (isEnd(l)) break;
    const own = wordsOf(l).filter((w) => w.text !== '');
    const next = body[k + 1];
    if (
      own.length > 0 &&
      own.every((w) => isAmount(w.text)) &&
      next?.no === l.no + 1 &&
      wordsOf(next).some((w) => w.text !== '' && !isAmount(w.text))
    ) {
      pending = own;
      continue;
    }
    const words = [...pending, ...own].sort((a, b) => a.span.x0 - b.span.x0);
    pending = [];
    const names = words.filter((w) => !isAmount(w.text));
    if (names.length > 2) {
      unplaced.push({ line: l.no, why: '一行中有两个以上的项目名称' });
      continue;
    }
    const sided = names.map((w, k): { word: Word; side: 'income' | 'expense' } => ({
      word: w,
      side: k === 1 || w.span.x0 >= incomeAmountStart ? 'expense' : 'income',
    }));
    if (sided.length === 2 && sided[0]?.side === sided[1]?.side) {
      unplaced.push({ line: l.no, why: '两个项目名称不能分到收入、支出两方' });
      continue;
    }
    const amounts = words.filter((w) => isAmount(w.text));
    // A wrapped 支出 name: one short word alone, right of the 收入 amounts, under the last 支出 name.
    const lastExpense = [...rows].reverse().find((r) => r.side === 'expense');
    if (
      amounts.length === 0 &&
      sided.length === 1 &&
      sided[0]?.side === 'expense' &&
      lastExpense?.line === l.no - 1 &&
      (sided[0]?.word.text.length ?? 0) <= 2
    ) {
      lastExpense.name += sided[0]?.word.text ?? '';
      continue;
    }
    const byOwner = new Map<number, Word[]>();
    let ok = true;
    for (const a of amounts) {
      const owner = sided.reduce((best, s, k) => (s.word.span.x1 <= a.span.x0 ? k : best), -1);
      if (owner < 0) {
        ok = false;
        break;
      }
      byOwner.set(owner, [...(byOwner.get(owner) ?? []), a]);
    }
    const placed = new Map<number, Array<{ column: number; raw: string; line: number }>>();
    for (const [owner, list] of byOwner) {
      const own = sided[owner];
      if (!ok || !own) break;
      const cols = own.side === 'income' ? incomeColumns : expenseColumns;
      if (cols.length === 1) {
        // One column: the amount is the name's, wherever the converter put it.
        if (list.length > 1) ok = false;
        else placed.set(owner, [{ column: cols[0]!, raw: list[0]!.text, line: list[0]!.line }]);
        continue;
      }
      // Several columns: each amount under the header nearest by centre, unambiguously, no column twice.
      const out: Array<{ column: number; raw: string; line: number }> = [];
      for (const a of list) {
        const ranked = cols
          .map((k) => ({ k, d: Math.abs(centre(columns[k]!.span) - centre(a.span)) }))
          .sort((p, q) => p.d - q.d);
        const [best, second] = ranked;
        if (!best || (second && second.d - best.d < 1.5) || out.some((x) => x.column === best.k)) {
          ok = false;
          break;
        }
        out.push({ column: best.k, raw: a.text, line: a.line });
      }
      placed.set(owner, out);
    }
    if (!ok) {
      unplaced.push({ line: l.no, why: '金额不能归到它左边的项目名称或它上方的栏' });
      continue;
    }
    sided.forEach((s, k) =>
      rows.push({ line: l.no, side: s.side, name: s.word.text, amounts: placed.get(k) ?? [] }),
    );
  }
  return {
    columns,
    rows,
    // The 收入 | 支出 line over the header is part of it.
    headerLines: slice
      .slice(top > 0 && slice[top - 1] && isSides(slice[top - 1]!) ? top - 1 : top, bottom + 1)
      .map((l) => l.no),
    unplaced,
  };
}

/** A line of header words only: no amount, no number. */
function isHeaderWords(l: SourceLine): boolean {
  const words = wordsOf(l);
  return words.length > 0 && words.every((w) => !isAmount(w.text) && !/^\d+$/.test(w.text));
}

/** The six groups of a “三公” table, in the order every template prints them, and a word each must show. */
const THREE_PUBLIC_GROUPS: ReadonlyArray<{ readonly levels: readonly string[]; readonly shows: RegExp }> = [
  { levels: ['合计'], shows: /合计/ },
  { levels: ['因公出国（境）费'], shows: /出国/ },
  { levels: ['公务用车购置及运行费', '小计'], shows: /小计/ },
  { levels: ['公务用车购置及运行费', '公务用车购置费'], shows: /购置/ },
  { levels: ['公务用车购置及运行费', '公务用车运行费'], shows: /运行/ },
  { levels: ['公务接待费'], shows: /接待/ },
];

/** Cells split further at single spaces between amounts (`2.85 0.39 0.00`), each with its own extent. */
function amountTokens(line: SourceLine): Array<{ raw: string; span: CellSpan }> {
  const out: Array<{ raw: string; span: CellSpan }> = [];
  // A line with no gap of two spaces is one cell, starting where its text starts.
  const lead = line.text.length - line.text.trimStart().length;
  const spans = line.spans ?? [{ x0: lead, x1: line.text.trimEnd().length }];
  line.cells.forEach((cell, k) => {
    const span = spans[k];
    if (!span) return;
    let at = span.x0;
    for (const part of cell.trim().split(' ')) {
      if (part !== '' && isAmount(part)) out.push({ raw: part, span: { x0: at, x1: at + part.length } });
      at += part.length + 1;
    }
  });
  return out;
}

/**
 * The Shanghai “三公” table: one row of 预算数 | 决算数 pairs for 合计, 因公出国（境）费, 公务用车购置及运行费 (小计, 购置费,
 * 运行费) and 公务接待费. The pairs are the header line of 预算数/决算数 words; each pair's group is checked against the
 * words printed over it (never assumed from the order alone). Amounts are placed in order when every column has one,
 * else each under the one header word it overlaps. Null unless the header and its groups are found.
 */
export function readSpacedThreePublic(
  lines: readonly SourceLine[],
  from: number,
  to: number,
  isEnd: (line: SourceLine) => boolean,
): {
  columns: ReadonlyArray<{ readonly levels: readonly string[] }>;
  row: { line: number; cells: SpacedCell[] } | null;
  headerLines: number[];
  unplaced: Array<{ line: number; why: string }>;
} | null {
  const slice = spacedLines(lines, from, to);
  if (!slice) return null;
  const header = slice.findIndex((l) => {
    const w = wordsOf(l).map((x) => x.text);
    return w.length >= 4 && w.every((x, k) => x === (k % 2 === 0 ? '预算数' : '决算数'));
  });
  const headerLine = slice[header];
  if (!headerLine) return null;
  const heads = wordsOf(headerLine);
  if (heads.length !== THREE_PUBLIC_GROUPS.length * 2) return null;
  const above = slice.slice(0, header).flatMap(wordsOf);
  const columns: Array<{ levels: string[] }> = [];
  for (const [k, group] of THREE_PUBLIC_GROUPS.entries()) {
    const budget = heads[2 * k];
    const actual = heads[2 * k + 1];
    if (!budget || !actual) return null;
    const pair = { x0: budget.span.x0 - 2, x1: actual.span.x1 + 2 };
    const over = above
      .filter((w) => overlaps(w.span, pair))
      .map((w) => w.text)
      .join('');
    if (!group.shows.test(over)) return null;
    columns.push({ levels: ['预算数', ...group.levels] }, { levels: ['决算数', ...group.levels] });
  }
  const unplaced: Array<{ line: number; why: string }> = [];
  const data = slice.slice(header + 1).filter((l) => !isEnd(l) && amountTokens(l).length > 0);
  const first = slice.slice(header + 1).findIndex(isEnd);
  const rows = first < 0 ? data : data.filter((l) => l.no < (slice[header + 1 + first]?.no ?? Infinity));
  const line = rows[0];
  for (const extra of rows.slice(1)) unplaced.push({ line: extra.no, why: '“三公”经费表只有一行数据' });
  if (!line) return { columns, row: null, headerLines: [headerLine.no], unplaced };
  const tokens = amountTokens(line);
  const cells: SpacedCell[] = [];
  if (tokens.length === heads.length)
    tokens.forEach((t, k) => cells.push({ column: k, raw: t.raw, line: line.no }));
  else
    for (const t of tokens) {
      const hit = heads.flatMap((h, k) => (overlaps(h.span, t.span) ? [k] : []));
      const column = hit.length === 1 ? (hit[0] ?? -1) : -1;
      if (column < 0 || cells.some((c) => c.column === column)) {
        unplaced.push({ line: line.no, why: '金额的位置不能唯一对应到表头的列' });
        return { columns, row: null, headerLines: [headerLine.no], unplaced };
      }
      cells.push({ column, raw: t.raw, line: line.no });
    }
  return { columns, row: { line: line.no, cells }, headerLines: [headerLine.no], unplaced };
}
