/**
 * One drill through a classification tree (function: 合计 → 类 → 款 → 项; economic: 基本支出 → 经费 → 类 → 款): the
 * breadcrumb, the chart of the current level and, beside it, the same level as a table with shares and 名词解释.
 * The trail lives in the URL; every step is a history entry.
 */
import type { KeyboardEvent, MouseEvent } from 'react';
import { lazy, Suspense, useEffect, useMemo, useRef, useState } from 'react';

import { ChartFrame } from '@/components/chart-frame';
import type { DrillLevel, DrillNode, DrillTree } from '@/domain/drill';
import { formatTrail, getDrillLevel, pathTo, resolveTrail } from '@/domain/drill';
import type { GlossaryEntry } from '@/domain/final-accounts.types';
import type { Fen, MoneyUnit } from '@/domain/money';
import { formatFen, formatPercent, moneyTick } from '@/domain/money';
import { useDashboardStore } from '@/store';
import type { Route } from '@/store/route';
import { formatHash } from '@/store/route';
import { useRouteSort } from '@/store/route-sort';

import type { BarDatum, FocusRequest } from '@/components/bar-list-chart';
import { DRILL_MARK, nodeLabel } from './drill-format';
import { drillRoute } from './drill-params';
import { LevelTable, SelectedItem } from './level-table';

const BarListChart = lazy(() => import('@/components/bar-list-chart'));

interface TargetedFocus extends FocusRequest {
  readonly target: 'chart' | 'table';
}

interface HierarchyDrillProps {
  readonly tree: DrillTree;
  readonly rawTrail: readonly string[];
  readonly route: Route;
  readonly unit: MoneyUnit;
  readonly glossary: readonly GlossaryEntry[];
}

function isTyping(target: EventTarget): boolean {
  const el = target as HTMLElement;
  return el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName);
}

function childLevelName(tree: DrillTree, level: DrillLevel): string {
  const first = level.parent.children[0];
  if (first) return first.level;
  return tree.mode === 'economic' ? '款' : '项';
}

