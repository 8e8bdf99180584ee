/**
 * 对比: two or more documents side by side (department against department, or years of one department).
 * URL: `#/compare?docs=<id>,<id>[,…]&trail=<code>,<code>` — `docs` defaults to every readable document (the active
 * one first, at most four); `trail` drills the 类 → 款 → 项 composition in all of them at once.
 * The first document is the base: differences are (document − base), in amount and in percent.
 */
import { useMemo } from 'react';

import type { ShownCell } from '@/components/data-table/export';
import type { CompareInput, CompareLevelRow, CompareRatioRow, CompareRow, Ratio } from '@/domain/compare';
import { compareDocuments, compareLevel, difference } from '@/domain/compare';
import { buildFunctionTree, formatTrail, parseTrail } from '@/domain/drill';
import type { Fen, MoneyUnit } from '@/domain/money';
import { formatFen, formatPercent, formatScaled, roundDiv } from '@/domain/money';
import type { OverviewFigure } from '@/domain/overview';
import type { DataColumn } from '@/lib/data-table';
import { DataTable } from '@/lib/data-table';
import { useRouteSort } from '@/store/route-sort';
import { useDashboardStore } from '@/store';
import { getAuditReport } from '@/store/audit-selectors';
import { useDisplayUnit, useRoute } from '@/store/route-context';
import type { Route } from '@/store/route';
import { formatHash, routeTo, withParams } from '@/store/route';
import { selectActiveId, selectDocuments } from '@/store/selectors';

import './compare.css';

const MAX_DEFAULT = 4;

function signed(fen: Fen, unit: MoneyUnit): string {
  return `${fen > 0 ? '+' : ''}${formatFen(fen, unit)}`;
}

/** A change in percent of the base, signed like the amount it goes with (`+100.0%`, `-65.3%`). */
function signedPercent(change: Fen, base: Fen): string {
  const text = formatPercent(change, base, 1);
  return change > 0 && base > 0 ? `+${text}` : text;
}

function ratioText(r: Ratio | null, kind: 'percent' | 'points'): string {
  if (!r) return '—';
  return kind === 'percent'
    ? formatPercent(r.num, r.den, 1)
    : `${formatScaled(roundDiv(r.num * 100, r.den), 2, true)} 分`;
}

function FigureContent({
  figure,
  docId,
  unit,
  route,
}: {
  readonly figure: OverviewFigure | null;
  readonly docId: string;
  readonly unit: MoneyUnit;
  readonly route: Route;
}) {
  if (!figure) return <span className="blank">未印出</span>;
  const line = figure.place?.line;
  return (
    <>
      <span className="amount-text">{formatFen(figure.fen, unit)}</span>
      {figure.derived ? <span className="derived-note">推算：{figure.derived.formula}</span> : null}
      {line ? (
        <a
          className="line-link"
          href={formatHash(routeTo('source', [], { line: String(line), doc: docId }, route))}
        >
          {figure.place?.table ? `表${figure.place.table} ` : ''}第 {line} 行
        </a>
      ) : null}
    </>
  );
}

/** A row of the totals table: a printed (or derived) figure per document, or an exact ratio per document. */
type TotalsRow =
  | { readonly kind: 'figure'; readonly id: string; readonly label: string; readonly row: CompareRow }
  | { readonly kind: 'ratio'; readonly id: string; readonly label: string; readonly row: CompareRatioRow };

const text = (t: string): ShownCell => ({ kind: 'text', text: t });
const fenCell = (f: Fen | null | undefined): ShownCell =>
  f === null || f === undefined ? { kind: 'dash' } : { kind: 'amount', fen: f };

