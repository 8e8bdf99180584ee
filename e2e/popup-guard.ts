/**
 * `test` with the guard of e2e/helpers.ts, which watches the test's first page, and a guard for the pages it opens
 * (pop-ups such as the presenter's window): their console errors, uncaught errors and Content-Security-Policy
 * violations fail the test. Requests of every page already go through the first guard's context listener.
 */
import { expect, test as guarded } from './helpers';

export const test = guarded.extend<{ popupGuard: undefined }>({
  popupGuard: [
    async ({ context, page }, provide) => {
      const problems: string[] = [];
      // The first page's violations are the first guard's (a test may provoke and take them).
      await context.exposeBinding('__e2ePopupCsp', (source, v: { directive: string; blocked: string }) => {
        if (source.page !== page) problems.push(`CSP violation in pop-up: ${v.directive} ${v.blocked}`);
      });
      await context.addInitScript(() => {
        // On the window: a pop-up's first document (about:blank) gives way to the app's, and the window stays.
        window.addEventListener('securitypolicyviolation', (e) => {
          const report = (window as unknown as Record<string, (v: unknown) => void>)['__e2ePopupCsp'];
          report?.({ directive: e.effectiveDirective, blocked: e.blockedURI });
        });
      });
      context.on('page', (popup) => {
        popup.on('console', (m) => {
          if (m.type() === 'error') problems.push(`console.error in pop-up: ${m.text()}`);
        });
        popup.on('pageerror', (e) => problems.push(`pageerror in pop-up: ${e.message}`));
      });
      await provide(undefined);
      expect(problems, 'problems in the pop-up').toEqual([]);
    },
    { auto: true },
  ],
});
