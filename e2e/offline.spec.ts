import { execSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

import { expect, test } from './helpers';

// `npm run build:single` writes the whole dashboard into this one file; it must work from file:// with no network.
const SINGLE_FILE = fileURLToPath(new URL('../dist-single/index.html', import.meta.url));
const FILE_URL = pathToFileURL(SINGLE_FILE).href;

test.describe('offline single file', () => {
  test.describe.configure({ mode: 'serial' });

  test.beforeAll(() => {
    execSync('npm run build:single', {
      cwd: fileURLToPath(new URL('..', import.meta.url)),
      stdio: 'pipe',
      timeout: 120_000,
    });
    expect(existsSync(SINGLE_FILE)).toBe(true);
  });

  test.beforeEach(async ({ page, context }) => {
    await page.route('**/*', (route) =>
      route.request().url().startsWith('file:') ? route.continue() : route.abort(),
    );
    await context.setOffline(true);
  });

  test('the file references nothing outside itself', () => {
    const html = readFileSync(SINGLE_FILE, 'utf8');
    expect(html).not.toMatch(/<script[^>]*\ssrc=/);
    expect(html).not.toMatch(/<link[^>]*rel="(stylesheet|modulepreload)"/);
  });

  // Expected figures were read from the source document by hand (表1 line 141, 表3 lines 194–195).
  test('every view works from file:// with the network blocked', async ({ page }) => {
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));

    await page.goto(FILE_URL);
    await expect(page.getByTestId('department')).toHaveText('武汉市江汉区大数据中心');
    await expect(page.getByTestId('kpi-income')).toContainText('2,484.74');
    await expect(page.getByTestId('kpi-expense')).toContainText('2,812.11');
    await expect(page.locator('#fig1 .recharts-surface')).toBeVisible();

    await page.goto(`${FILE_URL}#/drill?mode=function&trail=201`);
    await expect(page.getByRole('main')).toContainText('2,697.42');

    await page.goto(`${FILE_URL}#/tables/3`);
    await expect(page.getByRole('main')).toContainText('236.77');

    for (const view of ['scorecards', 'audit', 'source']) {
      await page.goto(`${FILE_URL}#/${view}`);
      await expect(page.locator('main .loading')).toHaveCount(0);
      await expect(page.locator('main [role="alert"]')).toHaveCount(0);
      await expect(page.getByRole('main')).not.toBeEmpty();
    }

    expect(requests.filter((url) => !url.startsWith('file:') && !url.startsWith('data:'))).toEqual([]);
  });
});
