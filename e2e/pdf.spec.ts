import { readFileSync } from 'node:fs';

import type { Page } from '@playwright/test';

import { expect, expectNoAxeViolations, test } from './helpers';
import { pdfTextCentres } from './pdf-text';

// The three real Shanghai 2024 disclosures, imported as their published PDFs. Expected figures are the hand-read
// oracles' (src/domain/__fixtures__/shanghai/*.oracle.json, read from the page images): 表1 本年收入合计 and
// 本年支出合计, and the first 类 → 款 → 项 of 表5 with its 项's 合计.
const pdf = (name: string): Buffer =>
  readFileSync(new URL(`../../shared/documents/pdf/${name}`, import.meta.url));

const ORIGINALS = [
  {
    file: 'shanghai-putuo-finance-bureau-2024.pdf',
    department: '上海市普陀区财政局',
    income: '2,946.25',
    printed: '2,946.25',
    expense: '2,940.05',
    trail: ['201', '20106', '2010601'],
    item: '1,511.89',
  },
  {
    file: 'shanghai-putuo-social-work-dept-2024.pdf',
    department: '中共上海市普陀区委社会工作部',
    income: '307.82',
    printed: '307.82',
    expense: '307.82',
    trail: ['201', '20139', '2013901'],
    item: '51.32',
  },
  {
    file: 'shanghai-putuo-planning-resources-bureau-2024.pdf',
    department: '上海市普陀区规划和自然资源局',
    income: '9,746.50',
    // the planning bureau prints no thousands separators
    printed: '9746.50',
    expense: '9,759.38',
    trail: ['208', '20805', '2080501'],
    item: '54.53',
  },
] as const;

async function openApp(page: Page): Promise<void> {
  await page.goto('/');
  await expect(page.getByTestId('department')).toHaveText('武汉市江汉区大数据中心');
  await expect(page.locator('.document-bar')).toHaveAttribute('data-stored-loaded', 'true');
}

/** Imports by the file chooser (the 打开文件 button's input) and waits for this import's report. */
async function importByChooser(
  page: Page,
  name: string,
  buffer: Buffer,
  mimeType = 'application/pdf',
): Promise<void> {
  const before = await page
    .getByTestId('import-report')
    .evaluateAll((els) => els[0]?.getAttribute('data-report') ?? '');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '打开文件…' }).click();
  await (await chooser).setFiles({ name, mimeType, buffer });
  await expect(page.getByTestId('import-report')).not.toHaveAttribute('data-report', before, {
    timeout: 60_000,
  });
}

