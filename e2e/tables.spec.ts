import { readFileSync } from 'node:fs';

import type { Page } from '@playwright/test';
// fflate is the zip library write-excel-file itself uses (pinned in package-lock.json): it reads the .xlsx back.
import { strFromU8, unzipSync } from 'fflate';

import { groupThousands } from '../src/domain/money';
import { readCsv } from '../src/testing/read-csv';

import { expect, expectNoAxeViolations, test } from './helpers';

/*
 * Oracle: the hand transcription of the document's tables (src/domain/__fixtures__/reference-facts.hand.csv, typed
 * by reading the source; see HAND-NOTES.md), never the parser or the view under test. Formatting for comparison is
 * done here with plain string arithmetic on the printed decimals.
 */
interface Fact {
  readonly table: number;
  readonly rowNo: string;
  readonly code: string;
  readonly item: string;
  readonly column: string;
  readonly value: string;
  readonly line: number;
}

const FACTS: readonly Fact[] = readFileSync(
  new URL('../src/domain/__fixtures__/reference-facts.hand.csv', import.meta.url),
  'utf8',
)
  .trim()
  .split(/\r?\n/)
  .slice(1)
  .map((l) => {
    const [table = '', rowNo = '', code = '', item = '', column = '', value = '', line = ''] = l.split(',');
    return { table: Number(table), rowNo, code, item, column, value, line: Number(line) };
  });

function fact(table: number, codeOrItem: string, column: string): string {
  const f = FACTS.find(
    (x) =>
      x.table === table &&
      (x.code === codeOrItem || (x.code === '' && x.item === codeOrItem)) &&
      x.column === column,
  );
  if (!f) throw new Error(`no hand fact for 表${table} ${codeOrItem} ${column}`);
  return f.value;
}

/** `2812.11` → `2,812.11`. */
function grouped(decimal: string): string {
  const [i = '', f = ''] = decimal.split('.');
  return `${groupThousands(i)}.${f}`;
}

/** 万元 with two decimals → 元 with two decimals, by moving the decimal point four places (`2812.11` → `28121100.00`). */
function wanToYuan(decimal: string): string {
  const [i = '', f = ''] = decimal.split('.');
  const digits = `${i}${f.padEnd(2, '0')}`.replace(/^0+(?=\d)/, '') + '0000';
  const int = digits.slice(0, -2).replace(/^0+(?=\d)/, '') || '0';
  return `${int}.${digits.slice(-2)}`;
}

/** Integer 分 of a printed 万元 decimal (for ordering without floats). */
function fenOf(decimal: string): number {
  const [i = '', f = ''] = decimal.split('.');
  return Number(`${i}${f.padEnd(6, '0')}`);
}

const T3_COLUMNS: Readonly<Record<string, string>> = { 本年支出合计: 'c0', 基本支出: 'c1', 项目支出: 'c2' };

function rowKey(code: string): string {
  return code === '' ? 'total' : `c${code}`;
}

function amountIn(page: Page, key: string, col: string) {
  return page.locator(`tr[data-row-key="${key}"] [data-col="${col}"] button.amount`);
}

async function visibleRowKeys(page: Page): Promise<string[]> {
  return page
    .locator('table.data-table tbody tr')
    .evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-row-key') ?? ''));
}

