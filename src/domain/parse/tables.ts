/**
 * The nine tables: recognised by title (never by position), headers read as a span tree,
 * rows read by the table's shape (code table, two-sided ledger, economic detail, 三公 row).
 */
import type {
  FinalAccountsTable,
  LedgerSide,
  PrintedIdentity,
  RowLevel,
  SourceText,
  TableCell,
  TableColumn,
  TableKind,
  TableRow,
} from '../final-accounts.types';
import type { Fen, MoneyUnit } from '../money';
import { parseAmount } from '../money';
import type { SpacedRow } from './space-layout';
import { readSpacedBlocks, readSpacedLedger, readSpacedTable, readSpacedThreePublic } from './space-layout';
import type { SubjectCode } from '../subject-code';
import { functionCategoryByName, levelOf, parentOf, tryParseSubjectCode } from '../subject-code';
import type { ProblemLog } from './issues';
import type { SourceLine } from './source-lines';
import { lineAt } from './source-lines';
import { cleanText, compact, unmark } from './text';

/** The national template's table number for each kind (2020–2021 order). */
export const TEMPLATE_NUMBER: Readonly<Record<TableKind, number>> = {
  'income-expense-summary': 1,
  income: 2,
  expense: 3,
  'fiscal-income-expense-summary': 4,
  'general-budget-expense': 5,
  'general-budget-basic-expense': 6,
  'three-public': 7,
  'government-fund': 8,
  'state-capital': 9,
};

/** The national template's name of each table (as printed after the year), for messages about a missing table. */
export const TEMPLATE_NAME: Readonly<Record<TableKind, string>> = {
  'income-expense-summary': '收入支出决算总表',
  income: '收入决算表',
  expense: '支出决算表',
  'fiscal-income-expense-summary': '财政拨款收入支出决算总表',
  'general-budget-expense': '一般公共预算财政拨款支出决算表',
  'general-budget-basic-expense': '一般公共预算财政拨款基本支出决算明细表',
  'three-public': '一般公共预算财政拨款“三公”经费支出决算表',
  'government-fund': '政府性基金预算财政拨款收入支出决算表',
  'state-capital': '国有资本经营预算财政拨款支出决算表',
};

/** Classifies a table title by its words. Returns null for anything that is not one of the nine tables. */
export function kindOfTitle(name: string): TableKind | null {
  if (/绩效|自评/.test(name)) return null;
  if (name.includes('三公')) return 'three-public';
  if (name.includes('政府性基金')) return 'government-fund';
  if (name.includes('国有资本经营')) return 'state-capital';
  // 基本支出决算明细表 (national), 基本支出决算表 (Shanghai 2024).
  if (name.includes('基本支出')) return 'general-budget-basic-expense';
  if (name.includes('财政拨款收入支出') && name.includes('总表')) return 'fiscal-income-expense-summary';
  if (name.includes('一般公共预算财政拨款支出')) return 'general-budget-expense';
  if (name.includes('收入支出决算总表')) return 'income-expense-summary';
  if (name.includes('收入决算表')) return 'income';
  if (name.includes('支出决算表')) return 'expense';
  return null;
}

export interface TableTitle {
  readonly index: number;
  readonly kind: TableKind;
  readonly title: string;
  /** The year printed in the title; null where the title is the table's name alone (Shanghai 2024). */
  readonly year: number | null;
  readonly printedNumber: number | null;
}

/** `2021 年度收入决算表（表 2）`, `收入决算表`; the name must be a table of the disclosure (kindOfTitle). */
const TITLE = /^(?:(\d{4})年度?)?(.{2,50}?表)(?:[（(]表(\d{1,2})[）)])?$/;
/** A contents entry (`一、收入支出决算总表`, `1.收入决算表`), not the table itself. */
const LIST_ENTRY = /^[-*•·]*(?:[一二三四五六七八九十]{1,3}[、.．]|\d{1,2}[、.．])/;

/** Recognises a table title line (e.g. `2021 年度收入决算表（表 2）`). */
export function readTableTitle(line: SourceLine, index: number): TableTitle | null {
  if (line.tabular) return null;
  const t = compact(unmark(line.text));
  if (t.length > 70 || /[。；]/.test(t)) return null;
  const m = TITLE.exec(t);
  if (!m || LIST_ENTRY.test(t)) return null;
  const kind = kindOfTitle(m[2] ?? '');
  if (!kind) return null;
  return {
    index,
    kind,
    title: t,
    year: m[1] ? Number(m[1]) : null,
    printedNumber: m[3] ? Number(m[3]) : null,
  };
}

const STRUCTURAL = new Set([
  '项目',
  '行次',
  '科目名称',
  '功能分类科目编码',
  '经济分类科目编码',
  '科目编码',
  '类',
  '款',
  '项',
  '栏次',
]);

function isStructural(label: string): boolean {
  return STRUCTURAL.has(label);
}

const INT = /^\d{1,3}$/;

