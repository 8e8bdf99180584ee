import { readFileSync } from 'node:fs';

import type { Page } from '@playwright/test';

import { readCsv } from '../src/testing/read-csv';

import { expect, expectNoAxeViolations, test } from './helpers';

// Expected figures were read from the source document by hand: 表3 lines 194–199 (合计 2,812.11; 201 and 20103
// 2,697.42; 2010302 279.86; 2010350 236.77; 2010399 2,180.79), 表6 lines 310–338 (人员经费合计 287.63, 公用经费合计
// 25.71, 301 287.63, 302 20.78, 310 4.93, 30101 49.24, 30107 115.86), 名词解释 line 601, 情况说明 lines 485–491 (per-类
// budgets), 表7 line 352 and line 517 (三公), the 中心运行维护费 card (line 1101). Shares and rates were worked out by
// hand from those figures: 2,697.42 / 2,812.11 = 95.9%, 236.77 / 2,697.42 = 8.8%, 287.63 / 313.34 = 91.8%,
// 2,697.42 / 2,535.63 = 106.4%, 2.20 / 3.00 = 73.3%, 2,072.36 / 4,884.47 = 42.4%.

/** The drill params of the current URL (decoded: the comma may be written %2C). */
function drillParams(page: Page): Record<string, string> {
  const hash = new URL(page.url()).hash;
  const query = hash.includes('?') ? hash.slice(hash.indexOf('?') + 1) : '';
  return Object.fromEntries(new URLSearchParams(query));
}

async function expectTrail(page: Page, trail: string, mode = 'function'): Promise<void> {
  await expect.poll(() => drillParams(page)['trail'] ?? '').toBe(trail);
  expect(drillParams(page)['mode']).toBe(mode);
}

const chart = (page: Page) => page.locator('#drill-chart');
const mark = (page: Page, id: string) => chart(page).locator(`g.bar-mark[data-id="${id}"]`);
const levelTable = (page: Page) => page.getByTestId('drill-table');

async function checkAxe(page: Page): Promise<void> {
  await expectNoAxeViolations(page, page.url());
}

