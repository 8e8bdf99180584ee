/**
 * Lighthouse (12.2.3, the last line that runs on Node 20), mobile and desktop presets, median of `runs` runs each:
 * performance, accessibility and best practices. Serves dist/ with vite preview on a private port.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

import type { PreviewServer } from './preview-server';
import { startPreview } from './preview-server';

export interface LighthouseScores {
  readonly preset: 'mobile' | 'desktop';
  readonly runs: number;
  /** Medians (0–1); null when no run succeeded. */
  readonly performance: number | null;
  readonly accessibility: number | null;
  readonly bestPractices: number | null;
  /** Every run's scores, for the report. */
  readonly all: ReadonlyArray<{ performance: number; accessibility: number; bestPractices: number }>;
  readonly note: string;
}

function median(xs: readonly number[]): number | null {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? null) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
}

function run(cmd: string, args: readonly string[], env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve(out) : reject(new Error(err.split('\n').slice(-3).join(' '))),
    );
  });
}

interface LighthouseJson {
  categories: Record<string, { score: number | null } | undefined>;
}

export async function measureLighthouse(root: string, runs = 3): Promise<LighthouseScores[]> {
  const bin = join(root, 'node_modules/.bin/lighthouse');
  const chrome =
    process.env['CHROMIUM_PATH'] ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
  const empty = (preset: 'mobile' | 'desktop', note: string): LighthouseScores => ({
    preset,
    runs: 0,
    performance: null,
    accessibility: null,
    bestPractices: null,
    all: [],
    note,
  });
  if (!existsSync(join(root, 'dist/index.html')))
    return [empty('mobile', 'no dist/'), empty('desktop', 'no dist/')];
  if (!existsSync(bin) || !chrome)
    return [empty('mobile', 'no lighthouse or chromium'), empty('desktop', '')];
  let server: PreviewServer | null = null;
  try {
    server = await startPreview(root, 'dist');
    const out: LighthouseScores[] = [];
    for (const preset of ['mobile', 'desktop'] as const) {
      const all: Array<{ performance: number; accessibility: number; bestPractices: number }> = [];
      let note = '';
      for (let i = 0; i < runs; i++) {
        try {
          const json = await run(
            bin,
            [
              `${server.origin}/`,
              '--output=json',
              '--output-path=stdout',
              '--quiet',
              '--only-categories=performance,accessibility,best-practices',
              ...(preset === 'desktop' ? ['--preset=desktop'] : []),
              '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run --disable-quic',
            ],
            { ...process.env, CHROME_PATH: chrome },
          );
          const report = JSON.parse(json) as LighthouseJson;
          all.push({
            performance: report.categories['performance']?.score ?? 0,
            accessibility: report.categories['accessibility']?.score ?? 0,
            bestPractices: report.categories['best-practices']?.score ?? 0,
          });
        } catch (e) {
          note = e instanceof Error ? e.message : String(e);
        }
      }
      out.push({
        preset,
        runs: all.length,
        performance: median(all.map((a) => a.performance)),
        accessibility: median(all.map((a) => a.accessibility)),
        bestPractices: median(all.map((a) => a.bestPractices)),
        all,
        note,
      });
    }
    return out;
  } catch (e) {
    const note = e instanceof Error ? e.message : String(e);
    return [empty('mobile', note), empty('desktop', note)];
  } finally {
    server?.stop();
  }
}
