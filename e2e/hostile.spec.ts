import type { Page } from '@playwright/test';

import { expect, test } from './helpers';

// A hostile document in the real app. The app cannot load a document of the user's yet (an import is being built
// separately), so the test rewrites the bundled reference text on its way to the browser: the robustness suite's
// "hostile cells" (src/testing/robustness-inputs.ts: the department as `<script>alert(1)</script>__proto__`, the
// first 一般公共服务支出 as 5,000 × 长 plus BEL and SOH), plus an <img onerror> and an unbreakable 300-letter word
// as row names. Nothing may run, no element may be made from the text, and the page may not scroll sideways.

const SCRIPT = '<script>alert(1)</script>__proto__';
const IMG = '<img src=x onerror="alert(2)">';
const WORD = 'W'.repeat(300);

/** Serves the app with the hostile document in place of the reference text (inside a JS template literal). */
async function serveHostileDocument(page: Page): Promise<{ rewritten: () => boolean }> {
  let rewritten = false;
  await page.route(/\/assets\/[^/]+\.js$/, async (route) => {
    // A request cut off by the next navigation has nothing left to rewrite.
    const response = await route.fetch().catch(() => null);
    if (response === null) return;
    const js = await response.text();
    const start = js.indexOf('# 2021 年度武汉市江汉区大数据中心');
    if (start < 0) {
      await route.fulfill({ response });
      return;
    }
    rewritten = true;
    // The text sits in a template literal with its line ends and tabs as they are; escapes are read as such.
    const doc = js
      .slice(start)
      .replace('武汉市江汉区大数据中心', SCRIPT)
      .replace('一般公共服务支出', `${'长'.repeat(5000)}\\u0007\\u0001`)
      .replaceAll('\t事业运行\t', `\t${IMG}\t`)
      .replaceAll('\t其他政府办公厅（室）及相关机构事务支出\t', `\t${WORD}\t`);
    await route.fulfill({ response, body: js.slice(0, start) + doc });
  });
  return { rewritten: () => rewritten };
}

/** What the hostile text could have changed outside its text. */
function sideEffects(): Record<string, unknown> {
  const before = (window as unknown as { __prototypeBefore?: string }).__prototypeBefore;
  return {
    elements: [...document.body.querySelectorAll('script, img, iframe, object, embed')].map(
      (e) => e.outerHTML,
    ),
    handlers: [...document.querySelectorAll('*')].flatMap((el) =>
      [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${el.tagName}[${a.name}]`),
    ),
    prototypeChanged: Object.getOwnPropertyNames(Object.prototype).join() !== before,
    inherited: ({} as Record<string, unknown>)['alert'] ?? null,
    scrollsSideways: document.documentElement.scrollWidth > document.documentElement.clientWidth + 1,
  };
}

const UNTOUCHED = {
  elements: [],
  handlers: [],
  prototypeChanged: false,
  inherited: null,
  scrollsSideways: false,
};

const VIEWS = [
  { hash: '#/overview', shows: 'alert(1)__proto__' },
  { hash: '#/tables/1', shows: '长长长长长长长长' },
  { hash: '#/tables/3', shows: WORD },
  { hash: '#/drill?mode=function&trail=201,20103', shows: WORD },
  { hash: '#/source', shows: IMG },
  { hash: '#/audit?status=all', shows: 'alert(1)__proto__' },
  { hash: '#/scorecards', shows: '绩效自评' },
  { hash: '#/scorecards/department', shows: '部门整体' },
];

test.describe('a hostile document', () => {
  for (const width of [1366, 640]) {
    test(`is shown as text and changes nothing else, at ${width} px`, async ({ page }) => {
      test.setTimeout(180_000);
      await page.setViewportSize({ width, height: 800 });
      const dialogs: string[] = [];
      page.on('dialog', (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
      const served = await serveHostileDocument(page);
      await page.addInitScript(() => {
        (window as unknown as { __prototypeBefore?: string }).__prototypeBefore = Object.getOwnPropertyNames(
          Object.prototype,
        ).join();
      });
      for (const view of VIEWS) {
        await page.goto(`/${view.hash}`);
        await expect(page.locator('main .loading')).toHaveCount(0);
        await expect(page.locator('body')).toContainText(view.shows);
        expect(await page.evaluate(sideEffects), view.hash).toEqual(UNTOUCHED);
        await page.screenshot({
          path: test.info().outputPath(`hostile-${width}-${view.hash.slice(2, 12).replace(/\W/g, '-')}.png`),
        });
      }
      expect(served.rewritten(), 'the reference text was found and replaced').toBe(true);
      await expect(page.getByTestId('department')).toHaveText('alert(1)__proto__');
      expect(dialogs).toEqual([]);
    });
  }

  test('the 5,000-character cell and the 300-letter word wrap inside their tables', async ({ page }) => {
    await page.setViewportSize({ width: 1366, height: 800 });
    await serveHostileDocument(page);
    for (const [hash, text] of [
      ['#/tables/1', '长长长长长长长长'],
      ['#/tables/3', WORD],
      ['#/drill?mode=function&trail=201,20103', WORD],
    ] as const) {
      await page.goto(`/${hash}`);
      const cell = page.getByRole('main').locator('td, th').filter({ hasText: text, visible: true }).first();
      await expect(cell).toBeVisible();
      // The cell stays inside the page, and so does its table.
      const table = await cell.evaluate((c) => {
        const r = c.closest('table')?.getBoundingClientRect();
        return { right: r?.right ?? Infinity, width: document.documentElement.clientWidth };
      });
      expect(table.right).toBeLessThanOrEqual(table.width);
      await cell.scrollIntoViewIfNeeded();
      await page.screenshot({
        path: test.info().outputPath(`hostile-wrap-${hash.slice(2, 10).replace(/\W/g, '-')}.png`),
      });
    }
  });
});