/** The page view's highlight box holds the figure where pdf.js itself prints it (its text layer, not the app's layout). */
async function expectMarkOnFigure(page: Page, file: string, printed: string): Promise<void> {
  const heading = await page.locator('#page-heading').textContent();
  const pageNo = Number(/第 (\d+) \//.exec(heading ?? '')?.[1]);
  const box = (await page.getByTestId('pdf-mark').getAttribute('data-box'))?.split(',').map(Number) ?? [];
  const [x0 = 0, top = 0, x1 = 0, bottom = 0] = box;
  const centres = await pdfTextCentres(pdf(file), pageNo, printed);
  expect(centres.some((c) => c.x >= x0 && c.x <= x1 && c.y >= top && c.y <= bottom)).toBe(true);
}

const mark = (page: Page, id: string) => page.locator('#drill-chart').locator(`g.bar-mark[data-id="${id}"]`);

test.describe('PDF import', () => {
  test.describe.configure({ timeout: 180_000 });
  test.use({ viewport: { width: 1366, height: 900 } });

  for (const doc of ORIGINALS) {
    test(`${doc.department}: totals, a drill to 项, and a figure’s page with its box on the figure`, async ({
      page,
    }) => {
      await openApp(page);
      await importByChooser(page, doc.file, pdf(doc.file));
      const report = page.getByTestId('import-report');
      await expect(report).toContainText(`已导入：${doc.department} · 2024 年度`);
      await expect(report).toContainText('读取完整');
      await expect(page.getByTestId('department')).toHaveText(doc.department);
      const overview = page.locator('main');
      await expect(overview).toContainText(`本年收入合计${doc.income}`);
      await expect(overview).toContainText(`本年支出合计${doc.expense}`);
      await page.screenshot({ path: `test-results/pdf-overview-${doc.trail[0]}.png` });

      // 类 → 款 → 项 in the drill-down.
      await page.getByRole('link', { name: '科目钻取' }).click();
      for (const code of doc.trail) await mark(page, code).click();
      await expect(page.getByTestId('drill-selected')).toContainText(doc.item);

      // 本年收入合计's provenance → 在原件中查看 → its page, drawn, with the box on the printed figure.
      await page.getByRole('link', { name: '总览' }).click();
      await page
        .getByRole('button', { name: new RegExp(`^本年收入合计：${doc.income} 万元，查看来源`) })
        .first()
        .click();
      await page.getByRole('link', { name: '在原件中查看' }).click();
      const canvas = page.getByTestId('pdf-page');
      await expect(canvas).toHaveAttribute('data-state', 'drawn', { timeout: 30_000 });
      await expectMarkOnFigure(page, doc.file, doc.printed);
      await expect(page.locator('.page-lines li.highlight')).toContainText(doc.printed);
      // …and the cited line is scrolled into view in the list beside the page.
      await expect(page.locator('.page-lines li.highlight')).toBeInViewport();
      await page.screenshot({ path: `test-results/pdf-page-${doc.trail[0]}.png` });
    });
  }

  test('the page view survives a reload (the PDF is stored) and axe finds nothing in it', async ({
    page,
  }) => {
    await openApp(page);
    const doc = ORIGINALS[0];
    await importByChooser(page, doc.file, pdf(doc.file));
    await page
      .getByRole('button', { name: new RegExp(`^本年收入合计：${doc.income} 万元，查看来源`) })
      .first()
      .click();
    await page.getByRole('link', { name: '在原件中查看' }).click();
    await expect(page.getByTestId('pdf-page')).toHaveAttribute('data-state', 'drawn', { timeout: 30_000 });
    const url = page.url();
    await page.reload();
    expect(page.url()).toBe(url);
    await expect(page.getByTestId('pdf-page')).toHaveAttribute('data-state', 'drawn', { timeout: 30_000 });
    await expect(page.getByTestId('pdf-mark')).toBeVisible();
    await expectNoAxeViolations(page, 'page view', '.page-view');
    // Keyboard: the next page is a link.
    await page.getByRole('link', { name: '下一页' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('#page-heading')).toContainText(/第 \d+ \/ 25 页/);
    await expect(page.getByTestId('pdf-page')).toHaveAttribute('data-state', 'drawn', { timeout: 30_000 });
  });

  // The planning bureau's 表5 (page 14 of its PDF; the figures are its oracle's) prints 21201 城乡社区管理事务 1092.80 = 1084.02 + 8.77,
  // which is 1092.79: from the finding, 原件 opens that page with the finding drawn on the printed 1092.80.
  test('a finding on a PDF opens its page, drawn on the figure, and listed with the others of that page', async ({
    page,
  }) => {
    await openApp(page);
    const doc = ORIGINALS[2];
    await importByChooser(page, doc.file, pdf(doc.file));
    const id = 'identity.t5.template.c21201.c1';
    await page.goto(`/#/audit?check=${id}`);
    const card = page.locator(`article[data-check-id="${id}"]`);
    await expect(card).toContainText('1,092.79');
    await card
      .getByRole('link', { name: /^原件第 \d+ 页$/ })
      .first()
      .click();
    await expect(page.getByTestId('pdf-page')).toHaveAttribute('data-state', 'drawn', { timeout: 30_000 });
    await expect(page.locator(`[data-testid="finding-mark"][data-check="${id}"]`).first()).toBeVisible();
    await expectMarkOnFigure(page, doc.file, '1092.80');
    const list = page.getByTestId('page-findings');
    await expect(list.locator(`li[data-check="${id}"]`)).toContainText('不符');
    await list.locator(`li[data-check="${id}"]`).getByRole('link').click();
    await expect(page).toHaveURL(new RegExp(`#/audit\\?.*check=${id.replace(/\./g, '\\.')}`));
    await page.goBack();
    await expect(page.getByTestId('pdf-page')).toHaveAttribute('data-state', 'drawn', { timeout: 30_000 });
    // At the top of the page: scrolled to the figure, the sticky header partly covers the lines list.
    await page.evaluate(() => window.scrollTo(0, 0));
    await expectNoAxeViolations(page, 'page view with findings', '.page-view');
    await page.screenshot({ path: 'test-results/pdf-page-findings.png' });
  });

  // The altered copy has no 表3 and an emptied 表7 (src/domain/__fixtures__/shanghai/README.md; its page images):
  // the overview and the audit say the coverage is low and name what could not run, never a clean bill.
  test('the altered copy: coverage low in the overview and the audit, with what could not run and why', async ({
    page,
  }) => {
    await openApp(page);
    const file = 'shanghai-putuo-finance-bureau-2024-altered.pdf';
    await importByChooser(page, file, pdf(file));
    await expect(page.getByTestId('import-report')).toContainText('读取不完整');
    const flag = page.getByTestId('coverage-flag');
    await expect(flag).toContainText('覆盖不足，不能视为无误');
    await expect(flag).toContainText('未找到支出决算表');
    await page.locator('.flags').screenshot({ path: 'test-results/pdf-altered-flags.png' });
    await flag.getByRole('link').click();
    await expect(page.getByTestId('coverage-verdict')).toHaveAttribute('data-level', 'low');
    const panel = page.getByTestId('coverage-panel');
    await expect(panel.locator('[data-entry="identity.t3"]')).toContainText('未能运行');
    await expect(panel.locator('[data-entry="identity.t3"]')).toContainText('未找到支出决算表');
    await page.screenshot({ path: 'test-results/pdf-altered-audit.png' });
  });

  // While the user picks a file, the parse worker loads pdf.js, so a PDF's read does not wait for it.
  test('opening the file chooser starts loading the PDF reader, before any file is chosen', async ({
    page,
  }) => {
    const pdfjsChunk = /\/assets\/pdf(\.worker)?-[\w-]+\.js$/;
    const loaded: string[] = [];
    page.on('request', (r) => {
      if (pdfjsChunk.test(r.url())) loaded.push(r.url());
    });
    await openApp(page);
    expect(loaded).toEqual([]);
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: '打开文件…' }).click();
    await chooser;
    await expect.poll(() => loaded.length).toBe(2);
  });

  test('refuses the blank template, a text file renamed .pdf and a damaged PDF, changing nothing', async ({
    page,
  }) => {
    await openApp(page);
    const switcherBefore = await page.getByTestId('document-switcher').locator('option').allTextContents();
    const cases: Array<[string, Buffer, RegExp]> = [
      ['shanghai-template-2024.pdf', pdf('shanghai-template-2024.pdf'), /空白模板.*XX局/],
      ['renamed.pdf', Buffer.from('2024年度部门决算\n收入支出决算总表\n'), /内容不是 PDF/],
      ['damaged.pdf', Buffer.from('%PDF-1.7\n1 0 obj <<>> garbage'), /PDF 文件已损坏/],
    ];
    for (const [name, buffer, message] of cases) {
      await importByChooser(page, name, buffer);
      const outcome = page.getByTestId('import-report').locator('li', { hasText: name }).first();
      await expect(outcome).toContainText('未导入');
      await expect(outcome).toContainText(message);
    }
    expect(await page.getByTestId('document-switcher').locator('option').allTextContents()).toEqual(
      switcherBefore,
    );
    await expect(page.getByTestId('department')).toHaveText('武汉市江汉区大数据中心');
  });
});
