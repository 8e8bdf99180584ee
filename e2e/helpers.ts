import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test as base } from '@playwright/test';

/** One `securitypolicyviolation` event, as reported from the page. */
export interface CspViolation {
  readonly directive: string;
  readonly blockedURI: string;
  readonly sourceFile: string;
  readonly line: number;
  readonly sample: string;
  readonly page: string;
}

/** What the guard recorded since the test began (or since the last `take`). */
export interface GuardRecord {
  readonly problems: string[];
  readonly violations: CspViolation[];
  readonly foreignRequests: string[];
}

export interface PageGuard {
  /**
   * Returns what was recorded so far and forgets it, after letting pending reports arrive. Only for a test that
   * provokes a problem on purpose and asserts it (e2e/guards.spec.ts); anything left at the end fails the test.
   */
  readonly take: () => Promise<GuardRecord>;
}

interface Guards {
  /**
   * Auto fixture: fails the test if the page logs console.error, throws an uncaught error, reports a
   * Content-Security-Policy violation, or requests anything from another origin than the app's (data:, blob: and
   * file: are allowed; the offline spec runs from file://).
   */
  guard: PageGuard;
}

const REPORT_BINDING = '__e2eReportCspViolation';

/** Runs in the page before its own scripts, in every document it loads. */
function listenForViolations(binding: string): void {
  document.addEventListener(
    'securitypolicyviolation',
    (e) => {
      const report = (window as unknown as Record<string, (v: unknown) => void>)[binding];
      report?.({
        directive: e.effectiveDirective,
        blockedURI: e.blockedURI,
        sourceFile: e.sourceFile,
        line: e.lineNumber,
        sample: e.sample,
        page: e.documentURI,
      });
    },
    true,
  );
}

/** Whether a request URL stays on the app's origin (or is local data). */
export function isOwnRequest(url: string, appOrigin: string): boolean {
  const u = new URL(url);
  if (u.protocol === 'data:' || u.protocol === 'blob:' || u.protocol === 'file:') return true;
  return u.origin === appOrigin;
}

export const test = base.extend<Guards>({
  guard: [
    async ({ page, context, baseURL }, provide) => {
      const appOrigin = new URL(baseURL ?? 'http://127.0.0.1').origin;
      let record: GuardRecord = { problems: [], violations: [], foreignRequests: [] };
      page.on('console', (message) => {
        if (message.type() === 'error') record.problems.push(`console.error: ${message.text()}`);
      });
      page.on('pageerror', (error) => {
        record.problems.push(`pageerror: ${error.message}`);
      });
      // The context sees requests of every page, popup and worker of the test.
      context.on('request', (request) => {
        if (!isOwnRequest(request.url(), appOrigin)) record.foreignRequests.push(request.url());
      });
      await page.exposeBinding(REPORT_BINDING, (_source, violation: CspViolation) => {
        record.violations.push(violation);
      });
      await page.addInitScript(listenForViolations, REPORT_BINDING);

      /** A round trip to the page, so reports sent before it have arrived. */
      const settle = async (): Promise<void> => {
        if (!page.isClosed()) await page.evaluate(() => 0).catch(() => undefined);
      };
      await provide({
        take: async () => {
          await settle();
          const taken = record;
          record = { problems: [], violations: [], foreignRequests: [] };
          return taken;
        },
      });

      await settle();
      // Soft, so a failure lists all three records.
      expect.soft(record.problems, 'the page logged errors').toEqual([]);
      expect.soft(record.violations, 'Content-Security-Policy violations').toEqual([]);
      expect.soft(record.foreignRequests, `requests to origins other than ${appOrigin}`).toEqual([]);
    },
    { auto: true },
  ],
});

/** WCAG 2.0, 2.1 and 2.2, levels A and AA: every axe rule carrying one of these tags runs (none is disabled). */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Runs axe over the whole page (or the `include` selector) as it is now (open popovers, drill level, presenter mode…) and fails with a readable
 * list of violations. `state` names the state in the failure message. The only place e2e calls axe (lint-enforced).
 */
export async function expectNoAxeViolations(page: Page, state: string, include?: string): Promise<void> {
  // axe over a view with hundreds of popovers takes seconds, far more on a busy machine: budget each run.
  test.info().setTimeout(test.info().timeout + 60_000);
  const builder = new AxeBuilder({ page }).withTags(AXE_TAGS);
  // `include` limits the run to one part of the page (e.g. a dialog whose views have their own checks).
  const results = await (include ? builder.include(include) : builder).analyze();
  const found = results.violations.map((v) => ({
    rule: v.id,
    impact: v.impact,
    help: v.help,
    nodes: v.nodes.slice(0, 5).map((n) => ({ target: n.target.join(' '), summary: n.failureSummary })),
    count: v.nodes.length,
  }));
  expect(found, `axe (WCAG 2.2 A/AA) at ${state}`).toEqual([]);
}

export { expect };
