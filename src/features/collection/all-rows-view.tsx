/**
 * 全部明细: every printed table figure of every document in the collection, one row each, in one table.
 * URL: `#/rows?sort=<doc|table|code|name|column|amount>:<asc|desc>`.
 *
 * A collection of hundreds of documents has tens of thousands of figures: the rows are virtualised (TanStack
 * Virtual; only the visible rows and a few more are in the DOM) and sorting reads a precomputed index order
 * (domain/collection-rows.ts), so a sort or a scroll renders a screenful, not the collection.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef } from 'react';

import type { ShownTable } from '@/components/data-table/export';
import { ExportButtons } from '@/components/data-table/export-buttons';
import type { CollectionDocument, FigureRow, FigureSortKey } from '@/domain/collection-rows';
import { collectionRows, sortOrder } from '@/domain/collection-rows';
import { formatFen } from '@/domain/money';
import { useDashboardStore } from '@/store';
import { useDisplayUnit, useRoute } from '@/store/route-context';
import { formatHash, routeTo, withParams } from '@/store/route';
import { selectDocuments } from '@/store/selectors';

import './all-rows.css';

const ROW_HEIGHT = 36;

const COLUMNS: ReadonlyArray<{
  readonly key: FigureSortKey;
  readonly label: string;
  readonly numeric: boolean;
}> = [
  { key: 'doc', label: '文件', numeric: false },
  { key: 'table', label: '表', numeric: true },
  { key: 'code', label: '科目编码', numeric: false },
  { key: 'name', label: '项目', numeric: false },
  { key: 'column', label: '栏目', numeric: false },
  { key: 'amount', label: '金额', numeric: true },
];

function readSort(param: string | undefined): { key: FigureSortKey | null; desc: boolean } {
  const [key, dir] = (param ?? '').split(':');
  const column = COLUMNS.find((c) => c.key === key);
  return column ? { key: column.key, desc: dir === 'desc' } : { key: null, desc: false };
}

/** One order per key, direction and collection, computed on first use and kept while the collection is unchanged. */
const orderCache = new WeakMap<readonly FigureRow[], Map<string, Uint32Array>>();
function ordersFor(rows: readonly FigureRow[]): Map<string, Uint32Array> {
  let m = orderCache.get(rows);
  if (!m) {
    m = new Map();
    orderCache.set(rows, m);
  }
  return m;
}

