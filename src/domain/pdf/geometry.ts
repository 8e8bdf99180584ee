/**
 * PDF page geometry → the parser's source lines (src/domain/parse/source-lines.ts). Pure: it takes what a PDF library
 * reports of each page (text runs with their boxes, and the straight edges the page draws) and knows nothing of the
 * library.
 *
 * - **Ruled tables (lattice).** Edges that touch form a table; each run goes to the cell whose four edges enclose it,
 *   so a name wrapped over two lines, or an amount printed on another baseline than its name, stays in its cell.
 *   Cells of one row band become one tab-separated line over the table's full column grid (a blank cell is '' and a
 *   cell spanning several columns sits in its first), the shape the reference's text has. Split 类 | 款 | 项 code
 *   columns are merged into one code column.
 * - **Everything else (stream).** Runs are grouped by baseline into lines; a wide gap becomes two or more spaces, so
 *   the text reader's cells-by-gaps applies to a borderless table.
 * - Page numbers and running heads in the margins are dropped (counted), and a table continued on the next page
 *   loses its repeated header rows (each listed), so the two parts read as one table.
 *
 * Coordinates are PDF points from the page's top left (`PageBox`).
 */
import type { PageBox } from '../place';
import type { CellSpan, SourceLine } from '../parse/source-lines';
import { textLine } from '../parse/source-lines';

/** One run of text as the PDF prints it: its string and its box on the page (top-left origin). */
export interface TextRun {
  readonly str: string;
  readonly x0: number;
  readonly x1: number;
  readonly top: number;
  readonly bottom: number;
  /** The font size in points (the run's height). */
  readonly size: number;
}

/** A straight horizontal (`h`, at y) or vertical (`v`, at x) edge drawn on the page, from → to along its axis. */
export interface Edge {
  readonly dir: 'h' | 'v';
  readonly at: number;
  readonly from: number;
  readonly to: number;
}

export interface PageGeometry {
  /** 1-based page number. */
  readonly page: number;
  readonly width: number;
  readonly height: number;
  readonly runs: readonly TextRun[];
  readonly edges: readonly Edge[];
}

/** A piece of a line's text and where it is printed: a run, or a whole table cell. `start`/`end` index `text`. */
export interface LinePiece {
  readonly start: number;
  readonly end: number;
  readonly box: PageBox;
  /** A table cell's box (a figure in it is shown as the cell), not a run's. */
  readonly cell?: true;
}

/** A source line read from a PDF page: always with its page, box and the boxes of its pieces. */
export interface PdfLine extends SourceLine {
  readonly page: number;
  readonly box: PageBox;
  readonly pieces: readonly LinePiece[];
}

/** What the layout step set aside, to be reported, never silently. */
export interface LayoutNote {
  readonly kind: 'page-number' | 'running-head' | 'repeated-header';
  readonly page: number;
  readonly text: string;
}

export interface DocumentLayout {
  readonly lines: readonly PdfLine[];
  readonly notes: readonly LayoutNote[];
  /** Ruled tables found, per page (1-based page → count). */
  readonly tablesPerPage: readonly number[];
}

/** Edges closer than this are the same line (the pages' rules are drawn as thin rectangles or double strokes). */
const SNAP = 2;
/** Edges shorter than this are the ends of a thin rectangle, not rules. */
const MIN_EDGE = 3;
/** Slack when testing whether an edge reaches a point. */
const REACH = 2.5;

const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/;

// ---------------------------------------------------------------------------------------------------------------
// edges

/** Snaps edges that lie on one line together and joins those that touch or overlap. */
export function mergeEdges(edges: readonly Edge[]): Edge[] {
  const out: Edge[] = [];
  for (const dir of ['h', 'v'] as const) {
    const own = edges.filter((e) => e.dir === dir && e.to - e.from >= MIN_EDGE).sort((a, b) => a.at - b.at);
    let i = 0;
    while (i < own.length) {
      let j = i;
      const first = own[i];
      if (!first) break;
      while (j + 1 < own.length && (own[j + 1]?.at ?? Infinity) - (own[j]?.at ?? 0) <= SNAP) j++;
      const group = own.slice(i, j + 1).sort((a, b) => a.from - b.from);
      const at = group.reduce((s, e) => s + e.at, 0) / group.length;
      let cur: { from: number; to: number } | null = null;
      for (const e of group) {
        if (cur && e.from <= cur.to + SNAP) cur.to = Math.max(cur.to, e.to);
        else {
          if (cur) out.push({ dir, at, from: cur.from, to: cur.to });
          cur = { from: e.from, to: e.to };
        }
      }
      if (cur) out.push({ dir, at, from: cur.from, to: cur.to });
      i = j + 1;
    }
  }
  return out;
}

