/**
 * Interaction latency in Chromium (median of repeated runs, also at 4× CPU throttling): opening the app, a view
 * switch, a table sort, a drill step, opening a scorecard; the JS heap after load and after 100 and 200 drill steps.
 * Serves dist/ with vite preview on a private port and stops it afterwards.
 * Timing is taken in the page: from the action to the first animation frame after the expected DOM appears. Each
 * run starts from a settled page (the start view drawn, its charts included, and the main thread idle), so a
 * measurement does not include the previous view's unfinished work.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';

import { chromium } from '@playwright/test';

import type { PreviewServer } from './preview-server';
import { startPreview } from './preview-server';

export interface Latency {
  readonly name: string;
  readonly medianMs: number | null;
  readonly throttledMedianMs: number | null;
  readonly runs: number;
  readonly note: string;
}

function median(xs: number[]): number | null {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? null) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
}

declare global {
  interface Window {
    __waitFor?: (ok: () => boolean) => Promise<void>;
    __before?: string | null | undefined;
    __idle?: () => Promise<void>;
    __scale?: { documents: number; parseTotalMs: number; parseMedianMs: number; failed: number };
  }
}

/** Installed in the page: resolves at the first animation frame after `ok()` holds (5 s limit). */
function installWaiter(): void {
  window.__waitFor = (ok) =>
    new Promise<void>((resolve, reject) => {
      const limit = performance.now() + 5000;
      const check = (): void => {
        if (ok()) requestAnimationFrame(() => resolve());
        else if (performance.now() > limit) reject(new Error('timeout'));
        else requestAnimationFrame(check);
      };
      check();
    });
  // Two idle periods in a row: the start view has finished rendering (lazy charts included).
  window.__idle = () =>
    new Promise<void>((resolve) => {
      const idle = (next: () => void): void => {
        if (typeof requestIdleCallback === 'function') requestIdleCallback(next, { timeout: 2000 });
        else setTimeout(next, 50);
      };
      idle(() => idle(() => resolve()));
    });
}

interface Scenario {
  readonly name: string;
  readonly start: string;
  readonly startReady: () => boolean;
  /** Runs in the page: the action, then waits; resolves with the elapsed ms. */
  readonly run: () => Promise<number>;
}

const SCENARIOS: readonly Scenario[] = [
  {
    name: '视图切换：总览 → 表3',
    start: '#/overview',
    startReady: () =>
      document.querySelector('[data-testid=kpi-expense]') !== null &&
      document.querySelectorAll('main .bar-list-surface').length >= 4,
    run: async () => {
      const t0 = performance.now();
      location.hash = '#/tables/3';
      await window.__waitFor?.(() => document.querySelector('main table tbody tr') !== null);
      return performance.now() - t0;
    },
  },
  {
    name: '表格排序：表3 第一个可排序列',
    start: '#/tables/3',
    startReady: () => document.querySelector('main th[aria-sort] button') !== null,
    run: async () => {
      const before = document.querySelector('main table tbody')?.textContent;
      const t0 = performance.now();
      document.querySelector<HTMLButtonElement>('main th[aria-sort] button')?.click();
      await window.__waitFor?.(() => document.querySelector('main table tbody')?.textContent !== before);
      return performance.now() - t0;
    },
  },
  {
    name: '钻取一步：201 → 20103',
    start: '#/drill?trail=201',
    startReady: () => document.querySelector('main')?.textContent?.includes('20103') ?? false,
    run: async () => {
      const t0 = performance.now();
      location.hash = '#/drill?trail=201,20103';
      await window.__waitFor?.(
        () => document.querySelector('main')?.textContent?.includes('2010350') ?? false,
      );
      return performance.now() - t0;
    },
  },
  {
    name: '打开自评表：列表 → 第 1 张项目自评表',
    start: '#/scorecards',
    startReady: () => document.querySelector('main a[href^="#/scorecards/1"]') !== null,
    run: async () => {
      const t0 = performance.now();
      document.querySelector<HTMLAnchorElement>('main a[href^="#/scorecards/1"]')?.click();
      await window.__waitFor?.(() => document.querySelector('main [role=tree]') !== null);
      return performance.now() - t0;
    },
  },
];

export interface HeapReport {
  /** Used JS heap after a forced garbage collection, in MB. */
  readonly afterLoadMb: number;
  readonly after100DrillStepsMb: number;
  readonly after200DrillStepsMb: number;
  /** Load → 100 steps: caches filling up and leaks alike. */
  readonly growthPercent: number;
  /** 100 → 200 steps: what keeps growing with use (a leak), once the caches are warm. */
  readonly growthSecondHundredPercent: number;
}

