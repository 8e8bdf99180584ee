/**
 * The stamp on every printed page: department, year, unit, the view with its filters or trail, the source file
 * and the date printed. Hidden on screen; print.css shows it fixed at the top, so Chromium repeats it per page.
 */
import { useEffect, useState } from 'react';

import type { Route } from '@/store/route';
import { describeRoute } from '@/store/view-registry';

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
