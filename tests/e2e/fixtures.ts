import { test as base, expect, type BrowserContext } from '@playwright/test';

/**
 * Reports each Content-Security-Policy violation met by a page of `context` to `report`, as text
 * naming the directive, what it blocked and where.
 */
export async function watchPolicy(
  context: BrowserContext,
  report: (text: string) => void,
): Promise<void> {
  await context.exposeBinding('__cspViolation', (_source, text: string) => report(text));
  await context.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { __cspViolation: (text: string) => void }).__cspViolation(
        `${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} on ${location.pathname}: ${e.sample}`,
      ),
    ),
  );
}

/**
 * Playwright's `test`, failing any test in which a page of its browser context met a
 * Content-Security-Policy violation: every end-to-end test (filling, downloading, copying,
 * sharing, restoring, importing) also checks that the site runs under its policy.
 */
export const test = base.extend<{ cspViolations: string[] }>({
  cspViolations: [
    async ({ context }, use) => {
      const violations: string[] = [];
      await watchPolicy(context, (text) => violations.push(text));
      await use(violations);
      expect(violations, 'Content-Security-Policy violations').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
