/**
 * npm run bench: parse and audit time (medians of ≥ 50 runs), linearity (the document × 10), the robustness
 * inputs; the gzip size of every built chunk; interaction latency and heap in Chromium (scripts/bench-browser.ts);
 * Lighthouse mobile and desktop, median of 3 (scripts/bench-lighthouse.ts). Writes bench/report.md and
 * bench/report.json. Times are medians on a shared, noisy machine: read ratios, not absolutes.
 * BENCH_SKIP_LIGHTHOUSE=1 skips Lighthouse (about a minute per run on a quiet machine).
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { runAudit } from '../src/domain/audit/run-audit';
import { parseFinalAccounts } from '../src/domain/parse/parse-final-accounts';
import { robustnessInputs } from '../src/testing/robustness-inputs';

import { measureBrowser, measureScale } from './bench-browser';
import { measureLighthouse } from './bench-lighthouse';
import { measurePdf } from './bench-pdf';
import { BUDGET_KB, bundleSizes } from './bundle-size';

const root = new URL('..', import.meta.url).pathname;
const text = readFileSync(join(root, 'data/source/jianghan-big-data-center-2021.txt'), 'utf8');

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
}
function time(fn: () => void, runs: number, warmup = 10): number[] {
  for (let i = 0; i < warmup; i++) fn();
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    out.push(performance.now() - t);
  }
  return out;
}

const single = time(() => parseFinalAccounts(text), 200, 50);
const repeated = text.concat(...Array.from({ length: 9 }, () => `\n${text}`));
const tenfold = time(() => parseFinalAccounts(repeated), 30, 3);
const parsedReference = parseFinalAccounts(text);
if (!parsedReference.ok) throw new Error(parsedReference.error.message);
const accounts = parsedReference.accounts;
const audit = time(() => runAudit(accounts), 100, 20);
const robustness = robustnessInputs(text).map((input) => {
  const ts = time(() => parseFinalAccounts(input.text), 5, 1);
  return { name: input.name, chars: input.text.length, medianMs: median(ts), maxMs: Math.max(...ts) };
});

const bundle = bundleSizes(root);
const browser = await measureBrowser(root);
const scale = await measureScale(root);
const lighthouse = process.env['BENCH_SKIP_LIGHTHOUSE'] ? [] : await measureLighthouse(root, 3);
const pdf = await measurePdf(root);

const report = {
  date: new Date().toISOString(),
  node: process.version,
  parse: {
    singleMedianMs: median(single),
    singleRuns: single.length,
    goalMs: 5,
    tenfoldMedianMs: median(tenfold),
    tenfoldRuns: tenfold.length,
    tenfoldRatio: median(tenfold) / median(single),
    tenfoldGoalRatio: 12,
  },
  bundle: bundle ? { ...bundle, initialGoalKb: 120 } : null,
  browser: { ...browser, goalMs: 100 },
  scale: { ...scale, goalMs: 100 },
  lighthouse: { goals: { mobilePerformance: 0.95, accessibility: 1 }, presets: lighthouse },
  audit: {
    medianMs: median(audit),
    runs: audit.length,
    goalMs: 50,
    checks: runAudit(accounts).checks.length,
  },
  pdf: { ...pdf, goalMsFor25Pages: 1500 },
  robustness: { goalMs: 100, worstMaxMs: Math.max(...robustness.map((r) => r.maxMs)), inputs: robustness },
};

mkdirSync(join(root, 'bench'), { recursive: true });
writeFileSync(join(root, 'bench/report.json'), `${JSON.stringify(report, null, 2)}\n`);
const f = (n: number): string => n.toFixed(2);
const md = `# Benchmark report

${report.date}, Node ${report.node}. Medians on a shared machine; compare ratios.

## Parse

| measure | median | goal |
|---|---|---|
| reference document (${report.parse.singleRuns} runs) | ${f(report.parse.singleMedianMs)} ms | ≤ ${report.parse.goalMs} ms |
| document × 10 (${report.parse.tenfoldRuns} runs) | ${f(report.parse.tenfoldMedianMs)} ms (${f(report.parse.tenfoldRatio)}× single) | ≤ ${report.parse.tenfoldGoalRatio}× single |

## Bundle (gzip)

${
  report.bundle
    ? `| measure | size | goal |
|---|---|---|
| initial JS | ${f(report.bundle.initialKb)} KB | ≤ ${report.bundle.initialGoalKb} KB |
| all JS but pdf.js | ${f(report.bundle.totalKb)} KB | ≤ ${BUDGET_KB.total} KB |
| pdf.js (library and worker code; loads only when a PDF is read or shown) | ${f(report.bundle.pdfKb)} KB | ≤ 1100 KB |

| chunk | gzip | initial |
|---|---|---|
${report.bundle.chunks.map((c) => `| ${c.file} | ${f(c.kb)} KB | ${c.initial ? 'yes' : ''} |`).join('\n')}`
    : 'No dist/ found: run `npm run build` first.'
}

## Reading the Shanghai PDFs (goal: a 25-page disclosure in < ${f(report.pdf.goalMsFor25Pages / 1000)} s in Chromium)

${report.pdf.note}
| document | pages | Node: median | per page | Chromium (file chosen → report shown): median | per page | runs (Node / Chromium) |
|---|---|---|---|---|---|---|
${report.pdf.timings.map((t) => `| ${t.file} | ${t.pages} | ${f(t.nodeMedianMs)} ms | ${f(t.nodePerPageMs)} ms | ${t.chromiumMedianMs === null ? 'n/a' : `${f(t.chromiumMedianMs)} ms`} | ${t.chromiumPerPageMs === null ? 'n/a' : `${f(t.chromiumPerPageMs)} ms`} | ${t.runs.node} / ${t.runs.chromium} |`).join('\n')}

## Interaction latency in Chromium (goal ≤ ${report.browser.goalMs} ms, also at 4× CPU throttling)

${report.browser.note ? `Not measured: ${report.browser.note}` : ''}
| interaction | median | median at 4× throttling | runs |
|---|---|---|---|
| open the app (navigation → headline figures; not an interaction, no 100 ms goal) | ${report.browser.openMs === null ? 'n/a' : `${f(report.browser.openMs)} ms`} | ${report.browser.openThrottledMs === null ? 'n/a' : `${f(report.browser.openThrottledMs)} ms`} | 5 |
${report.browser.latencies.map((l) => `| ${l.name} | ${l.medianMs === null ? `n/a ${l.note}` : `${f(l.medianMs)} ms`} | ${l.throttledMedianMs === null ? 'n/a' : `${f(l.throttledMedianMs)} ms`} | ${l.runs} |`).join('\n')}

### Scale: ${report.scale.documents} documents in the store, one virtualised table of all their ${report.scale.rows} figures

${report.scale.note ? `Not measured: ${report.scale.note}` : ''}
Parsing the ${report.scale.documents} variants in the browser: ${f(report.scale.parseTotalMs)} ms in all, median ${f(report.scale.parseMedianMs)} ms per document; ${report.scale.failed} failed.

| interaction | median | median at 4× throttling | runs |
|---|---|---|---|
${report.scale.latencies.map((l) => `| ${l.name} | ${l.medianMs === null ? 'n/a' : `${f(l.medianMs)} ms`} | ${l.throttledMedianMs === null ? 'n/a' : `${f(l.throttledMedianMs)} ms`} | ${l.runs} |`).join('\n')}

### JS heap (after a forced GC)

${
  report.browser.heap
    ? `| after load | after 100 drill steps | after 200 drill steps | growth, load → 100 | growth, 100 → 200 (goal: none) |
|---|---|---|---|---|
| ${f(report.browser.heap.afterLoadMb)} MB | ${f(report.browser.heap.after100DrillStepsMb)} MB | ${f(report.browser.heap.after200DrillStepsMb)} MB | ${f(report.browser.heap.growthPercent)} % | ${f(report.browser.heap.growthSecondHundredPercent)} % |`
    : 'Not measured.'
}

## Lighthouse (median of 3 runs per preset; goals: mobile performance ≥ ${report.lighthouse.goals.mobilePerformance}, accessibility ${report.lighthouse.goals.accessibility})

${
  report.lighthouse.presets.length === 0
    ? 'Skipped (BENCH_SKIP_LIGHTHOUSE).'
    : `| preset | performance | accessibility | best practices | runs | every run (perf/a11y/bp) |
|---|---|---|---|---|---|
${report.lighthouse.presets
  .map(
    (p) =>
      `| ${p.preset} | ${p.performance ?? 'n/a'} | ${p.accessibility ?? 'n/a'} | ${p.bestPractices ?? 'n/a'} | ${p.runs} | ${p.all.map((a) => `${a.performance}/${a.accessibility}/${a.bestPractices}`).join(', ')}${p.note ? ` (${p.note})` : ''} |`,
  )
  .join('\n')}`
}

## Audit

| measure | median | goal |
|---|---|---|
| audit of the reference document (${report.audit.checks} checks, ${report.audit.runs} runs) | ${f(report.audit.medianMs)} ms | ≤ ${report.audit.goalMs} ms |

## Robustness inputs (never throw; each ≤ ${report.robustness.goalMs} ms)

| input | chars | median | max |
|---|---|---|---|
${robustness.map((r) => `| ${r.name} | ${r.chars} | ${f(r.medianMs)} ms | ${f(r.maxMs)} ms |`).join('\n')}
`;
writeFileSync(join(root, 'bench/report.md'), md);
process.stdout.write(md);
