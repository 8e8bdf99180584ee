/**
 * 对比: two or more documents side by side (department against department, or years of one department).
 * URL: `#/compare?docs=<id>,<id>[,…]&trail=<code>,<code>` — `docs` defaults to every readable document (the active
 * one first, at most four); `trail` drills the 类 → 款 → 项 composition in all of them at once.
 * The first document is the base: differences are (document − base), in amount and in percent.
 */
import { useMemo } from 'react';

import type { CompareInput, Ratio } from '@/domain/compare';
import { compareDocuments, compareLevel, difference } from '@/domain/compare';
import { buildFunctionTree, formatTrail, parseTrail } from '@/domain/drill';
import type { Fen, MoneyUnit } from '@/domain/money';
import { formatFen, formatPercent, formatScaled, roundDiv } from '@/domain/money';
import type { OverviewFigure } from '@/domain/overview';
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

function FigureCell({
  figure,
  docId,
  unit,
  route,
}: {
  figure: OverviewFigure | null;
  docId: string;
  unit: MoneyUnit;
  route: Route;
}) {
  if (!figure) return <td className="num blank">未印出</td>;
  const line = figure.place?.line;
  return (
    <td className="num">
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
    </td>
  );
}

function DiffCells({ amount, base, unit }: { amount: Fen | null; base: Fen | null; unit: MoneyUnit }) {
  const d = difference(amount, base);
  return (
    <>
      <td className={`num diff${d !== null && d < 0 ? ' down' : ''}`}>
        {d === null ? '—' : signed(d, unit)}
      </td>
      <td className="num diff">{d === null || base === null ? '—' : signedPercent(d, base)}</td>
    </>
  );
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
          <div className="table-scroll" role="region" aria-label="总量对比（可横向滚动）" tabIndex={0}>
            <table className="data-table compare-table" data-testid="compare-totals">
              <caption>总量、基本与项目、“三公”经费（单位：{unit}）</caption>
              <thead>
                <tr>
                  <th scope="col">项目</th>
                  {inputs.map((d, i) => (
                    <th key={d.id} scope="col" colSpan={i === 0 ? 1 : 3}>
                      {d.label}
                      {i === 0 ? '（基准）' : ''}
                    </th>
                  ))}
                </tr>
                <tr>
                  <th scope="col" className="visually-hidden">
                    栏
                  </th>
                  {inputs.map((d, i) =>
                    i === 0 ? (
                      <th key={d.id} scope="col" className="num">
                        金额
                      </th>
                    ) : (
                      [
                        <th key={`${d.id}-v`} scope="col" className="num">
                          金额
                        </th>,
                        <th key={`${d.id}-d`} scope="col" className="num">
                          差额
                        </th>,
                        <th key={`${d.id}-p`} scope="col" className="num">
                          变动率
                        </th>,
                      ]
                    ),
                  )}
                </tr>
              </thead>
              <tbody>
                {comparison.totals.map((row) => (
                  <tr key={row.id} data-row={row.id}>
                    <th scope="row">{row.label}</th>
                    {row.cells.map((c, i) => {
                      const id = inputs[i]?.id ?? '';
                      return i === 0 ? (
                        <FigureCell key={id} figure={c.figure} docId={id} unit={unit} route={route} />
                      ) : (
                        [
                          <FigureCell
                            key={`${id}-v`}
                            figure={c.figure}
                            docId={id}
                            unit={unit}
                            route={route}
                          />,
                          <DiffCells
                            key={`${id}-d`}
                            amount={c.figure?.fen ?? null}
                            base={row.cells[0]?.figure?.fen ?? null}
                            unit={unit}
                          />,
                        ]
                      );
                    })}
                  </tr>
                ))}
                {comparison.ratios.map((row) => (
                  <tr key={row.id} data-row={row.id}>
                    <th scope="row">
                      {row.label}
                      <span className="derived-note">推算：{row.formula}</span>
                    </th>
                    {row.values.map((v, i) =>
                      i === 0 ? (
                        <td key={i} className="num">
                          {ratioText(v, row.kind)}
                        </td>
                      ) : (
                        [
                          <td key={`${i}-v`} className="num">
                            {ratioText(v, row.kind)}
                          </td>,
                          <td key={`${i}-d`} className="num diff" colSpan={2}>
                            {v && row.values[0] ? ratioDiff(v, row.values[0], row.kind) : '—'}
                          </td>,
                        ]
                      ),
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>

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
          <div className="table-scroll" role="region" aria-labelledby="compare-drill-title" tabIndex={0}>
            <table className="data-table compare-table" data-testid="compare-drill">
              <thead>
                <tr>
                  <th scope="col">科目</th>
                  {inputs.map((d, i) => (
                    <th key={d.id} scope="col" className="num">
                      {d.label}
                      {i === 0 ? '（基准）' : ''}
                    </th>
                  ))}
                  {inputs.slice(1).map((d) => (
                    <th key={`${d.id}-d`} scope="col" className="num">
                      差额（{d.label}）
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {level.rows.map((r) => (
                  <tr key={r.id} data-code={r.id}>
                    <th scope="row">
                      {r.drillable ? (
                        <a href={trailHref([...trail, r.id])}>
                          {r.id} {r.name}
                        </a>
                      ) : (
                        `${r.id} ${r.name}`
                      )}
                    </th>
                    {r.fen.map((f, i) => (
                      <td key={i} className="num">
                        {f === null ? '—' : formatFen(f, unit)}
                      </td>
                    ))}
                    {r.fen.slice(1).map((f, i) => {
                      const d = difference(f, r.fen[0]);
                      return (
                        <td key={`d${i}`} className="num diff">
                          {d === null ? '—' : signed(d, unit)}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
              <tfoot>
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
              </tfoot>
            </table>
          </div>
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
