import { expect, test } from './fixtures';
import { builtPages } from './built-pages';
import { expectNoAxeViolations } from './helpers';

const pages = builtPages();

test('the build has the pages the guide links to', () => {
  expect(pages).toEqual(
    expect.arrayContaining([
      '/',
      '/404.html',
      '/start-here/what-mentorship-is/',
      '/conversations/kickoff/',
      '/about/sources/',
    ]),
  );
  expect(pages.length).toBeGreaterThanOrEqual(17);
});

const VARIANTS = [
  { name: 'light theme', colorScheme: 'light', viewport: { width: 1280, height: 720 } },
  { name: 'dark theme', colorScheme: 'dark', viewport: { width: 1280, height: 720 } },
  // Narrow layouts (cards instead of tables, the mobile menu) only show at phone widths.
  { name: 'dark theme at 375 px', colorScheme: 'dark', viewport: { width: 375, height: 740 } },
] as const;

for (const { name, colorScheme, viewport } of VARIANTS) {
  test.describe(`axe, ${name}`, () => {
    test.use({ colorScheme, viewport });

    for (const path of pages) {
      test(`${path} has no WCAG 2.2 A/AA violations`, async ({ page }) => {
        await page.goto(path.replace(/^\//, ''));
        await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);
        await expectNoAxeViolations(page, path);
      });
    }
  });
}
