/**
 * The scale benchmark's page (bench/scale/index.html, built by `vite build --config vite.bench.config.ts`; not part
 * of the app's build): 200 variants of the reference document with other amounts (testing/scale-variant.ts) are
 * generated, parsed and loaded into the store before the app renders, so the 明细 view shows all their figures
 * in one table. `window.__scale` reports what was loaded and how long the parsing took.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

import { parseFinalAccounts } from '@/domain/parse/parse-final-accounts';
import { scaleVariant } from '@/testing/scale-variant';
import { useDashboardStore } from '@/store';

import { App } from './app';
import './app.css';
import { referenceSource } from '@/store/reference-document';

declare global {
  interface Window {
    __scale?: { documents: number; parseTotalMs: number; parseMedianMs: number; failed: number };
  }
}

const DOCUMENTS = 200;
const referenceResult = parseFinalAccounts(referenceSource);
const department = referenceResult.ok ? referenceResult.accounts.meta.department : '';
const times: number[] = [];
let failed = 0;
for (let i = 1; i <= DOCUMENTS; i++) {
  const text = scaleVariant(referenceSource, 1 + (i % 50), i, department);
  const t0 = performance.now();
  const result = parseFinalAccounts(text);
  times.push(performance.now() - t0);
  if (!result.ok) failed += 1;
  useDashboardStore.getState().addDocument({
    id: `sample-${i}`,
    name: `sample-${i}.txt`,
    source: text,
    result,
    builtIn: false,
    importedAt: null,
  });
}
const sorted = [...times].sort((a, b) => a - b);
window.__scale = {
  documents: DOCUMENTS,
  parseTotalMs: times.reduce((a, b) => a + b, 0),
  parseMedianMs: sorted[Math.floor(sorted.length / 2)] ?? 0,
  failed,
};
if (!location.hash) location.hash = '#/rows';

const container = document.getElementById('root');
if (container) {
  createRoot(container).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
