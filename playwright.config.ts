import { existsSync } from 'node:fs';

import { defineConfig, devices } from '@playwright/test';

// E2E_PORT / E2E_OUTDIR let two runs share a machine without sharing a port or a dist folder.
const PORT = Number(process.env['E2E_PORT'] ?? 4173);
const OUT_DIR = process.env['E2E_OUTDIR'] ?? 'dist';
const BASE_URL = `http://127.0.0.1:${PORT}`;

/**
 * Browser to drive: $CHROMIUM_PATH, else Debian's /usr/bin/chromium, else Playwright's own download
 * (`npx playwright install chromium`, which needs internet access).
 */
function chromiumExecutable(): string | undefined {
  const fromEnv = process.env['CHROMIUM_PATH'];
  if (fromEnv !== undefined && fromEnv !== '') return fromEnv;
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  return undefined;
}

const executablePath = chromiumExecutable();
const isCI = process.env['CI'] !== undefined && process.env['CI'] !== '' && process.env['CI'] !== 'false';

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  forbidOnly: isCI,
  retries: 0,
  reporter: 'list',
  use: {
    baseURL: BASE_URL,
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        headless: true,
        launchOptions: {
          ...(executablePath === undefined ? {} : { executablePath }),
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
            '--disable-quic',
          ],
        },
      },
    },
  ],
  webServer: {
    // Build, then serve dist/ with vite preview started directly (not through npx), so stopping it frees the port.
    command: `node_modules/.bin/vite build --outDir ${OUT_DIR} --emptyOutDir && node_modules/.bin/vite preview --outDir ${OUT_DIR} --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: BASE_URL,
    // Never reuse a server already on the port: it could be an old `npm run preview` serving a stale dist/.
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