interface HeaderLabel {
  readonly text: string;
  readonly pos: number;
  readonly row: number;
  end: number;
  parent: HeaderLabel | null;
  hasChild: boolean;
}

export interface HeaderLeaf {
  readonly pos: number;
  readonly levels: readonly string[];
}

/**
 * Reads multi-line headers as a span tree: each label spans from its cell to the next label of its line,
 * bounded by its parent's span; the leaves (labels with no label below them) are the columns, in order.
 * Structural labels (项目, 行次, 类/款/项, 栏次, …) and 栏次 numbers are not column headers.
 */
export function readHeader(headerLines: readonly SourceLine[]): {
  leaves: HeaderLeaf[];
  columnNumbers: number[];
} {
  const rows = headerLines.map((l) => l.cells.map((c) => compact(c)));
  const width = Math.max(0, ...rows.map((r) => r.length));
  const columnNumbers: number[] = [];
  const levels: HeaderLabel[][] = [];
  rows.forEach((cells, rowIndex) => {
    const labels = cells.filter((c) => c !== '' && !isStructural(c));
    if (labels.length > 0 && labels.every((c) => INT.test(c))) {
      if (columnNumbers.length === 0) columnNumbers.push(...labels.map(Number));
      return;
    }
    const found: HeaderLabel[] = [];
    cells.forEach((c, pos) => {
      if (c !== '' && !isStructural(c) && !INT.test(c)) {
        found.push({ text: c, pos, row: rowIndex, end: width - 1, parent: null, hasChild: false });
      }
    });
    if (found.length > 0) levels.push(found);
  });
  const placed: HeaderLabel[] = [];
  for (const line of levels) {
    line.forEach((label, k) => {
      const next = line[k + 1];
      let end = next ? next.pos - 1 : width - 1;
      const parent =
        [...placed].reverse().find((p) => p.pos <= label.pos && label.pos <= p.end && p.row < label.row) ??
        null;
      if (parent) {
        end = Math.min(end, parent.end);
        parent.hasChild = true;
      }
      label.end = end;
      label.parent = parent;
    });
    placed.push(...line);
  }
  const leaves = placed
    .filter((l) => !l.hasChild)
    .sort((a, b) => a.pos - b.pos)
    .map((l) => {
      const path: string[] = [];
      for (let p: HeaderLabel | null = l; p; p = p.parent) path.unshift(p.text);
      return { pos: l.pos, levels: path };
    });
  return { leaves, columnNumbers };
}

const CODE_CELL = /^\d{3}(?:\d{2}){0,2}$/;

function isAmountText(s: string): boolean {
  const t = compact(s);
  return /^-?[\d,，.．\s]+$/.test(t) && /\d/.test(t);
}

/**
 * A sentence saying the table has nothing to show, as documents word it: `本单位无政府性基金预算财政拨款收支`,
 * `本部门2021年度没有政府性基金预算财政拨款收入，…，故本表无数据。`, `注：本单位2021年度无…支出，故本表为空表。`.
 * `t` is the compacted line. The table's own notes (`注：本表反映…`) do not match.
 */
export function declaresEmptyTable(t: string): boolean {
  const body = t.replace(/^注[:：]/, '');
  return /^[本我](?:单位|部门)[^。；]{0,40}?(?:无|没有)/.test(body) || /本表(?:为空|无数据)|空表/.test(body);
}

function isTotalName(name: string): boolean {
  return /^(合计|总计)$/.test(name);
}

interface TableSlice {
  readonly title: TableTitle;
  readonly from: number;
  readonly to: number;
}

