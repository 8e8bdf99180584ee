import { readFileSync } from 'node:fs';

import { readCsv } from '../src/testing/read-csv';

import { expect, expectNoAxeViolations, test } from './helpers';

// The reference document prints 179 table figures (src/domain/__fixtures__/reference-facts.hand.csv, transcribed
// by hand). The largest is 2,812.11 (本年支出合计 and 总计, e.g. 表1 line 141); the smallest 0.07 (表6 差旅费, line 320).
test.describe('全部明细 (every table figure of every document, virtualised)', () => {
  test('counts every figure, renders only a window, sorts by amount both ways, links to the source line', async ({
    page,
  }) => {
    await page.goto('/#/rows');
    await expect(page.getByTestId('all-rows-count')).toContainText('共 179 行，来自 1 个文件');
    const body = page.locator('.all-rows-table tbody tr:not(.spacer)');
    await expect(body.first()).toBeVisible();
    // Virtualised: far fewer rows in the DOM than figures.
    expect(await body.count()).toBeLessThan(60);

    await page.getByRole('link', { name: /金额/ }).click();
    await expect(page).toHaveURL(/sort=amount%3Adesc|sort=amount:desc/);
    await expect(body.first()).toContainText('2,812.11');
    await expect(page.getByRole('columnheader', { name: /金额/ })).toHaveAttribute('aria-sort', 'descending');

    await page.getByRole('link', { name: /金额/ }).click();
    await expect(page.getByRole('columnheader', { name: /金额/ })).toHaveAttribute('aria-sort', 'ascending');
    const first = body.first();
    await expect(first).toContainText('差旅费');
    await expect(first).toContainText('0.07');
    await expect(first).toContainText('表6');

    // The last row is reachable by scrolling the table's own region.
    await page.locator('.all-rows-scroller').evaluate((el) => {
      el.scrollTop = el.scrollHeight;
    });
    await expect(page.locator('.all-rows-table tbody tr[aria-rowindex="180"]')).toBeVisible();
    await expect(page.locator('.all-rows-table tbody tr[aria-rowindex="180"]')).toContainText('2,812.11');

    // Back to the top, then follow the smallest figure to its line in the source.
    await page.locator('.all-rows-scroller').evaluate((el) => {
      el.scrollTop = 0;
    });
    await first.getByRole('link', { name: '第 320 行' }).click();
    await expect(page).toHaveURL(/#\/source\?.*line=320/);
    await expect(page.locator('main')).toContainText('差旅费');
  });

  test('the 元 switch re-reads the amounts; axe finds no WCAG 2.2 AA violation', async ({ page }) => {
    await page.goto('/#/rows?sort=amount:desc&unit=元');
    await expect(page.getByRole('columnheader', { name: /金额（元）/ })).toBeVisible();
    await expect(page.locator('.all-rows-table tbody tr:not(.spacer)').first()).toContainText(
      '28,121,100.00',
    );
    await expectNoAxeViolations(page, '明细 sorted by amount, in 元');
    await page.screenshot({ path: 'test-results/all-rows.png' });
  });

  test('exports every figure in the order shown, amounts exact in the shown unit', async ({ page }) => {
    await page.goto('/#/rows?sort=amount:asc&unit=元');
    await expect(page.getByTestId('all-rows-count')).toContainText('共 179 行');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '导出 CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('全部明细-1个文件-元.csv');
    const csv = readCsv(readFileSync(await download.path(), 'utf8'));
    expect(csv[0]).toEqual(['文件', '表', '科目编码', '项目', '栏目', '金额（元）', '原文行']);
    expect(csv).toHaveLength(180);
    // The smallest: 表6 30211 差旅费 0.07 万元 = 700.00 元 (line 320); the largest 2,812.11 万元 = 28121100.00 元.
    expect(csv[1]).toEqual([
      '武汉市江汉区大数据中心 · 2021',
      '表6',
      '30211',
      '差旅费',
      '公用经费/决算数',
      '700.00',
      '320',
    ]);
    expect(csv.at(-1)?.[5]).toBe('28121100.00');
  });
});