export async function measureBrowser(
  root: string,
  runs = 10,
): Promise<{
  latencies: Latency[];
  openMs: number | null;
  openThrottledMs: number | null;
  heap: HeapReport | null;
  note: string;
}> {
  const dist = join(root, 'dist');
  const executablePath =
    process.env['CHROMIUM_PATH'] ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
  if (!existsSync(join(dist, 'index.html')))
    return { latencies: [], openMs: null, openThrottledMs: null, heap: null, note: 'no dist/' };
  let server: PreviewServer | null = null;
  try {
    server = await startPreview(root, 'dist');
    const browser = await chromium.launch({
      headless: true,
      ...(executablePath ? { executablePath } : {}),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    });
    try {
      const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
      // tsx (esbuild keepNames) wraps serialised functions in __name(); give the page a no-op one.
      await page.addInitScript(() => {
        (globalThis as unknown as { __name: (f: unknown) => unknown }).__name = (f) => f;
      });
      await page.addInitScript(installWaiter);
      const base = `${server.origin}/`;
      const cdp = await page.context().newCDPSession(page);
      const open = async (): Promise<number[]> => {
        const out: number[] = [];
        for (let i = 0; i < 5; i++) {
          const t0 = Date.now();
          await page.goto(base);
          await page.waitForSelector('[data-testid=kpi-expense]');
          out.push(Date.now() - t0);
        }
        return out;
      };
      const opens = await open();
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      const opensThrottled = await open();
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });

      // Heap after load, then after 100 and 200 drill steps (back and forth between two levels), each after a full
      // GC: the second hundred tells a leak from caches warming up.
      const usedMb = async (): Promise<number> => {
        await cdp.send('HeapProfiler.collectGarbage');
        const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
        return usedSize / 1024 / 1024;
      };
      await page.goto(`${base}#/drill?trail=201`);
      await page.waitForFunction(
        () => document.querySelector('main')?.textContent?.includes('20103') ?? false,
      );
      const afterLoadMb = await usedMb();
      let after100DrillStepsMb = afterLoadMb;
      for (let i = 0; i < 200; i++) {
        if (i === 100) after100DrillStepsMb = await usedMb();
        const deeper = i % 2 === 0;
        await page.evaluate(
          (h) => {
            location.hash = h;
          },
          deeper ? '#/drill?trail=201,20103' : '#/drill?trail=201',
        );
        await page.waitForFunction(
          (d) => {
            const text = document.querySelector('main')?.textContent ?? '';
            return d ? text.includes('2010350') : !text.includes('2010350') && text.includes('20103');
          },
          deeper,
          { timeout: 5000 },
        );
      }
      const after200DrillStepsMb = await usedMb();
      const heap: HeapReport = {
        afterLoadMb,
        after100DrillStepsMb,
        after200DrillStepsMb,
        growthPercent: ((after100DrillStepsMb - afterLoadMb) / afterLoadMb) * 100,
        growthSecondHundredPercent:
          ((after200DrillStepsMb - after100DrillStepsMb) / after100DrillStepsMb) * 100,
      };
      const latencies: Latency[] = [];
      for (const s of SCENARIOS) {
        const measure = async (): Promise<number[]> => {
          const out: number[] = [];
          for (let i = 0; i < runs; i++) {
            await page.evaluate((h) => {
              location.hash = h;
            }, s.start);
            await page.waitForFunction(s.startReady, undefined, { timeout: 20_000 });
            await page.evaluate(() => window.__idle?.());
            out.push(await page.evaluate(s.run));
          }
          return out;
        };
        try {
          const plain = await measure();
          await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
          const throttled = await measure();
          await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
          latencies.push({
            name: s.name,
            medianMs: median(plain),
            throttledMedianMs: median(throttled),
            runs,
            note: '',
          });
        } catch (e) {
          latencies.push({
            name: s.name,
            medianMs: null,
            throttledMedianMs: null,
            runs: 0,
            note: e instanceof Error ? (e.message.split('\n')[0] ?? '') : String(e),
          });
        }
      }
      return { latencies, openMs: median(opens), openThrottledMs: median(opensThrottled), heap, note: '' };
    } finally {
      await browser.close();
    }
  } catch (e) {
    return {
      latencies: [],
      openMs: null,
      openThrottledMs: null,
      heap: null,
      note: e instanceof Error ? e.message : String(e),
    };
  } finally {
    server?.stop();
  }
}

export interface ScaleReport {
  readonly documents: number;
  readonly rows: number;
  readonly parseTotalMs: number;
  readonly parseMedianMs: number;
  readonly failed: number;
  readonly latencies: Latency[];
  readonly note: string;
}

/**
 * The scale page (dist-bench, from vite.bench.config.ts): 200 variants of the reference document in the store and
 * the 明细 table of all their figures. Measures a scroll of the table (to a new place: the rows there drawn) and a
 * sort by amount (the first time: the order is computed), each also at 4× CPU throttling.
 */