/** Parses one table between its title and the next boundary. Never throws. */
export function parseTable(
  lines: readonly SourceLine[],
  slice: TableSlice,
  defaultUnit: MoneyUnit,
  log: ProblemLog,
): FinalAccountsTable {
  const { title } = slice;
  const kind = title.kind;
  let department: SourceText | null = null;
  let unit: MoneyUnit | null = null;
  let unitLine: number | null = null;
  const notes: SourceText[] = [];
  const identities: PrintedIdentity[] = [];
  let emptyStatement: SourceText | null = null;
  const tabular: number[] = [];
  let lastLine = title.index + 1;

  for (let i = slice.from; i < slice.to; i++) {
    const line = lineAt(lines, i);
    const raw = line.text;
    if (raw.trim() === '') continue;
    lastLine = i + 1;
    if (line.tabular && line.cells.some((c) => c !== '')) {
      tabular.push(i);
      continue;
    }
    const t = compact(unmark(raw));
    if (t === '' || /^-+$/.test(t)) continue;
    const dm = /^部门[:：](.+)$/.exec(t);
    const um = /^单位[:：](万元|元)$/.exec(t);
    if (dm) department = { text: dm[1] ?? '', line: i + 1 };
    else if (um) {
      unit = um[1] as MoneyUnit;
      unitLine = i + 1;
    } else if (declaresEmptyTable(t)) emptyStatement = { text: cleanText(raw), line: i + 1 };
    else if (/=/.test(t) && /[行栏]/.test(t)) {
      const parsed = parseIdentities(t, i + 1);
      if (parsed.length === 0)
        log.warn('table.identity-unread', i + 1, `表${title.printedNumber ?? ''}的公式说明未能读出：${t}`);
      identities.push(...parsed);
      notes.push({ text: cleanText(raw), line: i + 1 });
    } else if (/^注[:：]/.test(t)) notes.push({ text: cleanText(raw), line: i + 1 });
    else {
      notes.push({ text: cleanText(raw), line: i + 1 });
      log.info('table.extra-text', i + 1, `表内文字（非表格行）：${t.slice(0, 40)}`);
    }
  }
  if (!unit) {
    if (emptyStatement && tabular.length === 0)
      log.info(
        'table.unit-missing',
        title.index + 1,
        `${title.title} 未注明金额单位（声明为空表，没有金额）`,
      );
    else
      log.warn('table.unit-missing', title.index + 1, `${title.title} 未注明金额单位，按${defaultUnit}读取`);
  }
  const tableUnit = unit ?? defaultUnit;
  // A space-separated table ends at its note or its statement that it is empty.
  const endOfTable = (l: SourceLine): boolean => {
    const t = compact(unmark(l.text));
    return /^(?:注|说明)[:：]/.test(t) || declaresEmptyTable(t);
  };
  // What every table carries whichever way its rows are read.
  const frame: TableFrame = {
    number: title.printedNumber ?? TEMPLATE_NUMBER[kind],
    numberPrinted: title.printedNumber !== null,
    kind,
    title: title.title,
    titleLine: title.index + 1,
    department,
    unitLine,
    classification: 'function',
    notes,
    identities,
    emptyStatement,
    lastLine,
  };
  const spaced = SPACED_KINDS.has(kind) ? readSpacedTable(lines, slice.from, slice.to, endOfTable) : null;
  if (spaced) {
    const columns: TableColumn[] = spaced.columns.map((c, index) => ({
      index,
      columnNo: null,
      levels: [c.label],
      header: c.label,
      side: null,
    }));
    const ctx: RowContext = { lines, columns, leaves: [], unit: tableUnit, log, title };
    reportSpacedUnplaced(log, title.title, spaced.unplaced);
    const rows = dedupeKeys(
      spaced.rows.map((r) => spacedRow(ctx, r)),
      log,
      title.title,
    );
    checkHierarchy(rows, log, title.title);
    return assembleTable(frame, { unit: tableUnit, columns, headerLines: spaced.headerLines, rows });
  }
  const ledgerRead =
    kind === 'income-expense-summary' || kind === 'fiscal-income-expense-summary'
      ? readSpacedLedger(lines, slice.from, slice.to, endOfTable)
      : null;
  if (ledgerRead) {
    // A side of one column is its 决算数; a side of several (财政拨款 支出: 合计 and each kind of fund) names each.
    const perSide = (side: 'income' | 'expense'): number =>
      ledgerRead.columns.filter((c) => c.side === side).length;
    const columns: TableColumn[] = ledgerRead.columns.map((c, index) => {
      const sideName = c.side === 'income' ? '收入' : '支出';
      const levels = perSide(c.side) === 1 ? [sideName, '决算数'] : [sideName, '决算数', c.label];
      return { index, columnNo: null, levels, header: levels.join('/'), side: c.side };
    });
    const ctx: RowContext = { lines, columns, leaves: [], unit: tableUnit, log, title };
    reportSpacedUnplaced(log, title.title, ledgerRead.unplaced);
    const rows = ledgerRead.rows.map((r): TableRow => {
      const cells: TableCell[] = [];
      const dashes: number[] = [];
      for (const a of r.amounts) readCell(ctx, a.raw, a.column, a.line, cells, dashes);
      const isTotal = /合计|总计/.test(r.name);
      return {
        key: `${r.side === 'income' ? 'i' : 'e'}${r.line}`,
        line: r.line,
        rowNo: null,
        code: null,
        categoryCodeByName: r.side === 'expense' && !isTotal ? functionCategoryByName(r.name) : null,
        name: r.name,
        level: isTotal ? 'total' : 'line',
        side: r.side,
        groupColumn: null,
        cells,
        dashCells: dashes,
      };
    });
    return assembleTable(
      { ...frame, classification: 'none' },
      {
        unit: tableUnit,
        columns,
        headerLines: ledgerRead.headerLines,
        rows: dedupeKeys(rows, log, title.title),
      },
    );
  }
  const threePublic =
    kind === 'three-public' ? readSpacedThreePublic(lines, slice.from, slice.to, endOfTable) : null;
  if (threePublic) {
    const columns: TableColumn[] = threePublic.columns.map((c, index) => ({
      index,
      columnNo: null,
      levels: c.levels,
      header: c.levels.join('/'),
      side: null,
    }));
    const ctx: RowContext = { lines, columns, leaves: [], unit: tableUnit, log, title };
    reportSpacedUnplaced(log, title.title, threePublic.unplaced);
    const rows: TableRow[] = [];
    if (threePublic.row) {
      const cells: TableCell[] = [];
      const dashes: number[] = [];
      for (const c of threePublic.row.cells) readCell(ctx, c.raw, c.column, c.line, cells, dashes);
      rows.push(unnamedRow('data', threePublic.row.line, cells, dashes));
    }
    return assembleTable(
      { ...frame, classification: 'none' },
      { unit: tableUnit, columns, headerLines: threePublic.headerLines, rows },
    );
  }
  const blocks =
    kind === 'general-budget-basic-expense'
      ? readSpacedBlocks(lines, slice.from, slice.to, endOfTable)
      : null;
  if (blocks) {
    const columns: TableColumn[] = blocks.map((b, index) => {
      const levels = [b.group ?? `第${index + 1}栏`, '决算数'];
      return { index, columnNo: null, levels, header: levels.join('/'), side: null };
    });
    const ctx: RowContext = { lines, columns, leaves: [], unit: tableUnit, log, title };
    const rows: TableRow[] = [];
    blocks.forEach((b, index) => {
      reportSpacedUnplaced(log, title.title, b.table.unplaced);
      for (const r of b.table.rows) {
        if (r.cells.length > 1) {
          log.warn(
            'table.spaced-unaligned',
            r.line,
            `${title.title} 第 ${r.line} 行：一栏中有多个金额，未读入`,
          );
          continue;
        }
        // Economic codes are printed in one cell here; a row's figure is in its block's column.
        const row = spacedRow(ctx, {
          ...r,
          codeCells: null,
          cells: r.cells.map((c) => ({ ...c, column: index })),
        });
        rows.push({
          ...row,
          key: row.code ? `e${row.code}` : `total-${b.group ?? index}`,
          // 人员经费合计 / 公用经费合计: the block's total.
          level: row.code === null && /合计$/.test(row.name) ? 'total' : row.level,
          groupColumn: index,
        });
      }
    });
    return assembleTable(
      { ...frame, classification: 'economic' },
      {
        unit: tableUnit,
        columns,
        headerLines: [...new Set(blocks.flatMap((b) => b.table.headerLines))],
        rows: dedupeKeys(rows, log, title.title),
      },
    );
  }
  const isData = dataRowTest(kind);
  const firstData = tabular.findIndex((i) => isData(lineAt(lines, i).cells.slice()));
  // Data rows are read from the first data row on; header lines are everything before it.
  const headerIdx = firstData === -1 ? tabular : tabular.slice(0, firstData);
  const dataIdx = firstData === -1 ? [] : tabular.slice(firstData);
  const { leaves, columnNumbers } = readHeader(headerIdx.map((i) => lineAt(lines, i)));
  const ledger = kind === 'income-expense-summary' || kind === 'fiscal-income-expense-summary';
  const columns: TableColumn[] = leaves.map((leaf, index) => ({
    index,
    columnNo: columnNumbers.length === leaves.length ? (columnNumbers[index] ?? null) : null,
    levels: leaf.levels,
    header: leaf.levels.join('/'),
    side: ledger ? sideOf(leaf.levels) : null,
  }));
  if (columnNumbers.length > 0 && columnNumbers.length !== leaves.length) {
    log.warn(
      'table.header-mismatch',
      (headerIdx[0] ?? title.index) + 1,
      `${title.title}：表头读出 ${leaves.length} 列，栏次有 ${columnNumbers.length} 个；栏次未对应到列`,
    );
  }
  if (leaves.length === 0) {
    if (emptyStatement)
      log.info('table.no-header', title.index + 1, `${title.title}：只有“${emptyStatement.text}”，没有表头`);
    else log.error('table.no-header', title.index + 1, `${title.title}：未能读出表头`);
  }

  const ctx: RowContext = { lines, columns, leaves, unit: tableUnit, log, title };
  let rows: TableRow[];
  if (ledger) rows = dataIdx.flatMap((i) => readLedgerRow(ctx, i));
  else if (kind === 'general-budget-basic-expense') rows = dataIdx.flatMap((i) => readEconomicRow(ctx, i));
  else if (kind === 'three-public') rows = dataIdx.flatMap((i, k) => readPlainRow(ctx, i, k));
  else rows = dataIdx.flatMap((i) => readCodeRow(ctx, i));
  rows = keepAlignedRows(ctx, rows, headerIdx, dataIdx);
  rows = dedupeKeys(rows, log, title.title);
  if (kind !== 'three-public' && kind !== 'general-budget-basic-expense' && !ledger)
    checkHierarchy(rows, log, title.title);

  return assembleTable(
    {
      ...frame,
      classification:
        kind === 'general-budget-basic-expense'
          ? 'economic'
          : ledger || kind === 'three-public'
            ? 'none'
            : 'function',
    },
    { unit: tableUnit, columns, headerLines: headerIdx.map((i) => i + 1), rows },
  );
}

