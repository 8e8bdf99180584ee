/**
 * The shape of the hand-read oracles of the Shanghai 2024 PDFs (src/domain/__fixtures__/shanghai/, README there):
 * read from the page images before any reader ran. Line numbers are of the pdftotext text of the fixture.
 */
import type { TableKind } from '@/domain/final-accounts.types';

export interface OracleRow {
  readonly line: number;
  /** Where the name is, when not on the line of the amounts. */
  readonly nameLine?: number;
  readonly code: string | null;
  readonly name: string | null;
  readonly values: readonly string[];
  readonly valueLines?: ReadonlyArray<number | null>;
  /** The side (收入/支出) or block (左/右) of a two-sided table. */
  readonly side?: string;
  readonly block?: string;
}

export interface OracleTable {
  readonly printedNumber: number;
  readonly kind: TableKind;
  readonly titleLine: number;
  readonly title: string;
  /** The page of the title; `pages` lists every page where the table runs over more than one. */
  readonly page: number;
  readonly pages?: readonly number[];
  readonly empty: boolean;
  /** For two-sided tables: each side's amount columns, in the order the page prints the sides. */
  readonly sideColumns?: Readonly<Record<string, readonly string[]>>;
  readonly rows: readonly OracleRow[];
}

export interface Oracle {
  readonly department: string;
  readonly year: number;
  readonly kind: string;
  readonly parts: ReadonlyArray<{ readonly kind: string; readonly line: number }>;
  readonly tables: readonly OracleTable[];
  readonly sentences: ReadonlyArray<{
    readonly page: number;
    readonly line: number;
    readonly topic: string;
    readonly lines?: readonly number[];
    readonly amounts: readonly string[];
  }>;
}

/** `2,940.05` → `2940.05`; `2995.39万元` → `2995.39`; `71.73%` → `71.73`. */
export const oracleDigits = (printed: string): string =>
  /^[\d.]*/.exec(printed.replace(/[,，\s]/g, ''))?.[0] ?? '';
