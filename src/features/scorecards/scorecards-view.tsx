/**
 * 绩效自评: the department card and every project card.
 * URL: `#/scorecards` (list; params `sort=<key>:<asc|desc>`, `impl`, `cat`, `type`, `q`), `#/scorecards/<id>` (a card:
 * `department` or the project number 1–17).
 */
import { lazy, Suspense, useMemo } from 'react';

import { Amount } from '@/components/amount';
import type { ShownCell } from '@/components/data-table/export';
import { useDocumentContext } from '@/components/document-context';
import type { FinalAccounts, Scorecard } from '@/domain/final-accounts.types';
import type { MoneyUnit } from '@/domain/money';
import { dropTrailingZeros, formatScaled } from '@/domain/money';
import type { ScorecardRow } from '@/domain/scorecards';
import { cardLabel, decimalText, getPerformanceNarrative, getScorecardRows } from '@/domain/scorecards';
import type { DataColumn } from '@/lib/data-table';
import { DataTable } from '@/lib/data-table';
import { useRouteSort } from '@/store/route-sort';
import { useDashboardStore } from '@/store';
import { useDisplayUnit, useRoute } from '@/store/route-context';
import type { Route } from '@/store/route';
import { formatHash, routeTo, withParams } from '@/store/route';
import { getAuditReport } from '@/store/audit-selectors';
import { selectActiveAccounts } from '@/store/selectors';

import { ScorecardDetail } from './scorecard-detail';
import './scorecards.css';

const ScorecardCharts = lazy(() => import('./scorecard-charts'));

/** 项目类别 / 项目类型 as ticked: 未勾选 when the row prints options but none is ticked, 未印出 when it has no such row. */
function optionsText(c: ScorecardRow['card']): string {
  const one = (ticked: string | null, options: readonly string[]): string =>
    ticked ?? (options.length > 0 ? '未勾选' : '未印出');
  return `${one(c.category, c.categoryOptions)} / ${one(c.type, c.typeOptions)}`;
}

/** A score or lost points in hundredths (exact: they print at most two decimals). */
const hundredths = (
  v: { readonly units: number; readonly scale: number } | null | undefined,
): number | null => (v ? v.units * 10 ** (2 - v.scale) : null);

const rateText = (r: ScorecardRow): string =>
  r.rateBp === null ? '—' : `${dropTrailingZeros(formatScaled(r.rateBp, 2, true))}%`;

/** The list's columns (ids are the URL's `sort=` keys: name, impl, budget, execution, rate, score, lost). */
function scorecardColumns(unit: string, route: Route): DataColumn<ScorecardRow>[] {
  const text = (s: string): ShownCell => ({ kind: 'text', text: s });
  const amountColumn = (id: 'budget' | 'execution', header: string): DataColumn<ScorecardRow> => ({
    id,
    header,
    levels: [`${header}（${unit}）`],
    kind: 'amount',
    sortValue: (r) => r.card[id]?.fen ?? null,
    cell: (r) => {
      const f = r.card[id];
      return f ? (
        <Amount
          fen={f.fen}
          unit={f.unit}
          label={`${r.card.name} ${header}`}
          place={{ line: f.line, where: '绩效自评表' }}
        />
      ) : (
        '未印出'
      );
    },
    exportCell: (r) => {
      const f = r.card[id];
      return f ? { kind: 'amount', fen: f.fen } : text('未印出');
    },
  });
  return [
    {
      id: 'name',
      header: '项目',
      kind: 'name',
      rowHeader: true,
      sortValue: (r) => r.card.name,
      cell: (r) => <a href={formatHash(routeTo('scorecards', [r.id], {}, route))}>{cardLabel(r.card)}</a>,
      exportCell: (r) => text(cardLabel(r.card)),
    },
    {
      id: 'impl',
      header: '实施单位',
      kind: 'text',
      sortValue: (r) => r.card.implementingUnit,
      cell: (r) => r.card.implementingUnit ?? '—',
      exportCell: (r) => text(r.card.implementingUnit ?? ''),
    },
    amountColumn('budget', '预算数(A)'),
    amountColumn('execution', '执行数(B)'),
    {
      id: 'rate',
      header: '执行率',
      kind: 'number',
      sortValue: (r) => r.rateBp,
      cell: (r) => (
        <>
          {rateText(r)}
          {r.rateDerived ? <span className="cell-note">未印出，按 B/A 推算</span> : null}
        </>
      ),
      exportCell: (r) => (r.rateBp === null ? { kind: 'blank' } : text(rateText(r))),
    },
    {
      id: 'rate-source',
      header: '执行率来源',
      kind: 'text',
      exportOnly: true,
      cell: () => null,
      exportCell: (r) => text(r.rateBp === null ? '' : r.rateDerived ? '未印出，按 B/A 推算' : '自评表印出'),
    },
    {
      id: 'score',
      header: '自评得分',
      kind: 'number',
      sortValue: (r) => hundredths(r.card.selfScore?.value),
      cell: (r) => r.card.selfScore?.raw ?? '未印出',
      exportCell: (r) =>
        r.card.selfScore ? { kind: 'number', decimal: decimalText(r.card.selfScore.value) } : text('未印出'),
    },
    {
      id: 'lost',
      header: '失分',
      kind: 'number',
      sortValue: (r) => hundredths(r.lost),
      className: 'lost',
      cell: (r) =>
        r.lost ? (
          <span className={r.lost.units > 0 ? 'lost-cell' : undefined}>{decimalText(r.lost)}</span>
        ) : (
          '—'
        ),
      exportCell: (r) => (r.lost ? { kind: 'number', decimal: decimalText(r.lost) } : { kind: 'blank' }),
    },
    {
      id: 'kind',
      header: '类别 / 类型',
      kind: 'text',
      cell: (r) => (r.card.kind === 'department' ? '—' : optionsText(r.card)),
      exportCell: (r) => text(r.card.kind === 'department' ? '' : optionsText(r.card)),
    },
  ];
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
  if (rows.length === 0) return <NoScorecards accounts={accounts} />;
  return <ScorecardList rows={rows} route={route} unit={unit} />;
}