test.describe('决算表 view', () => {
  test('the picker lists 表1…表9 with titles; the open one is marked aria-current', async ({ page }) => {
    await page.goto('/#/tables/3');
    const picker = page.getByRole('navigation', { name: '决算表目录' });
    await expect(picker.getByRole('link')).toHaveCount(9);
    await expect(picker.getByRole('link', { name: '表3 支出决算表' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    await expect(picker.getByRole('link', { name: /表7 .*“三公”经费支出决算表/ })).toBeVisible();
    await picker.getByRole('link', { name: /^表5 / }).click();
    await expect(page).toHaveURL(/#\/tables\/5$/);
    await expect(page.getByRole('heading', { level: 2 })).toContainText(
      '2021年度一般公共预算财政拨款支出决算表（表5）',
    );
  });

  test('表3 shows every figure of the document, blanks blank, with title, 部门, 单位 and 栏次', async ({
    page,
  }) => {
    await page.goto('/#/tables/3');
    await expect(page.getByRole('heading', { level: 2 })).toContainText('2021年度支出决算表（表3）');
    await expect(page.locator('.table-meta')).toContainText('部门：武汉市江汉区大数据中心');
    await expect(page.getByTestId('table-unit')).toHaveText('单位：万元');
    // The brief's spot checks.
    await expect(amountIn(page, 'total', 'c0')).toHaveText('2,812.11');
    await expect(amountIn(page, 'total', 'c1')).toHaveText('313.34');
    await expect(amountIn(page, 'c2010350', 'c0')).toHaveText('236.77');
    // Every hand-read figure of 表3.
    const facts = FACTS.filter((f) => f.table === 3);
    expect(facts.length).toBe(44);
    for (const f of facts) {
      const col = T3_COLUMNS[f.column];
      expect(col, f.column).toBeDefined();
      await expect(amountIn(page, rowKey(f.code), col ?? '')).toHaveText(grouped(f.value));
    }
    // Blank cells stay blank (never 0.00).
    await expect(page.locator('tr[data-row-key="c2010350"] [data-col="c2"]')).toHaveText('');
    await expect(page.locator('tr[data-row-key="total"] [data-col="c3"]')).toHaveText('');
    // 栏次 1–6 under the amount columns; the notes and the printed identity under the table.
    await expect(page.locator('thead tr.column-numbers th')).toHaveText([
      '栏次',
      '',
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
    ]);
    await expect(page.locator('.table-notes')).toContainText('注：本表反映部门本年度各项支出情况。');
    await expect(page.locator('.table-notes')).toContainText('1栏各行=(2+3+4+5+6)栏各行');
    // Each 项 name explains itself (名词解释) on focus.
    const term = page.locator('tr[data-row-key="c2010350"] .term');
    await term.focus();
    await expect(term.getByRole('tooltip')).toBeVisible();
    await expect(term.getByRole('tooltip')).toContainText('事业运行');
  });

  test('表1 is a two-sided ledger with 行次, as printed', async ({ page }) => {
    await page.goto('/#/tables/1');
    await expect(page.locator('thead')).toContainText('收入');
    await expect(page.locator('thead')).toContainText('支出');
    const line141 = page.locator('tr[data-lines="141"]');
    await expect(line141.locator('[data-col="income-rowNo"]')).toHaveText('27');
    await expect(line141.locator('[data-col="c0"] button.amount')).toHaveText(
      grouped(fact(1, '本年收入合计', '收入/决算数')),
    );
    await expect(line141.locator('[data-col="expense-rowNo"]')).toHaveText('57');
    await expect(line141.locator('[data-col="c1"] button.amount')).toHaveText(
      grouped(fact(1, '本年支出合计', '支出/决算数')),
    );
    // 行次 2: blank, not 0.00.
    await expect(page.locator('tr[data-lines="116"] [data-col="c0"]')).toHaveText('');
    await expect(page.locator('.table-notes')).toContainText('57行=(31+32+...+56)行');
  });

  test('表8 shows its empty-table statement', async ({ page }) => {
    await page.goto('/#/tables/8');
    await expect(page.locator('.empty-statement')).toContainText('本单位无政府性基金预算财政拨款收支');
  });

  test('sorting by 本年支出合计 orders siblings by their integer amounts, and back undoes it', async ({
    page,
  }) => {
    await page.goto('/#/tables/3');
    const th = page.locator('th', { has: page.getByRole('button', { name: '本年支出合计', exact: true }) });
    await expect(th).toHaveAttribute('aria-sort', 'none');
    await page.getByRole('button', { name: '本年支出合计', exact: true }).click();
    await expect(th).toHaveAttribute('aria-sort', 'descending');
    await expect(page).toHaveURL(/sort=c0%3Adesc|sort=c0:desc/);

    // Expected order from the hand facts: 类 by 本年支出合计 descending, and the 项 of 20103 likewise.
    const t3 = FACTS.filter((f) => f.table === 3 && f.column === '本年支出合计' && f.code !== '');
    const byValueDesc = (codes: Fact[]) =>
      [...codes].sort((a, b) => fenOf(b.value) - fenOf(a.value)).map((f) => `c${f.code}`);
    const categories = byValueDesc(t3.filter((f) => f.code.length === 3));
    const items20103 = byValueDesc(t3.filter((f) => f.code.length === 7 && f.code.startsWith('20103')));
    const keys = await visibleRowKeys(page);
    expect(keys.filter((k) => /^c\d{3}$/.test(k))).toEqual(categories);
    expect(keys.filter((k) => /^c20103\d\d$/.test(k))).toEqual(items20103);
    expect(keys[0]).toBe('total');

    await page.getByRole('button', { name: '本年支出合计', exact: true }).click();
    await expect(th).toHaveAttribute('aria-sort', 'ascending');
    expect((await visibleRowKeys(page)).filter((k) => /^c\d{3}$/.test(k))).toEqual([...categories].reverse());

    await page.goBack();
    await expect(th).toHaveAttribute('aria-sort', 'descending');
    await page.goBack();
    await expect(th).toHaveAttribute('aria-sort', 'none');
    expect((await visibleRowKeys(page)).filter((k) => /^c\d{3}$/.test(k))).toEqual([
      'c201',
      'c208',
      'c210',
      'c221',
    ]);
  });

  test('search "2101" keeps the matching rows and their ancestors', async ({ page }) => {
    await page.goto('/#/tables/3');
    await page.getByLabel('搜索编码或名称').fill('2101');
    await expect(page).toHaveURL(/q=2101/);
    await expect
      .poll(() => visibleRowKeys(page))
      .toEqual(['total', 'c210', 'c21011', 'c2101102', 'c2101199']);
    await expect(page.getByRole('status')).toHaveText('找到并显示 4 行');
  });

  test('collapsing 201 hides its children; expanding shows them again', async ({ page }) => {
    await page.goto('/#/tables/3');
    const toggle = page.getByRole('button', { name: '折叠 201 一般公共服务支出' });
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await toggle.click();
    const expand = page.getByRole('button', { name: '展开 201 一般公共服务支出' });
    await expect(expand).toHaveAttribute('aria-expanded', 'false');
    await expect(page).toHaveURL(/collapsed=201/);
    for (const key of ['c20103', 'c2010302', 'c2010350', 'c2010399']) {
      await expect(page.locator(`tr[data-row-key="${key}"]`)).toHaveCount(0);
    }
    await expect(page.locator('tr[data-row-key="c208"]')).toBeVisible();
    // Keyboard: Space on the focused button expands again.
    await expand.focus();
    await page.keyboard.press('Space');
    await expect(page.locator('tr[data-row-key="c2010350"]')).toBeVisible();
  });

  test('the unit switch shows 元: 2,812.11 万元 = 28,121,100.00 元', async ({ page }) => {
    await page.goto('/#/tables/3');
    await page
      .getByRole('group', { name: '金额单位' })
      .getByRole('link', { name: '元', exact: true })
      .click();
    await expect(page.getByTestId('table-unit')).toHaveText(/^单位：元（/);
    await expect(amountIn(page, 'total', 'c0')).toHaveText('28,121,100.00');
    await expect(amountIn(page, 'c2010350', 'c0')).toHaveText(
      grouped(wanToYuan(fact(3, '2010350', '本年支出合计'))),
    );
  });

  test('CSV export holds exactly the shown rows, columns and unit', async ({ page }) => {
    await page.goto('/#/tables/3?q=2101&unit=元&hide=c3,c4,c5&sort=c0:asc');
    await expect
      .poll(() => visibleRowKeys(page))
      .toEqual(['total', 'c210', 'c21011', 'c2101102', 'c2101199']);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '导出 CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('表3-支出决算表-元.csv');
    const path = await download.path();
    const text = readFileSync(path, 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const rows = readCsv(text);
    expect(rows[0]).toEqual([
      '功能分类科目编码',
      '科目名称',
      '本年支出合计（元）',
      '基本支出（元）',
      '项目支出（元）',
    ]);
    const expected = [
      ['', '合计'],
      ['210', '卫生健康支出'],
      ['21011', '行政事业单位医疗'],
      // ascending by 本年支出合计: 8.91 before 12.90
      ['2101102', '事业单位医疗'],
      ['2101199', '其他行政事业单位医疗支出'],
    ].map(([code = '', name = '']) => {
      const key = code === '' ? '合计' : code;
      const value = (column: string) => {
        const f = FACTS.find(
          (x) =>
            x.table === 3 && (x.code === key || (x.code === '' && x.item === key)) && x.column === column,
        );
        return f ? wanToYuan(f.value) : '';
      };
      return [code, name, value('本年支出合计'), value('基本支出'), value('项目支出')];
    });
    expect(rows.slice(1)).toEqual(expected);
    expect(expected[0]).toEqual(['', '合计', '28121100.00', '3133400.00', '24987700.00']);
  });

  test('XLSX export downloads a spreadsheet, loading its writer only on demand', async ({ page }) => {
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(r.url());
    });
    await page.goto('/#/tables/3');
    await expect(amountIn(page, 'total', 'c0')).toHaveText('2,812.11');
    const before = scripts.length;
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '导出 Excel' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('表3-支出决算表-万元.xlsx');
    const bytes = readFileSync(await download.path());
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK'); // a zip container
    const files = unzipSync(new Uint8Array(bytes));
    const sheet = strFromU8(files['xl/worksheets/sheet1.xml'] ?? new Uint8Array());
    const strings = strFromU8(files['xl/sharedStrings.xml'] ?? new Uint8Array());
    // The exact printed decimals, as numbers; headers carry the unit; codes stay text.
    expect(sheet).toContain(`<v>${fact(3, '合计', '本年支出合计')}</v>`);
    expect(sheet).toContain(`<v>${fact(3, '2010350', '基本支出')}</v>`);
    expect(strings).toContain('本年支出合计（万元）');
    expect(strings).toContain('<t>2010350</t>');
    expect(scripts.length).toBeGreaterThan(before); // the writer's chunk was fetched on click
  });

  test('a link with state reopens that state after a reload', async ({ page }) => {
    await page.goto('/#/tables/3?q=2101&sort=c0:asc&hide=c4');
    const check = async () => {
      await expect(page.getByLabel('搜索编码或名称')).toHaveValue('2101');
      await expect(
        page.locator('th', { has: page.getByRole('button', { name: '本年支出合计', exact: true }) }),
      ).toHaveAttribute('aria-sort', 'ascending');
      await expect(page.getByRole('button', { name: '经营支出', exact: true })).toHaveCount(0);
      await expect
        .poll(() => visibleRowKeys(page))
        .toEqual(['total', 'c210', 'c21011', 'c2101102', 'c2101199']);
    };
    await check();
    await page.reload();
    await check();
  });

  test('hl=<line> highlights the row printed on that line and scrolls it into view', async ({ page }) => {
    await page.setViewportSize({ width: 1366, height: 768 });
    const line = FACTS.find((f) => f.table === 3 && f.code === '2210203')?.line ?? 0;
    await page.goto(`/#/tables/3?hl=${line}`);
    const row = page.locator('tr.is-highlighted');
    await expect(row).toHaveCount(1);
    await expect(row).toHaveAttribute('data-row-key', 'c2210203');
    await expect(row).toBeInViewport();
    // A ledger line holds two rows (本年收入合计 | 本年支出合计): both sides are marked.
    await page.goto('/#/tables/1?hl=141');
    await expect(page.locator('tr.is-highlighted')).toContainText('本年收入合计');
    await expect(page.locator('tr.is-highlighted')).toContainText('本年支出合计');
  });

  test('sort buttons work from the keyboard', async ({ page }) => {
    await page.goto('/#/tables/3');
    await page.getByRole('button', { name: '基本支出', exact: true }).focus();
    await page.keyboard.press('Enter');
    await expect(
      page.locator('th', { has: page.getByRole('button', { name: '基本支出', exact: true }) }),
    ).toHaveAttribute('aria-sort', 'descending');
  });

  for (const path of ['1', '3?q=2101&sort=c0:desc', '4', '6', '6?layout=print', '7', '8']) {
    test(`#/tables/${path} has no WCAG 2.2 AA violations detectable by axe`, async ({ page }) => {
      await page.goto(`/#/tables/${path}`);
      const n = path.split('?')[0] ?? '';
      await expect(page.getByRole('heading', { level: 2 })).toContainText(`表${n}`);
      if (path.startsWith('3')) await page.getByText('显示列').click(); // the column chooser, open
      await expectNoAxeViolations(page, `#/tables/${path}`);
    });
  }

  test('screenshots at 1366×768 and 1920×1080', async ({ page }) => {
    await page.setViewportSize({ width: 1366, height: 768 });
    for (const n of [1, 3, 7]) {
      await page.goto(`/#/tables/${n}`);
      await expect(page.getByRole('heading', { level: 2 })).toContainText(`表${n}`);
      await page.screenshot({ path: `test-results/tables-${n}-1366.png` });
    }
    // Scrolled to a highlighted line: the header sticks below the page header.
    await page.goto('/#/tables/1?hl=138');
    await expect(page.locator('tr.is-highlighted')).toBeInViewport();
    await page.screenshot({ path: 'test-results/tables-1-hl-1366.png' });
    await page.goto('/#/tables/6?layout=print');
    await expect(page.getByRole('link', { name: '原表版式' })).toHaveAttribute('aria-current', 'true');
    await page.screenshot({ path: 'test-results/tables-6-print-1366.png' });
    await page.goto('/#/tables/3?sort=c0:desc&q=20');
    await expect(page.locator('tbody tr').first()).toBeVisible();
    await page.screenshot({ path: 'test-results/tables-3-sorted-1366.png' });
    await page.setViewportSize({ width: 1920, height: 1080 });
    for (const n of [4, 6]) {
      await page.goto(`/#/tables/${n}`);
      await expect(page.getByRole('heading', { level: 2 })).toContainText(`表${n}`);
      await page.screenshot({ path: `test-results/tables-${n}-1920.png` });
    }
  });
});