test.describe('function drill 类 → 款 → 项', () => {
  test.use({ viewport: { width: 1366, height: 768 } });

  test('by mouse: 201 → 20103 → 2010350, figures and URL at each step, then back and forward', async ({
    page,
  }) => {
    await page.goto('/#/drill');
    await expect(mark(page, '201')).toHaveAttribute('aria-label', /2,697\.42 万元，占合计 95\.9%/);
    await expect(mark(page, '208')).toHaveAttribute('aria-label', /19\.71 万元/);
    await expect(levelTable(page).locator('tfoot')).toContainText('2,812.11');
    await expect(levelTable(page).getByRole('row', { name: /201 一般公共服务支出/ })).toContainText('95.9%');
    await page.screenshot({ path: 'test-results/drill-function-category-1366.png', fullPage: true });

    await mark(page, '201').click();
    await expectTrail(page, '201');
    expect(drillParams(page)['measure']).toBe('total');
    await expect(mark(page, '20103')).toHaveAttribute(
      'aria-label',
      /2,697\.42 万元，占201 一般公共服务支出 100\.0%/,
    );
    await expect(page.getByTestId('drill-breadcrumb')).toContainText('201 一般公共服务支出');

    await mark(page, '20103').click();
    await expectTrail(page, '201,20103');
    await expect(mark(page, '2010302')).toHaveAttribute('aria-label', /279\.86 万元/);
    await expect(mark(page, '2010350')).toHaveAttribute('aria-label', /236\.77 万元，占20103 .* 8\.8%/);
    await expect(mark(page, '2010399')).toHaveAttribute('aria-label', /2,180\.79 万元/);
    // Each 项 carries its 名词解释 (line 601).
    await expect(levelTable(page).getByRole('row', { name: /2010350 事业运行/ })).toContainText(
      '反映事业单位的基本支出',
    );

    await mark(page, '2010350').click();
    await expectTrail(page, '201,20103,2010350');
    await expect(mark(page, '2010350')).toHaveAttribute('aria-pressed', 'true');
    const selected = page.getByTestId('drill-selected');
    await expect(selected).toContainText('2010350 事业运行');
    await expect(selected).toContainText('236.77');
    await expect(selected).toContainText('8.8%');
    await expect(selected.getByRole('link', { name: /在表3中查看此行/ })).toHaveAttribute(
      'href',
      /#\/tables\/3\?hl=198/,
    );
    await expect(levelTable(page).locator('tr[aria-current="true"]')).toContainText('2010350 事业运行');
    await page.screenshot({ path: 'test-results/drill-function-item-1366.png', fullPage: true });

    await page.goBack();
    await expectTrail(page, '201,20103');
    await expect(page.getByTestId('drill-selected')).toHaveCount(0);
    await page.goBack();
    await expectTrail(page, '201');
    await expect(mark(page, '20103')).toBeVisible();
    await page.goForward();
    await expectTrail(page, '201,20103');
    await expect(mark(page, '2010399')).toHaveAttribute('aria-label', /2,180\.79 万元/);

    // The breadcrumb goes back up.
    await page.getByTestId('drill-breadcrumb').getByRole('link', { name: '合计' }).click();
    await expect.poll(() => drillParams(page)['trail'] ?? '').toBe('');
    await expect(mark(page, '221')).toHaveAttribute('aria-label', /35\.05 万元/);
  });

  test('by keyboard: Tab reaches the marks, Enter and Space drill, Backspace goes up', async ({ page }) => {
    await page.goto('/#/drill');
    await expect(mark(page, '221')).toBeVisible();
    await chart(page)
      .getByRole('button', { name: /导出 PNG/ })
      .focus();
    await page.keyboard.press('Tab');
    await expect(mark(page, '201')).toBeFocused();

    await page.keyboard.press('Enter');
    await expectTrail(page, '201');
    await expect(mark(page, '20103')).toBeFocused();
    await expect(mark(page, '20103')).toHaveAttribute('aria-label', /2,697\.42 万元/);

    await page.keyboard.press('Enter');
    await expectTrail(page, '201,20103');
    await expect(mark(page, '2010302')).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(mark(page, '2010350')).toBeFocused();
    await expect(mark(page, '2010350')).toHaveAttribute('aria-label', /事业运行：236\.77 万元/);

    await page.keyboard.press('Space');
    await expectTrail(page, '201,20103,2010350');
    await expect(mark(page, '2010350')).toHaveAttribute('aria-pressed', 'true');
    await expect(mark(page, '2010350')).toBeFocused();
    await expect(page.getByTestId('drill-selected')).toContainText('236.77');

    await page.keyboard.press('Backspace');
    await expectTrail(page, '201,20103');
    await expect(mark(page, '2010350')).toBeFocused();
    await page.keyboard.press('Backspace');
    await expectTrail(page, '201');
    await expect(mark(page, '20103')).toBeFocused();
    await page.keyboard.press('Backspace');
    await expect.poll(() => drillParams(page)['trail'] ?? '').toBe('');
    await expect(mark(page, '201')).toBeFocused();
  });

  test('the level table drills too, and keeps the keyboard focus in the table', async ({ page }) => {
    await page.goto('/#/drill');
    await levelTable(page).getByRole('button', { name: '201 一般公共服务支出：查看下级款' }).focus();
    await page.keyboard.press('Enter');
    await expectTrail(page, '201');
    await expect(levelTable(page).getByRole('button', { name: /^20103 .*：查看下级项$/ })).toBeFocused();
  });

  test('measures: 基本支出 lists blanks apart; income reads 表2 and falls back when a code is missing', async ({
    page,
  }) => {
    await page.goto('/#/drill?mode=function&measure=basic&trail=201,20103');
    await expect(mark(page, '2010350')).toHaveAttribute('aria-label', /236\.77 万元，占20103 .* 100\.0%/);
    await expect(mark(page, '2010302')).toHaveCount(0);
    await expect(page.locator('.drill-blanks summary')).toContainText('2 个科目');

    await page.goto('/#/drill?mode=function&measure=project&trail=201');
    await expect(mark(page, '20103')).toHaveAttribute('aria-label', /2,460\.65 万元/);

    // 表2 prints no 2010302 row (lines 163–166): the view shows 20103's level and says so.
    await page.goto('/#/drill?mode=function&measure=income&trail=201,20103,2010302');
    await expect(page.locator('.drill-note')).toContainText('2010302');
    await expect(mark(page, '2010350')).toHaveAttribute('aria-label', /236\.78 万元/);
    await expect(mark(page, '2010399')).toHaveAttribute('aria-label', /2,171\.39 万元/);
    await expect(levelTable(page)).toContainText('财政拨款收入');
  });

  test('a link naming only a code (as the tables view may) opens its place and gets the full trail', async ({
    page,
  }) => {
    await page.goto('/#/drill?trail=2010350&measure=total');
    await expectTrail(page, '201,20103,2010350');
    await expect(page.getByTestId('drill-selected')).toContainText('236.77');
  });

  test('the chart exports a PNG with its frame painted in', async ({ page }) => {
    await page.goto('/#/drill?mode=function&trail=201,20103');
    await expect(mark(page, '2010399')).toBeVisible();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      chart(page)
        .getByRole('button', { name: /导出 PNG/ })
        .click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.png$/);
    const bytes = readFileSync(await download.path());
    expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const width = bytes.readUInt32BE(16);
    const height = bytes.readUInt32BE(20);
    expect(width).toBeGreaterThan(400);
    expect(height).toBeGreaterThan(200);
    // Decode it in the page: ink in the title band (the painted title) and the bars' blue.
    const stats = await page.evaluate(async (b64) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const c = document.createElement('canvas');
      c.width = img.width;
      c.height = img.height;
      const ctx = c.getContext('2d');
      if (!ctx) return null;
      ctx.drawImage(img, 0, 0);
      const px = ctx.getImageData(0, 0, c.width, c.height).data;
      let ink = 0;
      let titleInk = 0;
      let blue = 0;
      for (let i = 0; i < px.length; i += 4) {
        const [r = 255, g = 255, bl = 255] = [px[i], px[i + 1], px[i + 2]];
        if (r < 128 && g < 128 && bl < 128) {
          ink++;
          if (i / 4 / c.width < 80) titleInk++;
        }
        if (r < 20 && g > 100 && g < 130 && bl > 160 && bl < 195) blue++;
      }
      return { ink, titleInk, blue };
    }, bytes.toString('base64'));
    expect(stats?.titleInk).toBeGreaterThan(200);
    expect(stats?.ink).toBeGreaterThan(2000);
    expect(stats?.blue).toBeGreaterThan(1000);
  });

  test('the data-table toggle shows the chart as a table', async ({ page }) => {
    await page.goto('/#/drill');
    await expect(mark(page, '221')).toBeVisible();
    await chart(page).getByRole('button', { name: '显示数据表' }).click();
    await expect(chart(page).locator('table')).toContainText('2,697.42');
    await expect(chart(page).locator('table')).toContainText('95.9%');
  });

  test('axe: the 类 and 项 levels have no WCAG 2.2 AA violations', async ({ page }) => {
    await page.goto('/#/drill');
    await expect(mark(page, '201')).toBeVisible();
    await checkAxe(page);
    await page.goto('/#/drill?mode=function&trail=201,20103,2010350');
    await expect(page.getByTestId('drill-selected')).toBeVisible();
    await checkAxe(page);
  });
});