type TableFrame = Omit<FinalAccountsTable, 'unit' | 'columns' | 'headerLines' | 'rows'>;

/** The table in the model's field order (the committed data/parsed JSON keeps it). */
function assembleTable(
  f: TableFrame,
  body: Pick<FinalAccountsTable, 'unit' | 'columns' | 'headerLines' | 'rows'>,
): FinalAccountsTable {
  return {
    number: f.number,
    numberPrinted: f.numberPrinted,
    kind: f.kind,
    title: f.title,
    titleLine: f.titleLine,
    department: f.department,
    unit: body.unit,
    unitLine: f.unitLine,
    classification: f.classification,
    columns: body.columns,
    headerLines: body.headerLines,
    rows: body.rows,
    notes: f.notes,
    identities: f.identities,
    emptyStatement: f.emptyStatement,
    lastLine: f.lastLine,
  };
}

/** A decimal amount as tables print it (`2,940.05`, `0.00`): not a code, a 栏次 or a row number. */
const DECIMAL_AMOUNT = /^-?\d{1,3}(?:[,，]?\d{3})*[.．]\d{1,2}$/;

/**
 * Rows read from a space-separated layout (a PDF converter's text, `spans` set): the spaces do not say which column
 * a blank cell is in, so a row is kept only when its amounts are unambiguous — the header names no amount and the
 * row prints an amount in every column. Every other row of such a table is left out, loudly: its amounts stay on
 * the completeness report's list of unread lines, never placed in a column they may not belong to. Tab-separated
 * rows are kept as read (their blank cells are printed).
 */
