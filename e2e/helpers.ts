import { expect, test as base } from '@playwright/test';

interface ConsoleGuard {
  /** Auto fixture: fails the test if the page logs console.error or throws an uncaught error. */
  failOnConsoleErrors: undefined;
}

export const test = base.extend<ConsoleGuard>({
  failOnConsoleErrors: [
    async ({ page }, provide) => {
      const problems: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(`console.error: ${message.text()}`);
      });
      page.on('pageerror', (error) => {
        problems.push(`pageerror: ${error.message}`);
      });

      await provide(undefined);

      expect(problems, 'the page logged errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
