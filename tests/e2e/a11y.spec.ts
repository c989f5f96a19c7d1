import { expect, test } from './fixtures';
import { builtPages } from './built-pages';
import { expectNoAxeViolations, islandsReady } from './helpers';

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

const WIDE = { width: 1280, height: 720 };

// Each variant is checked on the same page load: the theme follows a colour-scheme change (the
// theme picker listens to prefers-color-scheme while it is on "auto") and the narrow layouts (cards
// instead of tables, the mobile menu) are CSS media queries, so neither needs a reload.
const VARIANTS = [
  { name: 'light theme', colorScheme: 'light', viewport: WIDE },
  { name: 'dark theme', colorScheme: 'dark', viewport: WIDE },
  // Narrow layouts only show at phone widths.
  { name: 'dark theme at 375 px', colorScheme: 'dark', viewport: { width: 375, height: 740 } },
] as const;

test.describe('axe, light and dark themes, wide and at 375 px', () => {
  test.use({ colorScheme: 'light', viewport: WIDE });

  for (const path of pages) {
    test(`${path} has no WCAG 2.2 A/AA violations`, async ({ page }) => {
      await page.goto(path.replace(/^\//, ''));
      await islandsReady(page);
      // The picker's script is what follows a colour-scheme change.
      await page.waitForFunction(() => customElements.get('starlight-theme-select') !== undefined);
      for (const { name, colorScheme, viewport } of VARIANTS) {
        await page.emulateMedia({ colorScheme });
        await page.setViewportSize(viewport);
        await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);
        await expect.poll(() => page.evaluate(() => window.innerWidth)).toBe(viewport.width);
        await expectNoAxeViolations(page, `${path}, ${name}`);
      }
    });
  }
});
