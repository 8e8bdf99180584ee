import { readFileSync } from 'node:fs';

import type { Page } from '@playwright/test';

import { readCsv } from '../src/testing/read-csv';

import { expect, expectNoAxeViolations, test } from './helpers';

/*
 * The audit view over the reference document. Oracles were read from the document by hand (see
 * src/domain/audit/reference-audit.test.ts for why each of the 12 不符 is one): 表1 line 115 prints 一般公共服务支出
 * 2,697.43 while 表3 line 195 prints 2, 697. 42; the stated 年初预算 2604.73 (line 447) against the four per-类
 * budgets that add to 2,603.73; 6.67 (line 477) against the card's 6.97 (line 1058).
 */

function card(page: Page, id: string) {
  return page.locator(`article[data-check-id="${id}"]`);
}

function section(page: Page, name: RegExp) {
  return page.getByRole('region', { name });
}

test.describe('audit view', () => {
  // Several Playwright runs share this machine; the default 30 s is tight for a full page of checks.
  test.describe.configure({ timeout: 60_000 });

  test('lists the 12 不符 of the reference document with both figures and both places', async ({ page }) => {
    await page.goto('/#/audit');
    await expect(page.getByRole('heading', { level: 2, name: '勾稽检查' })).toBeVisible();
    await expect(
      page.getByRole('main').getByText('jianghan-big-data-center-2021.txt', { exact: false }),
    ).toBeVisible();
    await expect(section(page, /^不符/).getByRole('heading', { level: 3 })).toHaveText('不符（12）');
    await expect(section(page, /^不符/).getByRole('article')).toHaveCount(12);
    await expect(section(page, /^提示/).getByRole('article')).toHaveCount(13);
    await expect(page.getByRole('status')).toContainText('显示 25 项（不符 12，提示 13）');

    const cross = card(page, 'cross.t1-t3.201');
    await expect(cross).toContainText('不符');
    await expect(cross).toContainText('2,697.43');
    await expect(cross).toContainText('2,697.42');
    await expect(cross).toContainText('舍入量级');
    await expect(cross.getByRole('link', { name: '原文第 115 行' })).toBeVisible();
    await expect(cross.getByRole('link', { name: '原文第 195 行' })).toBeVisible();
    // Each place shows its printed line: 表3's row 201 as printed, with the figure marked.
    await expect(cross.locator('mark')).toHaveText(['2,697.43', '2, 697. 42']);

    const budget = card(page, 'prose.budget.by-category');
    await expect(budget).toContainText('2,604.73');
    await expect(budget).toContainText('2,603.73');
    for (const line of [447, 485, 487, 489, 491])
      await expect(budget.getByRole('link', { name: `原文第 ${line} 行` })).toBeVisible();

    await page.screenshot({ path: 'test-results/audit-full.png', fullPage: true });
  });

  // The reference: every applicable identity of the catalogue runs (46 less the 3 below); 表8 and 表9 print their 本单位无… (lines 373,
  // 391) and the prose says 本单位无机关运行经费支出 (line 535), so those do not apply; with 12 不符 it is not clean.
  test('says what the audit covered: the catalogue, what ran, what does not apply and why', async ({
    page,
  }) => {
    await page.goto('/#/audit');
    const verdict = page.getByTestId('coverage-verdict');
    await expect(verdict).toHaveAttribute('data-level', 'findings');
    await expect(verdict).toContainText('目录中适用的 43 类检查运行了 43 类（100%）：不符 12 项，提示 13 项');
    const panel = page.getByTestId('coverage-panel');
    await panel.locator('summary').click();
    await expect(panel.locator('[data-entry="identity.t8"]')).toContainText('不适用');
    await expect(
      panel.locator('[data-entry="identity.t8"]').getByRole('link', { name: '第 373 行' }),
    ).toBeVisible();
    await expect(panel.locator('[data-entry="prose.operating"]')).toContainText('本单位无机关运行经费支出');
    await expect(panel.locator('[data-entry="cross.t1-t3"]')).toContainText('已运行');
    await panel.screenshot({ path: 'test-results/audit-coverage.png' });
  });

  test('filtering by family and status changes the list and the URL; back restores it', async ({ page }) => {
    await page.goto('/#/audit');
    await expect(section(page, /^不符/).getByRole('article')).toHaveCount(12);

    await page.getByRole('combobox', { name: '类别' }).selectOption({ label: '表间勾稽' });
    await expect(page).toHaveURL(/#\/audit\?family=cross-table$/);
    await expect(section(page, /^不符/).getByRole('article')).toHaveCount(2);
    await expect(section(page, /^提示/).getByRole('article')).toHaveCount(3);

    await page.getByRole('group', { name: '结果' }).getByRole('link', { name: /^提示/ }).click();
    await expect(page).toHaveURL(/#\/audit\?family=cross-table&status=warn$/);
    await expect(section(page, /^不符/)).toHaveCount(0);
    await expect(section(page, /^提示/).getByRole('article')).toHaveCount(3);

    await page.getByRole('searchbox', { name: '搜索' }).fill('30113');
    await expect(page).toHaveURL(/q=30113/);
    await expect(section(page, /^提示/).getByRole('article')).toHaveCount(1);
    await expect(card(page, 'cross.t6-t3.30113')).toBeVisible();

    await page.goBack();
    await expect(page).toHaveURL(/#\/audit\?family=cross-table&status=warn$/);
    await expect(section(page, /^提示/).getByRole('article')).toHaveCount(3);
    await page.goBack();
    await expect(page).toHaveURL(/#\/audit\?family=cross-table$/);
    await expect(section(page, /^不符/).getByRole('article')).toHaveCount(2);
    await page.goForward();
    await expect(page).toHaveURL(/status=warn/);
    await expect(section(page, /^不符/)).toHaveCount(0);
  });

  test('the summary matrix links to a family × status', async ({ page }) => {
    await page.goto('/#/audit');
    await page.getByRole('link', { name: '说明与表 不符：4 项' }).click();
    await expect(page).toHaveURL(/#\/audit\?family=prose&status=fail$/);
    await expect(section(page, /^不符/).getByRole('article')).toHaveCount(4);
  });

  test('a link with state reopens that state', async ({ page }) => {
    await page.goto('/#/audit?status=warn&family=scorecard');
    await expect(page.getByRole('combobox', { name: '类别' })).toHaveValue('scorecard');
    await expect(
      page.getByRole('group', { name: '结果' }).getByRole('link', { name: /^提示/ }),
    ).toHaveAttribute('aria-current', 'true');
    await expect(section(page, /^提示/).getByRole('article')).toHaveCount(6);
    await expect(section(page, /^不符/)).toHaveCount(0);
    await expect(card(page, 'card.8.rate')).toBeVisible();
  });

  test('#/audit?check=projects.list.15 opens that check and scrolls it into view', async ({ page }) => {
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto('/#/audit?check=projects.list.15');
    const target = card(page, 'projects.list.15');
    await expect(target).toHaveClass(/is-selected/);
    await expect(target).toBeInViewport();
    await expect(target).toBeFocused();
    await expect(target).toContainText('6.67');
    await expect(target).toContainText('6.97');
    await expect(target.getByRole('link', { name: '原文第 477 行' })).toBeVisible();
    await expect(target.getByRole('link', { name: '原文第 1058 行' })).toBeVisible();
  });

  test('a passing check opens from its link, inside its collapsed family group', async ({ page }) => {
    await page.goto('/#/audit?status=all');
    const pass = section(page, /^通过/);
    await expect(pass.getByRole('article')).toHaveCount(0);
    await pass.getByRole('link', { name: /表内公式/ }).click();
    await expect(page).toHaveURL(/open=printed-identity/);
    await expect(pass.getByRole('article')).toHaveCount(72);
    const first = pass.getByRole('article').first();
    await first.getByRole('link', { name: /查看 \d+ 处来源/ }).click();
    await expect(page).toHaveURL(/check=identity\./);
    await expect(first).toHaveClass(/is-selected/);
    await expect(first.getByRole('listitem').first()).toContainText('原文第');
  });

  test('clicking a place in a table goes to that table with the line highlighted', async ({ page }) => {
    await page.goto('/#/audit');
    await card(page, 'cross.t1-t3.201')
      .getByRole('link', { name: /^表3 201/ })
      .click();
    await expect(page).toHaveURL(/#\/tables\/3\?hl=195$/);
  });

  // axe over ~2,000 nodes takes several seconds on a busy machine: one test per state, with room to run.
  for (const hash of [
    '#/audit',
    '#/audit?status=all&open=hierarchy&check=hierarchy.t6.302',
    '#/audit?q=30113&status=all',
  ]) {
    test(`has no WCAG 2.2 AA violations detectable by axe at ${hash}`, async ({ page }) => {
      test.setTimeout(120_000);
      await page.goto(`/${hash}`);
      await expect(page.getByRole('heading', { level: 2, name: '勾稽检查' })).toBeVisible();
      await expect(page.getByRole('article').first()).toBeVisible();
      await expectNoAxeViolations(page, hash);
    });
  }

  for (const [width, height] of [
    [390, 844],
    [1366, 768],
    [1920, 1080],
  ] as const) {
    test(`fits ${width}×${height} without horizontal scrolling`, async ({ page }) => {
      await page.setViewportSize({ width, height });
      await page.goto('/#/audit?check=prose.budget.by-category');
      await expect(card(page, 'prose.budget.by-category')).toBeInViewport();
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      await page.screenshot({ path: `test-results/audit-${width}-check.png` });
      await page.evaluate(() => {
        window.scrollTo(0, 0);
      });
      await page.screenshot({ path: `test-results/audit-${width}-top.png` });
    });
  }

  test('exports the shown checks as a UTF-8 CSV with BOM', async ({ page }) => {
    await page.goto('/#/audit?status=fail');
    const downloadPromise = page.waitForEvent('download');
    await page.getByRole('button', { name: '导出 CSV（12 项）' }).click();
    const download = await downloadPromise;
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    const path = await download.path();
    const { readFile } = await import('node:fs/promises');
    const bytes = await readFile(path);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(text.trimEnd().split('\r\n')).toHaveLength(13);
    expect(text).toContain('cross.t1-t3.201');
  });

  test('the table layout sorts the shown checks and exports them as shown', async ({ page }) => {
    // The largest difference among the 不符 and 提示 is 9.10: the attachment's 2,970.72 against the department
    // card's 预算数 2,961.62 (lines 645 and 658, read by hand).
    await page.goto('/#/audit?layout=table');
    const table = page.getByTestId('audit-table');
    await expect(table.locator('tbody tr')).toHaveCount(25);
    await table.getByRole('columnheader', { name: /差额/ }).getByRole('button').click();
    await expect(page).toHaveURL(/sort=difference%3Adesc/);
    await expect(table.locator('tbody tr').first()).toContainText('9.10');
    await expect(table.locator('tbody tr').first()).toContainText('card.department.prose-amount');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '导出 CSV' }).click(),
    ]);
    const csv = readCsv(readFileSync(await download.path(), 'utf8'));
    expect(csv).toHaveLength(26);
    expect(csv[0]).toEqual(['结果', '类别', '检查', '编号', '算式', '期望值', '印刷值', '差额', '原文行']);
    expect(csv[1]?.[3]).toBe('card.department.prose-amount');
    expect(csv[1]?.[7]).toBe('9.10');
    // A check's link opens its card.
    await table.locator('tbody tr').first().getByRole('link').click();
    await expect(page.locator('[data-check-id="card.department.prose-amount"]')).toBeVisible();
    await expect(page).not.toHaveURL(/layout=table/);
  });
});
