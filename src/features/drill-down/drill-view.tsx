/**
 * 科目钻取: drill the function classification (类 → 款 → 项), the economic classification (表6), and budget against
 * actual (per 类, per project, 三公) with this year against last year.
 *
 * The URL is the state (every step is a history entry, so back and forward work):
 *
 *   #/drill?mode=function&measure=total&trail=201,20103,2010350
 *
 * - `mode`    `function` (default) | `economic` | `budget`.
 * - `trail`   comma-separated node ids from the top level down (commas may arrive encoded as %2C). Function codes
 *             (`201,20103,2010350`); for the economic drill, the 表6 group first (`personnel` 人员经费 | `public`
 *             公用经费) then codes (`public,302,30201`). A code alone (`trail=2010350`, `trail=301,30101`) resolves
 *             to its full path by prefix and the URL is rewritten (replace) to the full trail. A trail ending at a
 *             项 (or a 表6 款) shows that item selected among its siblings. Unknown codes fall back to their nearest
 *             printed ancestor, with a note. Ignored in `budget` mode.
 * - `measure` function drill only: `total` (default; 本年支出合计) | `basic` (基本支出) | `project` (项目支出) read
 *             from 表3, or `income` (本年收入合计 with its sources) read from 表2.
 * - `table`   `5` reads total/basic/project from 表5 (一般公共预算财政拨款支出决算表) instead of 表3 (default).
 * - `unit`    the app-wide display unit (`元`), kept by every link.
 */
import { useMemo } from 'react';

import type { DrillMeasure } from '@/domain/drill';
import { buildEconomicTree, buildFunctionTree } from '@/domain/drill';
import { useDashboardStore } from '@/store';
import { useDisplayUnit, useRoute } from '@/store/route-context';
import { formatHash } from '@/store/route';
import { selectActiveAccounts } from '@/store/selectors';

import { BudgetView } from './budget-view';
import type { DrillViewMode } from './drill-params';
import { drillRoute, readDrillParams } from './drill-params';
import { HierarchyDrill } from './hierarchy-drill';

import './drill-down.css';

const MODES: ReadonlyArray<{ readonly mode: DrillViewMode; readonly label: string }> = [
  { mode: 'function', label: '功能分类（类 → 款 → 项）' },
  { mode: 'economic', label: '经济分类（表6）' },
  { mode: 'budget', label: '预算与决算 · 与上年' },
];

const MEASURES: ReadonlyArray<{ readonly measure: DrillMeasure; readonly label: string }> = [
  { measure: 'total', label: '支出合计' },
  { measure: 'basic', label: '基本支出' },
  { measure: 'project', label: '项目支出' },
  { measure: 'income', label: '收入（表2，按来源）' },
];

export default function DrillView() {
  const accounts = useDashboardStore(selectActiveAccounts);
  const route = useRoute();
  const unit = useDisplayUnit();
  const params = useMemo(() => readDrillParams(route.params), [route.params]);
  const tree = useMemo(() => {
    if (!accounts) return null;
    if (params.mode === 'economic') return buildEconomicTree(accounts);
    if (params.mode === 'function') return buildFunctionTree(accounts, params.measure, params.table);
    return null;
  }, [accounts, params.mode, params.measure, params.table]);
  if (!accounts) return null;

  const link = (change: Parameters<typeof drillRoute>[1]): string => formatHash(drillRoute(route, change));
  return (
    <div className="drill-view">
      <h2>科目钻取</h2>
      <nav aria-label="钻取方式" className="drill-modes">
        <ul>
          {MODES.map((m) => (
            <li key={m.mode}>
              <a
                href={link({ mode: m.mode, trail: [] })}
                aria-current={params.mode === m.mode ? 'page' : undefined}
              >
                {m.label}
              </a>
            </li>
          ))}
        </ul>
      </nav>

      {params.mode === 'function' ? (
        <div className="drill-controls">
          <div role="group" aria-label="口径" className="segmented">
            <span className="segmented-label" aria-hidden="true">
              口径
            </span>
            {MEASURES.map((m) => (
              <a
                key={m.measure}
                href={link({ measure: m.measure })}
                aria-current={params.measure === m.measure ? 'true' : undefined}
              >
                {m.label}
              </a>
            ))}
          </div>
          {params.measure !== 'income' ? (
            <div role="group" aria-label="数据来源表" className="segmented">
              <span className="segmented-label" aria-hidden="true">
                来源
              </span>
              <a href={link({ table: 3 })} aria-current={params.table === 3 ? 'true' : undefined}>
                表3 支出决算表
              </a>
              <a href={link({ table: 5 })} aria-current={params.table === 5 ? 'true' : undefined}>
                表5 一般公共预算财政拨款
              </a>
            </div>
          ) : null}
        </div>
      ) : null}

      {params.mode === 'budget' ? (
        <BudgetView accounts={accounts} unit={unit} route={route} />
      ) : tree ? (
        <HierarchyDrill
          key={`${tree.mode}-${tree.measure ?? ''}-${tree.table}`}
          tree={tree}
          rawTrail={params.trail}
          route={route}
          unit={unit}
          glossary={accounts.glossary}
        />
      ) : (
        <p className="panel drill-empty" role="status">
          {params.mode === 'economic'
            ? '本文件没有一般公共预算财政拨款基本支出决算明细表（表6），无法按经济分类钻取。'
            : '本文件没有可按此口径钻取的功能分类表。'}
        </p>
      )}
    </div>
  );
}
