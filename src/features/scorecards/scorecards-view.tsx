/**
 * 绩效自评: the department card and every project card.
 * URL: `#/scorecards` (list; params `sort=<key>:<asc|desc>`, `impl`, `cat`, `type`, `q`), `#/scorecards/<id>` (a card:
 * `department` or the project number 1–17).
 */
import { lazy, Suspense, useMemo } from 'react';

import { Amount } from '@/components/amount';
import type { Scorecard } from '@/domain/final-accounts.types';
import { dropTrailingZeros, formatScaled } from '@/domain/money';
import type { ScorecardRow } from '@/domain/scorecards';
import { decimalText, getScorecardRows } from '@/domain/scorecards';
import { useDashboardStore } from '@/store';
import { useDisplayUnit, useRoute } from '@/store/route-context';
import type { Route } from '@/store/route';
import { formatHash, routeTo, withParams } from '@/store/route';
import { getAuditReport } from '@/store/audit-selectors';
import { selectActiveAccounts } from '@/store/selectors';

import { ScorecardDetail } from './scorecard-detail';
import './scorecards.css';

const ScorecardCharts = lazy(() => import('./scorecard-charts'));

type SortKey = 'name' | 'impl' | 'budget' | 'execution' | 'rate' | 'score' | 'lost';
const COLUMNS: ReadonlyArray<{ key: SortKey; label: string; numeric: boolean }> = [
  { key: 'name', label: '项目', numeric: false },
  { key: 'impl', label: '实施单位', numeric: false },
  { key: 'budget', label: '预算数(A)', numeric: true },
  { key: 'execution', label: '执行数(B)', numeric: true },
  { key: 'rate', label: '执行率', numeric: true },
  { key: 'score', label: '自评得分', numeric: true },
  { key: 'lost', label: '失分', numeric: true },
];

function sortValue(r: ScorecardRow, key: SortKey): number | string {
  const c = r.card;
  switch (key) {
    case 'name':
      return c.name;
    case 'impl':
      return c.implementingUnit ?? '';
    case 'budget':
      return c.budget?.fen ?? -1;
    case 'execution':
      return c.execution?.fen ?? -1;
    case 'rate':
      return r.rateBp ?? -1;
    case 'score':
      return c.selfScore ? c.selfScore.value.units * 10 ** (2 - c.selfScore.value.scale) : -1;
    case 'lost':
      return r.lost ? r.lost.units * 10 ** (2 - r.lost.scale) : -1;
  }
}

function sorted(rows: readonly ScorecardRow[], sort: string | undefined): ScorecardRow[] {
  const [key, dir] = (sort ?? '').split(':') as [SortKey | undefined, string | undefined];
  if (!key || !COLUMNS.some((c) => c.key === key)) return [...rows];
  const sign = dir === 'desc' ? -1 : 1;
  return [...rows].sort((a, b) => {
    const x = sortValue(a, key);
    const y = sortValue(b, key);
    return (
      sign *
      (typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), 'zh-CN'))
    );
  });
}

export default function ScorecardsView() {
  const accounts = useDashboardStore(selectActiveAccounts);
  const route = useRoute();
  const unit = useDisplayUnit();
  const rows = useMemo(() => (accounts ? getScorecardRows(accounts) : []), [accounts]);
  if (!accounts) return null;
  const id = route.path[0];
  if (id) {
    const row = rows.find((r) => r.id === id);
    if (!row) {
      return (
        <div role="alert" className="view-error">
          没有编号为“{id}”的自评表。<a href={formatHash(routeTo('scorecards', [], {}, route))}>返回列表</a>
        </div>
      );
    }
    return <ScorecardDetail row={row} accounts={accounts} report={getAuditReport(accounts)} unit={unit} />;
  }
  return <ScorecardList rows={rows} route={route} unit={unit} />;
}