/** The totals table's columns: 项目, then per document 金额 (and for the others 差额 and 变动率 against the base). */
function totalsColumns(
  inputs: readonly CompareInput[],
  unit: MoneyUnit,
  route: Route,
): DataColumn<TotalsRow>[] {
  const cols: DataColumn<TotalsRow>[] = [
    {
      id: 'item',
      header: '项目',
      kind: 'name',
      rowHeader: true,
      cell: (r) => (
        <>
          {r.label}
          {r.kind === 'ratio' ? <span className="derived-note">推算：{r.row.formula}</span> : null}
        </>
      ),
      exportCell: (r) => text(r.label),
    },
  ];
  inputs.forEach((d, i) => {
    const group = `${d.label}${i === 0 ? '（基准）' : ''}`;
    const figure = (r: TotalsRow) => (r.kind === 'figure' ? (r.row.cells[i]?.figure ?? null) : null);
    const baseFen = (r: TotalsRow) => (r.kind === 'figure' ? (r.row.cells[0]?.figure?.fen ?? null) : null);
    cols.push({
      id: `v${i}`,
      header: `${group} 金额`,
      levels: [group, '金额'],
      kind: 'amount',
      cell: (r) =>
        r.kind === 'figure' ? (
          <FigureContent figure={figure(r)} docId={d.id} unit={unit} route={route} />
        ) : (
          ratioText(r.row.values[i] ?? null, r.row.kind)
        ),
      exportCell: (r) =>
        r.kind === 'figure' ? fenCell(figure(r)?.fen) : text(ratioText(r.row.values[i] ?? null, r.row.kind)),
    });
    if (i === 0) return;
    cols.push(
      {
        id: `d${i}`,
        header: `${group} 差额`,
        levels: [group, '差额'],
        kind: 'amount',
        className: 'diff',
        cell: (r) => {
          if (r.kind === 'ratio') {
            const v = r.row.values[i];
            const b = r.row.values[0];
            return v && b ? ratioDiff(v, b, r.row.kind) : '—';
          }
          const diff = difference(figure(r)?.fen, baseFen(r));
          return diff === null ? (
            '—'
          ) : (
            <span className={diff < 0 ? 'down' : undefined}>{signed(diff, unit)}</span>
          );
        },
        exportCell: (r) => {
          if (r.kind === 'ratio') {
            const v = r.row.values[i];
            const b = r.row.values[0];
            return v && b ? text(ratioDiff(v, b, r.row.kind)) : { kind: 'dash' };
          }
          return fenCell(difference(figure(r)?.fen, baseFen(r)));
        },
      },
      {
        id: `p${i}`,
        header: `${group} 变动率`,
        levels: [group, '变动率'],
        kind: 'number',
        className: 'diff',
        cell: (r) => {
          const diff = r.kind === 'figure' ? difference(figure(r)?.fen, baseFen(r)) : null;
          const base = baseFen(r);
          return diff === null || base === null ? '—' : signedPercent(diff, base);
        },
        exportCell: (r) => {
          const diff = r.kind === 'figure' ? difference(figure(r)?.fen, baseFen(r)) : null;
          const base = baseFen(r);
          return diff === null || base === null ? { kind: 'dash' } : text(signedPercent(diff, base));
        },
      },
    );
  });
  return cols;
}

/** The drill table's columns: 科目, each document's figure, then each document's difference from the base. */
function drillColumns(
  inputs: readonly CompareInput[],
  unit: MoneyUnit,
  childHref: (id: string) => string,
): DataColumn<CompareLevelRow>[] {
  return [
    {
      id: 'item',
      header: '科目',
      kind: 'name',
      rowHeader: true,
      sortValue: (r) => r.id,
      cell: (r) =>
        r.drillable ? (
          <a href={childHref(r.id)}>
            {r.id} {r.name}
          </a>
        ) : (
          `${r.id} ${r.name}`
        ),
      exportCell: (r) => text(`${r.id} ${r.name}`),
    },
    ...inputs.map((d, i): DataColumn<CompareLevelRow> => ({
      id: `v${i}`,
      header: `${d.label}${i === 0 ? '（基准）' : ''}`,
      kind: 'amount',
      sortValue: (r) => r.fen[i] ?? null,
      cell: (r) => {
        const f = r.fen[i];
        return f === null || f === undefined ? '—' : formatFen(f, unit);
      },
      exportCell: (r) => fenCell(r.fen[i]),
    })),
    ...inputs.slice(1).map((d, k): DataColumn<CompareLevelRow> => ({
      id: `d${k + 1}`,
      header: `差额（${d.label}）`,
      kind: 'amount',
      className: 'diff',
      sortValue: (r) => difference(r.fen[k + 1], r.fen[0]),
      cell: (r) => {
        const diff = difference(r.fen[k + 1], r.fen[0]);
        return diff === null ? '—' : signed(diff, unit);
      },
      exportCell: (r) => fenCell(difference(r.fen[k + 1], r.fen[0])),
    })),
  ];
}