test.describe('economic drill (表6)', () => {
  test.use({ viewport: { width: 1366, height: 768 } });

  test('人员经费 / 公用经费 → 类 → 款, with the derived 基本支出', async ({ page }) => {
    await page.goto('/#/drill?mode=economic');
    await expect(mark(page, 'personnel')).toHaveAttribute(
      'aria-label',
      /人员经费：287\.63 万元，占基本支出 91\.8%/,
    );
    await expect(mark(page, 'public')).toHaveAttribute('aria-label', /公用经费：25\.71 万元/);
    await expect(levelTable(page).locator('tfoot')).toContainText('313.34');

    await mark(page, 'personnel').click();
    await expectTrail(page, 'personnel', 'economic');
    await expect(mark(page, '301')).toHaveAttribute('aria-label', /287\.63 万元/);
    await expect(page.locator('.drill-blanks summary')).toContainText('1 个科目');

    await mark(page, '301').click();
    await expectTrail(page, 'personnel,301', 'economic');
    await expect(mark(page, '30101')).toHaveAttribute('aria-label', /基本工资：49\.24 万元/);
    await expect(mark(page, '30107')).toHaveAttribute('aria-label', /绩效工资：115\.86 万元/);

    await page.getByTestId('drill-breadcrumb').getByRole('link', { name: '基本支出' }).click();
    await mark(page, 'public').click();
    await expectTrail(page, 'public', 'economic');
    await expect(mark(page, '302')).toHaveAttribute('aria-label', /20\.78 万元/);
    await expect(mark(page, '310')).toHaveAttribute('aria-label', /4\.93 万元/);
    await mark(page, '302').click();
    await expect(mark(page, '30211')).toHaveAttribute('aria-label', /差旅费：0\.07 万元/);
    await page.screenshot({ path: 'test-results/drill-economic-1366.png', fullPage: true });
    await checkAxe(page);
  });

  test('a 表6 link without its group resolves (301,30101 → personnel,301,30101)', async ({ page }) => {
    await page.goto('/#/drill?mode=economic&trail=301,30101');
    await expectTrail(page, 'personnel,301,30101', 'economic');
    await expect(mark(page, '30101')).toHaveAttribute('aria-pressed', 'true');
  });
});

