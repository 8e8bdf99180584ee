/**
 * Reading the three real Shanghai PDFs (issue #16): in Node (pdf.js legacy build, layout and parse; median of 5 per
 * document) and in Chromium (the built app: the file chosen in the chooser → import report shown, in a fresh browser
 * context each run so nothing is a duplicate; median of 3), per document and per page; and the gzip size of the pdf.js chunks, which
 * load only with a PDF. Goal: a 25-page disclosure read in under 1.5 s in Chromium.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

import { chromium } from '@playwright/test';

import { parsePdfRead } from '../src/domain/pdf/parse-pdf';
import { readPdf } from '../src/domain/pdf/read-pdf';
import { nodePdfjs, nodePdfParams } from '../src/testing/pdfjs-node';

import { startPreview } from './preview-server';

export interface PdfTiming {
  readonly file: string;
  readonly pages: number;
  readonly nodeMedianMs: number;
  readonly nodePerPageMs: number;
  readonly chromiumMedianMs: number | null;
  readonly chromiumPerPageMs: number | null;
  readonly runs: { readonly node: number; readonly chromium: number };
}

const FILES = [
  'shanghai-putuo-finance-bureau-2024.pdf',
  'shanghai-putuo-social-work-dept-2024.pdf',
  'shanghai-putuo-planning-resources-bureau-2024.pdf',
];

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
}

export async function measurePdf(root: string): Promise<{ timings: PdfTiming[]; note: string }> {
  const dir = join(root, '..', 'shared', 'documents', 'pdf');
  if (!existsSync(dir)) return { timings: [], note: `no ${dir}` };
  const pdfjs = await nodePdfjs();
  const node = [];
  for (const file of FILES) {
    const bytes = new Uint8Array(readFileSync(join(dir, file)));
    const times: number[] = [];
    let pages = 0;
    for (let i = 0; i < 6; i++) {
      const t = performance.now();
      const r = await readPdf(bytes, pdfjs, { params: nodePdfParams() });
      if (!r.ok) throw new Error(`${file}: ${r.message}`);
      parsePdfRead(r);
      if (i > 0) times.push(performance.now() - t); // the first run loads pdf.js and the fonts
      pages = r.pages.length;
    }
    node.push({ file, pages, ms: median(times), runs: times.length });
  }

  const chromiumMs = new Map<string, number[]>();
  let note = '';
  const executablePath =
    process.env['CHROMIUM_PATH'] ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
  if (!existsSync(join(root, 'dist', 'index.html'))) note = 'no dist/: Chromium not measured';
  else {
    const server = await startPreview(root, 'dist');
    const browser = await chromium.launch({
      headless: true,
      ...(executablePath ? { executablePath } : {}),
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
    });
    try {
      for (const file of FILES) {
        const buffer = readFileSync(join(dir, file));
        const times: number[] = [];
        for (let i = 0; i < 4; i++) {
          const context = await browser.newContext();
          // The clock starts when the page gets the file (its change event), not when Playwright starts sending
          // it over the DevTools protocol (a megabyte in base64 takes most of a second there).
          await context.addInitScript(() => {
            document.addEventListener(
              'change',
              () => ((window as { __picked?: number }).__picked = performance.now()),
              true,
            );
          });
          const page = await context.newPage();
          await page.goto(`${server.origin}/`);
          await page.waitForSelector('.document-bar[data-stored-loaded="true"]');
          // Warm the parse worker (the reference document is parsed in it at start-up).
          await page.waitForSelector('[data-testid=kpi-expense]');
          // As a user does: the 打开文件… button opens the chooser (which starts loading pdf.js), then a file.
          const chooser = page.waitForEvent('filechooser');
          await page.getByRole('button', { name: '打开文件…' }).click();
          await (await chooser).setFiles({ name: file, mimeType: 'application/pdf', buffer });
          await page.waitForSelector('[data-testid=import-report]', { timeout: 60_000 });
          const ms = await page.evaluate(
            () => performance.now() - ((window as { __picked?: number }).__picked ?? Number.NaN),
          );
          if (i > 0) times.push(ms); // the first run of each file loads pdf.js into the cache
          await context.close();
        }
        chromiumMs.set(file, times);
      }
    } finally {
      await browser.close();
      server.stop();
    }
  }
  const timings = node.map((n): PdfTiming => {
    const c = chromiumMs.get(n.file);
    const cm = c && c.length > 0 ? median(c) : null;
    return {
      file: n.file,
      pages: n.pages,
      nodeMedianMs: n.ms,
      nodePerPageMs: n.ms / n.pages,
      chromiumMedianMs: cm,
      chromiumPerPageMs: cm === null ? null : cm / n.pages,
      runs: { node: n.runs, chromium: c?.length ?? 0 },
    };
  });
  return { timings, note };
}
