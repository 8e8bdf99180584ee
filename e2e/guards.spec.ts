import { CSP_DIRECTIVES, CSP_HEADER, formatCsp } from '../scripts/csp';

import { expect, test } from './helpers';

// Every test runs under the guard of helpers.ts, which fails it on a console error, a CSP violation or a request to
// another origin. These tests provoke each on purpose and take the record, to show the guard and the policy bite:
// a gate that cannot fail proves nothing.
test.describe('content security policy', () => {
  test('the built page carries the policy in a meta tag, and vite preview sends it with frame-ancestors', async ({
    page,
  }) => {
    const response = await page.goto('/');
    expect(response?.headers()['content-security-policy']).toBe(CSP_HEADER);
    expect(CSP_HEADER).toContain("frame-ancestors 'none'");
    const meta = page.locator('meta[http-equiv="Content-Security-Policy"]');
    await expect(meta).toHaveAttribute('content', formatCsp(CSP_DIRECTIVES, 'meta'));
    const content = (await meta.getAttribute('content')) ?? '';
    expect(content).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
    // The meta tag precedes every script and stylesheet (a meta CSP governs only what comes after it).
    const order = await page.evaluate(() =>
      [...document.head.children].map((e) => e.getAttribute('http-equiv') ?? e.tagName.toLowerCase()),
    );
    expect(order.indexOf('Content-Security-Policy')).toBe(1);
    await expect(page.getByTestId('department')).toBeVisible();
  });

  test('refuses inline script, eval, a style attribute and a fetch to another origin; the guard records each', async ({
    page,
    guard,
  }) => {
    await page.goto('/');
    await expect(page.getByTestId('department')).toBeVisible();
    const outcome = await page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true';
      document.body.append(script);
      // Later, from the page's own task: code run by page.evaluate itself may eval (DevTools is exempt).
      const evalResult = await new Promise<string>((resolve) =>
        setTimeout(() => {
          try {
            // eslint-disable-next-line no-eval -- provoking the CSP on purpose
            (0, eval)('1');
            resolve('ran');
          } catch (e) {
            resolve(e instanceof Error ? e.name : String(e));
          }
        }, 0),
      );
      const probe = document.createElement('span');
      // eslint-disable-next-line no-restricted-syntax -- provoking the CSP on purpose
      probe.setAttribute('style', 'color: rgb(255, 0, 0)');
      document.body.append(probe);
      const color = getComputedStyle(probe).color;
      const fetched = await fetch('https://example.com/').then(
        () => 'fetched',
        () => 'refused',
      );
      return {
        inlineRan: (window as unknown as { __inlineRan?: boolean }).__inlineRan === true,
        evalResult,
        color,
        fetched,
      };
    });
    expect(outcome).toEqual({
      inlineRan: false,
      evalResult: 'EvalError',
      color: 'rgb(27, 27, 27)',
      fetched: 'refused',
    });

    const record = await guard.take();
    // Each refusal is reported twice: once by the meta policy, once by the identical response header.
    expect(record.violations.map((v) => `${v.directive} ${v.blockedURI}`)).toEqual(
      [
        'script-src-elem inline',
        'script-src eval',
        'style-src-attr inline',
        'connect-src https://example.com/',
      ].flatMap((v) => [v, v]),
    );
    expect(record.foreignRequests).toEqual([]);
    // Chromium also logs each refusal as a console error.
    expect(record.problems.join('\n')).toContain('violates the following Content Security Policy directive');
  });

  test('a request to another origin that the policy does not stop (a navigation) is recorded', async ({
    page,
    guard,
  }) => {
    await page.route('https://example.com/**', (route) =>
      route.fulfill({ status: 200, contentType: 'text/html', body: '<p>elsewhere</p>' }),
    );
    await page.goto('/');
    await expect(page.getByTestId('department')).toBeVisible();
    await page.evaluate(() => {
      window.location.href = 'https://example.com/leak?q=1';
    });
    await page.waitForURL('https://example.com/**');
    const record = await guard.take();
    expect(record.foreignRequests).toEqual(['https://example.com/leak?q=1']);
    expect(record.violations).toEqual([]);
  });

  test('console errors and uncaught exceptions are recorded', async ({ page, guard }) => {
    await page.goto('/');
    await expect(page.getByTestId('department')).toBeVisible();
    await page.evaluate(() => {
      console.error('provoked');
      setTimeout(() => {
        throw new Error('provoked throw');
      }, 0);
    });
    const problems: string[] = [];
    await expect
      .poll(async () => {
        problems.push(...(await guard.take()).problems);
        return problems;
      })
      .toEqual(['console.error: provoked', 'pageerror: provoked throw']);
  });
});
