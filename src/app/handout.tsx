/**
 * The printable handout of the deck (`#/presenter/handout`): every slide's view, one per printed page, each page
 * stamped with department, year, unit, the view and its filters or trail, the source and the date printed.
 */
import { Suspense } from 'react';

import { useDeck } from '@/features/presenter/use-deck';
import { useDashboardStore } from '@/store';
import { RouteOverrideContext } from '@/store/route-context';
import { parseHash } from '@/store/route';
import { selectActiveAccounts, selectActiveDocument, selectDisplayUnit } from '@/store/selectors';

import { ViewFor } from './views';

import '@/features/presenter/presenter.css';

export function Handout() {
  const { slides } = useDeck();
  const accounts = useDashboardStore(selectActiveAccounts);
  const doc = useDashboardStore(selectActiveDocument);
  const unit = useDashboardStore(selectDisplayUnit);
  const date = new Date().toLocaleDateString('zh-CN');
  if (!accounts) return null;
  return (
    <div className="handout">
      <p className="handout-intro">
        讲义：{slides.length} 张幻灯片，每张一页。按 Ctrl+P 打印。
        <button type="button" onClick={() => window.print()}>
          打印讲义
        </button>
      </p>
      {slides.map((s, i) => {
        const route = parseHash(s.hash);
        const filters = Object.entries(route.params)
          .map(([k, v]) => `${k}=${v}`)
          .join('，');
        return (
          <section
            key={s.id}
            className="handout-page"
            aria-label={`第 ${i + 1} 张：${s.title}`}
            data-testid="handout-page"
          >
            <div className="handout-stamp">
              {accounts.meta.department} · {accounts.meta.year} 年度 · 单位：{unit} · 第 {i + 1} /{' '}
              {slides.length} 张 · {s.title}
              {route.path.length ? ` · ${route.path.join('/')}` : ''}
              {filters ? ` · ${filters}` : ''} · 来源：{doc?.name} · 打印于 {date}
            </div>
            <RouteOverrideContext.Provider value={route}>
              <Suspense fallback={<p className="loading">正在载入…</p>}>
                <ViewFor route={route} />
              </Suspense>
            </RouteOverrideContext.Provider>
          </section>
        );
      })}
    </div>
  );
}
