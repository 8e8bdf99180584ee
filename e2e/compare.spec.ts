import { readFileSync } from 'node:fs';

import { multiplyAmounts } from '../src/testing/scale-variant';
import { expect, expectNoAxeViolations, test } from './helpers';

// The other document is the hand-made src/domain/__fixtures__/other-department-2022.txt (某市某区档案馆, 2022):
// 本年支出合计 975.00 (表1), 表3 201 一般公共服务支出 980.25 with one 款 20126 档案事务 980.25.
// The reference prints 本年支出合计 2,812.11 (表1 line 141) and 201 → 20103 2,697.42 (表3 line 196).
// By hand: 975.00 − 2,812.11 = −1,837.11; −1,837.11 ÷ 2,812.11 = −65.33 % → −65.3%.
const OTHER = readFileSync(new URL('../src/domain/__fixtures__/other-department-2022.txt', import.meta.url));

test('compares an imported department with the reference: totals, differences, and the drill in compare mode', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.goto('/');
  await expect(page.getByTestId('department')).toHaveText('武汉市江汉区大数据中心');
  await expect(page.locator('.document-bar')).toHaveAttribute('data-stored-loaded', 'true');
  await page.getByTestId('import-input').setInputFiles({
    name: 'other-department-2022.txt',
    mimeType: 'text/plain',
    buffer: OTHER,
  });
  await expect(page.getByTestId('import-report')).toBeVisible();

  await page.goto('/#/compare?doc=reference');
  const totals = page.getByTestId('compare-totals');
  await expect(totals).toContainText('武汉市江汉区大数据中心 · 2021（基准）');
  await expect(totals).toContainText('某市某区档案馆 · 2022');
  const expense = totals.locator('tr[data-row="expense"]');
  await expect(expense).toContainText('2,812.11');
  await expect(expense).toContainText('975.00');
  await expect(expense).toContainText('-1,837.11');
  await expect(expense).toContainText('-65.3%');
  await expect(expense.getByRole('link', { name: /第 141 行/ })).toBeVisible();
  // 项目支出占比: 2,498.77 ÷ 2,812.11 = 88.86 % and 375.00 ÷ 975.00 = 38.46 %; the difference −50.40 → −50.4 points.
  await expect(totals.locator('tr[data-row="project-share"]')).toContainText('-50.4 个百分点');

  // Drill 201 in both documents at once: the 款 of each, matched by code; a code one document lacks shows —.
  const drill = page.getByTestId('compare-drill');
  await drill.getByRole('link', { name: /201 一般公共服务支出/ }).click();
  await expect(page).toHaveURL(/trail=201/);
  await expect(drill.locator('tr[data-code="20103"]')).toContainText('2,697.42');
  await expect(drill.locator('tr[data-code="20103"]')).toContainText('—');
  await expect(drill.locator('tr[data-code="20126"]')).toContainText('980.25');
  await expectNoAxeViolations(page, 'compare, drilled to 201');
  await page.screenshot({ path: 'test-results/compare.png', fullPage: true });

  // Removing the base from the comparison leaves one document: the view asks for a second.
  await page
    .getByRole('navigation', { name: '参与对比的文件' })
    .getByRole('button', { name: /武汉市江汉区大数据中心 · 2021/ })
    .click();
  await expect(page.locator('main').getByText('请至少选择两个文件')).toBeVisible();
});

// Year against year: the same department's accounts for "2022", made here from the reference with every printed
// two-decimal amount doubled exactly (multiplyAmounts, testing/scale-variant.ts) and the year 2021 printed as 2022.
// (Prose amounts printed with spaces stay as printed; the figures compared here are all table cells.)
// By hand: 本年支出合计 2,812.11 × 2 = 5,624.22; 5,624.22 − 2,812.11 = +2,812.11, i.e. +100.0%; 项目支出占比 is
// 2,498.77 ÷ 2,812.11 in both years → 0.0 个百分点; 201 → 20103: 2,697.42 and 2,697.42 × 2 = 5,394.84.
const REFERENCE = readFileSync(
  new URL('../data/source/jianghan-big-data-center-2021.txt', import.meta.url),
  'utf8',
);
// 表3–表9 print cells as `2, 812. 11`; multiplyAmounts leaves such spaced amounts as printed, so the spaces inside a
// table cell's amount are dropped first (the parser reads both forms).
const SPACED_CELL = /^\d{1,3}(?:, \d{3})*\. \d{2}$/;
const NEXT_YEAR = multiplyAmounts(
  REFERENCE.split('\n')
    .map((line) =>
      line
        .split('\t')
        .map((cell) => (SPACED_CELL.test(cell) ? cell.replaceAll(' ', '') : cell))
        .join('\t'),
    )
    .join('\n'),
  2n,
).replace(/2021(?=\s*年)/g, '2022');

test('compares two years of one department: labels by year, exact differences, the drill across years', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.goto('/');
  await expect(page.locator('.document-bar')).toHaveAttribute('data-stored-loaded', 'true');
  await page.getByTestId('import-input').setInputFiles({
    name: 'jianghan-big-data-center-2022.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from(NEXT_YEAR, 'utf8'),
  });
  await expect(page.getByTestId('import-report')).toBeVisible();

  await page.goto('/#/compare?doc=reference');
  const totals = page.getByTestId('compare-totals');
  await expect(totals).toContainText('武汉市江汉区大数据中心 · 2021（基准）');
  await expect(totals).toContainText('武汉市江汉区大数据中心 · 2022');
  const expense = totals.locator('tr[data-row="expense"]');
  await expect(expense).toContainText('5,624.22');
  await expect(expense).toContainText('+2,812.11');
  await expect(expense).toContainText('+100.0%');
  await expect(totals.locator('tr[data-row="project-share"]')).toContainText(/(?<![\d.])0\.0 个百分点/);

  const drill = page.getByTestId('compare-drill');
  await drill.getByRole('link', { name: /201 一般公共服务支出/ }).click();
  await expect(drill.locator('tr[data-code="20103"]')).toContainText('2,697.42');
  await expect(drill.locator('tr[data-code="20103"]')).toContainText('5,394.84');
  await expect(drill.locator('tr[data-code="20103"]')).toContainText('+2,697.42');
  await expectNoAxeViolations(page, 'compare two years, drilled to 201');

  // The same comparison in 元 (1 万元 = 10,000 元): 5,624.22 万元 = 56,242,200.00 元; +2,812.11 = +28,121,100.00.
  await page.getByRole('group', { name: '金额单位' }).getByRole('link', { name: '元', exact: true }).click();
  await expect(expense).toContainText('56,242,200.00');
  await expect(expense).toContainText('+28,121,100.00');
  await expect(expense).not.toContainText('5,624.22');
  await expect(drill.locator('tr[data-code="20103"]')).toContainText('53,948,400.00');
});