const FIGURE_KIND = { amount: '金额', percent: '比例', count: '个数', score: '得分' } as const;

/** A document that publishes no scorecards: said so, with what its prose says of 绩效 and where. */
function NoScorecards({ accounts }: { readonly accounts: FinalAccounts }) {
  const ctx = useDocumentContext();
  const narrative = useMemo(() => getPerformanceNarrative(accounts), [accounts]);
  return (
    <div className="scorecards no-scorecards">
      <h2 id="scorecards-heading">绩效自评</h2>
      <p className="notice" data-testid="no-scorecards">
        这份文档没有公布绩效自评表（部门整体或项目支出绩效自评表）。
        {narrative.length > 0
          ? '以下是它在文字中说明的绩效情况，数字均为原文所印。'
          : '文中也没有关于绩效的说明。'}
      </p>
      {narrative.map((p) => (
        <section key={p.line} className="performance-narrative" aria-label={p.heading}>
          <h3>
            {p.heading} <a href={ctx.sourceHref(p.headingLine)}>第 {p.headingLine} 行</a>
          </h3>
          <p className="narrative-text">{p.text}</p>
          <ul className="narrative-figures">
            {p.figures.map((f, i) => (
              <li key={i}>
                <span className="figure-kind">
                  {FIGURE_KIND[f.kind as keyof typeof FIGURE_KIND] ?? f.kind}
                </span>
                <strong>{f.raw}</strong>
                <span className="figure-label">{f.label.slice(-24)}</span>
                <a href={ctx.sourceHref(f.line)}>第 {f.line} 行</a>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
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
  const { sort, onSortChange } = useRouteSort();
  const columns = useMemo(() => scorecardColumns(unit, route), [unit, route]);
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
      <h2 id="scorecards-heading">
        绩效自评（部门整体 {rows.length - projects.length} 张，项目 {projects.length} 张）
      </h2>
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
          显示 {filtered.length} / {rows.length}
        </span>
      </div>
      <DataTable
        rows={filtered}
        columns={columns}
        getRowId={(r) => r.id}
        labelledBy="scorecards-heading"
        sort={sort}
        onSortChange={onSortChange}
        unit={unit as MoneyUnit}
        exportAs={{ fileParts: ['绩效自评'], sheetName: '绩效自评' }}
        rowClassName={(r) => (r.card.kind === 'department' ? 'department' : undefined)}
        rowProps={(r) => ({ 'data-id': r.id })}
        testId="scorecard-list"
        className="scorecard-table"
        stackOnPhone
        empty="没有符合条件的自评表。"
      />
      <Suspense fallback={<p className="loading">正在载入图表…</p>}>
        <ScorecardCharts rows={projects} unit={unit} />
      </Suspense>
    </div>
  );
}
