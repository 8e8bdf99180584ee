import { execSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

import { expect } from './helpers';
import { test } from './popup-guard';

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

  test('its CSP allows exactly its own inline script and style, by sha256, and nothing from anywhere', () => {
    const html = readFileSync(SINGLE_FILE, 'utf8');
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html)?.[1] ?? '';
    // Before the first script or style, since a meta CSP governs only what follows it.
    expect(html.indexOf('http-equiv="Content-Security-Policy"')).toBeLessThan(
      html.search(/<(script|style)\b/),
    );
    expect(csp).not.toMatch(/unsafe-|'self'|https?:|\*/);
    const directives = Object.fromEntries(
      csp.split(';').map((d) => {
        const [name = '', ...sources] = d.trim().split(/\s+/);
        return [name, sources];
      }),
    );
    // Hashed here independently of scripts/csp.ts: the bytes between the tags, as the browser hashes them.
    const sha = (text: string): string =>
      `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
    const scripts = [...html.matchAll(/<script type="module">([\s\S]*?)<\/script>/g)].map((m) =>
      sha(m[1] ?? ''),
    );
    const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => sha(m[1] ?? ''));
    expect(scripts).toHaveLength(1);
    expect(styles).toHaveLength(1);
    expect(directives).toMatchObject({
      'default-src': ["'none'"],
      'script-src': scripts,
      'style-src': styles,
      'connect-src': ["'none'"],
      'object-src': ["'none'"],
      'base-uri': ["'none'"],
      'form-action': ["'none'"],
    });
  });

  test('a changed script is refused: the hash pins the exact code', async ({ page, guard }) => {
    const html = readFileSync(SINGLE_FILE, 'utf8');
    const dir = mkdtempSync(join(tmpdir(), 'single-tampered-'));
    const tampered = join(dir, 'index.html');
    writeFileSync(
      tampered,
      html.replace('<script type="module">', '<script type="module">window.__tampered=1;'),
    );
    await page.goto(pathToFileURL(tampered).href);
    const record = await guard.take();
    expect(record.violations.map((v) => v.directive)).toContain('script-src-elem');
    // Only the static page shell of index.html is there: the app never ran.
    await expect(page.locator('#root .doc-title')).toHaveText('正在载入…');
    await expect(page.locator('#root nav')).toHaveCount(0);
    expect(
      await page.evaluate(() => (window as unknown as { __tampered?: number }).__tampered),
    ).toBeUndefined();
  });

  // Expected figures were read from the source document by hand (表1 line 141, 表3 lines 194–195).
  test('every view works from file:// with the network blocked', async ({ page }) => {
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));

    await page.goto(FILE_URL);
    await expect(page.getByTestId('department')).toHaveText('武汉市江汉区大数据中心');
    await expect(page.getByTestId('kpi-income')).toContainText('2,484.74');
    await expect(page.getByTestId('kpi-expense')).toContainText('2,812.11');
    await expect(page.locator('#fig1 .bar-list-surface')).toBeVisible();

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

  // From file:// no worker can start and the CSP fetches nothing, so the PDF is read on the main thread by the pdf.js
  // inlined in the file, with the fonts it embeds. Expected: 表1 本年收入合计 2,946.25 of the finance bureau's PDF, page 5
  // (its oracle, src/domain/__fixtures__/shanghai/, read from the page image).
  test('a published PDF is read from file:// with the network blocked', async ({ page }) => {
    test.setTimeout(120_000);
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(FILE_URL);
    await expect(page.getByTestId('department')).toHaveText('武汉市江汉区大数据中心');
    await page.getByTestId('import-input').setInputFiles({
      name: 'shanghai-putuo-finance-bureau-2024.pdf',
      mimeType: 'application/pdf',
      buffer: readFileSync(
        fileURLToPath(
          new URL('../../shared/documents/pdf/shanghai-putuo-finance-bureau-2024.pdf', import.meta.url),
        ),
      ),
    });
    const report = page.getByTestId('import-report');
    await expect(report).toContainText('已导入：上海市普陀区财政局 · 2024 年度', { timeout: 90_000 });
    await expect(report).toContainText('读取完整');
    await expect(page.getByRole('main')).toContainText('本年收入合计2,946.25');
    expect(
      requests.filter(
        (url) => !url.startsWith('file:') && !url.startsWith('data:') && !url.startsWith('blob:'),
      ),
    ).toEqual([]);
  });

  // Two pages of the file opened from file:// have an opaque origin each, yet Chromium gives them one BroadcastChannel
  // (and one localStorage, whose storage events are the fallback): the presenter's window works offline either way.
  for (const transport of ['BroadcastChannel', 'storage events'] as const) {
    test(`the presenter's window follows and drives the projected window from file:// (${transport})`, async ({
      page,
      context,
    }) => {
      if (transport === 'storage events')
        await context.addInitScript(() => {
          delete (window as { BroadcastChannel?: unknown }).BroadcastChannel;
        });
      await page.goto(`${FILE_URL}#/overview?present=1`);
      await expect(page.getByTestId('slide-number')).toHaveText('第 1 / 7 张');
      const [speaker] = await Promise.all([
        context.waitForEvent('page'),
        page.getByRole('button', { name: '打开演讲者窗口' }).click(),
      ]);
      expect(speaker.url()).toBe(`${FILE_URL}#/presenter/speaker`);
      expect(
        await speaker.evaluate(() => typeof (window as { BroadcastChannel?: unknown }).BroadcastChannel),
      ).toBe(transport === 'BroadcastChannel' ? 'function' : 'undefined');
      await expect(speaker.getByTestId('speaker-status')).toContainText('已与放映窗口同步');
      // 表1 本年支出合计 (line 141).
      await expect(speaker.getByTestId('speaker-notes-text')).toContainText('支出 2,812.11 万元');
      await speaker.keyboard.press('ArrowRight');
      await expect(page.getByTestId('slide-number')).toHaveText('第 2 / 7 张');
      await expect(speaker.getByTestId('speaker-slide-number')).toHaveText('第 2 / 7 张');
      await page.keyboard.press('End');
      await expect(speaker.getByTestId('speaker-slide-number')).toHaveText('第 7 / 7 张');
      await expect(speaker.getByTestId('speaker-current-title')).toHaveText('勾稽检查：不符');
      await speaker.keyboard.press('Home');
      await expect(page.getByTestId('slide-number')).toHaveText('第 1 / 7 张');
    });
  }
});
