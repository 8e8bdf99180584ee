import {
  checkFocusAlongTabOrder,
  markOneOfEachKind,
  reportFocus,
  TARGETS,
  undersizedTargets,
} from './a11y-probes';
import { expect, expectNoAxeViolations, test } from './helpers';
import { openView, VIEW_STATES, viewNavigation } from './views';

// Every view state of e2e/views.ts: axe (WCAG 2.2 A/AA), then what axe cannot judge from the DOM alone: 2.4.7 focus
// visible (and 2.4.11 focus not obscured), 2.5.8 target size (minimum), 1.4.10 reflow at 200 % zoom.

test.describe('axe finds no WCAG 2.2 A/AA violation', () => {
  test.use({ viewport: { width: 1366, height: 768 } });
  for (const view of VIEW_STATES) {
    test(view.name, async ({ page }) => {
      await openView(page, view);
      await expectNoAxeViolations(page, view.name);
    });
  }
});

test.describe('keyboard focus is always visible (WCAG 2.4.7, 2.4.11)', () => {
  test.use({ viewport: { width: 1366, height: 768 } });
  for (const view of VIEW_STATES) {
    test(view.name, async ({ page }) => {
      test.setTimeout(180_000); // 60 key presses and probes, on a busy machine
      await openView(page, view);
      const failures = await checkFocusAlongTabOrder(page, 60);
      // Beyond the first 60 stops: one element of every kind, focused directly (still keyboard modality).
      const kinds = await page.evaluate(markOneOfEachKind, TARGETS);
      for (let i = 0; i < kinds; i++) {
        await page.locator(`[data-focus-probe="${i}"]`).focus();
        const focus = await page.evaluate(reportFocus);
        if (focus !== null && focus.indicator === null)
          failures.push(`${focus.what} shows no focus indicator`);
        if (focus !== null && focus.obscured) failures.push(`${focus.what} is entirely hidden when focused`);
      }
      expect([...new Set(failures)]).toEqual([]);
    });
  }
});

test.describe('targets are at least 24×24 CSS px or spaced (WCAG 2.5.8)', () => {
  test.use({ viewport: { width: 1366, height: 768 } });
  for (const view of VIEW_STATES) {
    test(view.name, async ({ page }) => {
      await openView(page, view);
      expect(await page.evaluate(undersizedTargets, TARGETS)).toEqual([]);
    });
  }
});

test.describe('usable at 200 % zoom: 640×400 CSS px (WCAG 1.4.10)', () => {
  test.use({ viewport: { width: 640, height: 400 } });
  for (const view of VIEW_STATES) {
    test(view.name, async ({ page }) => {
      test.setTimeout(120_000); // a long page and 25 key presses, on a busy machine
      await openView(page, view);
      const { scrollWidth, clientWidth } = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        clientWidth: document.documentElement.clientWidth,
      }));
      expect(scrollWidth, 'the page scrolls sideways').toBeLessThanOrEqual(clientWidth + 1);
      await expect(view.ready(page)).toBeVisible();
      // The first 2,400 px of the page as it stands (the source view alone is tens of thousands of pixels long).
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      await page.screenshot({
        path: test.info().outputPath(`zoom-200-${view.name}.png`),
        fullPage: true,
        clip: { x: 0, y: 0, width: clientWidth, height: Math.min(height, 2400) },
      });
      // At this size too, nothing covers what keyboard focus lands on (a fixed bar would, WCAG 2.4.11).
      const covered = (await checkFocusAlongTabOrder(page, 25)).filter((f) => f.includes('entirely hidden'));
      expect(covered).toEqual([]);
      // From the top of the page the title is on screen; every way on (the view navigation, or the presenter's
      // controls) can be brought into view whole, none pushed off the page's edge or under another element.
      await page.evaluate(() => window.scrollTo(0, 0));
      await expect(page.getByRole('heading', { level: 1, name: '决算看板' })).toBeInViewport();
      const nav = (view.navigation ?? viewNavigation)(page);
      expect(await nav.count()).toBeGreaterThan(0);
      for (const control of await nav.all()) {
        await control.scrollIntoViewIfNeeded();
        await expect(control).toBeInViewport({ ratio: 1 });
        await control.click({ trial: true }); // hit-testable: nothing covers it
      }
    });
  }
});
