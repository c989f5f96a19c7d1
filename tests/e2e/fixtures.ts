import { test as base, expect } from '@playwright/test';

/**
 * Playwright's `test`, failing any test in which a page of its browser context met a
 * Content-Security-Policy violation: every end-to-end test (filling, downloading, copying,
 * sharing, restoring, importing) also checks that the site runs under its policy.
 */
export const test = base.extend<{ cspViolations: string[] }>({
  cspViolations: [
    async ({ context }, use) => {
      const violations: string[] = [];
      await context.exposeBinding('__cspViolation', (_source, text: string) => {
        violations.push(text);
      });
      await context.addInitScript(() =>
        document.addEventListener('securitypolicyviolation', (e) =>
          (window as unknown as { __cspViolation: (text: string) => void }).__cspViolation(
            `${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} on ${location.pathname}: ${e.sample}`,
          ),
        ),
      );
      await use(violations);
      expect(violations, 'Content-Security-Policy violations').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
