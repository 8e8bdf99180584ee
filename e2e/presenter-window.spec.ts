import type { Page } from '@playwright/test';

import { expect, expectNoAxeViolations } from './helpers';
import { test } from './popup-guard';

// The presenter's window (#/presenter/speaker) beside the projected window (present=<n>). The default deck: 总览,
// 科目钻取 201, 预算与决算, 表3, 绩效自评, the lowest card (17 中心运行维护费), 勾稽检查 (不符). The figure in the
// overview's notes, 支出 2,812.11 万元, is 表1 本年支出合计 (line 141), read from the document by hand.

async function openSpeaker(page: Page): Promise<Page> {
  const [speaker] = await Promise.all([
    page.context().waitForEvent('page'),
    page.getByRole('button', { name: '打开演讲者窗口' }).click(),
  ]);
  await speaker.waitForLoadState();
  return speaker;
}

/** Presents `hash` (slide `n`), opens the presenter's window from the bar and waits until it is in step. */
async function presentWithSpeaker(page: Page, hash: string, n: number): Promise<Page> {
  await page.goto(hash);
  await expect(page.getByTestId('slide-number')).toHaveText(`第 ${n} / 7 张`);
  const speaker = await openSpeaker(page);
  await expect(speaker.getByTestId('speaker-status')).toContainText('已与放映窗口同步');
  return speaker;
}

/** Both windows on slide `n` of 7. */
async function expectBoth(page: Page, speaker: Page, n: number): Promise<void> {
  await expect(page.getByTestId('slide-number')).toHaveText(`第 ${n} / 7 张`);
  await expect(speaker.getByTestId('speaker-slide-number')).toHaveText(`第 ${n} / 7 张`);
}