function keepAlignedRows(
  ctx: RowContext,
  rows: readonly TableRow[],
  headerIdx: readonly number[],
  dataIdx: readonly number[],
): TableRow[] {
  const spaced = (i: number): boolean => lineAt(ctx.lines, i).spans !== null;
  if (!dataIdx.some(spaced) && !headerIdx.some(spaced)) return [...rows];
  const n = ctx.columns.length;
  const headerBroken = ctx.columns.some((c) => c.levels.some((l) => DECIMAL_AMOUNT.test(compact(l))));
  const amountsOn = (line: number): number =>
    lineAt(ctx.lines, line - 1).cells.filter((c) => DECIMAL_AMOUNT.test(compact(c))).length;
  const kept = rows.filter(
    (r) => !headerBroken && r.cells.length === n && amountsOn(r.line) === n && r.cells.length > 0,
  );
  const left = dataIdx.filter((i) => amountsOn(i + 1) > 0 && !kept.some((r) => r.line === i + 1));
  if (left.length > 0)
    ctx.log.warn(
      'table.spaced-unaligned',
      (left[0] ?? 0) + 1,
      headerBroken
        ? `${ctx.title.title}：表头未能从以空格分隔的文本读出（转换工具把表头和金额排在了同一行），${left.length} 行金额未读入；请导入原始 PDF`
        : `${ctx.title.title}：${left.length} 行有空格子，以空格分隔的文本不能说明空格子在哪一列，这些行的金额未读入（列在“读取情况”的未读金额中）`,
    );
  return kept;
}

/** Each line of a space-separated table whose amounts could not be placed, as a located warning. */
function reportSpacedUnplaced(
  log: ProblemLog,
  title: string,
  unplaced: ReadonlyArray<{ readonly line: number; readonly why: string }>,
): void {
  for (const u of unplaced)
    log.warn('table.spaced-unaligned', u.line, `${title} 第 ${u.line} 行：${u.why}，这一行的金额未读入`);
}

/** Tables of 科目 rows, read by cell extents when their source separates cells by spaces (space-layout.ts). */
const SPACED_KINDS: ReadonlySet<TableKind> = new Set(['income', 'expense', 'general-budget-expense']);

function spacedRow(ctx: RowContext, r: SpacedRow): TableRow {
  const code = r.code === null ? null : tryParseSubjectCode(r.code);
  const cells: TableCell[] = [];
  const dashes: number[] = [];
  for (const c of r.cells) readCell(ctx, c.raw, c.column, c.line, cells, dashes);
  const isTotal = code === null && isTotalName(r.name);
  return {
    key: code ? `c${code}` : isTotal ? 'total' : `l${r.line}`,
    line: r.line,
    rowNo: null,
    code,
    categoryCodeByName: null,
    name: r.name,
    level: code ? levelOf(code) : isTotal ? 'total' : 'line',
    side: null,
    groupColumn: null,
    cells,
    dashCells: dashes,
    ...(r.codeCells ? { codeCells: r.codeCells } : {}),
  };
}

function sideOf(levels: readonly string[]): LedgerSide | null {
  const top = levels[0] ?? '';
  if (top.startsWith('收入')) return 'income';
  if (top.startsWith('支出')) return 'expense';
  return null;
}

