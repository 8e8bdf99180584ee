/**
 * Every printed table figure of every document in a collection, one row each (document × table × row × column),
 * for the cross-document 全部明细 table. Sorting is by precomputed index orders (typed arrays), so a collection of
 * tens of thousands of figures sorts in a few milliseconds and a virtualised table only renders what is visible.
 */
import type { FinalAccounts } from './final-accounts.types';
import type { Fen, MoneyUnit } from './money';

export interface CollectionDocument {
  readonly id: string;
  /** `武汉市江汉区大数据中心 · 2021` */
  readonly label: string;
  readonly accounts: FinalAccounts;
}

export interface FigureRow {
  /** Index into the collection's documents. */
  readonly doc: number;
  readonly table: number;
  readonly code: string;
  readonly name: string;
  /** The column's header levels joined with `/`. */
  readonly column: string;
  readonly fen: Fen;
  /** The unit the table was printed in (fen is absolute 分 whatever the unit). */
  readonly unit: MoneyUnit;
  /** Source line of the figure. */
  readonly line: number;
  readonly raw: string;
}

export function collectionRows(docs: readonly CollectionDocument[]): FigureRow[] {
  const out: FigureRow[] = [];
  docs.forEach((d, doc) => {
    for (const t of d.accounts.tables) {
      const headers = t.columns.map((c) => c.header);
      for (const r of t.rows) {
        const code = r.code ?? r.categoryCodeByName ?? '';
        for (const c of r.cells) {
          out.push({
            doc,
            table: t.number,
            code,
            name: r.name,
            column: headers[c.column] ?? `第 ${c.column + 1} 栏`,
            fen: c.fen,
            unit: t.unit,
            line: c.line,
            raw: c.raw,
          });
        }
      }
    }
  });
  return out;
}

export type FigureSortKey = 'doc' | 'table' | 'code' | 'name' | 'column' | 'amount';

const collator = new Intl.Collator('zh-CN', { numeric: true });

/** Row indices in order of `key`, ascending or descending; stable both ways (ties keep the printed order). */
export function sortOrder(rows: readonly FigureRow[], key: FigureSortKey, desc = false): Uint32Array {
  const sign = desc ? -1 : 1;
  const order = new Uint32Array(rows.length);
  for (let i = 0; i < order.length; i++) order[i] = i;
  if (key === 'amount' || key === 'table' || key === 'doc') {
    const keys = new Float64Array(rows.length);
    rows.forEach((r, i) => {
      keys[i] = key === 'amount' ? r.fen : key === 'table' ? r.table : r.doc;
    });
    return order.sort((a, b) => sign * ((keys[a] ?? 0) - (keys[b] ?? 0)) || a - b);
  }
  // Text keys: rank the distinct values once, then sort by rank.
  const text = (r: FigureRow): string => (key === 'code' ? r.code : key === 'name' ? r.name : r.column);
  const distinct = [...new Set(rows.map(text))].sort(collator.compare);
  const rank = new Map(distinct.map((v, i) => [v, i] as const));
  const ranks = new Uint32Array(rows.length);
  rows.forEach((r, i) => {
    ranks[i] = rank.get(text(r)) ?? 0;
  });
  return order.sort((a, b) => sign * ((ranks[a] ?? 0) - (ranks[b] ?? 0)) || a - b);
}
