import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { Page } from '@playwright/test';

import { expect, expectNoAxeViolations, test } from './helpers';

// Documents imported here: a small hand-made disclosure of another department and year (src/domain/__fixtures__),
// whose figures were written by hand: 某市某区档案馆, 2022, 本年收入合计 1,000.50, 本年支出合计 975.00 (表1, lines 20–21).
const fixture = (name: string) =>
  readFileSync(new URL(`../src/domain/__fixtures__/${name}`, import.meta.url));
const OTHER = fixture('other-department-2022.txt');
const MINI = fixture('consistent-mini-2022.txt');
// The switcher names a document by department and year (the file name only where two share both).
const REFERENCE_LABEL = '武汉市江汉区大数据中心 · 2021 年度（内置）';
const OTHER_LABEL = '某市某区档案馆 · 2022 年度';
const MINI_LABEL = '测试市测试局 · 2022 年度';
/** 文档管理 names a document in full: department · year · file name. */
const OTHER_FULL = '某市某区档案馆 · 2022 · other-department-2022.txt';
const MINI_FULL = '测试市测试局 · 2022 · consistent-mini-2022.txt';
const BUDGET = '# 2022 年度武汉市江汉区大数据中心部门预算公开\n\n一、部门预算收支总表\n收入 100.00 万元\n';

/**
 * axe (WCAG 2.2 A/AA) over the import UI only (`selector`): the views behind it have their own axe checks, and a
 * whole overview with its hundreds of popovers takes most of a minute on a busy machine.
 */
async function expectNoImportAxeViolations(page: Page, selector: string, state: string): Promise<void> {
  await expectNoAxeViolations(page, state, selector);
}

const switcher = (page: Page) => page.getByTestId('document-switcher');
const switcherEntries = (page: Page) => switcher(page).locator('option').allTextContents();

async function importFile(page: Page, name: string, buffer: Buffer, mimeType = 'text/plain'): Promise<void> {
  // The report's id before, read without waiting (there may be no report yet).
  const before = await page
    .getByTestId('import-report')
    .evaluateAll((els) => els[0]?.getAttribute('data-report') ?? '');
  await page.getByTestId('import-input').setInputFiles({ name, mimeType, buffer });
  await expect(page.getByTestId('import-report')).toBeVisible();
  await expect(page.getByTestId('import-report')).not.toHaveAttribute('data-report', before);
}

/** A fresh page with the reference document on screen. */
async function open(page: Page): Promise<void> {
  await page.goto('/');
  await expect(page.getByTestId('department')).toHaveText('武汉市江汉区大数据中心');
  await storedLoaded(page);
}

/** Waits until the stored documents have been read (so a check of the switcher is not early). */
async function storedLoaded(page: Page): Promise<void> {
  await expect(page.locator('.document-bar')).toHaveAttribute('data-stored-loaded', 'true');
}