function dataRowTest(kind: TableKind): (cells: string[]) => boolean {
  const compacted = (cells: string[]) => cells.map((c) => compact(c));
  switch (kind) {
    case 'income-expense-summary':
    case 'fiscal-income-expense-summary':
      return (cells) => {
        const c = compacted(cells);
        return !c.includes('栏次') && !c.includes('行次') && INT.test(c[1] ?? '');
      };
    case 'general-budget-basic-expense':
      return (cells) => compacted(cells).some((c) => /^\d{3}(\d{2})?$/.test(c) || /合计$/.test(c));
    case 'three-public':
      return (cells) => {
        const c = compacted(cells).filter((x) => x !== '');
        return c.length > 0 && c.every((x) => isAmountText(x)) && c.some((x) => /[.．]/.test(x));
      };
    default:
      return (cells) => {
        const first = compacted(cells).find((c) => c !== '') ?? '';
        return CODE_CELL.test(first) || isTotalName(first);
      };
  }
}

interface RowContext {
  readonly lines: readonly SourceLine[];
  readonly columns: readonly TableColumn[];
  readonly leaves: readonly HeaderLeaf[];
  readonly unit: MoneyUnit;
  readonly log: ProblemLog;
  readonly title: TableTitle;
}

/** Reads one amount cell into `cells`/`dashes`; reports invalid text. */
function readCell(
  ctx: RowContext,
  raw: string,
  column: number,
  line: number,
  cells: TableCell[],
  dashes: number[],
): void {
  const parsed = parseAmount(raw, ctx.unit);
  if (parsed.kind === 'amount') cells.push({ column, fen: parsed.fen, raw, line });
  else if (parsed.kind === 'dash') dashes.push(column);
  else if (parsed.kind === 'invalid') {
    ctx.log.warn(
      'table.invalid-cell',
      line,
      `${ctx.title.title} 第 ${line} 行：${parsed.reason}（${ctx.columns[column]?.header ?? ''}）`,
    );
  }
}

function reportUnplaced(
  ctx: RowContext,
  cells: readonly string[],
  used: ReadonlySet<number>,
  line: number,
): void {
  cells.forEach((c, i) => {
    if (!used.has(i) && c !== '' && isAmountText(c)) {
      ctx.log.warn(
        'table.unplaced-value',
        line,
        `${ctx.title.title} 第 ${line} 行：数值“${c}”不在任何列下，未读入`,
      );
    }
  });
}

function readCodeRow(ctx: RowContext, i: number): TableRow[] {
  const line = i + 1;
  const cells = lineAt(ctx.lines, i).cells.slice();
  const n = ctx.columns.length;
  let code: SubjectCode | null = null;
  let codeCells: string[] | null = null;
  let nameIndex = -1;
  const used = new Set<number>();
  for (let k = 0; k < cells.length; k++) {
    const c = compact(cells[k] ?? '');
    if (c === '') continue;
    if (code === null && nameIndex === -1 && CODE_CELL.test(c)) {
      const split = splitCodeAt(cells, k);
      code = tryParseSubjectCode(split ? split.cells.join('') : c);
      used.add(k);
      if (split) {
        codeCells = split.cells;
        for (let j = k + 1; j < split.next; j++) used.add(j);
        k = split.next - 1;
      }
      continue;
    }
    if (!isAmountText(c)) {
      nameIndex = k;
      used.add(k);
      break;
    }
    break;
  }
  const name = nameIndex >= 0 ? compact(cells[nameIndex] ?? '') : '';
  const start = nameIndex >= 0 ? nameIndex + 1 : code !== null ? Math.max(...used) + 1 : 0;
  const after = cells.slice(start);
  const positions = after.map((_, k) => start + k);
  // Realign to the header's column count: the OCR adds or drops blank cells next to the name.
  while (after.length > n && after[0] === '') {
    after.shift();
    positions.shift();
  }
  while (after.length > n && after[after.length - 1] === '') {
    after.pop();
    positions.pop();
  }
  if (after.length < n && after.length > 0) {
    ctx.log.info(
      'table.short-row',
      line,
      `${ctx.title.title} 第 ${line} 行比表头少 ${n - after.length} 格，按末尾空格读取`,
    );
  }
  const out: TableCell[] = [];
  const dashes: number[] = [];
  after.slice(0, n).forEach((raw, col) => {
    used.add(positions[col] ?? -1);
    readCell(ctx, raw, col, line, out, dashes);
  });
  reportUnplaced(ctx, cells, used, line);
  const isTotal = code === null && isTotalName(name);
  if (code === null && !isTotal) {
    ctx.log.warn('table.row-without-code', line, `${ctx.title.title} 第 ${line} 行没有科目编码：${name}`);
  }
  const level: RowLevel = code ? levelOf(code) : isTotal ? 'total' : 'line';
  return [
    {
      key: code ? `c${code}` : isTotal ? 'total' : `l${line}`,
      line,
      rowNo: null,
      code,
      categoryCodeByName: null,
      name,
      level,
      side: null,
      groupColumn: null,
      cells: out,
      dashCells: dashes,
      ...(codeCells ? { codeCells } : {}),
    },
  ];
}

