/**
 * The printable handout of the deck (`#/presenter/handout`): every slide's view, one per printed page, each page
 * stamped with department, year, the slide's own unit, the view and its filters or trail, the source and the date
 * printed. Each slide renders in its own route scope, so a slide saved in 元 shows and is stamped in 元.
 */
import { Suspense } from 'react';

import { useDeck } from '@/features/presenter/use-deck';
import { useDashboardStore } from '@/store';
import type { Route } from '@/store/route';
import { parseHash } from '@/store/route';
import { useDisplayUnit } from '@/store/route-context';
import { describeRoute } from '@/store/view-registry';
import { selectActiveAccounts, selectActiveDocument } from '@/store/selectors';

import { RouteScope } from './route-scope';
import { ViewFor } from './views';

import '@/features/presenter/presenter.css';

function HandoutStamp({ n, total, title, route }: { n: number; total: number; title: string; route: Route }) {
  const accounts = useDashboardStore(selectActiveAccounts);
  const doc = useDashboardStore(selectActiveDocument);
  const unit = useDisplayUnit();
  const date = new Date().toLocaleDateString('zh-CN');
  return (
    <div className="handout-stamp">
      {accounts?.meta.department} · {accounts?.meta.year} 年度 · 单位：{unit} · 第 {n} / {total} 张 · {title}{' '}
      · 视图：{describeRoute(route)} · 来源：{doc?.name} · 打印于 {date}
    </div>
  );
}

export function Handout() {
  const { slides } = useDeck();
  const accounts = useDashboardStore(selectActiveAccounts);
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
        return (
          <section
            key={s.id}
            className="handout-page"
            aria-label={`第 ${i + 1} 张：${s.title}`}
            data-testid="handout-page"
          >
            <RouteScope route={route}>
              <HandoutStamp n={i + 1} total={slides.length} title={s.title} route={route} />
              <Suspense fallback={<p className="loading">正在载入…</p>}>
                <ViewFor route={route} />
              </Suspense>
            </RouteScope>
          </section>
        );
      })}
    </div>
  );
}
