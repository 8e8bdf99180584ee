import type { Locator, Page } from '@playwright/test';

/** A view in one state, reached by URL, and what shows it has finished rendering. */
export interface ViewState {
  readonly name: string;
  readonly hash: string;
  /** Visible once the view has rendered (lazy chunks loaded, charts drawn). */
  readonly ready: (page: Page) => Locator;
  /** Brings the view into the state after it rendered (opens a popover, a disclosure…). */
  readonly prepare?: (page: Page) => Promise<void>;
  /** How the user moves on from here: the view navigation, unless the state replaces it (presenting). */
  readonly navigation?: (page: Page) => Locator;
}

const heading = (name: string | RegExp) => (page: Page) =>
  page.getByRole('main').getByRole('heading', { level: 2, name }).first();

/** Every view, and the states of it the specs reach (drill levels, a card, presenting, the handout). */
export const VIEW_STATES: readonly ViewState[] = [
  { name: 'overview', hash: '#/overview', ready: (page) => page.locator('#fig1 .bar-list-surface') },
  {
    name: 'overview-provenance-open',
    hash: '#/overview',
    ready: (page) => page.getByTestId('kpi-expense'),
    prepare: async (page) => {
      await page.getByTestId('kpi-expense').getByRole('button').first().click();
      await page.getByRole('dialog', { name: /本年支出合计/ }).waitFor();
    },
  },
  {
    name: 'overview-chart-as-table',
    hash: '#/overview',
    ready: (page) => page.locator('#fig1'),
    prepare: async (page) => {
      await page.locator('#fig1 .bar-list-surface').waitFor();
      await page.locator('#fig1').getByRole('button', { name: '显示数据表' }).click();
      await page.locator('#fig1 table').waitFor();
    },
  },
  {
    name: 'drill-function',
    hash: '#/drill',
    ready: (page) => page.locator('#drill-chart g.bar-mark').first(),
  },
  {
    name: 'drill-item',
    hash: '#/drill?mode=function&trail=201,20103,2010350',
    ready: (page) => page.getByTestId('drill-selected'),
  },
  {
    name: 'drill-economic',
    hash: '#/drill?mode=economic&trail=personnel,301',
    ready: (page) => page.locator('#drill-chart g.bar-mark').first(),
  },
  {
    name: 'drill-budget',
    hash: '#/drill?mode=budget',
    ready: (page) => page.getByTestId('budget-categories').locator('g.bar-mark').first(),
  },
  { name: 'table-1', hash: '#/tables/1', ready: heading(/表1/) },
  { name: 'table-3', hash: '#/tables/3', ready: heading(/表3/) },
  {
    name: 'table-3-columns-open',
    hash: '#/tables/3?sort=c0:desc',
    ready: heading(/表3/),
    prepare: async (page) => {
      await page.getByText('显示列').click();
      await page.locator('.column-toggles input').first().waitFor();
    },
  },
  { name: 'table-6-print', hash: '#/tables/6?layout=print', ready: heading(/表6/) },
  { name: 'scorecards', hash: '#/scorecards', ready: heading(/绩效自评/) },
  { name: 'scorecard-9', hash: '#/scorecards/9', ready: heading(/监督员政府购岗费/) },
  { name: 'rows', hash: '#/rows', ready: (page) => page.getByRole('main').getByRole('row').nth(1) },
  {
    name: 'rows-sorted',
    hash: '#/rows?sort=amount:desc',
    ready: (page) => page.getByRole('main').getByRole('row').nth(1),
  },
  { name: 'compare', hash: '#/compare', ready: heading(/对比/) },
  { name: 'audit', hash: '#/audit', ready: (page) => page.getByRole('article').first() },
  {
    name: 'audit-table',
    hash: '#/audit?layout=table&sort=difference:desc',
    ready: (page) => page.getByTestId('audit-table').locator('tbody tr').first(),
  },
  { name: 'source', hash: '#/source?line=195', ready: (page) => page.locator('li[data-line="195"]') },
  { name: 'presenter', hash: '#/presenter', ready: (page) => page.getByTestId('deck-list') },
  {
    name: 'presenting',
    hash: '#/drill?mode=function&trail=201&present=2',
    ready: (page) => page.getByTestId('slide-number'),
    // Presenting hides the view navigation; the presenter bar moves between slides and leaves.
    navigation: (page) =>
      page
        .getByRole('complementary', { name: '演示控制' })
        .getByRole('button')
        .or(page.getByRole('link', { name: '退出演示' })),
  },
  { name: 'handout', hash: '#/presenter/handout', ready: (page) => page.getByTestId('handout-page').first() },
  {
    // The presenter's window opened by itself (no projected window: it steps through the deck alone).
    name: 'speaker-window',
    hash: '#/presenter/speaker',
    ready: (page) => page.getByTestId('speaker-slide-number'),
    // Its header shows no view navigation; its own controls move between slides and run the timer.
    navigation: (page) =>
      page
        .getByRole('group', { name: '翻页' })
        .getByRole('button', { disabled: false })
        .or(page.getByRole('button', { name: /计时/ })),
  },
];

/** The view navigation of the app header: its links. */
export const viewNavigation = (page: Page): Locator =>
  page.getByRole('navigation', { name: '视图' }).getByRole('link');

/** Opens a view state and waits until it has rendered. */
export async function openView(page: Page, view: ViewState): Promise<void> {
  await page.goto(`/${view.hash}`);
  await view.ready(page).waitFor({ state: 'visible' });
  await view.prepare?.(page);
}
