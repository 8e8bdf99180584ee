import AxeBuilder from '@axe-core/playwright';

import { expect, test } from './helpers';

// Expected figures were read from the source document by hand (表1, lines 141–145).
test.describe('first screen', () => {
  test('shows department, year, unit and the headline totals with their source lines', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveTitle('决算看板');
    await expect(page.getByRole('heading', { level: 1, name: '决算看板' })).toBeVisible();
    await expect(page.getByTestId('department')).toHaveText('武汉市江汉区大数据中心');
    await expect(page.getByTestId('year')).toHaveText('2021 年度');
    await expect(page.getByTestId('unit')).toHaveText('单位：万元');
    await expect(page.getByTestId('figure-income-total')).toContainText('2,484.74 万元');
    await expect(page.getByTestId('figure-expense-total')).toContainText('2,812.11 万元');
    await expect(page.getByTestId('figure-carry-in')).toContainText('327.37 万元');
    await expect(page.getByTestId('figure-basic')).toContainText('313.34 万元');
    await expect(page.getByTestId('figure-project')).toContainText('2,498.77 万元');
    await expect(page.getByTestId('figure-income-total')).toContainText('原文第 141 行');
    await page.screenshot({ path: 'test-results/first-screen.png', fullPage: true });
  });

  test('has no WCAG 2.2 AA violations detectable by axe', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: '决算看板' })).toBeVisible();
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(results.violations).toEqual([]);
  });
});
