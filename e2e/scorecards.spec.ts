import { readFileSync } from 'node:fs';

import { readCsv } from '../src/testing/read-csv';

import { expect, expectNoAxeViolations, test } from './helpers';

// Expected values come from the hand transcription (src/domain/__fixtures__/reference-scorecards.hand.json) and the
// document: card 9 监督员政府购岗费 self 94.6, 10 indicators (line 888); card 8 prints no rate and no budget score.
test.describe('scorecards', () => {
  test('the list shows the department card and 17 projects; sorting by score puts the lowest first', async ({
    page,
  }) => {
    await page.goto('/#/scorecards');
    const rows = page.getByTestId('scorecard-list').locator('tbody tr');
    await expect(rows).toHaveCount(18);
    // Figures sort highest first on the first click (as in every table), lowest first on the second.
    const scoreSort = page.getByRole('columnheader', { name: /自评得分/ }).getByRole('button');
    await scoreSort.click();
    await expect(page).toHaveURL(/sort=score%3Adesc/);
    await expect(rows.first()).toContainText('100');
    await scoreSort.click();
    await expect(page).toHaveURL(/sort=score%3Aasc/);
    await expect(rows.first()).toContainText('中心运行维护费');
    await expect(rows.first()).toContainText('92.2');
    await expect(page.getByRole('columnheader', { name: /自评得分/ })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
    await scoreSort.click();
    await expect(page).not.toHaveURL(/sort=/);
    await page.screenshot({ path: 'test-results/scorecards-list.png', fullPage: true });
  });

  test('filters by implementing unit, kept in the link', async ({ page }) => {
    await page.goto('/#/scorecards');
    await page.getByLabel('实施单位').selectOption('运行管理科');
    await expect(page.getByTestId('scorecard-list').locator('tbody tr')).toHaveCount(2);
    await page.reload();
    await expect(page.getByTestId('scorecard-list').locator('tbody tr')).toHaveCount(2);
  });

  test('a card: self score, indicator count, lost points highlighted', async ({ page }) => {
    await page.goto('/#/scorecards/9');
    await expect(page.getByRole('heading', { level: 2 })).toContainText('监督员政府购岗费');
    await expect(page.getByRole('heading', { level: 2 })).toContainText('94.6');
    await expect(page.locator('[role=treeitem][aria-level="3"]')).toHaveCount(10);
    await expect(page.locator('[role=treeitem][aria-level="3"].lost')).toContainText(['租赁点位数量']);
    await page.screenshot({ path: 'test-results/scorecard-9.png', fullPage: true });
  });

  test('a card with unprinted values shows them as not printed, with the derivation', async ({ page }) => {
    await page.goto('/#/scorecards/8');
    await expect(page.getByTestId('card-rate')).toContainText('未印出');
    await expect(page.getByTestId('card-rate')).toContainText('100.00%');
    await expect(page.getByTestId('card-budget-score')).toContainText('未印出');
    await expect(page.getByTestId('card-budget-score')).toContainText('20 × 100%');
  });

  test('the indicator tree works with the keyboard', async ({ page }) => {
    await page.goto('/#/scorecards/1');
    const first = page.locator('[role=treeitem][aria-level="1"]').first();
    await first.focus();
    await expect(first).toHaveAttribute('aria-expanded', 'true');
    await page.keyboard.press('ArrowLeft');
    await expect(first).toHaveAttribute('aria-expanded', 'false');
    await page.keyboard.press('ArrowRight');
    await expect(first).toHaveAttribute('aria-expanded', 'true');
    await page.keyboard.press('ArrowDown');
    await expect(page.locator('[role=treeitem][aria-level="2"]').first()).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(page.locator('[role=treeitem][aria-level="3"]').first()).toBeFocused();
  });

  test('the department card sits beside the department totals', async ({ page }) => {
    await page.goto('/#/scorecards/department');
    await expect(page.locator('.dept-totals')).toContainText('本年支出合计（表1）');
    await expect(page.locator('.dept-totals')).toContainText('2,812.11');
    await expect(page.locator('[role=treeitem][aria-level="3"]')).toHaveCount(17);
    await page.screenshot({ path: 'test-results/scorecard-department.png', fullPage: true });
  });

  test('no axe violations in the list and a card', async ({ page }) => {
    for (const url of ['/#/scorecards', '/#/scorecards/3']) {
      await page.goto(url);
      await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
      await expectNoAxeViolations(page, url);
    }
  });
});

test.describe('scorecard charts', () => {
  // The reference's execution rates run from 86% (card 17, line 1109) to 100%, its scores from 92.2 to 100: a bar
  // axis fitted to them would start near 80 and make a 86% bar look a sixth of a 100% one.
  test('the rate bars start at zero; the score dot plot prints its range on the axis', async ({ page }) => {
    await page.goto('/#/scorecards');
    const rates = page.locator('#execution-rates');
    await expect(rates.locator('g.bar-mark').first()).toBeVisible();
    await expect(rates.locator('g.bar-mark')).toHaveCount(17);
    const rateTicks = await rates.locator('.bar-axis text').allTextContents();
    expect(rateTicks[0]).toBe('0%');
    expect(rateTicks.at(-1)).toBe('100%');
    // Card 17 中心运行维护费: 86% (line 1109), drawn as 86% of the 100% bar's length.
    const width = (id: string) =>
      rates
        .locator(`g.bar-mark[data-id="${id}"] rect:not(.bar-hit)`)
        .evaluate((r) => r.getBoundingClientRect().width);
    const ratio = (await width('17')) / (await width('1'));
    expect(ratio).toBeGreaterThan(0.85);
    expect(ratio).toBeLessThan(0.87);

    const score = page.locator('#score-vs-money');
    await expect(score.locator('g.dot-mark')).toHaveCount(17);
    const yTicks = (await score.locator('.dot-axis text.y-tick').allTextContents()).map(Number);
    const [low, high] = [Math.min(...yTicks), Math.max(...yTicks)];
    expect(high).toBe(100);
    // A zoomed dot plot says so where the eye reads the axis: its range, printed at its top.
    if (low !== 0)
      await expect(score.locator('.axis-range')).toHaveText(`纵轴自 ${low} 起（${low}–${high} 分）`);
    // Every dot names its exact values: card 17, 821.80 万元 and 92.2 points (lines 1101, 1109).
    await expect(score.locator('g.dot-mark[data-id="17"]')).toHaveAttribute(
      'aria-label',
      '17. 中心运行维护费：执行数 821.80 万元，自评得分 92.2 分',
    );
    await score.screenshot({ path: test.info().outputPath('score-vs-money.png') });
    await rates.screenshot({ path: test.info().outputPath('execution-rates.png') });
  });
});

test('exports the shown list as CSV, the same way as every table', async ({ page }) => {
  // The department card: 预算数 2961.62, 执行数 2812.11, 执行率 95%, 自评得分 97 (lines 653, 658, read by hand).
  await page.goto('/#/scorecards?impl=运行管理科');
  const rows = page.getByTestId('scorecard-list').locator('tbody tr');
  await expect(rows).toHaveCount(2);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '导出 CSV' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('绩效自评-万元.csv');
  const csv = readCsv(readFileSync(await download.path(), 'utf8'));
  expect(csv[0]).toEqual([
    '项目',
    '实施单位',
    '预算数(A)（万元）',
    '执行数(B)（万元）',
    '执行率',
    '执行率来源',
    '自评得分',
    '失分',
    '类别 / 类型',
  ]);
  // The two cards of 运行管理科: 9 监督员政府购岗费 (1103.48 / 1085.83, 98%, 94.6, line 895) and 13 手机通讯服务
  // (62 / 62, 100%, 98, line 1006).
  expect(csv.slice(1)).toEqual([
    [
      '9. 监督员政府购岗费',
      '运行管理科',
      '1103.48',
      '1085.83',
      '98%',
      '自评表印出',
      '94.6',
      '5.4',
      '部门预算项目 / 经常性项目',
    ],
    [
      '13. 手机通讯服务',
      '运行管理科',
      '62.00',
      '62.00',
      '100%',
      '自评表印出',
      '98',
      '2',
      '部门预算项目 / 一次性项目',
    ],
  ]);
});

// A hand-made document whose cards are in the national form (src/domain/__fixtures__/national-cards-2022.txt; the
// expected figures are its oracle's, national-cards-2022.oracle.json, worked out by hand).
test('cards in the national form: 项目资金 block, 一级 成本 / 满意度, ☑ options, every check shown', async ({
  page,
}) => {
  const NATIONAL = readFileSync(
    new URL('../src/domain/__fixtures__/national-cards-2022.txt', import.meta.url),
  );
  await page.goto('/#/overview');
  await page
    .getByTestId('import-input')
    .setInputFiles({ name: 'national-cards-2022.txt', mimeType: 'text/plain', buffer: NATIONAL });
  await expect(page.getByTestId('department')).toContainText('示例中心');
  await page.getByRole('link', { name: '绩效自评' }).click();
  const rows = page.getByTestId('scorecard-list').locator('tbody tr');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toContainText('数据采集项目');
  await expect(rows.nth(0)).toContainText('部门预算项目 / 未印出');
  await expect(rows.nth(1)).toContainText('未印出 / 未印出');
  await rows.nth(0).getByRole('link').click();
  const heading = page.locator('#card-heading');
  await expect(heading).toContainText('项目：数据采集项目');
  await expect(heading).toContainText('95.23');
  await expect(page.getByRole('heading', { name: /项目资金（10 分）/ })).toBeVisible();
  await expect(page.getByTestId('card-rate')).toContainText('92.31%');
  await expect(page.getByTestId('card-budget-score')).toContainText('9.23');
  await expect(page.getByRole('table', { name: /资金来源/ }).locator('tbody tr')).toHaveCount(3);
  await expect(page.getByText('☑ 部门预算项目')).toBeVisible();
  const level1 = page.locator('[role=treeitem][aria-level="1"]');
  await expect(level1).toHaveCount(4);
  await expect(level1.nth(2)).toContainText('成本指标');
  await expect(level1.nth(2)).toContainText('20 分（三级合计 20 分）');
  await expect(level1.nth(3)).toContainText('满意度指标');
  await expect(page.locator('[role=treeitem][aria-level="3"]')).toHaveCount(6);
  await expect(page.locator('[role=treeitem][aria-level="3"].lost')).toContainText([
    '按期完成率',
    '数据共享应用次数',
  ]);
  await expect(page.getByRole('heading', { name: /与本表有关的勾稽检查：12 项，全部通过/ })).toBeVisible();
  await page.screenshot({ path: 'test-results/scorecard-national.png', fullPage: true });
  await expectNoAxeViolations(page, 'national scorecard');
});