test.describe('import', () => {
  // Several imports, reloads and a browser restart per test, on two shared cores.
  test.describe.configure({ timeout: 120_000 });

  test('imports a document off the main thread, lists it, switches to it, and keeps it across a reload', async ({
    page,
  }) => {
    const workers: string[] = [];
    page.on('worker', (w) => workers.push(w.url()));
    await open(page);
    expect(await switcherEntries(page)).toEqual([REFERENCE_LABEL]);

    await importFile(page, 'other-department-2022.txt', OTHER);
    const report = page.getByTestId('import-report');
    await expect(report.getByRole('status')).toHaveText('已导入 1 份，未导入 0 份，重复 0 份。');
    await expect(report.getByTestId('import-outcome')).toContainText('已导入：某市某区档案馆 · 2022 年度');
    // Parsed in the module worker, not on the main thread.
    expect(workers.some((u) => /parse-worker-[\w-]+\.js$/.test(u))).toBe(true);
    expect(await switcherEntries(page)).toEqual([REFERENCE_LABEL, OTHER_LABEL]);
    // Importing opens what the user came for: the imported document, in the same view, its id in the link.
    await expect(page.getByTestId('department')).toHaveText('某市某区档案馆');
    await expect(page).toHaveURL(/doc=doc-/);
    await expect(switcher(page).locator('option:checked')).toHaveText(OTHER_LABEL);
    await page.locator('.app-header').screenshot({ path: 'test-results/import-header.png' });
    // Back returns to the document shown before.
    await page.goBack();
    await expect(page.getByTestId('department')).toHaveText('武汉市江汉区大数据中心');
    await page.goForward();
    await expect(page.getByTestId('department')).toHaveText('某市某区档案馆');

    // The report lists the parse problems; a line opens that document's source at that line.
    await report.locator('summary', { hasText: /解析提示 \d+ 条/ }).click();
    await page.screenshot({ path: 'test-results/import-report.png', fullPage: true });
    await expectNoImportAxeViolations(
      page,
      '[data-testid=import-report]',
      'the import report, problems open',
    );
    await report.locator('.problem-list').getByRole('link', { name: '第 46 行' }).click();
    await expect(page.locator('li[data-line="46"]')).toHaveAttribute('aria-current', 'location');
    await expect(page.locator('li[data-line="46"]')).toContainText(
      '政府性基金预算财政拨款收入支出决算表（表 8）',
    );
    await expect(page.getByRole('heading', { name: '原文：other-department-2022.txt' })).toBeVisible();
    await expect(switcher(page).locator('option:checked')).toHaveText(OTHER_LABEL);

    // Switch back and forth with the switcher: every view reads the active document.
    await switcher(page).selectOption({ label: REFERENCE_LABEL });
    await expect(page.getByTestId('department')).toHaveText('武汉市江汉区大数据中心');
    await switcher(page).selectOption({ label: OTHER_LABEL });
    await page.getByRole('link', { name: '总览' }).click();
    await expect(page.getByTestId('department')).toHaveText('某市某区档案馆');
    await expect(page.getByTestId('year')).toHaveText('2022 年度');
    await expect(page.getByTestId('kpi-income')).toContainText('1,000.50');
    await expect(page.getByTestId('kpi-expense')).toContainText('975.00');
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: 'test-results/import-switched.png' });

    // A reload keeps it (IndexedDB), and the doc= link keeps it active.
    await page.reload();
    await storedLoaded(page);
    await expect(page.getByTestId('department')).toHaveText('某市某区档案馆');
    expect(await switcherEntries(page)).toEqual([REFERENCE_LABEL, OTHER_LABEL]);
    await expect(page.getByTestId('kpi-expense')).toContainText('975.00');
  });

  test('the import report folds once the user moves on, and opens again', async ({ page }) => {
    await open(page);
    await importFile(page, 'other-department-2022.txt', OTHER);
    const report = page.getByTestId('import-report');
    await expect(report.getByTestId('import-outcome')).toBeVisible();
    await page.getByRole('navigation', { name: '视图' }).getByRole('link', { name: '决算表' }).click();
    await expect(page.locator('main table').first()).toBeVisible();
    // Folded to its summary line: still there, no longer pinned open above the view.
    await expect(report.getByRole('status')).toHaveText('已导入 1 份，未导入 0 份，重复 0 份。');
    await expect(report.getByTestId('import-outcome')).toBeHidden();
    const box = await report.boundingBox();
    expect(box?.height ?? 999).toBeLessThan(60);
    await page.screenshot({ path: test.info().outputPath('import-report-folded.png') });
    await report.locator('summary.import-report-head').click();
    await expect(report.getByTestId('import-outcome')).toBeVisible();
    await report.getByRole('button', { name: '关闭报告' }).click();
    await expect(report).toHaveCount(0);
  });

  test('importing on 对比 adds the document to the comparison', async ({ page }) => {
    await open(page);
    await page.getByRole('navigation', { name: '视图' }).getByRole('link', { name: '对比' }).click();
    await expect(page.getByRole('main')).toContainText('请至少选择两个文件进行对比');
    await importFile(page, 'other-department-2022.txt', OTHER);
    await expect(page).toHaveURL(/#\/compare\?.*docs=reference%2Cdoc-/);
    await expect(page.getByRole('main')).not.toContainText('请至少选择两个文件进行对比');
    await expect(page.getByRole('main')).toContainText('某市某区档案馆');
  });

  test('keeps imported documents across a browser restart (same profile directory)', async ({
    playwright,
    launchOptions,
    baseURL,
  }) => {
    const profile = mkdtempSync(join(tmpdir(), 'juesuan-profile-'));
    const errors: string[] = [];
    const launch = async () => {
      const context = await playwright.chromium.launchPersistentContext(profile, {
        ...launchOptions,
        ...(baseURL === undefined ? {} : { baseURL }),
      });
      const page = context.pages()[0] ?? (await context.newPage());
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      page.on('pageerror', (e) => errors.push(e.message));
      return { context, page };
    };
    try {
      const first = await launch();
      await open(first.page);
      await importFile(first.page, 'other-department-2022.txt', OTHER);
      expect(await switcherEntries(first.page)).toEqual([REFERENCE_LABEL, OTHER_LABEL]);
      await first.context.close();

      const second = await launch();
      await open(second.page);
      expect(await switcherEntries(second.page)).toEqual([REFERENCE_LABEL, OTHER_LABEL]);
      await switcher(second.page).selectOption({ label: OTHER_LABEL });
      await expect(second.page.getByTestId('department')).toHaveText('某市某区档案馆');
      await expect(second.page.getByTestId('kpi-income')).toContainText('1,000.50');
      await second.context.close();
      expect(errors).toEqual([]);
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
  });

  test('refuses wrong and hostile files with a clear message, leaving the collection exactly as it was', async ({
    page,
  }) => {
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await open(page);
    await importFile(page, 'other-department-2022.txt', OTHER);
    const entries = await switcherEntries(page);
    expect(entries).toEqual([REFERENCE_LABEL, OTHER_LABEL]);
    const png = await page.screenshot({ clip: { x: 0, y: 0, width: 8, height: 8 } });
    // Random bytes from a fixed seed (mulberry32), NUL bytes included.
    let seed = 20240501;
    const random = Buffer.from(
      Array.from({ length: 4096 }, () => {
        seed = (seed + 0x6d2b79f5) >>> 0;
        let t = Math.imul(seed ^ (seed >>> 15), seed | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) % 256;
      }),
    );
    const cases: ReadonlyArray<readonly [string, Buffer, string, string]> = [
      [
        'report.pdf',
        Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\n', 'latin1'),
        'application/pdf',
        // A PDF is read now (e2e/pdf.spec.ts); this one has no page tree.
        'PDF 文件已损坏或不是有效的 PDF，无法读取',
      ],
      ['scan.png', png, 'image/png', '这是 PNG 图片，不是文本'],
      ['budget-2022.txt', Buffer.from(BUDGET), 'text/plain', '这是部门预算公开（第 1 行），不是部门决算公开'],
      ['random.bin', random, 'application/octet-stream', '这是二进制文件'],
      ['empty.txt', Buffer.alloc(0), 'text/plain', '文件是空的（0 字节）'],
      ['<img src=x onerror=alert(1)>.pdf', Buffer.from('%PDF-1.4\n'), 'application/pdf', 'PDF 文件已损坏'],
      [
        '<script>alert(1)</script>.txt',
        Buffer.from('<script>alert(1)</script>\n<img src=x onerror=alert(2)>'),
        'text/plain',
        '无法读取为部门决算公开',
      ],
      [
        'again.txt',
        OTHER,
        'text/plain',
        '与已载入的“某市某区档案馆 · 2022 · other-department-2022.txt”内容完全相同',
      ],
    ];
    for (const [name, buffer, mime, message] of cases) {
      await importFile(page, name, buffer, mime);
      const outcome = page.getByTestId('import-outcome');
      await expect(outcome).toHaveCount(1);
      await expect(outcome).toContainText(message);
      // The file name is shown as text, whatever it contains.
      await expect(outcome.locator('.outcome-file')).toHaveText(name);
      await expect(page.getByTestId('import-report').getByRole('status')).toContainText(
        '没有改动看板中的任何文档',
      );
      expect(await switcherEntries(page), name).toEqual(entries);
      // A refused file changes nothing: the document the import before it opened is still shown.
      await expect(page.getByTestId('department')).toHaveText('某市某区档案馆');
      if (name === 'report.pdf') await page.screenshot({ path: 'test-results/import-refused-pdf.png' });
      if (name === 'budget-2022.txt')
        await page.screenshot({ path: 'test-results/import-refused-budget.png' });
      if (name.startsWith('<img')) await page.screenshot({ path: 'test-results/import-refused-hostile.png' });
    }
    // No markup from any name or text became an element, and nothing ran.
    await expect(page.locator('img[src="x"], script:text("alert")')).toHaveCount(0);
    expect(dialogs).toEqual([]);
    await expectNoImportAxeViolations(page, '[data-testid=import-report]', 'a refusal in the report');
  });

  test('a 50 MB file dropped on the page is refused from its size, without reading it', async ({ page }) => {
    await open(page);
    const entries = await switcherEntries(page);
    // Every way of reading a Blob is watched; the 50 MB file is made in the page and dropped on it.
    await page.evaluate(() => {
      const w = window as unknown as { blobReads: string[] };
      w.blobReads = [];
      for (const m of ['arrayBuffer', 'text', 'slice', 'stream', 'bytes'] as const) {
        const proto = Blob.prototype as unknown as Record<string, (...a: unknown[]) => unknown>;
        const real = proto[m];
        if (!real) continue;
        proto[m] = function (this: Blob, ...a: unknown[]) {
          w.blobReads.push(`${m}:${this.size}`);
          return real.apply(this, a);
        };
      }
    });
    const dataTransfer = await page.evaluateHandle(() => {
      const dt = new DataTransfer();
      dt.items.add(new File([new Uint8Array(50 * 1024 * 1024)], 'huge-50mb.txt', { type: 'text/plain' }));
      return dt;
    });
    await page.dispatchEvent('body', 'dragenter', { dataTransfer });
    await expect(page.getByTestId('drop-overlay')).toBeVisible();
    await page.screenshot({ path: 'test-results/import-drop-overlay.png' });
    await page.dispatchEvent('body', 'drop', { dataTransfer });
    await expect(page.getByTestId('drop-overlay')).toBeHidden();
    const outcome = page.getByTestId('import-outcome');
    await expect(outcome).toContainText('文件太大（50.0 MB），超过 5.0 MB 的上限，没有读取');
    expect(await page.evaluate(() => (window as unknown as { blobReads: string[] }).blobReads)).toEqual([]);
    expect(await switcherEntries(page)).toEqual(entries);
  });

  test('a page with a document whose names are HTML shows them as text', async ({ page }) => {
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await open(page);
    const hostile = Buffer.from(
      OTHER.toString('utf8').replaceAll('某市某区档案馆', '<img src=x onerror=alert(1)>档案馆'),
    );
    await importFile(page, '<script>alert(1)</script>.md', hostile);
    await expect(page.getByTestId('import-outcome')).toContainText('已导入');
    // The parser reads `<…>` in a cell as markup (the source has <b> tags) and drops it from the name; the file
    // name keeps it, and shows it as text.
    expect(await switcherEntries(page)).toEqual([REFERENCE_LABEL, '档案馆 · 2022 年度']);
    await expect(switcher(page).locator('option').nth(1)).toHaveAttribute(
      'title',
      '档案馆 · 2022 · <script>alert(1)</script>.md',
    );
    await expect(page.getByTestId('import-outcome').locator('.outcome-file')).toHaveText(
      '<script>alert(1)</script>.md',
    );
    await switcher(page).selectOption({ label: '档案馆 · 2022 年度' });
    await expect(page.getByTestId('department')).toHaveText('档案馆');
    await page.getByRole('link', { name: '原文' }).click();
    await expect(page.getByRole('heading', { name: '原文：<script>alert(1)</script>.md' })).toBeVisible();
    await expect(page.locator('li[data-line="1"]')).toContainText('<img src=x onerror=alert(1)>档案馆');
    await expect(page.locator('img[src="x"]')).toHaveCount(0);
    expect(dialogs).toEqual([]);
  });

  test('exports the collection and imports it again; a damaged export changes nothing', async ({ page }) => {
    await open(page);
    await importFile(page, 'other-department-2022.txt', OTHER);
    await importFile(page, 'consistent-mini-2022.txt', MINI);
    expect(await switcherEntries(page)).toEqual([REFERENCE_LABEL, OTHER_LABEL, MINI_LABEL]);

    await page.getByRole('button', { name: '文档管理' }).click();
    const manager = page.getByRole('dialog', { name: '文档管理' });
    await expect(manager).toBeVisible();
    await page.screenshot({ path: 'test-results/import-manager.png' });
    await expectNoImportAxeViolations(page, '.modal-backdrop', 'the document manager');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      manager.getByRole('button', { name: '导出全部（2 份）' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^juesuan-documents-\d{4}-\d{2}-\d{2}\.json$/);
    const exported = readFileSync(await download.path(), 'utf8');
    const data = JSON.parse(exported) as {
      format: string;
      version: number;
      documents: Array<{ name: string; source: string; importedAt: string }>;
    };
    expect(data.format).toBe('juesuan-dashboard/documents');
    expect(data.version).toBe(1);
    expect(data.documents.map((d) => d.name)).toEqual([
      'other-department-2022.txt',
      'consistent-mini-2022.txt',
    ]);
    expect(data.documents[0]?.source).toBe(OTHER.toString('utf8'));

    // Remove both, then bring them back from the export.
    for (const label of [OTHER_FULL, MINI_FULL]) {
      await manager.getByRole('button', { name: `移除 ${label}` }).click();
      await page
        .getByRole('alertdialog', { name: '移除文档？' })
        .getByRole('button', { name: '移除' })
        .click();
      await expect(manager.getByRole('status')).toHaveText(`已移除“${label}”。`);
    }
    expect(await switcherEntries(page)).toEqual([REFERENCE_LABEL]);

    // A damaged export (cut in half) is refused whole.
    await manager.getByTestId('collection-input').setInputFiles({
      name: 'cut.json',
      mimeType: 'application/json',
      buffer: Buffer.from(exported.slice(0, 500)),
    });
    await expect(page.getByTestId('import-outcome')).toContainText('JSON 语法错误');
    expect(await switcherEntries(page)).toEqual([REFERENCE_LABEL]);
    // A foreign JSON too.
    await importFile(page, 'package.json', Buffer.from('{"name":"x","version":"1.0.0"}'), 'application/json');
    await expect(page.getByTestId('import-outcome')).toContainText('不是本看板导出的文档合集');
    expect(await switcherEntries(page)).toEqual([REFERENCE_LABEL]);

    await page.getByRole('button', { name: '文档管理' }).click();
    await page
      .getByRole('dialog', { name: '文档管理' })
      .getByTestId('collection-input')
      .setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
    await expect(page.getByTestId('import-report').getByRole('status')).toHaveText(
      '已导入 2 份，未导入 0 份，重复 0 份。',
    );
    expect(await switcherEntries(page)).toEqual([REFERENCE_LABEL, OTHER_LABEL, MINI_LABEL]);
    await page.reload();
    await storedLoaded(page);
    expect(await switcherEntries(page)).toEqual([REFERENCE_LABEL, OTHER_LABEL, MINI_LABEL]);
  });

  test('removing asks first; 取消 keeps the document; the built-in one cannot be removed', async ({
    page,
  }) => {
    await open(page);
    await importFile(page, 'other-department-2022.txt', OTHER);
    await page.getByRole('button', { name: '文档管理' }).click();
    const manager = page.getByRole('dialog', { name: '文档管理' });
    await expect(manager.getByRole('button', { name: /^移除 武汉市/ })).toHaveCount(0);
    await manager.getByRole('button', { name: `移除 ${OTHER_FULL}` }).click();
    const confirm = page.getByRole('alertdialog', { name: '移除文档？' });
    await expect(confirm).toBeVisible();
    await expect(confirm).toContainText(`将从看板和本浏览器中移除“${OTHER_FULL}”`);
    // Focus starts on the safe answer.
    await expect(confirm.getByRole('button', { name: '取消' })).toBeFocused();
    await page.screenshot({ path: 'test-results/import-confirm.png' });
    await expectNoImportAxeViolations(page, '.modal-backdrop', 'the remove confirmation');
    await confirm.getByRole('button', { name: '取消' }).click();
    await expect(confirm).toBeHidden();
    expect(await switcherEntries(page)).toEqual([REFERENCE_LABEL, OTHER_LABEL]);

    // Escape also cancels, and only the confirmation closes.
    await manager.getByRole('button', { name: `移除 ${OTHER_FULL}` }).click();
    await page.keyboard.press('Escape');
    await expect(confirm).toBeHidden();
    await expect(manager).toBeVisible();

    await manager.getByRole('button', { name: `移除 ${OTHER_FULL}` }).click();
    await confirm.getByRole('button', { name: '移除' }).click();
    await expect(confirm).toBeHidden();
    expect(await switcherEntries(page)).toEqual([REFERENCE_LABEL]);
    await page.keyboard.press('Escape');
    await expect(manager).toBeHidden();
    await page.reload();
    await storedLoaded(page);
    expect(await switcherEntries(page)).toEqual([REFERENCE_LABEL]);
  });

  test('a storage failure (quota exceeded) is shown and the import rolled back', async ({ page }) => {
    // The browser's own IndexedDB, failing the way Chromium does when the origin's quota is used up.
    await page.addInitScript(() => {
      IDBObjectStore.prototype.add = function () {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await open(page);
    await importFile(page, 'other-department-2022.txt', OTHER);
    const outcome = page.getByTestId('import-outcome');
    await expect(outcome).toContainText('未导入');
    await expect(outcome).toContainText(
      '浏览器的存储空间不足（QuotaExceededError）：文档没有保存，已撤销这次导入',
    );
    await page.screenshot({ path: 'test-results/import-quota.png' });
    expect(await switcherEntries(page)).toEqual([REFERENCE_LABEL]);
    await page.reload();
    await storedLoaded(page);
    expect(await switcherEntries(page)).toEqual([REFERENCE_LABEL]);
  });

  test('the header controls have no axe violations, and fit a phone', async ({ page }) => {
    await open(page);
    await expectNoImportAxeViolations(page, '.app-header', 'the header with the switcher');
    await page.setViewportSize({ width: 390, height: 844 });
    await expect(switcher(page)).toBeVisible();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await page.locator('.app-header').screenshot({ path: 'test-results/import-header-390.png' });
  });
});
