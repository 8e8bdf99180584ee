/**
 * The stamp on every printed page: department, year, unit, the view with its filters or trail, the source file
 * and the date printed. Hidden on screen; print.css shows it fixed at the top, so Chromium repeats it per page.
 */
import { useEffect, useState } from 'react';

import type { Route, ViewName } from '@/store/route';

const VIEW_NAMES: Readonly<Record<ViewName, string>> = {
  overview: '总览',
  drill: '科目钻取',
  tables: '决算表',
  scorecards: '绩效自评',
  audit: '勾稽检查',
  source: '原文',
  presenter: '演示',
  compare: '对比',
  rows: '全部明细',
};

const PARAM_NAMES: Readonly<Record<string, string>> = {
  mode: '方式',
  measure: '口径',
  table: '表',
  trail: '路径',
  q: '搜索',
  status: '状态',
  family: '类别',
  check: '检查项',
  line: '行',
  sort: '排序',
  hide: '隐藏列',
  layout: '版式',
  collapsed: '折叠',
  open: '展开',
  hl: '高亮',
  impl: '实施单位',
  cat: '项目类别',
  type: '项目类型',
};

const VALUE_NAMES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  mode: { function: '按功能分类', economic: '按经济分类', budget: '预算与决算' },
};

/** Params shown elsewhere in the stamp (unit, document) or meaningless on paper. */
const NOT_STAMPED = new Set(['unit', 'doc', 'ts']);

/** `决算表 表3 · 搜索：201` — the view's Chinese name, its path and its params. */
function describeRoute(route: Route): string {
  const head = [VIEW_NAMES[route.view], ...route.path.map((p) => (route.view === 'tables' ? `表${p}` : p))];
  const params = Object.keys(route.params)
    .filter((k) => !NOT_STAMPED.has(k) && (route.params[k] ?? '') !== '')
    .sort()
    .map((k) => {
      const v = route.params[k] ?? '';
      return `${PARAM_NAMES[k] ?? k}：${VALUE_NAMES[k]?.[v] ?? v}`;
    });
  return [head.join(' '), ...params].join(' · ');
}

function formatDate(d: Date): string {
  return `${d.getFullYear()}年${d.getMonth() + 1}月${d.getDate()}日`;
}

interface PrintStampProps {
  readonly department: string;
  readonly year: number;
  readonly unit: string;
  readonly route: Route;
  readonly sourceFile: string;
}

export function PrintStamp({ department, year, unit, route, sourceFile }: PrintStampProps) {
  const [printedAt, setPrintedAt] = useState(() => new Date());
  useEffect(() => {
    const update = () => setPrintedAt(new Date());
    window.addEventListener('beforeprint', update);
    return () => window.removeEventListener('beforeprint', update);
  }, []);
  return (
    <div className="print-stamp" data-testid="print-stamp">
      <span>
        {department} · {year} 年度 · 单位：{unit}
      </span>
      <span>视图：{describeRoute(route)}</span>
      <span>
        来源：{sourceFile} · 打印于 {formatDate(printedAt)}
      </span>
    </div>
  );
}
