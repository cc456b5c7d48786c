// Every e2e test runs with these guards: no console errors, no uncaught errors and no
// Content-Security-Policy violations (the server sends the strict policy) — or it fails.
import { expect, test as base, type Page } from '@playwright/test';

declare global {
  interface Window {
    __cspViolations: string[];
  }
}

export const test = base.extend<{
  guards: void;
  allowedConsoleErrors: RegExp[];
}>({
  // A test that provokes failures on purpose lists the console messages it expects.
  allowedConsoleErrors: [[], { option: true }],
  guards: [
    async ({ page, allowedConsoleErrors }, use) => {
      const problems: string[] = [];
      page.on('console', (message) => {
        if (message.type() !== 'error') return;
        if (allowedConsoleErrors.some((pattern) => pattern.test(message.text()))) return;
        problems.push(`console: ${message.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      await page.addInitScript(() => {
        window.__cspViolations = [];
        document.addEventListener('securitypolicyviolation', (event) => {
          window.__cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`);
        });
      });
      await use();
      const violations = await page.evaluate(() => window.__cspViolations ?? []).catch(() => []);
      expect([...problems, ...violations.map((v) => `CSP: ${v}`)]).toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Until the prerendered overview is taken over: it stays inert (no input reaches it) until the
 *  app hydrates it. A reader cannot use it before; Playwright can, so tests wait as a reader does. */
export async function untilInteractive(page: Page): Promise<void> {
  await expect(page.locator('.prerendered[inert]')).toHaveCount(0);
}
