import { checkFocusAlongTabOrder, TARGETS, undersizedTargets } from './a11y-probes';
import { expect, expectNoAxeViolations, test } from './helpers';

// The error boundary around the views (src/app/app.tsx), in the built app through a real route: the 原文 view's
// chunk is served as a component that throws while rendering, as a broken release or a bug in a view would.
test('a view that throws shows its message and a working way back; the rest of the app keeps working', async ({
  page,
  guard,
}) => {
  await page.route(/\/assets\/source-view-[^/]+\.js$/, (route) =>
    route.fulfill({
      contentType: 'text/javascript',
      body: "export default function BrokenSource() { throw new Error('原文视图测试故障'); }",
    }),
  );
  await page.goto('/#/overview');
  await expect(page.getByTestId('kpi-expense')).toBeVisible();

  const nav = page.getByRole('navigation', { name: '视图' });
  await nav.getByRole('link', { name: '原文' }).click();
  const alert = page.getByRole('main').getByRole('alert');
  await expect(alert).toContainText('此视图出错了');
  await expect(alert).toContainText('原文视图测试故障');
  await expect(nav).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('error-boundary.png') });
  await expectNoAxeViolations(page, 'a view that failed');
  expect(await page.evaluate(undersizedTargets, TARGETS)).toEqual([]);
  expect(await checkFocusAlongTabOrder(page, 15)).toEqual([]);

  await alert.getByRole('link', { name: '返回总览' }).click();
  await expect(page).toHaveURL(/#\/overview$/);
  await expect(page.getByTestId('kpi-expense')).toContainText('2,812.11');
  await expect(alert).toHaveCount(0);

  // Another view works; back in history reaches the broken one again, which fails the same way.
  await nav.getByRole('link', { name: '决算表' }).click();
  await expect(page.getByRole('main').getByRole('heading', { level: 2 }).first()).toBeVisible();
  await page.goBack();
  await page.goBack();
  await expect(alert).toContainText('原文视图测试故障');

  // React reports each caught render error on the console: those, and nothing else, were logged.
  const record = await guard.take();
  expect(record.problems.length).toBeGreaterThan(0);
  expect(record.problems.filter((p) => !p.includes('原文视图测试故障'))).toEqual([]);
});
