import { expect, test } from './helpers';

const VIEWS = [
  { hash: '#/overview', name: '总览', ready: '[data-testid="kpi-expense"]' },
  { hash: '#/tables/3', name: '决算表 表3', ready: 'table' },
  { hash: '#/audit', name: '勾稽检查', ready: 'h2' },
] as const;

test.describe('print', () => {
  for (const view of VIEWS) {
    test(`${view.name} prints without navigation and with the stamp`, async ({ page }) => {
      await page.goto(`/${view.hash}`);
      await expect(page.locator(`main ${view.ready}`).first()).toBeVisible();
      await page.emulateMedia({ media: 'print' });

      await expect(page.getByRole('navigation', { name: '视图' })).toBeHidden();
      await expect(page.getByRole('group', { name: '金额单位' })).toBeHidden();

      const stamp = page.getByTestId('print-stamp');
      await expect(stamp).toBeVisible();
      await expect(stamp).toContainText('武汉市江汉区大数据中心');
      await expect(stamp).toContainText('2021');
      await expect(stamp).toContainText('万元');
      await expect(stamp).toContainText(`视图：${view.name}`);
      await expect(stamp).toContainText('jianghan-big-data-center-2021.txt');
      const today = await page.evaluate(() => {
        const d = new Date();
        return `${d.getFullYear()}年${d.getMonth() + 1}月${d.getDate()}日`;
      });
      await expect(stamp).toContainText(`打印于 ${today}`);
      await expect(stamp).toHaveCSS('position', 'fixed');
      // #root reserves the stamp's height at the top of every page it continues on.
      await expect(page.locator('#root')).toHaveCSS('box-decoration-break', 'clone');

      if (view.hash === '#/overview') {
        await expect(page.locator('#fig1 svg.bar-list-surface')).toBeVisible();
        await page.screenshot({ path: test.info().outputPath('overview-print.png'), fullPage: true });
      }

      const pdf = await page.pdf({ format: 'A4', printBackground: true });
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(pdf.length).toBeGreaterThan(10_000);
    });
  }

  test('the stamp names the drill trail and the screen never shows it', async ({ page }) => {
    await page.goto('/#/drill?mode=function&trail=201');
    await expect(page.getByRole('main')).toContainText('2,697.42');
    await expect(page.getByTestId('print-stamp')).toBeHidden();
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByTestId('print-stamp')).toContainText('科目钻取 · 方式：按功能分类 · 路径：201');
  });
});

test.describe('print layout of a coded table', () => {
  // A4 (210 mm) less the 12 mm margins is 186 mm ≈ 703 CSS px: the width a printed table has.
  test('表3 on A4 keeps its name column readable (never a character a line)', async ({ page }) => {
    await page.setViewportSize({ width: 703, height: 1000 });
    await page.goto('/#/tables/3');
    await expect(page.locator('table.data-table tbody th').first()).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    const widths = await page
      .locator('table.data-table tbody th')
      .evaluateAll((ths) => ths.map((th) => th.getBoundingClientRect().width));
    expect(widths.length).toBeGreaterThan(10);
    // 9em at 9 pt: a name of seven characters a line, the longest (其他政府办公厅（室）及相关机构事务支出) on three.
    for (const w of widths) expect(w).toBeGreaterThanOrEqual(100);
    await expect(page.locator('.sort-arrow').first()).toBeHidden();
    const pdf = await page.pdf({ format: 'A4' });
    const pageCount = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pageCount).toBeLessThanOrEqual(2);
  });
});
