import { readFileSync } from 'node:fs';

import type { Page } from '@playwright/test';

import { expect, test } from './helpers';

// What the reader found, on screen. The reference is complete (all nine tables at lines 106…375, the four core parts,
// no amount unread: src/domain/completeness.test.ts checks those lines by hand). other-department-2022.txt is a small
// hand-made disclosure with tables 1, 3 and 8 only and no 名词解释 (read the fixture: its 表 titles are lines 13, 28, 46).
const REFERENCE = readFileSync(
  new URL('../data/source/jianghan-big-data-center-2021.txt', import.meta.url),
  'utf8',
);
const OTHER = readFileSync(new URL('../src/domain/__fixtures__/other-department-2022.txt', import.meta.url));

async function importFile(page: Page, name: string, buffer: Buffer): Promise<void> {
  await page.getByTestId('import-input').setInputFiles({ name, mimeType: 'text/plain', buffer });
  await expect(page.getByTestId('import-report')).toBeVisible();
}

test.describe('completeness', () => {
  test.describe.configure({ timeout: 90_000 });

  test('the reference reads as complete: a quiet badge, the 原文 view says what was read', async ({
    page,
  }) => {
    await page.goto('/');
    const badge = page.getByTestId('completeness');
    await expect(badge).toHaveText('读取完整');
    await badge.click();
    await expect(page).toHaveURL(/#\/source/);
    const report = page.getByTestId('completeness-report');
    await expect(report).toContainText('读取完整');
    // Folded when complete: the summary line only.
    await expect(report).not.toHaveAttribute('open', '');
    await report.locator('summary').click();
    await expect(report.locator('.completeness-tables li')).toHaveCount(9);
    await expect(report.locator('.completeness-tables li').nth(5)).toContainText('第 302 行');
    await expect(report).toContainText('文中每一个金额都已读入模型');
  });

  test('a partial document says so everywhere: import report, header badge, 原文 view', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByTestId('department')).toHaveText('武汉市江汉区大数据中心');
    await importFile(page, 'other-department-2022.txt', OTHER);
    const inReport = page.getByTestId('import-report').getByTestId('completeness-report');
    await expect(inReport).toHaveAttribute('open', '');
    await expect(inReport).toContainText('读取不完整（6/13）：缺表2、表4、表5、表6、表7、表9，缺名词解释');
    await expect(inReport.locator('.completeness-tables li.missing')).toHaveCount(6);
    await expect(inReport.locator('.completeness-parts li.missing')).toHaveText(['名词解释未找到']);
    await expect(page.getByTestId('department')).toHaveText('某市某区档案馆');
    await expect(page.getByTestId('completeness')).toHaveText('读取不完整：缺 7 项');
    await page.screenshot({ path: 'test-results/completeness-import-report.png' });
    await page.getByTestId('completeness').click();
    const inSource = page.locator('.source-view').getByTestId('completeness-report');
    await expect(inSource).toHaveAttribute('open', '');
    await expect(inSource).toContainText('缺表2');
  });

  test('an amount no reader takes is listed, linked to its line, and marked in the 原文 view', async ({
    page,
  }) => {
    const lines = REFERENCE.split('\n');
    // After table 1 (its last line is 150) a note the table reader does not know: it becomes line 151.
    lines.splice(150, 0, '注：另有 99.99 万元未列入');
    await page.goto('/');
    await expect(page.getByTestId('department')).toHaveText('武汉市江汉区大数据中心');
    await importFile(page, 'with-unread.txt', Buffer.from(lines.join('\n')));
    await expect(page.getByTestId('completeness')).toHaveText('读取不完整：1 行未读');
    const unread = page.getByTestId('import-report').getByTestId('unread-lines').locator('li');
    await expect(unread).toHaveCount(1);
    await expect(unread).toContainText('第 151 行：99.99');
    await unread.getByRole('link', { name: '第 151 行' }).click();
    const line = page.locator('.source-lines li[data-line="151"]');
    await expect(line).toHaveClass(/unread/);
    await expect(line).toHaveClass(/highlight/);
    await expect(line).toHaveAttribute('title', '未读的金额：99.99');
    await page.screenshot({ path: 'test-results/completeness-unread-line.png' });
  });
});

test.describe('a real Shanghai 2024 disclosure as a PDF converter writes it', () => {
  test.describe.configure({ timeout: 90_000 });
  // src/domain/__fixtures__/shanghai/planning-resources-bureau-2024.txt (pdftotext -layout of the real PDF); the
  // figures below are from its hand-read oracle: 表1 本年收入合计 9746.50 and 本年支出合计 9759.38 (line 217),
  // 表6 人员经费合计 4884.09 and 公用经费合计 480.66 (line 533).
  const PR = readFileSync(
    new URL('../src/domain/__fixtures__/shanghai/planning-resources-bureau-2024.txt', import.meta.url),
  );

  test('is read table by table, its figures shown as printed, and it says it is only partly read', async ({
    page,
  }) => {
    await page.goto('/');
    await expect(page.getByTestId('department')).toHaveText('武汉市江汉区大数据中心');
    await importFile(page, 'planning-resources-bureau-2024.txt', PR);
    await expect(page.getByTestId('department')).toHaveText('上海市普陀区规划和自然资源局');
    await expect(page.getByTestId('completeness')).toContainText('读取不完整');
    await page.getByRole('button', { name: '关闭报告' }).click();
    await expect(page.getByTestId('kpi-income')).toContainText('9,746.50');
    await expect(page.getByTestId('kpi-income')).toContainText('表1 原文第 217 行');
    await expect(page.getByTestId('kpi-expense')).toContainText('9,759.38');
    await expect(page.getByTestId('kpi-personnel')).toContainText('4,884.09');
    await expect(page.getByTestId('kpi-public')).toContainText('480.66');
    await expect(page.getByRole('alert')).toHaveCount(0);
    await page.screenshot({ path: 'test-results/shanghai-overview.png', fullPage: true });

    // It publishes no scorecards (oracle: "scorecards": none): the view says so and shows its narrative 绩效
    // figures — 平均得分99.33分 in 十、预算绩效管理情况.
    await page.getByRole('navigation', { name: '视图' }).getByRole('link', { name: '绩效自评' }).click();
    await expect(page.getByTestId('no-scorecards')).toContainText('没有公布绩效自评表');
    await expect(page.locator('.performance-narrative h3')).toContainText('十、预算绩效管理情况');
    await expect(page.locator('.narrative-figures')).toContainText('99.33分');
    await expect(page.getByText('自评得分与执行数')).toHaveCount(0);
    await page.screenshot({ path: 'test-results/shanghai-no-scorecards.png', fullPage: true });
  });
});