function crosses(h: Edge, v: Edge): boolean {
  return v.at >= h.from - REACH && v.at <= h.to + REACH && h.at >= v.from - REACH && h.at <= v.to + REACH;
}

/** A ruled table: its edges and its box. */
interface Grid {
  readonly hs: readonly Edge[];
  readonly vs: readonly Edge[];
  readonly box: PageBox;
  /** Column boundaries (x of every vertical edge), ascending. */
  readonly xs: readonly number[];
}

/** Edges that touch, grouped; a group with two rules each way is a table. */
export function findGrids(edges: readonly Edge[]): Grid[] {
  const parent = edges.map((_, i) => i);
  const root = (i: number): number => {
    let r = i;
    while (parent[r] !== r) r = parent[r] ?? r;
    parent[i] = r;
    return r;
  };
  for (let a = 0; a < edges.length; a++) {
    const ea = edges[a];
    if (!ea || ea.dir !== 'h') continue;
    for (let b = 0; b < edges.length; b++) {
      const eb = edges[b];
      if (eb?.dir === 'v' && crosses(ea, eb)) parent[root(a)] = root(b);
    }
  }
  const groups = new Map<number, Edge[]>();
  edges.forEach((e, i) => {
    const r = root(i);
    const g = groups.get(r) ?? [];
    g.push(e);
    groups.set(r, g);
  });
  const grids: Grid[] = [];
  for (const g of groups.values()) {
    const hs = g.filter((e) => e.dir === 'h');
    const vs = g.filter((e) => e.dir === 'v');
    if (hs.length < 2 || vs.length < 2) continue;
    const xs = clusterPositions(vs.map((v) => v.at));
    const box = {
      x0: Math.min(...hs.map((h) => h.from), ...vs.map((v) => v.at)),
      x1: Math.max(...hs.map((h) => h.to), ...vs.map((v) => v.at)),
      top: Math.min(...vs.map((v) => v.from), ...hs.map((h) => h.at)),
      bottom: Math.max(...vs.map((v) => v.to), ...hs.map((h) => h.at)),
    };
    grids.push({ hs, vs, box, xs });
  }
  return grids.sort((a, b) => a.box.top - b.box.top);
}