const CODE_PART = /^\d{2}$/;

/**
 * A code printed over the 类 | 款 | 项 cells (`201 | 03 | 50`, `201 | 03 | `): the 3-digit 类 at `k`, then a 2-digit
 * 款 and a 2-digit 项 in the next cells, then (after blank cells) the name. Returns the printed parts and the index
 * after them, or null when the row prints its code in one cell. The parts count as a code only when the name
 * follows, so two-digit amounts are never taken for 款/项.
 */
function splitCodeAt(cells: readonly string[], k: number): { cells: string[]; next: number } | null {
  const lei = compact(cells[k] ?? '');
  if (lei.length !== 3) return null;
  const parts = [lei];
  let next = k + 1;
  const kuan = compact(cells[next] ?? '');
  if (!CODE_PART.test(kuan)) return null;
  parts.push(kuan);
  next++;
  const xiang = compact(cells[next] ?? '');
  if (CODE_PART.test(xiang)) {
    parts.push(xiang);
    next++;
  }
  let j = next;
  while (j < cells.length && compact(cells[j] ?? '') === '') j++;
  const after = compact(cells[j] ?? '');
  if (after === '' || isAmountText(after) || CODE_CELL.test(after)) return null;
  return { cells: parts, next };
}

function readLedgerRow(ctx: RowContext, i: number): TableRow[] {
  const line = i + 1;
  const cells = lineAt(ctx.lines, i).cells.slice();
  const rows: TableRow[] = [];
  const used = new Set<number>();
  for (const side of ['income', 'expense'] as const) {
    const cols = ctx.columns.filter((c) => c.side === side);
    const first = cols[0];
    if (!first) continue;
    const firstPos = ctx.leaves[first.index]?.pos ?? 0;
    const rowNoText = compact(cells[firstPos - 1] ?? '');
    const name = compact(cells[firstPos - 2] ?? '');
    used.add(firstPos - 1);
    used.add(firstPos - 2);
    if (!INT.test(rowNoText)) {
      if (rowNoText !== '' || name !== '') {
        ctx.log.warn(
          'table.row-number-missing',
          line,
          `${ctx.title.title} 第 ${line} 行（${side === 'income' ? '收入' : '支出'}方）行次不可读：“${rowNoText}”`,
        );
      }
      continue;
    }
    const out: TableCell[] = [];
    const dashes: number[] = [];
    for (const col of cols) {
      const pos = ctx.leaves[col.index]?.pos ?? -1;
      used.add(pos);
      readCell(ctx, cells[pos] ?? '', col.index, line, out, dashes);
    }
    const rowNo = Number(rowNoText);
    const isTotal = /合计|总计/.test(name);
    rows.push({
      key: `r${rowNo}`,
      line,
      rowNo,
      code: null,
      categoryCodeByName: side === 'expense' && !isTotal ? functionCategoryByName(name) : null,
      name,
      level: isTotal ? 'total' : 'line',
      side,
      groupColumn: null,
      cells: out,
      dashCells: dashes,
    });
  }
  reportUnplaced(ctx, cells, used, line);
  return rows;
}

function readEconomicRow(ctx: RowContext, i: number): TableRow[] {
  const line = i + 1;
  const cells = lineAt(ctx.lines, i).cells.slice();
  const rows: TableRow[] = [];
  const used = new Set<number>();
  const columnAt = (pos: number): TableColumn | undefined => {
    let best: TableColumn | undefined;
    for (const col of ctx.columns) {
      const leafPos = ctx.leaves[col.index]?.pos ?? 0;
      if (leafPos - 2 <= pos) best = col;
    }
    return best ?? ctx.columns[0];
  };
  for (let k = 0; k < cells.length; k++) {
    const c = compact(cells[k] ?? '');
    if (/^\d{3}(\d{2})?$/.test(c)) {
      const code = c as SubjectCode;
      const name = compact(cells[k + 1] ?? '');
      const col = columnAt(k);
      const out: TableCell[] = [];
      const dashes: number[] = [];
      used
        .add(k)
        .add(k + 1)
        .add(k + 2);
      if (col) readCell(ctx, cells[k + 2] ?? '', col.index, line, out, dashes);
      rows.push({
        key: `e${code}`,
        line,
        rowNo: null,
        code,
        categoryCodeByName: null,
        name,
        level: levelOf(code),
        side: null,
        groupColumn: col?.index ?? null,
        cells: out,
        dashCells: dashes,
      });
      k += 2;
    } else if (/合计$/.test(c)) {
      used.add(k);
      let j = k + 1;
      while (j < cells.length && compact(cells[j] ?? '') === '') j++;
      const amountText = cells[j] ?? '';
      const group = c.replace(/合计$/, '');
      const col = ctx.columns.find((x) => x.levels[0] === group) ?? columnAt(k);
      const out: TableCell[] = [];
      const dashes: number[] = [];
      if (j < cells.length && isAmountText(amountText)) {
        used.add(j);
        if (col) readCell(ctx, amountText, col.index, line, out, dashes);
        k = j;
      }
      rows.push({
        key: `total-${group || k}`,
        line,
        rowNo: null,
        code: null,
        categoryCodeByName: null,
        name: c,
        level: 'total',
        side: null,
        groupColumn: col?.index ?? null,
        cells: out,
        dashCells: dashes,
      });
    }
  }
  reportUnplaced(ctx, cells, used, line);
  return rows;
}