test.describe('budget against actual, and last year', () => {
  test.use({ viewport: { width: 1366, height: 768 } });

  test('variance charts carry the document’s figures, rates and reasons', async ({ page }) => {
    test.setTimeout(120_000); // axe over a page of ~150 provenance popovers takes a while
    await page.goto('/#/drill?mode=budget');
    const cats = page.getByTestId('budget-categories');
    const catMark = (id: string) => cats.locator(`g.bar-mark[data-id="${id}"]`);
    await expect(catMark('201')).toHaveAttribute(
      'aria-label',
      '一般公共服务支出：预算 2,535.63 万元，决算 2,697.42 万元，超出预算 161.79 万元，完成 106.4%（原文 106%）。原因：项目收尾工作。按 Enter 钻取此类',
    );
    await expect(catMark('208')).toHaveAttribute(
      'aria-label',
      /预算 10\.61 万元，决算 19\.71 万元，超出预算 9\.10 万元/,
    );
    await expect(catMark('210')).toHaveAttribute(
      'aria-label',
      /预算 22\.44 万元，决算 59\.93 万元.*原因：疫情防控项目收尾工作/,
    );
    await expect(catMark('221')).toHaveAttribute(
      'aria-label',
      /预算 35\.05 万元，决算 35\.04 万元，少于预算 0\.01 万元/,
    );
    await expect(cats.locator('tr.over')).toHaveCount(3);
    await expect(cats.getByRole('row', { name: /一般公共服务支出/ })).toContainText('项目收尾工作');

    const three = page.getByTestId('budget-three-public');
    await expect(three.getByRole('row', { name: /公务用车运行费/ })).toContainText('压减经费支出');
    await expect(three.locator('g.bar-mark').first()).toHaveAttribute(
      'aria-label',
      /预算 3\.00 万元，决算 2\.20 万元，少于预算 0\.80 万元，完成 73\.3%/,
    );

    // A negative variance is drawn left of the zero line (中心运行维护费: 821.80 − 958.27 = −136.47).
    const projects = page.getByTestId('budget-projects');
    const shortfall = projects.locator('g.bar-mark').first();
    await expect(shortfall).toHaveAttribute(
      'aria-label',
      /中心运行维护费：预算 958\.27 万元，决算 821\.80 万元，少于预算 136\.47 万元/,
    );
    const zero = await projects.locator('.bar-zero-line').first().getAttribute('x1');
    const bar = shortfall.locator('rect').nth(1);
    const x = Number(await bar.getAttribute('x'));
    const w = Number(await bar.getAttribute('width'));
    expect(w).toBeGreaterThan(50);
    expect(Math.abs(x + w - Number(zero))).toBeLessThan(1.5);

    const years = page.getByTestId('budget-years');
    await expect(years.locator('g.bar-mark[data-id="totals"]')).toHaveAttribute(
      'aria-label',
      /2021 年度 2,812\.11 万元，2020 年度 4,884\.47 万元.*变动 −2,072\.36 万元，−42\.4%（原文 下降 42%）/,
    );
    await expect(years.locator('g.bar-mark[data-id="three-public"]')).toHaveAttribute(
      'aria-label',
      /2021 年度 2\.20 万元，2020 年度 1\.86 万元.*\+0\.34 万元/,
    );
    await page.screenshot({ path: 'test-results/drill-budget-1366.png', fullPage: true });
    await cats.screenshot({ path: 'test-results/drill-budget-categories-1366.png' });
    await projects.screenshot({ path: 'test-results/drill-budget-projects-1366.png' });
    await checkAxe(page);

    // A 类 opens in the function drill.
    await catMark('210').focus();
    await page.keyboard.press('Enter');
    await expectTrail(page, '210');
    await expect(mark(page, '21004')).toHaveAttribute('aria-label', /38\.12 万元/);
  });
});