function clusterPositions(values: readonly number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const out: number[] = [];
  for (const v of sorted) {
    const last = out.at(-1);
    if (last === undefined || v - last > SNAP) out.push(v);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// runs

function charWeight(ch: string): number {
  return CJK.test(ch) ? 2 : 1;
}

/** Splits a run at x (by character widths: a CJK character counts twice a Latin one). */
function splitRunAt(run: TextRun, x: number): [TextRun, TextRun] | null {
  const chars = [...run.str];
  const total = chars.reduce((s, c) => s + charWeight(c), 0);
  if (total === 0) return null;
  const unit = (run.x1 - run.x0) / total;
  let acc = run.x0;
  for (let k = 0; k < chars.length; k++) {
    const w = charWeight(chars[k] ?? '') * unit;
    if (acc + w / 2 > x) {
      if (k === 0) return null;
      const left = chars.slice(0, k).join('');
      const right = chars.slice(k).join('');
      return [
        { ...run, str: left, x1: acc },
        { ...run, str: right, x0: acc },
      ];
    }
    acc += w;
  }
  return null;
}

/** Runs that cross a vertical rule of a table are cut at the rule: one run never spans two cells. */
function cutAtRules(runs: readonly TextRun[], grids: readonly Grid[]): TextRun[] {
  const out: TextRun[] = [];
  const queue = [...runs];
  while (queue.length > 0) {
    const run = queue.shift();
    if (!run) break;
    const cy = (run.top + run.bottom) / 2;
    let cut: [TextRun, TextRun] | null = null;
    for (const g of grids) {
      for (const v of g.vs) {
        if (v.at > run.x0 + 1 && v.at < run.x1 - 1 && cy >= v.from - REACH && cy <= v.to + REACH) {
          cut = splitRunAt(run, v.at);
          if (cut) break;
        }
      }
      if (cut) break;
    }
    if (cut) queue.unshift(...cut);
    else out.push(run);
  }
  return out.filter((r) => r.str.trim() !== '');
}

/** The cell of a grid that encloses a point: the nearest rule on each side that reaches it. */
function cellAt(g: Grid, x: number, y: number): PageBox | null {
  let left = -Infinity;
  let right = Infinity;
  let top = -Infinity;
  let bottom = Infinity;
  for (const v of g.vs) {
    if (y < v.from - REACH || y > v.to + REACH) continue;
    if (v.at <= x && v.at > left) left = v.at;
    if (v.at >= x && v.at < right) right = v.at;
  }
  for (const h of g.hs) {
    if (x < h.from - REACH || x > h.to + REACH) continue;
    if (h.at <= y && h.at > top) top = h.at;
    if (h.at >= y && h.at < bottom) bottom = h.at;
  }
  if (![left, right, top, bottom].every(Number.isFinite)) return null;
  return { x0: left, x1: right, top, bottom };
}

/** Runs on one baseline, left to right, as text (with the offsets of each run in it). */
interface Visual {
  readonly runs: readonly TextRun[];
  readonly top: number;
  readonly bottom: number;
}

/** Groups runs into visual lines by vertical overlap, top to bottom; each line left to right. */
function visualLines(runs: readonly TextRun[]): Visual[] {
  const sorted = [...runs].sort((a, b) => a.top + a.bottom - (b.top + b.bottom) || a.x0 - b.x0);
  const lines: { runs: TextRun[]; top: number; bottom: number }[] = [];
  for (const r of sorted) {
    const mid = (r.top + r.bottom) / 2;
    const line = lines.find((l) => {
      const lmid = (l.top + l.bottom) / 2;
      const tol = Math.max(1, Math.min(l.bottom - l.top, r.bottom - r.top) * 0.45);
      return Math.abs(lmid - mid) <= tol;
    });
    if (line) {
      line.runs.push(r);
      line.top = Math.min(line.top, r.top);
      line.bottom = Math.max(line.bottom, r.bottom);
    } else lines.push({ runs: [r], top: r.top, bottom: r.bottom });
  }
  for (const l of lines) l.runs.sort((a, b) => a.x0 - b.x0);
  return lines.sort((a, b) => a.top - b.top);
}

/** The gap text between two runs of a line: none, one space, or (a column gap) two or more. */
function gapText(prev: TextRun, next: TextRun, columns: boolean): string {
  const gap = next.x0 - prev.x1;
  const size = Math.max(1, Math.min(prev.size, next.size));
  if (columns && gap >= size * 1.2) return ' '.repeat(Math.max(2, Math.round(gap / (size * 0.5))));
  const a = prev.str.at(-1) ?? '';
  const b = next.str[0] ?? '';
  if (gap > size * 0.2 && !(CJK.test(a) && CJK.test(b))) return ' ';
  return '';
}

/** Spaces inside CJK text are justification, not words: `因 公 出 国` is 因公出国. */
function unjustify(text: string): string {
  return text.replace(/([\u2e80-\u9fff\uff00-\uffef])[ \u00a0]+(?=[\u2e80-\u9fff\uff00-\uffef])/g, '$1');
}

function union(boxes: readonly PageBox[]): PageBox {
  return {
    x0: Math.min(...boxes.map((b) => b.x0)),
    x1: Math.max(...boxes.map((b) => b.x1)),
    top: Math.min(...boxes.map((b) => b.top)),
    bottom: Math.max(...boxes.map((b) => b.bottom)),
  };
}

const runBox = (r: TextRun): PageBox => ({ x0: r.x0, x1: r.x1, top: r.top, bottom: r.bottom });

/** A cell's text: its visual lines joined (a wrapped name becomes one name, an amount above its name joins it). */
function cellText(runs: readonly TextRun[]): string {
  let text = '';
  for (const v of visualLines(runs)) {
    let line = '';
    v.runs.forEach((r, k) => {
      const prev = v.runs[k - 1];
      line += (prev ? gapText(prev, r, false) : '') + r.str;
    });
    line = line.trim();
    if (text === '') text = line;
    else {
      const a = text.at(-1) ?? '';
      const b = line[0] ?? '';
      text += CJK.test(a) || CJK.test(b) ? line : ` ${line}`;
    }
  }
  return unjustify(text.replace(/\s+/g, ' ').trim());
}

// ---------------------------------------------------------------------------------------------------------------
// tables

interface Band {
  readonly top: number;
  readonly bottom: number;
  /** Text and box per column of the grid ('' and null for a blank cell). */
  readonly cells: (string | null)[];
  readonly boxes: (PageBox | null)[];
}

/** The row bands of one grid: one band per distinct top/bottom pair of its filled cells. */
function gridBands(g: Grid, runs: readonly TextRun[]): Band[] {
  const cells = new Map<string, { box: PageBox; runs: TextRun[] }>();
  for (const r of runs) {
    const box = cellAt(g, (r.x0 + r.x1) / 2, (r.top + r.bottom) / 2);
    if (!box) continue;
    const key = [box.x0, box.x1, box.top, box.bottom].map((n) => n.toFixed(1)).join('|');
    const cell = cells.get(key) ?? { box, runs: [] };
    cell.runs.push(r);
    cells.set(key, cell);
  }
  const bands = new Map<string, Band>();
  const columns = g.xs.length - 1;
  for (const { box, runs: own } of cells.values()) {
    const key = `${box.top.toFixed(1)}|${box.bottom.toFixed(1)}`;
    let band = bands.get(key);
    if (!band) {
      band = {
        top: box.top,
        bottom: box.bottom,
        cells: Array.from({ length: columns }, () => null),
        boxes: Array.from({ length: columns }, () => null),
      };
      bands.set(key, band);
    }
    let k = g.xs.findIndex((x) => Math.abs(x - box.x0) <= SNAP);
    if (k < 0 || k >= columns) k = Math.max(0, g.xs.filter((x) => x < box.x0).length - 1);
    const text = cellText(own);
    const prev = band.cells[k];
    band.cells[k] = prev ? `${prev} ${text}` : text;
    band.boxes[k] = box;
  }
  return [...bands.values()].sort((a, b) => a.top - b.top || a.bottom - b.bottom);
}

const CLASS_CODE = /^\d{3}$/;
const PART_CODE = /^\d{2}$/;

/**
 * Merges split code columns (类 | 款 | 项 printed in three cells, or 类 | 款) into the first: where one column holds
 * three-digit codes and the next one or two hold only two-digit parts (or nothing), in every band.
 */
function mergeCodeColumns(bands: Band[]): void {
  const width = bands[0]?.cells.length ?? 0;
  for (let k = 0; k + 1 < width; k++) {
    const col = (j: number): (string | null)[] => bands.map((b) => b.cells[j] ?? null);
    if (!col(k).some((c) => c !== null && CLASS_CODE.test(c))) continue;
    let span = 0;
    for (let j = k + 1; j < Math.min(width, k + 3); j++) {
      const parts = col(j);
      const digitsRows = bands.filter((b) => {
        const c = b.cells[j];
        return c !== null && c !== undefined && PART_CODE.test(c);
      });
      const onlyParts = bands.every((b) => {
        const c = b.cells[j] ?? null;
        if (c === null || PART_CODE.test(c)) return true;
        // a header band: the code column's own sub-labels (类 / 款 / 项) or nothing under a spanning label
        return !/\d/.test(c) && c.length <= 2 && !/\d/.test(b.cells[k] ?? '');
      });
      if (digitsRows.length === 0 || !onlyParts || parts.length === 0) break;
      span = j - k;
    }
    if (span === 0) continue;
    for (const b of bands) {
      const texts = b.cells.slice(k, k + span + 1);
      const digits = texts.every((t) => t === null || /^\d+$/.test(t));
      const joined = texts.filter((t): t is string => t !== null).join(digits ? '' : ' ');
      const boxes = b.boxes.slice(k, k + span + 1).filter((x): x is PageBox => x !== null);
      b.cells.splice(k, span + 1, joined === '' ? null : joined);
      b.boxes.splice(k, span + 1, boxes.length > 0 ? union(boxes) : null);
    }
    return mergeCodeColumns(bands);
  }
}

const CODE_LABELS = /^[类款项](?:\s*[类款项])*$/;
const AMOUNT = /^-?[\d,]+\.\d+$/;

/**
 * A band whose code column holds the header's 类 / 款 / 项 labels while its other cells hold a row's figures (the
 * 合计 row printed level with the code sub-header): the labels become a header line of their own, before the row.
 */
function splitHeaderCells(bands: readonly Band[]): Band[] {
  return bands.flatMap((b) => {
    const k = b.cells.findIndex((c) => c !== null && CODE_LABELS.test(c));
    if (k < 0 || !b.cells.some((c) => c !== null && AMOUNT.test(c))) return [b];
    const only = (keep: (j: number) => boolean): Band => ({
      ...b,
      cells: b.cells.map((c, j) => (keep(j) ? c : null)),
      boxes: b.boxes.map((x, j) => (keep(j) ? x : null)),
    });
    return [only((j) => j === k), only((j) => j !== k)];
  });
}

// ---------------------------------------------------------------------------------------------------------------
// lines

interface Draft {
  readonly top: number;
  readonly bottom: number;
  readonly text: string;
  readonly cells: readonly string[] | null;
  readonly spans: readonly CellSpan[] | null;
  readonly pieces: readonly LinePiece[];
  /** Which grid of the page the line belongs to (-1: not in a table). */
  readonly grid: number;
}

function bandDraft(b: Band, grid: number): Draft {
  const cells: string[] = [];
  const spans: CellSpan[] = [];
  const pieces: LinePiece[] = [];
  let text = '';
  b.cells.forEach((c, k) => {
    const box = b.boxes[k];
    if (c === null || c === '' || !box) return;
    if (text !== '') text += '  ';
    pieces.push({ start: text.length, end: text.length + c.length, box, cell: true });
    cells.push(c);
    spans.push({ x0: box.x0, x1: box.x1 });
    text += c;
  });
  return { top: b.top, bottom: b.bottom, text, cells, spans, pieces, grid };
}

function freeDraft(v: Visual): Draft {
  let text = '';
  const pieces: LinePiece[] = [];
  v.runs.forEach((r, k) => {
    const prev = v.runs[k - 1];
    if (prev) text += gapText(prev, r, true);
    pieces.push({ start: text.length, end: text.length + r.str.length, box: runBox(r) });
    text += r.str;
  });
  return { top: v.top, bottom: v.bottom, text, cells: null, spans: null, pieces, grid: -1 };
}

const PAGE_NUMBER =
  /^(?:[-—–－\s]*\d{1,4}[-—–－\s]*|第 ?\d{1,4} ?页(?:[,，/ ]{0,3}共 ?\d{1,4} ?页)?|\d{1,4} ?\/ ?\d{1,4})$/;

/** One page's lines, before numbering: ruled tables by cell, the rest by baseline. */
function pageDrafts(p: PageGeometry): { drafts: Draft[]; grids: number } {
  const grids = findGrids(mergeEdges(p.edges)).filter((g) => g.xs.length >= 2);
  const runs = cutAtRules(p.runs, grids);
  const used = new Set<TextRun>();
  const drafts: Draft[] = [];
  let tables = 0;
  grids.forEach((g, gi) => {
    const inside = runs.filter((r) => {
      const cx = (r.x0 + r.x1) / 2;
      const cy = (r.top + r.bottom) / 2;
      return cx >= g.box.x0 && cx <= g.box.x1 && cy >= g.box.top && cy <= g.box.bottom && !used.has(r);
    });
    const bands = gridBands(g, inside);
    const multi = bands.some((b) => b.cells.filter((c) => c !== null).length >= 2);
    // A ruled box around a title or a paragraph is not a table: its text reads as lines.
    if (!multi || g.xs.length < 3) return;
    tables++;
    for (const r of inside) if (cellAt(g, (r.x0 + r.x1) / 2, (r.top + r.bottom) / 2)) used.add(r);
    mergeCodeColumns(bands);
    for (const b of splitHeaderCells(bands)) drafts.push(bandDraft(b, gi));
  });
  for (const v of visualLines(runs.filter((r) => !used.has(r)))) drafts.push(freeDraft(v));
  drafts.sort((a, b) => a.top - b.top || a.bottom - b.bottom);
  return { drafts, grids: tables };
}

function isMargin(d: Draft, p: PageGeometry): boolean {
  return d.bottom < p.height * 0.08 || d.top > p.height * 0.9;
}

/**
 * The document's lines: page by page, with page numbers and running heads dropped and a table's header rows
 * repeated on a continuation page dropped, each noted.
 */
export function layoutDocument(pages: readonly PageGeometry[]): DocumentLayout {
  const notes: LayoutNote[] = [];
  const perPage = pages.map((p) => pageDrafts(p));
  // Running heads: the same margin text on three pages or more (and on at least half of them).
  const marginCount = new Map<string, number>();
  perPage.forEach(({ drafts }, i) => {
    const p = pages[i];
    if (!p) return;
    const seen = new Set<string>();
    for (const d of drafts) if (d.grid < 0 && isMargin(d, p)) seen.add(d.text.trim());
    for (const t of seen) marginCount.set(t, (marginCount.get(t) ?? 0) + 1);
  });
  const runningHead = (t: string): boolean => {
    const n = marginCount.get(t) ?? 0;
    return n >= 3 && n * 2 >= pages.length;
  };
  const lines: PdfLine[] = [];
  let lastTableHeader: string[] | null = null;
  let lastWasTable = false;
  perPage.forEach(({ drafts }, i) => {
    const p = pages[i];
    if (!p) return;
    const kept = drafts.filter((d) => {
      if (d.grid >= 0 || !isMargin(d, p)) return true;
      const t = d.text.trim();
      if (PAGE_NUMBER.test(t)) {
        notes.push({ kind: 'page-number', page: p.page, text: t });
        return false;
      }
      if (runningHead(t)) {
        notes.push({ kind: 'running-head', page: p.page, text: t });
        return false;
      }
      return true;
    });
    // A continuation: the page opens with a table while the previous page ended in one.
    const first = kept[0];
    let continued = false;
    if (first && first.grid >= 0 && lastWasTable && lastTableHeader) {
      continued = true;
      const grid = first.grid;
      const rows = kept.filter((d) => d.grid === grid);
      let n = 0;
      while (n < rows.length && n < lastTableHeader.length && rows[n]?.text === lastTableHeader[n]) n++;
      for (const d of rows.slice(0, n)) {
        notes.push({ kind: 'repeated-header', page: p.page, text: d.cells?.join(' ') ?? d.text });
        kept.splice(kept.indexOf(d), 1);
      }
    }
    // The header of this page's last table (its rows before the first figure), unless it continues the last one.
    const last = kept.at(-1);
    lastWasTable = last !== undefined && last.grid >= 0;
    if (!last || last.grid < 0) lastTableHeader = null;
    else if (!(continued && first?.grid === last.grid)) {
      const rows = kept.filter((d) => d.grid === last.grid);
      const firstFigure = rows.findIndex((d) => /\d\.\d\d/.test(d.text));
      const header = rows.slice(0, firstFigure < 0 ? 0 : firstFigure).map((d) => d.text);
      lastTableHeader = header.length > 0 ? header : null;
    }
    for (const d of kept) {
      const no = lines.length + 1;
      const base = d.cells
        ? { no, text: d.text, cells: d.cells, spans: d.spans, tabular: true }
        : textLine(d.text, no);
      const boxes = d.pieces.map((x) => x.box);
      lines.push({
        ...base,
        page: p.page,
        box: boxes.length > 0 ? union(boxes) : { x0: 0, x1: 0, top: d.top, bottom: d.bottom },
        pieces: d.pieces,
      });
    }
  });
  return { lines, notes, tablesPerPage: perPage.map((x) => x.grids) };
}

/**
 * Where `needle` (a printed figure) sits on a PDF line: the box of the piece holding it, narrowed to the figure by
 * its share of the run's characters. `occurrence` picks among repeats (0-based). null when the line does not print
 * it.
 */
export function boxOfText(
  line: Pick<PdfLine, 'text' | 'pieces'>,
  needle: string,
  occurrence = 0,
): PageBox | null {
  if (needle === '') return null;
  let at = -1;
  for (let k = 0; k <= occurrence; k++) {
    at = line.text.indexOf(needle, at + 1);
    if (at < 0) return null;
  }
  const piece = line.pieces.find((x) => at >= x.start && at < x.end);
  if (!piece) return null;
  if (piece.cell) return piece.box;
  const chars = [...line.text.slice(piece.start, piece.end)];
  const total = chars.reduce((s, c) => s + charWeight(c), 0) || 1;
  const unit = (piece.box.x1 - piece.box.x0) / total;
  const before = [...line.text.slice(piece.start, at)].reduce((s, c) => s + charWeight(c), 0);
  const own = [...needle].reduce((s, c) => s + charWeight(c), 0);
  const end = Math.min(piece.end, at + needle.length);
  const x0 = piece.box.x0 + before * unit;
  const x1 = end < at + needle.length ? piece.box.x1 : x0 + own * unit;
  return { ...piece.box, x0, x1 };
}
