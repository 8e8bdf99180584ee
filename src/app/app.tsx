import { useMemo } from 'react';

import type { ParseResult } from '@/domain/final-accounts.types';
import { getHeadlineFigures } from '@/domain/headline';
import { formatFen } from '@/domain/money';

import { REFERENCE_FILE, referenceResult } from './reference-document';

interface AppProps {
  readonly result?: ParseResult;
  readonly sourceName?: string;
}

export function App({ result = referenceResult, sourceName = REFERENCE_FILE }: AppProps) {
  const figures = useMemo(() => (result.ok ? getHeadlineFigures(result.accounts) : []), [result]);
  if (!result.ok) {
    return (
      <main className="app">
        <h1>决算看板</h1>
        <p role="alert">
          无法读取 {sourceName}：{result.error.message}
          {result.error.line !== null ? `（第 ${result.error.line} 行）` : ''}
        </p>
      </main>
    );
  }
  const { meta } = result.accounts;
  const problems = result.problems.filter((p) => p.severity !== 'info');
  return (
    <main className="app">
      <header className="app-header">
        <h1>决算看板</h1>
        <p className="doc-title">
          <span data-testid="department">{meta.department}</span>
          <span data-testid="year">{meta.year} 年度</span>
          <span data-testid="unit">单位：{meta.unit}</span>
        </p>
      </header>
      <section aria-labelledby="headline-heading">
        <h2 id="headline-heading">收支总览</h2>
        <dl className="headline">
          {figures.map((f) => (
            <div key={f.id} className="figure" data-testid={`figure-${f.id}`}>
              <dt>{f.label}</dt>
              <dd>
                <span className="amount">{formatFen(f.fen, f.unit)}</span>{' '}
                <span className="unit">{f.unit}</span>
              </dd>
              <dd className="source">
                表{f.place.table} {f.place.row} · {f.place.column} · 原文第 {f.place.line} 行
              </dd>
            </div>
          ))}
        </dl>
      </section>
      <p className="problems">
        解析提示：{problems.length === 0 ? '无警告' : `${problems.length} 条警告`}（另有{' '}
        {result.problems.length - problems.length} 条说明）
      </p>
    </main>
  );
}