function readPlainRow(ctx: RowContext, i: number, k: number): TableRow[] {
  const line = i + 1;
  const cells = lineAt(ctx.lines, i).cells.slice();
  const n = ctx.columns.length;
  const values = cells.slice();
  while (values.length > n && values[values.length - 1] === '') values.pop();
  const out: TableCell[] = [];
  const dashes: number[] = [];
  values.slice(0, n).forEach((raw, col) => readCell(ctx, raw, col, line, out, dashes));
  if (values.length > n) reportUnplaced(ctx, values, new Set(Array.from({ length: n }, (_, j) => j)), line);
  return [unnamedRow(k === 0 ? 'data' : `data${k + 1}`, line, out, dashes)];
}

/** A row the page prints without a name or code (the “三公” table's data row). */
function unnamedRow(key: string, line: number, cells: TableCell[], dashes: number[]): TableRow {
  return {
    key,
    line,
    rowNo: null,
    code: null,
    categoryCodeByName: null,
    name: '',
    level: 'line',
    side: null,
    groupColumn: null,
    cells,
    dashCells: dashes,
  };
}

function dedupeKeys(rows: TableRow[], log: ProblemLog, title: string): TableRow[] {
  const seen = new Map<string, number>();
  return rows.map((r) => {
    const n = seen.get(r.key) ?? 0;
    seen.set(r.key, n + 1);
    if (n === 0) return r;
    log.warn('table.duplicate-row', r.line, `${title}：第 ${r.line} 行与前面的行重复（${r.code ?? r.name}）`);
    return { ...r, key: `${r.key}#${n + 1}` };
  });
}

function checkHierarchy(rows: readonly TableRow[], log: ProblemLog, title: string): void {
  const codes = new Set(rows.map((r) => r.code).filter((c): c is SubjectCode => c !== null));
  for (const r of rows) {
    if (!r.code) continue;
    const parent = parentOf(r.code);
    if (parent && !codes.has(parent)) {
      log.warn('table.orphan-code', r.line, `${title}：科目 ${r.code} 的上级科目 ${parent} 未列出`);
    }
  }
}

/** Parses `27 行 = (1+2+…+8) 行；30 行 = (27+28+29) 行` and `6 栏各行 = (1+2-3) 栏各行`. */
export function parseIdentities(text: string, line: number): PrintedIdentity[] {
  const out: PrintedIdentity[] = [];
  for (const part of text.split(/[；;。]/)) {
    const m = /^(\d+)(行|栏)(?:各行)?=[（(]?([\d+\-－.…。、]+)[）)]?(?:行|栏)(?:各行)?$/.exec(part);
    if (!m) continue;
    const axis = m[2] === '行' ? 'row' : 'column';
    const terms: Array<{ sign: 1 | -1; ref: number }> = [];
    const expr = (m[3] ?? '').replace(/－/g, '-').replace(/…+|\.{2,}|。{2,}/g, '...');
    const tokens = expr.match(/[+-]?(\.\.\.|\d+)/g) ?? [];
    let prev: number | null = null;
    let pendingRange = false;
    for (const tok of tokens) {
      const sign: 1 | -1 = tok.startsWith('-') ? -1 : 1;
      const body = tok.replace(/^[+-]/, '');
      if (body === '...') {
        pendingRange = true;
        continue;
      }
      const ref = Number(body);
      if (pendingRange && prev !== null) {
        for (let r = prev + 1; r < ref; r++) terms.push({ sign: 1, ref: r });
        pendingRange = false;
      }
      terms.push({ sign, ref });
      prev = ref;
    }
    if (terms.length > 0) out.push({ axis, target: Number(m[1]), terms, text: part, line });
  }
  return out;
}

/** Every figure of a table, for reporting. */
export function tableFigures(
  t: FinalAccountsTable,
): Array<{ row: TableRow; cell: TableCell; column: TableColumn }> {
  const out: Array<{ row: TableRow; cell: TableCell; column: TableColumn }> = [];
  for (const row of t.rows) {
    for (const cell of row.cells) {
      const column = t.columns[cell.column];
      if (column) out.push({ row, cell, column });
    }
  }
  return out;
}

/** Sum helper used by derived figures. */
export function cellValue(row: TableRow | undefined, column: number): Fen | null {
  return row?.cells.find((c) => c.column === column)?.fen ?? null;
}
