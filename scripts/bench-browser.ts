/**
 * Interaction latency in Chromium (median of repeated runs, also at 4× CPU throttling): opening the app, a view
 * switch, a table sort, a drill step. Serves dist/ with vite preview on a private port and stops it afterwards.
 * Timing is taken in the page: from the action to the first animation frame after the expected DOM appears.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

import { chromium } from '@playwright/test';

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
    startReady: () => document.querySelector('[data-testid=kpi-expense]') !== null,
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
];

export async function measureBrowser(
  root: string,
  runs = 10,
): Promise<{ latencies: Latency[]; openMs: number | null; note: string }> {
  const dist = join(root, 'dist');
  const executablePath =
    process.env['CHROMIUM_PATH'] ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
  if (!existsSync(join(dist, 'index.html'))) return { latencies: [], openMs: null, note: 'no dist/' };
  const port = 4190;
  const server = spawn(
    join(root, 'node_modules/.bin/vite'),
    ['preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    { cwd: root, stdio: 'ignore' },
  );
  try {
    await new Promise((r) => setTimeout(r, 1500));
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
      const base = `http://127.0.0.1:${port}/`;
      const opens: number[] = [];
      for (let i = 0; i < 5; i++) {
        const t0 = Date.now();
        await page.goto(base);
        await page.waitForSelector('[data-testid=kpi-expense]');
        opens.push(Date.now() - t0);
      }
      const latencies: Latency[] = [];
      for (const s of SCENARIOS) {
        const measure = async (): Promise<number[]> => {
          const out: number[] = [];
          for (let i = 0; i < runs; i++) {
            await page.evaluate((h) => {
              location.hash = h;
            }, s.start);
            await page.waitForFunction(s.startReady, undefined, { timeout: 5000 });
            out.push(await page.evaluate(s.run));
          }
          return out;
        };
        try {
          const plain = await measure();
          const cdp = await page.context().newCDPSession(page);
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
      return { latencies, openMs: median(opens), note: '' };
    } finally {
      await browser.close();
    }
  } catch (e) {
    return { latencies: [], openMs: null, note: e instanceof Error ? e.message : String(e) };
  } finally {
    server.kill();
  }
}