function ScorecardList({
  rows,
  route,
  unit,
}: {
  readonly rows: readonly ScorecardRow[];
  readonly route: Route;
  readonly unit: string;
}) {
  const p = route.params;
  const projects = rows.filter((r) => r.card.kind === 'project');
  const values = (f: (c: Scorecard) => string | null): string[] => [
    ...new Set(projects.map((r) => f(r.card)).filter((x): x is string => !!x)),
  ];
  const filtered = rows.filter(
    (r) =>
      (!p['impl'] || r.card.implementingUnit === p['impl']) &&
      (!p['cat'] || r.card.category === p['cat']) &&
      (!p['type'] || r.card.type === p['type']) &&
      (!p['q'] || r.card.name.includes(p['q'])),
  );
  const shown = sorted(filtered, p['sort']);
  const [sortKey, sortDir] = (p['sort'] ?? '').split(':');
  const go = (changes: Record<string, string | undefined>): void =>
    useDashboardStore.getState().navigate(withParams(route, changes), { replace: true });
  const select = (name: string, label: string, options: string[]) => (
    <label className="filter">
      {label}
      <select value={p[name] ?? ''} onChange={(e) => go({ [name]: e.target.value || undefined })}>
        <option value="">全部</option>
        {options.map((o) => (
          <option key={o} value={o}>
            {o}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <div className="scorecards">
      <h2>绩效自评（部门整体 1 张，项目 {projects.length} 张）</h2>
      <div className="filters" role="search">
        <label className="filter">
          搜索项目
          <input
            type="search"
            value={p['q'] ?? ''}
            onChange={(e) => go({ q: e.target.value || undefined })}
          />
        </label>
        {select(
          'impl',
          '实施单位',
          values((c) => c.implementingUnit),
        )}
        {select(
          'cat',
          '项目类别',
          values((c) => c.category),
        )}
        {select(
          'type',
          '项目类型',
          values((c) => c.type),
        )}
        <span className="count" aria-live="polite">
          显示 {shown.length} / {rows.length}
        </span>
      </div>
      <div className="table-scroll">
        <table className="plain-table scorecard-table" data-testid="scorecard-list">
          <thead>
            <tr>
              {COLUMNS.map((c) => {
                const active = sortKey === c.key;
                const next =
                  active && sortDir === 'asc' ? 'desc' : active && sortDir === 'desc' ? undefined : 'asc';
                return (
                  <th
                    key={c.key}
                    scope="col"
                    className={c.numeric ? 'num' : undefined}
                    aria-sort={active ? (sortDir === 'desc' ? 'descending' : 'ascending') : 'none'}
                  >
                    <button
                      type="button"
                      className="sort-button"
                      onClick={() => go({ sort: next ? `${c.key}:${next}` : undefined })}
                    >
                      {c.label}
                      {c.key === 'budget' || c.key === 'execution' ? `（${unit}）` : ''}
                      <span aria-hidden="true">{active ? (sortDir === 'desc' ? ' ▼' : ' ▲') : ''}</span>
                    </button>
                  </th>
                );
              })}
              <th scope="col">类别 / 类型</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((r) => {
              const c = r.card;
              return (
                <tr key={r.id} data-id={r.id} className={c.kind === 'department' ? 'department' : undefined}>
                  <th scope="row">
                    <a href={formatHash(routeTo('scorecards', [r.id], {}, route))}>
                      {c.kind === 'department' ? `部门整体：${c.name}` : `${r.id}. ${c.name}`}
                    </a>
                  </th>
                  <td>{c.implementingUnit ?? '—'}</td>
                  <td className="num">
                    {c.budget ? (
                      <Amount
                        fen={c.budget.fen}
                        unit={c.budget.unit}
                        label={`${c.name} 预算数`}
                        place={{ line: c.budget.line, where: '绩效自评表' }}
                      />
                    ) : (
                      '未印出'
                    )}
                  </td>
                  <td className="num">
                    {c.execution ? (
                      <Amount
                        fen={c.execution.fen}
                        unit={c.execution.unit}
                        label={`${c.name} 执行数`}
                        place={{ line: c.execution.line, where: '绩效自评表' }}
                      />
                    ) : (
                      '未印出'
                    )}
                  </td>
                  <td className="num">
                    {r.rateBp === null
                      ? '—'
                      : `${dropTrailingZeros(formatScaled(r.rateBp, 2, true))}%${r.rateDerived ? '（未印出，按 B/A）' : ''}`}
                  </td>
                  <td className="num">{c.selfScore?.raw ?? '未印出'}</td>
                  <td className={`num ${r.lost && r.lost.units > 0 ? 'lost-cell' : ''}`}>
                    {r.lost ? decimalText(r.lost) : '—'}
                  </td>
                  <td>
                    {c.kind === 'department' ? '—' : `${c.category ?? '未勾选'} / ${c.type ?? '未勾选'}`}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <Suspense fallback={<p className="loading">正在载入图表…</p>}>
        <ScorecardCharts rows={projects} unit={unit} />
      </Suspense>
    </div>
  );
}
