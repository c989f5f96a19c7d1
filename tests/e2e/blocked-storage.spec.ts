import { expect, test } from './fixtures';
import { builtPages } from './built-pages';
import { blockStorage, islandsReady, refuseEveryWrite } from './helpers';

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

test('with every write refused, the page says answers last until it is left, and asks before leaving', async ({
  page,
}) => {
  let leave = false;
  const dialogs = await refuseEveryWrite(page, () => (leave ? 'leave' : 'stay'));
  await page.goto('playbooks/kickoff-checklist/');
  await islandsReady(page);
  await expect(page.getByText('Not saved: kept only until you leave this page')).toBeVisible();
  await expect(page.getByText(/only until you leave it: going to another page/)).toBeVisible();

  const mentor = page.getByRole('textbox', { name: "Mentor's name" });
  await mentor.click();
  await mentor.fill('Ada');
  const away = page.getByRole('link', { name: 'The kickoff conversation' }).first();
  await away.click();
  await expect.poll(() => dialogs).toEqual(['beforeunload']);
  // Staying keeps what was typed.
  await expect(page).toHaveURL(/\/playbooks\/kickoff-checklist\/$/);
  await expect(mentor).toHaveValue('Ada');

  leave = true;
  await away.click();
  await expect(page).toHaveURL(/\/conversations\/kickoff\/$/);
  expect(dialogs).toEqual(['beforeunload', 'beforeunload']);
});

for (const path of ['playbooks/kickoff-checklist/', 'playbooks/plan-a-session/']) {
  test(`with every write refused, ${path} is left without a question when nobody typed`, async ({
    page,
  }) => {
    const dialogs = await refuseEveryWrite(page);
    await page.goto(path);
    await islandsReady(page);
    await page.getByRole('link', { name: 'The kickoff conversation' }).first().click();
    await expect(page).toHaveURL(/\/conversations\/kickoff\/$/);
    expect(dialogs).toEqual([]);
  });
}
