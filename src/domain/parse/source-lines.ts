/**
 * The parser's input: a list of source lines, whatever the source. Each line has its 1-based number, its text as
 * printed, its cells (with their horizontal extent where the source knows it) and, where the source has pages, its
 * page and box. Readers turn a source into lines — the text reader here (tab-separated cells, or cells separated by
 * runs of two or more spaces as PDF converters write them), the PDF reader later — and the parser reads only lines:
 * it never splits a raw string into cells itself. Pure.
 */
import type { PageBox } from '../place';

/** A cell's horizontal extent: character columns for a text file, PDF points for a PDF page. */
export interface CellSpan {
  readonly x0: number;
  readonly x1: number;
}

export interface SourceLine {
  /** 1-based line number: what provenance names. */
  readonly no: number;
  /** The line as printed. */
  readonly text: string;
  /** The cells of a table row, each trimmed (blank cells of a tab-separated row are ''); one cell otherwise. */
  readonly cells: readonly string[];
  /** Each cell's extent, where the source knows it (same length as `cells`). */
  readonly spans: readonly CellSpan[] | null;
  /** A table row: tab-separated, or cells in columns with at least one figure (or three cells or more). */
  readonly tabular: boolean;
  /** For a paged source: the 1-based page and the line's box. */
  readonly page?: number;
  readonly box?: PageBox;
}

const SPACE = /[\s\u3000\u00a0]/;
/** A gap of two or more spaces (or a full-width space) between two printed characters: a cell boundary. */
const GAP = /[ \u00a0]{2,}|\u3000+/g;
/** A cell that is a figure: digits with separators, a decimal point, a sign or a percent. */
const NUMBERISH = /^[-−–]?[,，.．\s]*\d[\d,，.．\s]*%?$/;

/** Splits text into raw lines (\n, \r\n or \r). Index i is source line i+1. */
export function splitRawLines(input: string): string[] {
  return input.split(/\r\n|\r|\n/);
}

function tabCells(text: string): string[] {
  const cells = text.split('\t');
  for (let i = 0; i < cells.length; i++) {
    const c = cells[i] ?? '';
    if (c !== '' && SPACE.test(c)) cells[i] = c.trim();
  }
  return cells;
}

/** Cells separated by runs of two or more spaces, with their character columns. */
function gapCells(text: string): { cells: string[]; spans: CellSpan[] } {
  const cells: string[] = [];
  const spans: CellSpan[] = [];
  let start = 0;
  const push = (from: number, to: number): void => {
    const raw = text.slice(from, to);
    const lead = raw.length - raw.trimStart().length;
    const cell = raw.trim();
    if (cell === '') return;
    cells.push(cell);
    spans.push({ x0: from + lead, x1: from + lead + cell.length });
  };
  for (const m of text.matchAll(GAP)) {
    const at = m.index;
    push(start, at);
    start = at + m[0].length;
  }
  push(start, text.length);
  return { cells, spans };
}

/** One text line as a source line. */
export function textLine(text: string, no: number): SourceLine {
  if (text.includes('\t')) return { no, text, cells: tabCells(text), spans: null, tabular: true };
  const trimmed = text.trim();
  if (trimmed === '' || !/\S(?:[ \u00a0]{2,}|\u3000)\S/.test(trimmed))
    return { no, text, cells: [trimmed], spans: null, tabular: false };
  const { cells, spans } = gapCells(text);
  const tabular = cells.length >= 3 || (cells.length >= 2 && cells.some((c) => NUMBERISH.test(c)));
  return { no, text, cells, spans, tabular };
}

/** The lines of a text file: tab-separated cells as converters of the reference write them, or space-separated. */
export function readTextLines(input: string): SourceLine[] {
  return splitRawLines(input).map((text, i) => textLine(text, i + 1));
}

/** The line at 0-based index `i`, or an empty line past the end. */
export function lineAt(lines: readonly SourceLine[], i: number): SourceLine {
  return lines[i] ?? { no: i + 1, text: '', cells: [''], spans: null, tabular: false };
}