export default function CompareView() {
  const documents = useDashboardStore(selectDocuments);
  const activeId = useDashboardStore(selectActiveId);
  const route = useRoute();
  const unit = useDisplayUnit();
  const readable = useMemo(
    () => documents.flatMap((d) => (d.result.ok ? [{ entry: d, accounts: d.result.accounts }] : [])),
    [documents],
  );
  const docsParam = route.params['docs'] ?? '';
  const chosenKey = useMemo(() => {
    const requested = docsParam.split(',').filter((id) => id !== '');
    const ids =
      requested.length > 0
        ? requested.filter((id) => readable.some((d) => d.entry.id === id))
        : [
            ...readable.filter((d) => d.entry.id === activeId),
            ...readable.filter((d) => d.entry.id !== activeId),
          ]
            .slice(0, MAX_DEFAULT)
            .map((d) => d.entry.id);
    return ids.join(',');
  }, [docsParam, readable, activeId]);
  const chosenIds = chosenKey === '' ? [] : chosenKey.split(',');
  const inputs = useMemo<CompareInput[]>(
    () =>
      chosenKey
        .split(',')
        .flatMap((id) => readable.filter((d) => d.entry.id === id))
        .map((d) => ({
          id: d.entry.id,
          label: `${d.accounts.meta.department} · ${d.accounts.meta.year}`,
          accounts: d.accounts,
          audit: getAuditReport(d.accounts),
        })),
    [chosenKey, readable],
  );
  const comparison = useMemo(() => compareDocuments(inputs), [inputs]);
  const trees = useMemo(() => inputs.map((d) => buildFunctionTree(d.accounts, 'total', 3)), [inputs]);
  const trailParam = route.params['trail'];
  const trail = useMemo(() => parseTrail(trailParam), [trailParam]);
  const level = useMemo(() => compareLevel(trees, trail), [trees, trail]);

  const toggleHref = (id: string): string => {
    const next = chosenIds.includes(id) ? chosenIds.filter((x) => x !== id) : [...chosenIds, id];
    return formatHash(withParams(route, { docs: next.join(',') }));
  };
  const trailHref = (next: readonly string[]): string =>
    formatHash(withParams(route, { trail: formatTrail(next) }));
  const base = inputs[0];
  const drillSort = useRouteSort();
  const totalsRows = useMemo<TotalsRow[]>(
    () => [
      ...comparison.totals.map((row) => ({ kind: 'figure' as const, id: row.id, label: row.label, row })),
      ...comparison.ratios.map((row) => ({ kind: 'ratio' as const, id: row.id, label: row.label, row })),
    ],
    [comparison],
  );
  const totalsCols = useMemo(() => totalsColumns(inputs, unit, route), [inputs, unit, route]);
  const drillCols = useMemo(
    () =>
      drillColumns(inputs, unit, (id) =>
        formatHash(withParams(route, { trail: formatTrail([...trail, id]) })),
      ),
    [inputs, unit, route, trail],
  );

  return (
    <section className="compare-view" aria-labelledby="compare-title">
      <h2 id="compare-title">对比（{inputs.length} 个文件）</h2>
      <nav aria-label="参与对比的文件" className="compare-picker">
        <p className="note">
          第一个文件为基准，差额 = 该文件 − 基准，变动率 = 差额 ÷ 基准。点击文件名加入或移出对比。
        </p>
        <ul>
          {readable.map((d) => {
            const on = chosenIds.includes(d.entry.id);
            return (
              <li key={d.entry.id}>
                <a
                  href={toggleHref(d.entry.id)}
                  aria-pressed={on}
                  className={on ? 'chip on' : 'chip'}
                  role="button"
                >
                  {on ? '✓ ' : '+ '}
                  {d.accounts.meta.department} · {d.accounts.meta.year}（{d.entry.name}）
                </a>
              </li>
            );
          })}
        </ul>
      </nav>

      {inputs.length < 2 ? (
        <p className="panel" role="status">
          请至少选择两个文件进行对比
          {readable.length < 2 ? '：先用页头的“打开文件”导入另一份决算公开文件。' : '。'}
        </p>
      ) : (
        <>
          <h3 id="compare-totals-title">总量、基本与项目、“三公”经费（单位：{unit}）</h3>
          <DataTable
            rows={totalsRows}
            columns={totalsCols}
            getRowId={(r) => r.id}
            labelledBy="compare-totals-title"
            sort={null}
            unit={unit}
            exportAs={{ fileParts: ['对比', '总量'], sheetName: '对比-总量' }}
            rowProps={(r) => ({ 'data-row': r.id })}
            testId="compare-totals"
            className="compare-table"
          />

          <h3 id="compare-drill-title">支出构成：按功能分类逐级对比（表3 本年支出合计）</h3>
          <nav aria-label="对比钻取路径" className="breadcrumb">
            <a href={trailHref([])}>合计</a>
            {level.path.slice(1).map((n, i) => (
              <span key={n.id}>
                {' › '}
                <a
                  href={trailHref(trail.slice(0, i + 1))}
                  aria-current={i === level.path.length - 2 ? 'page' : undefined}
                >
                  {n.id} {n.name}
                </a>
              </span>
            ))}
          </nav>
          <DataTable
            rows={level.rows}
            columns={drillCols}
            getRowId={(r) => r.id}
            labelledBy="compare-drill-title"
            {...drillSort}
            unit={unit}
            exportAs={{
              fileParts: ['对比', level.path.at(-1)?.name ?? '合计'],
              sheetName: '对比-支出构成',
            }}
            rowProps={(r) => ({ 'data-code': r.id })}
            testId="compare-drill"
            className="compare-table"
            footer={
              <tr>
                <th scope="row">本级合计</th>
                {level.totals.map((f, i) => (
                  <td key={i} className="num">
                    {f === null ? '—' : formatFen(f, unit)}
                  </td>
                ))}
                {level.totals.slice(1).map((f, i) => {
                  const d = difference(f, level.totals[0]);
                  return (
                    <td key={`d${i}`} className="num diff">
                      {d === null ? '—' : signed(d, unit)}
                    </td>
                  );
                })}
              </tr>
            }
          />
          {base ? <p className="note">“—”：该文件没有印出此科目或此项数字（不以 0 代替）。</p> : null}
        </>
      )}
    </section>
  );
}

/** The difference of two exact ratios, in percentage points (or points), rounded once. */
function ratioDiff(v: Ratio, base: Ratio, kind: 'percent' | 'points'): string {
  // v.num/v.den − b.num/b.den = (v.num·b.den − b.num·v.den) / (v.den·b.den), exactly (BigInt), rounded once.
  const num = BigInt(v.num) * BigInt(base.den) - BigInt(base.num) * BigInt(v.den);
  const den = BigInt(v.den) * BigInt(base.den);
  const n = num * BigInt(kind === 'percent' ? 1000 : 100);
  const neg = n < 0n !== den < 0n;
  const an = n < 0n ? -n : n;
  const ad = den < 0n ? -den : den;
  const q = (2n * an + ad) / (2n * ad);
  const scaled = Number(neg ? -q : q);
  const text = formatScaled(scaled, kind === 'percent' ? 1 : 2, true);
  return `${scaled > 0 ? '+' : ''}${text} ${kind === 'percent' ? '个百分点' : '分'}`;
}