export function HierarchyDrill({ tree, rawTrail, route, unit, glossary }: HierarchyDrillProps) {
  const { trail, missing } = useMemo(() => resolveTrail(tree, rawTrail), [tree, rawTrail]);
  const level = useMemo(() => getDrillLevel(tree, trail), [tree, trail]);
  const levelSort = useRouteSort();
  const [focusRequest, setFocusRequest] = useState<TargetedFocus | null>(null);
  const definitions = useMemo(
    () => new Map(glossary.filter((g) => g.code !== null).map((g) => [g.code as string, g] as const)),
    [glossary],
  );

  // A link that names a node by its code alone (`trail=2010350`, `301,30101`) is rewritten to the full trail.
  const canonical = formatTrail(trail);
  const raw = formatTrail(rawTrail);
  useEffect(() => {
    if (raw !== '' && missing === null && raw !== canonical) {
      useDashboardStore.getState().navigate(drillRoute(route, { trail }), { replace: true });
    }
  }, [raw, canonical, missing, route, trail]);

  // Bench hook: a drill step measured from the action to the first frame after the new level is committed.
  useEffect(() => {
    const frame = requestAnimationFrame(() => {
      if (performance.getEntriesByName(DRILL_MARK, 'mark').length > 0) {
        performance.measure('drill-step', DRILL_MARK);
        performance.clearMarks(DRILL_MARK);
      }
    });
    return () => cancelAnimationFrame(frame);
  }, [canonical]);

  const go = (next: readonly string[], focusId: string | null, target: 'chart' | 'table' = 'chart'): void => {
    performance.mark(DRILL_MARK);
    setFocusRequest((prev) => (focusId ? { id: focusId, seq: (prev?.seq ?? 0) + 1, target } : null));
    useDashboardStore.getState().navigate(drillRoute(route, { trail: next }));
  };

  /** Drills into a node with children, selects a leaf. From the keyboard, focus follows to the new level. */
  const activate = (id: string, how: 'pointer' | 'keyboard', from: 'chart' | 'table' = 'chart'): void => {
    const node = tree.byId.get(id);
    if (!node) return;
    const keyboard = how === 'keyboard';
    if (node.children.length > 0) {
      const first = node.children.find((c) => c.fen !== null) ?? node.children[0];
      go(pathTo(tree, id), keyboard && first ? first.id : null, from);
    } else {
      go(pathTo(tree, id), keyboard ? id : null, from);
    }
  };

  const up = (keyboard: boolean, from: 'chart' | 'table' = 'chart'): void => {
    if (level.selected) go(trail.slice(0, -1), keyboard ? level.selected.id : null, from);
    else if (trail.length > 0) go(trail.slice(0, -1), keyboard ? level.parent.id : null, from);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLElement>): void => {
    if (e.key !== 'Backspace' || isTyping(e.target) || e.altKey || e.ctrlKey || e.metaKey) return;
    e.preventDefault();
    const inTable = e.target instanceof Element && e.target.closest('.drill-level') !== null;
    up(true, inTable ? 'table' : 'chart');
  };
  // After a pointer drill the clicked mark may be redrawn and the focus fall back to the page: Backspace there
  // still goes up (the handler above only sees keys from inside the drill).
  const upRef = useRef(up);
  useEffect(() => {
    upRef.current = up;
  });
  useEffect(() => {
    const onPageKey = (e: globalThis.KeyboardEvent): void => {
      if (e.key !== 'Backspace' || e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
      if (e.target !== document.body && e.target !== document.documentElement) return;
      e.preventDefault();
      upRef.current(true);
    };
    document.addEventListener('keydown', onPageKey);
    return () => document.removeEventListener('keydown', onPageKey);
  }, []);
  const chartFocus = focusRequest?.target === 'chart' ? focusRequest : null;
  const tableFocus = focusRequest?.target === 'table' ? focusRequest : null;

  const parentLabel = nodeLabel(level.parent);
  const childLevel = childLevelName(tree, level);
  const shareText = (num: number, den: number): string => formatPercent(num, den, 1);
  const data: BarDatum[] = level.items.map((item) => {
    const n = item.node;
    const fen = n.fen ?? 0;
    const share = item.share ? shareText(item.share.num, item.share.den) : null;
    const amount = `${formatFen(fen as Fen, unit)} ${unit}`;
    const action = item.drillable ? `按 Enter 查看下级${n.children[0]?.level ?? ''}` : '按 Enter 选中';
    return {
      id: n.id,
      name: nodeLabel(n),
      value: fen,
      valueText: share ? `${formatFen(fen as Fen, unit)} · ${share}` : formatFen(fen as Fen, unit),
      ariaLabel: `${nodeLabel(n)}：${amount}${share ? `，占${parentLabel} ${share}` : ''}。${action}`,
      tone: level.selected?.id === n.id ? 'selected' : 'default',
      interactive: true,
      ...(item.drillable ? {} : { pressed: level.selected?.id === n.id }),
    };
  });

  const lines = level.items.map((i) => i.node.place?.line ?? 0).filter((l) => l > 0);
  const lineRange =
    lines.length > 0
      ? Math.min(...lines) === Math.max(...lines)
        ? `第 ${Math.min(...lines)} 行`
        : `第 ${Math.min(...lines)}–${Math.max(...lines)} 行`
      : '';
  const source = [
    `表${tree.table} ${tree.tableTitle.replace(/^\d{4}\s*年度/, '').replace(/（表\s*\d+）$/, '')}`,
    lineRange,
    `“${tree.column}”栏`,
    level.parent.derived ? `${parentLabel} = ${level.parent.derived.formula}（推算）` : '',
    level.blanks.length > 0 ? `空白栏次不画（${level.blanks.length} 个）` : '',
  ]
    .filter(Boolean)
    .join('，');
  const title = `${parentLabel} · 按${childLevel}（${tree.column}）`;
  const chartTable = {
    columns: ['科目', `${tree.column}（${unit}）`, `占${parentLabel}`],
    rows: level.items.map((i) => [
      nodeLabel(i.node),
      formatFen((i.node.fen ?? 0) as Fen, unit),
      i.share ? shareText(i.share.num, i.share.den) : '—',
    ]),
  };
  const crumbHref = (n: DrillNode): string => formatHash(drillRoute(route, { trail: pathTo(tree, n.id) }));
  const onCrumb = (e: MouseEvent<HTMLAnchorElement>, n: DrillNode, index: number): void => {
    e.preventDefault();
    const cameFrom = level.path[index + 1];
    go(pathTo(tree, n.id), e.detail === 0 && cameFrom ? cameFrom.id : null);
  };
  const current = level.path[level.path.length - 1];

  return (
    <section className="drill-hierarchy" onKeyDown={onKeyDown} aria-label="钻取">
      <div className="drill-nav">
        <nav aria-label="钻取路径" className="drill-breadcrumb" data-testid="drill-breadcrumb">
          <ol>
            {level.path.map((n, i) =>
              n === current ? (
                <li key={n.id} aria-current="page">
                  {nodeLabel(n)}
                </li>
              ) : (
                <li key={n.id}>
                  <a href={crumbHref(n)} onClick={(e) => onCrumb(e, n, i)}>
                    {nodeLabel(n)}
                  </a>
                </li>
              ),
            )}
          </ol>
        </nav>
        <button
          type="button"
          className="drill-up"
          onClick={(e) => up(e.detail === 0)}
          disabled={trail.length === 0}
          aria-keyshortcuts="Backspace"
        >
          返回上一级
        </button>
      </div>
      {missing !== null ? (
        <p className="drill-note" role="status">
          链接中的科目 {missing} 在表{tree.table}中没有对应的行，已显示到
          {trail.length > 0 ? ` ${nodeLabel(level.path[level.path.length - 1] ?? tree.root)}` : '最上一级'}。
        </p>
      ) : null}
      {tree.orphans.length > 0 ? (
        <p className="drill-note">
          表{tree.table}印有科目 {tree.orphans.join('、')}
          ，却没有印其上级科目的行；上级以“表中未列此科目”显示。
        </p>
      ) : null}
      <p className="visually-hidden" aria-live="polite" data-testid="drill-announcement">
        {`${nodeLabel(current ?? tree.root)}：本层 ${level.items.length} 个${childLevel}`}
      </p>
      <div className="drill-grid">
        <div className="drill-chart-col">
          {data.length > 0 ? (
            <ChartFrame
              id="drill-chart"
              title={title}
              unit={unit}
              source={source}
              table={chartTable}
              exportName={`钻取-${parentLabel}`}
              hint={`点击条目或按 Enter ${level.items.some((i) => i.drillable) ? '查看下级' : '选中'}；Backspace 返回上一级；方向键在条目间移动。`}
            >
              <Suspense fallback={<p className="loading">正在载入图表…</p>}>
                <BarListChart
                  data={data}
                  tickFormatter={moneyTick(
                    unit,
                    data.map((d) => d.value),
                  )}
                  onActivate={activate}
                  focusRequest={chartFocus}
                  label={`${title}，单位：${unit}`}
                />
              </Suspense>
            </ChartFrame>
          ) : (
            <p className="panel drill-empty">
              {parentLabel} 在“{tree.column}”栏没有印出下级数字，本层没有可画的条目。
            </p>
          )}
        </div>
        <div className="drill-table-col">
          <LevelTable
            tree={tree}
            level={level}
            unit={unit}
            definitions={definitions}
            onActivate={activate}
            childLevel={childLevel}
            focusRequest={tableFocus}
            {...levelSort}
          />
          <SelectedItem
            tree={tree}
            level={level}
            definition={definitions.get(level.selected?.code ?? '') ?? null}
          />
        </div>
      </div>
    </section>
  );
}
