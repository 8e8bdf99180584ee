import { expect, expectNoAxeViolations, test } from './helpers';

// Expected figures were read from the source document by hand (表1 lines 141–144, 表3 line 194, 表6 line 338,
// 情况说明 lines 397 and 447, 表7 line 352).
test.describe('overview', () => {
  test('shows department, year, unit and the headline figures', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveTitle('决算看板');
    await expect(page.getByRole('heading', { level: 1, name: '决算看板' })).toBeVisible();
    await expect(page.getByTestId('department')).toHaveText('武汉市江汉区大数据中心');
    await expect(page.getByTestId('year')).toHaveText('2021 年度');
    await expect(page.getByTestId('unit')).toHaveText('单位：万元');
    await expect(page.getByTestId('kpi-income')).toContainText('2,484.74');
    await expect(page.getByTestId('kpi-expense')).toContainText('2,812.11');
    await expect(page.getByTestId('kpi-carry-in')).toContainText('327.37');
    await expect(page.getByTestId('kpi-basic')).toContainText('313.34');
    await expect(page.getByTestId('kpi-basic')).toContainText('11.1%');
    await expect(page.getByTestId('kpi-project')).toContainText('2,498.77');
    await expect(page.getByTestId('kpi-personnel')).toContainText('287.63');
    await expect(page.getByTestId('kpi-public')).toContainText('25.71');
    await expect(page.getByTestId('kpi-budget')).toContainText('2,604.73');
    await expect(page.getByTestId('kpi-budget')).toContainText('108.0%');
    // 2020: 2,812.11 + 2,072.36 (情况说明 line 397) = 4,884.47.
    await expect(page.getByTestId('kpi-previous')).toContainText('4,884.47');
    await expect(page.getByTestId('kpi-three-public')).toContainText('2.20');
    await expect(page.getByTestId('kpi-staff')).toContainText('14 人');
    await expect(page.getByTestId('category-budgets')).toContainText('2,535.63');
    await expect(page.getByTestId('top-projects').locator('tbody tr').first()).toContainText(
      '监督员政府购岗费',
    );
    await expect(page.locator('#fig1 .bar-list-surface')).toBeVisible();
    await expect(page.locator('#fig3 .bar-list-surface')).toBeVisible();
    await page.screenshot({ path: 'test-results/overview-1366.png', fullPage: true });
  });

  test('a figure opens its provenance: table, row, column, source line and its text', async ({ page }) => {
    await page.goto('/');
    await page.getByTestId('kpi-expense').getByRole('button').first().click();
    const dialog = page.getByRole('dialog', { name: /本年支出合计/ });
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText('表1');
    await expect(dialog).toContainText('第 141 行');
    await expect(dialog).toContainText('本年支出合计');
    await expect(dialog.locator('.source-line')).toContainText('2,812.11');
    await page.screenshot({ path: 'test-results/overview-popover.png' });
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  });

  test('a derived figure shows its formula and inputs', async ({ page }) => {
    await page.goto('/');
    await page.getByTestId('kpi-previous').getByRole('button').first().click();
    const dialog = page.getByRole('dialog', { name: /推算/ });
    await expect(dialog).toContainText('2,072.36');
    await expect(dialog).toContainText('第 397 行');
  });

  test('the unit switch shows 元 and keeps it in the link', async ({ page }) => {
    await page.goto('/');
    await page
      .getByRole('group', { name: '金额单位' })
      .getByRole('link', { name: '元', exact: true })
      .click();
    await expect(page).toHaveURL(/unit=%E5%85%83/);
    await expect(page.getByTestId('kpi-expense')).toContainText('28,121,100.00');
    await page.reload();
    await expect(page.getByTestId('kpi-expense')).toContainText('28,121,100.00');
  });

  test('glossary terms show their definition on keyboard focus', async ({ page }) => {
    await page.goto('/');
    const term = page.getByTestId('kpi-basic').locator('.term');
    await term.focus();
    await expect(term.getByRole('tooltip')).toBeVisible();
    await expect(term.getByRole('tooltip')).toContainText('保障机构正常运转');
  });

  test('reads well on a phone (390×844)', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/');
    await expect(page.getByTestId('kpi-expense')).toContainText('2,812.11');
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: 'test-results/overview-390.png', fullPage: true });
  });

  test('has no WCAG 2.2 AA violations detectable by axe', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('#fig1 .bar-list-surface')).toBeVisible();
    await expectNoAxeViolations(page, 'overview');
  });
});

test.describe('source view', () => {
  test('a link to a line opens the source with that line highlighted', async ({ page }) => {
    test.setTimeout(90_000); // axe over the ~1,100 source lines is slow on a loaded 2-core machine
    await page.goto('/#/source?line=195');
    const line = page.locator('li[data-line="195"]');
    await expect(line).toHaveAttribute('aria-current', 'location');
    await expect(line).toContainText('2, 697. 42');
    await expectNoAxeViolations(page, 'source line 195');
  });

  test('back and forward move between views', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('navigation', { name: '视图' }).getByRole('link', { name: '原文' }).click();
    await expect(page).toHaveURL(/#\/source/);
    await page.goBack();
    await expect(page.getByTestId('kpi-expense')).toBeVisible();
    await page.goForward();
    await expect(page).toHaveURL(/#\/source/);
  });
});
