import { expect, test } from './helpers';

/** Leaders open shared links on phones: a 390×844 screen (an iPhone 12–15 in CSS pixels). */
test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

test.describe('on a phone', () => {
  test('the header leaves the first screen to the figures', async ({ page }) => {
    await page.goto('/#/overview');
    // 表1 本年收入合计 2,484.74 and 本年支出合计 2,812.11 (line 141, read by hand) in the first screen.
    await expect(page.getByTestId('kpi-income')).toContainText('2,484.74');
    const header = await page.locator('.app-header').boundingBox();
    expect(header?.height ?? 999).toBeLessThanOrEqual(844 * 0.25);
    for (const id of ['kpi-income', 'kpi-expense', 'kpi-basic', 'kpi-project']) {
      const box = await page.getByTestId(id).boundingBox();
      expect(box, id).not.toBeNull();
      expect((box?.y ?? 999) + (box?.height ?? 0), id).toBeLessThanOrEqual(844);
    }
    // Nothing scrolls sideways but the row of views, which scrolls on its own.
    const widths = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
    expect(widths[0]).toBeLessThanOrEqual(widths[1] ?? 0);
    await expect(
      page.getByRole('navigation', { name: '视图' }).getByRole('link', { name: '演示' }),
    ).toBeAttached();
    await page.screenshot({ path: test.info().outputPath('phone-overview.png') });
  });

  test('the document switcher shows department and year in full', async ({ page }) => {
    await page.goto('/#/overview');
    const select = page.getByTestId('document-switcher');
    await expect(select.locator('option:checked')).toHaveText('武汉市江汉区大数据中心 · 2021 年度（内置）');
    // The label's own width against the room the closed select gives it (its box less padding and the arrow).
    const fits = await select.evaluate((el: HTMLSelectElement) => {
      const cs = getComputedStyle(el);
      const ctx = document.createElement('canvas').getContext('2d');
      if (!ctx) return false;
      ctx.font = `${cs.fontWeight} ${cs.fontSize} ${cs.fontFamily}`;
      const label = '武汉市江汉区大数据中心 · 2021 年度';
      const room = el.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight) - 24;
      return ctx.measureText(label).width <= room;
    });
    expect(fits).toBe(true);
  });

  test('年初预算与决算（按类） reads without sideways scrolling: one card per 类', async ({ page }) => {
    await page.goto('/#/overview');
    const table = page.getByTestId('category-budgets');
    // 201 一般公共服务支出: 年初预算 2,535.63, 决算 2,697.42 (lines 485, read by hand).
    const first = table.locator('tbody tr').first();
    await expect(first).toContainText('2,535.63');
    await expect(first).toContainText('2,697.42');
    await expect(first.locator('td').first()).toBeVisible();
    const overflow = await table.evaluate((t) => {
      const box = t.parentElement;
      return box ? box.scrollWidth - box.clientWidth : 999;
    });
    expect(overflow).toBeLessThanOrEqual(0);
    // Every cell, the last column's included, lies inside the screen.
    const rights = await table
      .locator('tbody td')
      .evaluateAll((tds) => tds.map((td) => td.getBoundingClientRect().right));
    for (const r of rights) expect(r).toBeLessThanOrEqual(390);
    await table.screenshot({ path: test.info().outputPath('phone-budget-table.png') });
  });
});

test('the first screen does not shift while the document arrives (CLS 0)', async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as unknown as { __shift: number };
    w.__shift = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__shift += (e as PerformanceEntry & { value: number }).value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto('/#/overview');
  await expect(page.getByTestId('kpi-expense')).toContainText('2,812.11');
  await expect(page.locator('#fig1 .bar-list-surface')).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __shift: number }).__shift)).toBe(0);
});