export default function AllRowsView() {
  const documents = useDashboardStore(selectDocuments);
  const route = useRoute();
  const unit = useDisplayUnit();
  const docs = useMemo<CollectionDocument[]>(
    () =>
      documents.flatMap((d) =>
        d.result.ok
          ? [
              {
                id: d.id,
                label: `${d.result.accounts.meta.department} · ${d.result.accounts.meta.year}`,
                accounts: d.result.accounts,
              },
            ]
          : [],
      ),
    [documents],
  );
  const rows = useMemo(() => collectionRows(docs), [docs]);
  const orders = ordersFor(rows);
  // Every order is computed ahead, one per idle period, so a click on a header only renders a screenful.
  useEffect(() => {
    const pending = COLUMNS.flatMap((c) => [`${c.key}:asc`, `${c.key}:desc`]).filter((k) => !orders.has(k));
    let handle = 0;
    const schedule = (fn: () => void): number =>
      typeof requestIdleCallback === 'function' ? requestIdleCallback(fn) : window.setTimeout(fn, 50);
    const cancel = (h: number): void =>
      typeof cancelIdleCallback === 'function' ? cancelIdleCallback(h) : window.clearTimeout(h);
    const next = (): void => {
      const k = pending.shift();
      if (!k) return;
      const [key, dir] = k.split(':') as [FigureSortKey, string];
      if (!orders.has(k)) orders.set(k, sortOrder(rows, key, dir === 'desc'));
      handle = schedule(next);
    };
    handle = schedule(next);
    return () => cancel(handle);
  }, [orders, rows]);
  const sort = readSort(route.params['sort']);
  let order: Uint32Array | null = null;
  if (sort.key) {
    const cacheKey = `${sort.key}:${sort.desc ? 'desc' : 'asc'}`;
    order = orders.get(cacheKey) ?? null;
    if (!order) {
      order = sortOrder(rows, sort.key, sort.desc);
      orders.set(cacheKey, order);
    }
  }
  const rowAt = (i: number): FigureRow | undefined => {
    if (!order) return rows[i];
    const k = order[i];
    return k === undefined ? undefined : rows[k];
  };

  const scroller = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- read during render only; nothing memoises it
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
  });
  const items = virtualizer.getVirtualItems();
  const before = items[0]?.start ?? 0;
  const after = virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0);

  const sortHref = (key: FigureSortKey, numeric: boolean): string => {
    // First click: numbers descending, text ascending; then the other direction; then the printed order.
    const first = numeric ? 'desc' : 'asc';
    const next =
      sort.key !== key
        ? `${key}:${first}`
        : (sort.desc ? 'desc' : 'asc') === first
          ? `${key}:${first === 'desc' ? 'asc' : 'desc'}`
          : undefined;
    return formatHash(withParams(route, { sort: next }));
  };

  // Export: every row, in the order shown, amounts exact in the shown unit (the one CSV writer, and XLSX).
  const getShown = (): ShownTable => ({
    columns: [
      { label: '文件', kind: 'text' },
      { label: '表', kind: 'text' },
      { label: '科目编码', kind: 'text' },
      { label: '项目', kind: 'text' },
      { label: '栏目', kind: 'text' },
      { label: '金额', kind: 'amount' },
      { label: '原文行', kind: 'number' },
    ],
    rows: rows.map((_, i) => {
      const r = rowAt(i);
      if (!r) return [];
      return [
        { kind: 'text', text: docs[r.doc]?.label ?? '' },
        { kind: 'text', text: `表${r.table}` },
        { kind: 'text', text: r.code },
        { kind: 'text', text: r.name },
        { kind: 'text', text: r.column },
        { kind: 'amount', fen: r.fen },
        { kind: 'number', decimal: String(r.line) },
      ];
    }),
  });

  return (
    <section className="all-rows-view" aria-labelledby="all-rows-title">
      <h2 id="all-rows-title">全部明细（{docs.length} 个文件）</h2>
      <p className="note" data-testid="all-rows-count">
        每行是一个印出的表格数字：共 {rows.length.toLocaleString('zh-CN')} 行，来自 {docs.length}{' '}
        个文件。金额单位：{unit}。
      </p>
      <div className="table-toolbar">
        <ExportButtons
          getShown={getShown}
          unit={unit}
          fileParts={['全部明细', `${docs.length}个文件`]}
          sheetName="全部明细"
        />
      </div>
      <div
        ref={scroller}
        className="all-rows-scroller"
        role="region"
        aria-label="全部明细表（可滚动）"
        tabIndex={0}
      >
        <table className="data-table all-rows-table" aria-rowcount={rows.length + 1}>
          <thead>
            <tr aria-rowindex={1}>
              {COLUMNS.map((c) => (
                <th
                  key={c.key}
                  scope="col"
                  className={c.numeric ? 'num' : undefined}
                  aria-sort={sort.key === c.key ? (sort.desc ? 'descending' : 'ascending') : 'none'}
                >
                  <a href={sortHref(c.key, c.numeric)} className="sort-link">
                    {c.key === 'amount' ? `${c.label}（${unit}）` : c.label}
                    <span aria-hidden="true">{sort.key === c.key ? (sort.desc ? ' ▼' : ' ▲') : ''}</span>
                  </a>
                </th>
              ))}
              <th scope="col">原文</th>
            </tr>
          </thead>
          <tbody>
            {before > 0 ? (
              <tr aria-hidden="true" className="spacer">
                <td colSpan={COLUMNS.length + 1} style={{ height: before }} />
              </tr>
            ) : null}
            {items.map((item) => {
              const r = rowAt(item.index);
              if (!r) return null;
              const doc = docs[r.doc];
              return (
                <tr key={item.key} aria-rowindex={item.index + 2} data-index={item.index}>
                  <td className="doc-cell">{doc?.label}</td>
                  <td className="num">表{r.table}</td>
                  <td className="code">{r.code}</td>
                  <td className="name-cell">{r.name}</td>
                  <td className="column-cell">{r.column}</td>
                  <td className="num">{formatFen(r.fen, unit)}</td>
                  <td>
                    <a
                      href={formatHash(
                        routeTo('source', [], { line: String(r.line), doc: doc?.id ?? '' }, route),
                      )}
                      onClick={() => {
                        if (doc) useDashboardStore.getState().setActiveDocument(doc.id);
                      }}
                    >
                      第 {r.line} 行
                    </a>
                  </td>
                </tr>
              );
            })}
            {after > 0 ? (
              <tr aria-hidden="true" className="spacer">
                <td colSpan={COLUMNS.length + 1} style={{ height: after }} />
              </tr>
            ) : null}
          </tbody>
        </table>
      </div>
    </section>
  );
}
