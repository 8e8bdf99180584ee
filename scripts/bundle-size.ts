/**
 * Gzip sizes of the built chunks in dist/ (from `npm run build`), and the size gates `npm test` runs after the build
 * (`npm run size`): the initial JS (what index.html loads before anything shows) ≤ 120 KB gzip (issue #8) and all
 * JS (every chunk, the lazily loaded views and the parse worker included) ≤ 340 KB gzip (issue #14: 320; #16 adds the
 * PDF reader, about 11 KB gzip in the worker and the main-thread fallback; 350 for #17: the audit's catalogue of
 * identities and its coverage, and the table formulas a template does not print, about 4.5 KB gzip counted twice,
 * in the parse worker and in the main thread's audit for documents loaded from storage); over either, it
 * exits 1 naming the figure. pdf.js (its library and worker code, in the parse worker and for the page view) loads
 * only when a PDF is read or shown: it is counted apart, against its own budget (issue #16).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const BUDGET_KB = { initial: 120, total: 350, pdf: 1100 } as const;

/** The chunks of pdf.js itself (`pdf-*.js`, `pdf.worker-*.js`), which load only with a PDF. */
export const isPdfjsChunk = (file: string): boolean => /^pdf(?:\.worker)?-[\w-]+\.js$/.test(file);

/** Gzip sizes of the built chunks (dist/ from `npm run build`); initial = what index.html loads up front. */
export function bundleSizes(root: string): {
  initialKb: number;
  totalKb: number;
  pdfKb: number;
  chunks: Array<{ file: string; kb: number; initial: boolean }>;
} | null {
  const dist = join(root, 'dist');
  if (!existsSync(join(dist, 'index.html'))) return null;
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const initial = new Set(
    [...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+\.js)"/g)].map((m) => m[1] ?? ''),
  );
  const chunks = readdirSync(join(dist, 'assets'))
    .filter((f) => f.endsWith('.js'))
    .map((f) => ({
      file: f,
      kb: gzipSync(readFileSync(join(dist, 'assets', f))).length / 1024,
      initial: initial.has(`assets/${f}`),
    }))
    .sort((a, b) => b.kb - a.kb);
  const sum = (xs: typeof chunks): number => xs.reduce((t, c) => t + c.kb, 0);
  return {
    initialKb: sum(chunks.filter((c) => c.initial)),
    totalKb: sum(chunks.filter((c) => !isPdfjsChunk(c.file))),
    pdfKb: sum(chunks.filter((c) => isPdfjsChunk(c.file))),
    chunks,
  };
}

if (process.argv[1]?.endsWith('bundle-size.ts')) {
  const root = new URL('..', import.meta.url).pathname;
  const sizes = bundleSizes(root);
  if (!sizes) {
    process.stderr.write('bundle-size: no dist/index.html; run npm run build first\n');
    process.exit(1);
  }
  const line = `initial JS ${sizes.initialKb.toFixed(1)} KB (budget ${BUDGET_KB.initial}), all JS but pdf.js ${sizes.totalKb.toFixed(1)} KB (budget ${BUDGET_KB.total}), pdf.js (loaded only with a PDF) ${sizes.pdfKb.toFixed(1)} KB (budget ${BUDGET_KB.pdf}), gzip`;
  if (sizes.initialKb > BUDGET_KB.initial || sizes.totalKb > BUDGET_KB.total || sizes.pdfKb > BUDGET_KB.pdf) {
    process.stderr.write(`bundle-size: over budget: ${line}\n`);
    process.exit(1);
  }
  process.stdout.write(`bundle-size: ${line}\n`);
}