test.describe('on a phone (390×844)', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('no horizontal overflow; the drill and the budget chart fit', async ({ page }) => {
    await page.goto('/#/drill?mode=function&trail=201,20103');
    await expect(mark(page, '2010399')).toBeVisible();
    const overflow = () =>
      page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    await page.screenshot({ path: 'test-results/drill-function-item-390.png', fullPage: true });
    expect(await overflow()).toBeLessThanOrEqual(0);
    await mark(page, '2010350').click();
    await expectTrail(page, '201,20103,2010350');

    await page.goto('/#/drill?mode=budget');
    await expect(page.getByTestId('budget-projects').locator('g.bar-mark').first()).toBeVisible();
    await page.screenshot({ path: 'test-results/drill-budget-390.png', fullPage: true });
    expect(await overflow()).toBeLessThanOrEqual(0);
  });
});

test('a row in a table opens its place in the drill-down', async ({ page }) => {
  await page.goto('/#/tables/3');
  await page.getByRole('link', { name: '在科目钻取中查看 2010350 事业运行' }).click();
  await expect(page).toHaveURL(/#\/drill\?/);
  // 2010350 事业运行 = 236.77 in 表3 (line 198, read by hand).
  await expect(page.locator('main')).toContainText('236.77');
  // The view rewrites a bare code to its full trail (replacing the history entry) once it has rendered.
  await expect.poll(() => decodeURIComponent(page.url())).toContain('trail=201,20103,2010350');
});

test.describe('the level table', () => {
  test('a name drills, a figure opens its source: two actions that look different and say so', async ({
    page,
  }) => {
    await page.goto('/#/drill?mode=function&trail=201');
    const table = page.getByTestId('drill-table');
    await expect(page.locator('.drill-how')).toContainText('点科目名称查看下级');
    await expect(page.locator('.drill-how')).toContainText('点带虚线的金额查看它的来源');
    const drill = table.getByRole('button', { name: /^20103 .*：查看下级项$/ });
    // 20103 本年支出合计 2,697.42 (表3 line 196, read by hand) opens its provenance.
    const figure = table.getByRole('button', { name: /2,697\.42 万元，查看来源/ }).first();
    await expect(drill).toBeVisible();
    await expect(figure).toBeVisible();
    const look = (l: typeof drill) =>
      l.evaluate((el) => {
        const cs = getComputedStyle(el);
        return { bg: cs.backgroundColor, border: cs.borderBottomStyle, color: cs.color };
      });
    const [d, f] = [await look(drill), await look(figure)];
    expect(d.border).toBe('solid');
    expect(f.border).toBe('dotted');
    expect(d.bg).not.toBe(f.bg);
    await figure.click();
    await expect(page.locator('.popover:popover-open')).toContainText('表3');
    await page.keyboard.press('Escape');
    await drill.click();
    await expect(page).toHaveURL(/trail=201%2C20103/);
  });

  test('sorts and exports the level as shown', async ({ page }) => {
    // 20103's 项 in 表3 (lines 197–199): 2010302 279.86, 2010350 236.77, 2010399 2,180.79.
    await page.goto('/#/drill?mode=function&trail=201,20103');
    const table = page.getByTestId('drill-table');
    await table
      .getByRole('columnheader', { name: /本年支出合计/ })
      .getByRole('button')
      .click();
    await expect(page).toHaveURL(/sort=amount%3Adesc/);
    await expect(table.locator('tbody tr').first()).toContainText('2010399');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '导出 CSV' }).click(),
    ]);
    const csv = readCsv(readFileSync(await download.path(), 'utf8'));
    expect(csv.slice(1).map((r) => [r[0], r[1]])).toEqual([
      ['2010399 其他政府办公厅（室）及相关机构事务支出', '2180.79'],
      ['2010302 一般行政管理事务', '279.86'],
      ['2010350 事业运行', '236.77'],
    ]);
  });
});
