import { type Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { builtPages } from './built-pages';

/**
 * What a browser does when it blocks site data (Chrome's or Safari's cookie blocking, sandboxed
 * frames): merely reading `window.localStorage` throws.
 */
async function blockStorage(page: Page): Promise<string[]> {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

test.describe('with site data blocked', () => {
  for (const path of builtPages()) {
    test(`${path} loads without a page error`, async ({ page }) => {
      const errors = await blockStorage(page);
      await page.goto(path.replace(/^\//, ''));
      await page.waitForLoadState('load');
      // Islands may wait to be scrolled to before they run: show each one before counting.
      for (const island of await page.locator('astro-island').all()) {
        await island.scrollIntoViewIfNeeded();
      }
      await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
      expect(errors).toEqual([]);
    });
  }

  test('the theme can still be switched, for this visit', async ({ page }) => {
    const errors = await blockStorage(page);
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('start-here/what-mentorship-is/');
    const theme = page.getByRole('combobox', { name: 'Select theme' });
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await theme.selectOption('light');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    await expect(theme).toHaveValue('light');
    await theme.selectOption('auto');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    expect(errors).toEqual([]);
  });
});
