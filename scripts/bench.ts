/**
 * npm run bench: parse time of the reference document (median of ≥ 50 runs) and of the document repeated
 * 10 times (linearity), plus the robustness inputs' worst time. Writes bench/report.md and bench/report.json.
 * Times are medians on a shared, noisy machine: read ratios, not absolutes.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { runAudit } from '../src/domain/audit/run-audit';
import { parseFinalAccounts } from '../src/domain/parse/parse-final-accounts';
import { robustnessInputs } from '../src/domain/parse/robustness-inputs';

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
  audit: {
    medianMs: median(audit),
    runs: audit.length,
    goalMs: 50,
    checks: runAudit(accounts).checks.length,
  },
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
