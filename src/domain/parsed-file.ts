/**
 * The committed parsed form of a source document (data/parsed/final-accounts.<year>.json):
 * the model, the parse problems, and where it came from. Shared by scripts/parse.ts and the golden test.
 */
import type { FinalAccounts, ParseProblem } from './final-accounts.types';
import { parseFinalAccounts } from './parse/parse-final-accounts';

export interface ParsedFile {
  readonly format: 'final-accounts/1';
  readonly source: { readonly file: string; readonly sha256: string };
  readonly accounts: FinalAccounts;
  readonly problems: readonly ParseProblem[];
}

export function buildParsedFile(
  text: string,
  file: string,
  sha256: string,
): { ok: true; file: ParsedFile } | { ok: false; error: ParseProblem } {
  const r = parseFinalAccounts(text);
  if (!r.ok) return { ok: false, error: r.error };
  return {
    ok: true,
    file: {
      format: 'final-accounts/1',
      source: { file, sha256 },
      accounts: r.accounts,
      problems: r.problems,
    },
  };
}

/** Stable JSON (2-space indent, trailing newline). */
export function serializeParsedFile(file: ParsedFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}