test.describe("the presenter's window", () => {
  test('follows the projected window and drives it: keys in either window move both', async ({ page }) => {
    // The hello/state handshake: in step at once, without a key pressed.
    const speaker = await presentWithSpeaker(page, '/#/overview?present=1', 1);
    await expectBoth(page, speaker, 1);
    await expect(speaker).toHaveTitle('演讲者窗口 · 决算看板');
    await expect(speaker.getByTestId('speaker-current-title')).toHaveText('总览');
    await expect(speaker.getByTestId('speaker-notes-text')).toContainText('支出 2,812.11 万元');
    await expect(speaker.getByTestId('speaker-next-title')).toHaveText('第 2 张：科目钻取：功能分类 201');
    // The notes moved to the presenter's window: the projection no longer shows them (备注 brings them back).
    await expect(page.getByTestId('speaker-notes')).toHaveCount(0);
    await expect(page.getByRole('status').filter({ hasText: '演讲者窗口已连接' })).toBeVisible();

    // Keys pressed in the presenter's window.
    await speaker.keyboard.press('ArrowRight');
    await expectBoth(page, speaker, 2);
    await expect(page).toHaveURL(/#\/drill\?.*present=2/);
    await expect(speaker.getByTestId('speaker-current-title')).toHaveText('科目钻取：功能分类 201');
    await speaker.keyboard.press('PageDown');
    await expectBoth(page, speaker, 3);
    await speaker.keyboard.press(' ');
    await expectBoth(page, speaker, 4);
    await expect(page).toHaveURL(/#\/tables\/3\?present=4/);
    await expect(speaker.getByTestId('speaker-next-title')).toHaveText('第 5 张：绩效自评');

    // Keys pressed in the projected window.
    await page.keyboard.press('ArrowLeft');
    await expectBoth(page, speaker, 3);
    await page.keyboard.press('End');
    await expectBoth(page, speaker, 7);
    await expect(speaker.getByTestId('speaker-next-title')).toHaveText('（已是最后一张）');
    await speaker.keyboard.press('Home');
    await expectBoth(page, speaker, 1);
    await speaker.keyboard.press('6');
    await speaker.keyboard.press('Enter');
    await expectBoth(page, speaker, 6);
    await expect(speaker.getByTestId('speaker-notes-text')).toContainText('中心运行维护费');
    await page.keyboard.press('PageUp');
    await expectBoth(page, speaker, 5);
    // The buttons of the presenter's window drive the projected window too.
    await speaker.getByRole('button', { name: '下一张 →' }).click();
    await expectBoth(page, speaker, 6);

    // Escape in the presenter's window leaves the presentation in both.
    await speaker.keyboard.press('Escape');
    await expect(page).toHaveURL(/#\/presenter$/);
    await expect(speaker.getByTestId('speaker-status')).toContainText('放映窗口已退出演示');
  });

  test('a slide in 元 has its notes in 元', async ({ page }) => {
    const speaker = await presentWithSpeaker(page, '/#/overview?present=1&unit=元', 1);
    // 2,812.11 万元 = 28,121,100.00 元 (the same figure, in the slide's own unit).
    await expect(speaker.getByTestId('speaker-notes-text')).toContainText('支出 28,121,100.00 元');
  });

  test('the elapsed time runs from the start of the presentation, pauses, resumes and resets', async ({
    page,
  }) => {
    // The context's clock (page.clock), so the pop-up has the same fake time.
    await page.clock.install({ time: new Date('2024-05-20T09:30:00') });
    const speaker = await presentWithSpeaker(page, '/#/overview?present=1', 1);
    const elapsed = speaker.getByTestId('speaker-elapsed');
    // From here the clock moves only when told to: reset at a known instant, then count exactly.
    await page.clock.pauseAt(new Date('2024-05-20T09:31:00'));
    await speaker.getByRole('button', { name: '计时归零' }).click();
    await expect(elapsed).toHaveText('00:00');
    await page.clock.runFor(65_000);
    await expect(elapsed).toHaveText('01:05');
    await expect(speaker.getByTestId('speaker-clock')).toHaveText('09:32');
    // Paused from the presenter's window: the projected window (which owns the timer) stops it for both.
    await speaker.getByRole('button', { name: '暂停计时' }).click();
    await expect(speaker.getByText('（已暂停）')).toBeVisible();
    await page.clock.runFor(30_000);
    await expect(elapsed).toHaveText('01:05');
    await speaker.getByRole('button', { name: '继续计时' }).click();
    await page.clock.runFor(5_000);
    await expect(elapsed).toHaveText('01:10');
    // A slide change keeps the time.
    await page.keyboard.press('ArrowRight');
    await expect(speaker.getByTestId('speaker-slide-number')).toHaveText('第 2 / 7 张');
    await expect(elapsed).toHaveText('01:10');
    await speaker.getByRole('button', { name: '计时归零' }).click();
    await expect(elapsed).toHaveText('00:00');
  });

  test('from the keyboard alone: Tab reaches the controls, Space and Enter press them, the clicker keys still page', async ({
    page,
  }) => {
    const speaker = await presentWithSpeaker(page, '/#/overview?present=1', 1);
    const pause = speaker.getByRole('button', { name: '暂停计时' });
    for (let i = 0; i < 10 && !(await pause.evaluate((el) => el === document.activeElement)); i++)
      await speaker.keyboard.press('Tab');
    await expect(pause).toBeFocused();
    await speaker.keyboard.press(' ');
    await expect(speaker.getByText('（已暂停）')).toBeVisible();
    await expectBoth(page, speaker, 1);
    await speaker.keyboard.press('Tab');
    await expect(speaker.getByRole('button', { name: '计时归零' })).toBeFocused();
    await speaker.keyboard.press('Shift+Tab');
    await speaker.keyboard.press('Enter');
    await expect(speaker.getByText('（已暂停）')).toHaveCount(0);
    await speaker.keyboard.press('PageDown');
    await expectBoth(page, speaker, 2);
  });

  test('closing either window leaves the other working; reopening syncs at once', async ({ page }) => {
    let speaker = await presentWithSpeaker(page, '/#/overview?present=1', 1);
    await speaker.keyboard.press('ArrowRight');
    await expectBoth(page, speaker, 2);
    await speaker.close({ runBeforeUnload: true });
    await expect(page.getByRole('status').filter({ hasText: '演讲者窗口已连接' })).toHaveCount(0);
    await expect(page.getByTestId('speaker-notes')).toBeVisible();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByTestId('slide-number')).toHaveText('第 3 / 7 张');

    speaker = await openSpeaker(page);
    await expectBoth(page, speaker, 3);
    await page.close({ runBeforeUnload: true });
    await expect(speaker.getByTestId('speaker-status')).toContainText('放映窗口已关闭');
    // By itself it still steps through the deck, from where it was.
    await speaker.keyboard.press('ArrowRight');
    await expect(speaker.getByTestId('speaker-slide-number')).toHaveText('第 4 / 7 张');
    await expect(speaker.getByTestId('speaker-current-title')).toHaveText('决算表 表3');
  });

  test('from the deck view: the window waits, steps by itself, and follows once the presentation starts', async ({
    page,
  }) => {
    await page.goto('/#/presenter');
    await expect(page.getByTestId('deck-list')).toBeVisible();
    await page.screenshot({ path: 'test-results/speaker-deck-view.png' });
    const speaker = await openSpeaker(page);
    await expect(speaker.getByTestId('speaker-status')).toContainText('尚未连接放映窗口');
    await expect(speaker.getByTestId('speaker-slide-number')).toHaveText('第 1 / 7 张');
    await speaker.keyboard.press('End');
    await expect(speaker.getByTestId('speaker-slide-number')).toHaveText('第 7 / 7 张');
    await page.getByRole('link', { name: /开始演示/ }).click();
    await expect(speaker.getByTestId('speaker-status')).toContainText('已与放映窗口同步');
    await expectBoth(page, speaker, 1);
  });

  test('a blocked pop-up is reported, with the link to open the window by hand', async ({
    page,
    context,
  }) => {
    await page.addInitScript(() => {
      window.open = () => null;
    });
    await page.goto('/#/overview?present=2');
    await expect(page.getByTestId('slide-number')).toHaveText('第 2 / 7 张');
    await page.getByRole('button', { name: '打开演讲者窗口' }).click();
    const alert = page.getByRole('alert').filter({ hasText: '浏览器阻止了弹出窗口' });
    await expect(alert).toBeVisible();
    const link = alert.getByRole('link', { name: '点此打开演讲者窗口' });
    await expect(link).toHaveAttribute('href', '#/presenter/speaker');
    await page.screenshot({ path: 'test-results/speaker-popup-blocked.png' });
    await expectNoAxeViolations(page, 'the pop-up-blocked notice in the presenter bar', '.presenter-bar');
    const [speaker] = await Promise.all([context.waitForEvent('page'), link.click()]);
    await expectBoth(page, speaker, 2);
  });

  test('without BroadcastChannel the storage event carries the messages', async ({ page, context }) => {
    await context.addInitScript(() => {
      delete (window as { BroadcastChannel?: unknown }).BroadcastChannel;
    });
    const speaker = await presentWithSpeaker(page, '/#/overview?present=1', 1);
    expect(
      await speaker.evaluate(() => typeof (window as { BroadcastChannel?: unknown }).BroadcastChannel),
    ).toBe('undefined');
    await speaker.keyboard.press('ArrowRight');
    await expectBoth(page, speaker, 2);
    await page.keyboard.press('ArrowRight');
    await expectBoth(page, speaker, 3);
  });

  test('reads at 1280×800 and 1920×1080 and has no axe violations', async ({ page }) => {
    const speaker = await presentWithSpeaker(page, '/#/overview?present=1', 1);
    for (const [width, height] of [
      [1280, 800],
      [1920, 1080],
    ] as const) {
      await speaker.setViewportSize({ width, height });
      for (const n of [1, 4]) {
        if (n === 4) await speaker.keyboard.press('4');
        if (n === 4) await speaker.keyboard.press('Enter');
        await expect(speaker.getByTestId('speaker-slide-number')).toHaveText(`第 ${n} / 7 张`);
        await expect(speaker.locator('.slide-preview .loading')).toHaveCount(0);
        await speaker.screenshot({ path: `test-results/speaker-${width}-slide${n}.png` });
      }
      await speaker.keyboard.press('Home');
    }
    await page.screenshot({ path: 'test-results/projector-with-speaker.png' });
    await expectNoAxeViolations(speaker, "the presenter's window");
    await expectNoAxeViolations(page, 'the projected window with the speaker window connected');
  });
});
