/**
 * A PDF's lines to the model: the parser's own entry for source lines, with what the layout set aside added to the
 * problems, and the text that provenance line numbers refer to (what `cli text` prints and the 原文 view shows).
 */
import type { ParseResult } from '../final-accounts.types';
import { parseSourceLines } from '../parse/parse-final-accounts';
import type { DocumentLayout } from './geometry';
import type { PdfReadResult } from './read-pdf';

/** The reconstructed text: line i+1 is provenance line i+1 (table cells tab-separated). */
export function layoutText(layout: DocumentLayout): string {
  return layout.lines.map((l) => l.text).join('\n');
}

/** Parses a PDF that was read; the layout's notes join the parser's problems. */
export function parsePdfRead(read: Extract<PdfReadResult, { ok: true }>): ParseResult {
  const result = parseSourceLines(read.layout.lines);
  return { ...result, problems: [...read.problems, ...result.problems] };
}