export async function measureScale(root: string, runs = 10): Promise<ScaleReport> {
  const dist = join(root, 'dist-bench');
  const empty = (note: string): ScaleReport => ({
    documents: 0,
    rows: 0,
    parseTotalMs: 0,
    parseMedianMs: 0,
    failed: 0,
    latencies: [],
    note,
  });
  if (!existsSync(join(dist, 'bench/scale/index.html'))) return empty('no dist-bench/');
  const executablePath =
    process.env['CHROMIUM_PATH'] ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
  let server: PreviewServer | null = null;
  try {
    server = await startPreview(root, 'dist-bench');
    const browser = await chromium.launch({
      headless: true,
      ...(executablePath ? { executablePath } : {}),
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
    });
    try {
      const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
      await page.addInitScript(() => {
        (globalThis as unknown as { __name: (f: unknown) => unknown }).__name = (f) => f;
      });
      await page.addInitScript(installWaiter);
      const cdp = await page.context().newCDPSession(page);
      const url = `${server.origin}/bench/scale/index.html#/rows`;
      const ready = async (): Promise<void> => {
        await page.goto('about:blank'); // a full load each time (a hash-only goto would not reload)
        await page.goto(url);
        // Polled from here (evaluate in a loop), which proved dependable on this heavy page.
        for (let waited = 0; waited < 120_000; waited += 250) {
          const drawn = await page.evaluate(
            () => document.querySelector('.all-rows-table tbody tr[aria-rowindex="2"]') !== null,
          );
          if (drawn) break;
          await page.waitForTimeout(250);
        }
        await page.evaluate(() => window.__idle?.());
      };
      await ready();
      const info = await page.evaluate(() => ({
        scale: window.__scale,
        rows: Number(document.querySelector('.all-rows-table')?.getAttribute('aria-rowcount') ?? '1') - 1,
      }));

      const scrollRuns = async (): Promise<number[]> => {
        const out: number[] = [];
        for (let i = 0; i < runs; i++) {
          // A new place each time: a fraction of the way down, never the same twice.
          out.push(
            await page.evaluate(
              async (fraction) => {
                const scroller = document.querySelector<HTMLElement>('.all-rows-scroller');
                if (!scroller) return Number.NaN;
                const target = Math.floor((scroller.scrollHeight - scroller.clientHeight) * fraction);
                const index = Math.floor(target / 36) + 2;
                const t0 = performance.now();
                scroller.scrollTop = target;
                await window.__waitFor?.(
                  () =>
                    document.querySelector(`.all-rows-table tbody tr[aria-rowindex="${index + 1}"]`) !== null,
                );
                return performance.now() - t0;
              },
              (i * 7 + 3) / (runs * 7 + 5),
            ),
          );
        }
        return out;
      };
      const sortRuns = async (): Promise<number[]> => {
        const out: number[] = [];
        for (let i = 0; i < runs; i++) {
          await ready();
          out.push(
            await page.evaluate(async () => {
              const before = document.querySelector(
                '.all-rows-table tbody tr[aria-rowindex="2"]',
              )?.textContent;
              const link = Array.from(
                document.querySelectorAll<HTMLAnchorElement>('.all-rows-table th a'),
              ).find((a) => a.textContent?.includes('金额'));
              const t0 = performance.now();
              link?.click();
              await window.__waitFor?.(
                () =>
                  document.querySelector('.all-rows-table tbody tr[aria-rowindex="2"]')?.textContent !==
                  before,
              );
              return performance.now() - t0;
            }),
          );
        }
        return out;
      };
      const latencies: Latency[] = [];
      for (const [name, measure] of [
        ['滚动明细表（跳到新位置，新行画出）', scrollRuns],
        ['按金额排序明细表（点击表头 → 新顺序画出）', sortRuns],
      ] as const) {
        const plain = await measure();
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
        const throttled = await measure();
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
        latencies.push({
          name,
          medianMs: median(plain),
          throttledMedianMs: median(throttled),
          runs,
          note: '',
        });
        await ready();
      }
      return {
        documents: info.scale?.documents ?? 0,
        rows: info.rows,
        parseTotalMs: info.scale?.parseTotalMs ?? 0,
        parseMedianMs: info.scale?.parseMedianMs ?? 0,
        failed: info.scale?.failed ?? 0,
        latencies,
        note: '',
      };
    } finally {
      await browser.close();
    }
  } catch (e) {
    if (process.env['BENCH_DEBUG']) console.error(e);
    return empty(e instanceof Error ? (e.message.split('\n')[0] ?? '') : String(e));
  } finally {
    server?.stop();
  }
}
