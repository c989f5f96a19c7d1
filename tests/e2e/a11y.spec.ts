import { expect, test } from './fixtures';
import { builtPages } from './built-pages';
import { WIDE, expectNoAxeViolationsInEveryTheme, islandsReady } from './helpers';

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

test.describe('axe, light and dark themes, wide and at 375 px', () => {
  test.use({ colorScheme: 'light', viewport: WIDE });

  // Every variant on one page load: see THEME_VARIANTS.
  for (const path of pages) {
    test(`${path} has no WCAG 2.2 A/AA violations`, async ({ page }) => {
      await page.goto(path.replace(/^\//, ''));
      await islandsReady(page);
      await expectNoAxeViolationsInEveryTheme(page, path);
    });
  }
});
