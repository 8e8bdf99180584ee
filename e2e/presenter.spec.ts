import { expect, expectNoAxeViolations, test } from './helpers';
import { pdfPageTexts } from './pdf-text';

// The default deck: 总览, 科目钻取 201, 预算与决算, 表3, 绩效自评 (by score), the lowest card (17 中心运行维护费, 92.2),
// 勾稽检查 (不符). Figures in the notes were read from the document by hand (lines 141, 397).
test.describe('presenter', () => {
  test('walks the default deck with the keys a clicker sends', async ({ page }) => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.goto('/#/presenter');
    await page.getByRole('link', { name: /开始演示/ }).click();
    const number = page.getByTestId('slide-number');
    await expect(number).toHaveText('第 1 / 7 张');
    await expect(page.getByTestId('speaker-notes')).toContainText('支出 2,812.11 万元');
    await expect(page.getByTestId('speaker-notes')).toContainText('下降 42%');
    await expect(page.locator('html')).toHaveClass(/presenting/);
    await page.screenshot({ path: 'test-results/presenter-1920.png' });
    await page.keyboard.press('ArrowRight');
    await expect(number).toHaveText('第 2 / 7 张');
    await expect(page).toHaveURL(/#\/drill\?.*present=2/);
    await page.keyboard.press('PageDown');
    await expect(number).toHaveText('第 3 / 7 张');
    await page.keyboard.press(' ');
    await expect(number).toHaveText('第 4 / 7 张');
    await expect(page).toHaveURL(/#\/tables\/3\?present=4/);
    await page.keyboard.press('ArrowLeft');
    await expect(number).toHaveText('第 3 / 7 张');
    await page.keyboard.press('End');
    await expect(number).toHaveText('第 7 / 7 张');
    await expect(page).toHaveURL(/#\/audit\?.*status=fail/);
    await page.keyboard.press('Home');
    await expect(number).toHaveText('第 1 / 7 张');
    await page.keyboard.press('6');
    await page.keyboard.press('Enter');
    await expect(number).toHaveText('第 6 / 7 张');
    await expect(page.getByTestId('speaker-notes')).toContainText('中心运行维护费');
    await page.keyboard.press('Escape');
    await expect(page).toHaveURL(/#\/presenter$/);
  });

  test('adds the current drill-down view as a slide, kept after a reload', async ({ page }) => {
    await page.goto('/#/drill?mode=function&trail=201,20103');
    await expect(page.locator('main')).toContainText('2010350');
    await page.getByRole('button', { name: '加入演示' }).click();
    await expect(page.getByRole('status').filter({ hasText: '已加入演示' })).toContainText('第 8 张');
    await page.goto('/#/presenter');
    const items = page.getByTestId('deck-list').locator('li');
    await expect(items).toHaveCount(8);
    await expect(items.last()).toContainText('科目钻取：功能分类 20103');
    await page.reload();
    await expect(items).toHaveCount(8);
    await items.last().getByRole('link').click();
    await expect(page.getByTestId('slide-number')).toHaveText('第 8 / 8 张');
    await expect(page.locator('main')).toContainText('2010350');
  });

  test('reads at 1024×768 and has no axe violations while presenting', async ({ page }) => {
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.goto('/#/overview?present=1');
    await expect(page.getByTestId('slide-number')).toBeVisible();
    const size = await page.evaluate(() => getComputedStyle(document.documentElement).fontSize);
    expect(size).toBe('21px');
    await page.screenshot({ path: 'test-results/presenter-1024.png' });
    await expectNoAxeViolations(page, 'presenting slide 1 at 1024×768');
    await page.goto('/#/presenter');
    await expect(page.getByTestId('deck-list')).toBeVisible();
    await expectNoAxeViolations(page, 'the deck list');
  });
});

test.describe('deck handout', () => {
  test('prints every slide on its own page, each stamped', async ({ page }) => {
    await page.goto('/#/presenter/handout');
    const pages = page.getByTestId('handout-page');
    await expect(pages).toHaveCount(7);
    await expect(pages.nth(0).locator('.handout-stamp')).toContainText(
      '武汉市江汉区大数据中心 · 2021 年度 · 单位：万元 · 第 1 / 7 张',
    );
    await expect(pages.nth(3).locator('.handout-stamp')).toContainText('决算表 表3');
    // 表3 2010350 事业运行 = 236.77 (line 198, read by hand); the overview's 支出 2,812.11 (line 141).
    await expect(pages.nth(3)).toContainText('236.77');
    await expect(pages.nth(0)).toContainText('2,812.11');
    await expect(page).toHaveURL(/#\/presenter\/handout$/);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.app-header nav')).toBeHidden();
    const pdf = await page.pdf({ format: 'A4' });
    const pageCount = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pageCount).toBeGreaterThanOrEqual(7);
  });

  test('prints no blank page: every page of the handout carries a slide', async ({ page }) => {
    // The slide before 表3 (预算与决算) filled its last page exactly; its panel's bottom padding and border then
    // spilled onto a page of their own, and the break before 表3 left that page blank.
    await page.goto('/#/presenter/handout');
    await expect(page.getByTestId('handout-page')).toHaveCount(7);
    await expect(page.getByTestId('handout-page').nth(3)).toContainText('236.77');
    await expect(page.locator('.loading')).toHaveCount(0);
    await page.emulateMedia({ media: 'print' });
    const texts = await pdfPageTexts(await page.pdf({ format: 'A4' }));
    expect(texts.length).toBeGreaterThanOrEqual(7);
    const blank = texts.flatMap((t, i) => (t.trim() === '' ? [i + 1] : []));
    expect(blank, `blank pages: ${blank.join(', ')}`).toEqual([]);
    // Each slide starts a page with its stamp: seven stamps, each at the top of its own page.
    const stamped = texts.filter((t) => t.startsWith('武汉市江汉区大数据中心 · 2021 年度'));
    expect(stamped).toHaveLength(7);
  });
  test('a slide that fills its last page exactly is followed by the next slide, not by a blank page', async ({
    page,
  }) => {
    // Layout-independent: a spacer grows at the end of slide 3's last box until the slide needs one more page; at
    // that height the new page must hold content (the slide's own), never only the box's bottom padding and border.
    await page.goto('/#/presenter/handout');
    await expect(page.getByTestId('handout-page')).toHaveCount(7);
    await expect(page.locator('.loading')).toHaveCount(0);
    await page.emulateMedia({ media: 'print' });
    await page.evaluate(() => {
      const slide = document.querySelectorAll('[data-testid="handout-page"]')[2];
      const tables = slide?.querySelectorAll('table');
      const last = tables?.[tables.length - 1];
      // An empty block that grows, then one line of text: whatever spills onto a new page, that line goes too.
      const spacer = document.createElement('div');
      spacer.id = 'e2e-spacer';
      const tail = document.createElement('p');
      tail.textContent = '以上为第 3 张';
      tail.style.margin = '0';
      last?.after(spacer, tail);
    });
    const texts = async (h: number): Promise<string[]> => {
      await page.evaluate((px) => {
        const el = document.getElementById('e2e-spacer');
        if (el) el.style.height = `${px}px`;
      }, h);
      return pdfPageTexts(await page.pdf({ format: 'A4' }));
    };
    const base = (await texts(1)).length;
    let lo = 1;
    let hi = 1400;
    expect((await texts(hi)).length).toBeGreaterThan(base);
    while (hi - lo > 1) {
      const mid = Math.floor((lo + hi) / 2);
      if ((await texts(mid)).length > base) hi = mid;
      else lo = mid;
    }
    const atBreak = await texts(hi);
    const blank = atBreak.flatMap((t, i) => (t.trim() === '' ? [i + 1] : []));
    expect(blank, `a spacer of ${hi}px leaves blank pages ${blank.join(', ')}`).toEqual([]);
  });
});
