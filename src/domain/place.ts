/**
 * Where a figure is printed, and how a figure that is not printed is derived from ones that are: the one place type
 * and the one derivation type of the domain (the overview, the drill-down, the variances, the audit's places, and
 * through them every <Amount> of the UI).
 */
import type { Fen, MoneyUnit } from './money';

/** A rectangle on a PDF page, in PDF points from the page's top left (pdfplumber's `x0, top, x1, bottom`). */
export interface PageBox {
  readonly x0: number;
  readonly top: number;
  readonly x1: number;
  readonly bottom: number;
}

/** Where a figure is printed. Every field but `line` is optional: a prose figure has no table, row or column. */
export interface FigurePlace {
  /** 1-based source line. */
  readonly line: number;
  /** The number the table's title prints (`表3`), for a table cell. */
  readonly table?: number | null;
  /** The row as the document labels it (`第31行 一般公共服务支出`, `2010350 事业运行`). */
  readonly row?: string | null;
  /** The column's header (levels joined with `/`). */
  readonly column?: string | null;
  /** Free text for a figure outside the tables (`情况说明 一`, `项目支出绩效自评表`). */
  readonly where?: string;
  /** For a PDF source: the 1-based page and the figure's box on it. */
  readonly page?: number;
  readonly box?: PageBox;
}

/** One figure a derivation uses: what it is, its value (exact 分, in the unit it was printed in) and its line. */
export interface DerivationInput {
  readonly label: string;
  readonly fen: Fen;
  readonly unit: MoneyUnit;
  /** 1-based source line. */
  readonly line: number;
}

/** A figure derived from printed ones: the formula in words and the figures it uses. */
export interface Derivation {
  /** e.g. `人员经费合计 + 公用经费合计`. */
  readonly formula: string;
  readonly inputs: readonly DerivationInput[];
}
