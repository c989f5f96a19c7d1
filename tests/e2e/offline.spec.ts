import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures';
import { builtPages } from './built-pages';
import { downloadAgreement, islandsReady, searchAndOpen } from './helpers';
import { SAVING_BUDGET, expectUpdateOffered, openOffline } from './service-worker';

// The service worker keeps the site for use offline once a playbook page was visited, and updates
// never break an open tab. At /; base-path.spec.ts runs the same under the base path.
test.use({ serviceWorkers: 'allow' });

test.describe('after one visit, with the connection gone, a page opens', () => {
  // Every page of the build, one test each: a new page is covered without touching this list.
  for (const path of builtPages().filter((p) => p !== '/404.html')) {
    test(path, async ({ page, context }) => {
      await page.goto(path.slice(1));
      const heading = await page.getByRole('heading', { level: 1 }).textContent();
      await openOffline(page, context, path.slice(1));
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading!);
      // Its styles came too.
      expect(
        await page.evaluate(() =>
          getComputedStyle(document.documentElement).getPropertyValue('--sl-color-accent'),
        ),
      ).not.toBe('');
      if (path.startsWith('/playbooks/')) await islandsReady(page);
    });
  }

  test('an unknown address, as the 404 page', async ({ page, context }) => {
    await openOffline(page, context, 'no-such-page/');
    await expect(page.getByRole('heading', { level: 1, name: '404' })).toBeVisible();
  });
});

test('after one visit, offline, the search finds a guide page and opens it', async ({
  page,
  context,
}) => {
  await openOffline(page, context, 'start-here/what-mentorship-is/');
  await searchAndOpen(page, 'credits', /Sources and credits/);
  await expect(page.getByRole('heading', { level: 1, name: 'Sources and credits' })).toBeVisible();
});

test.describe('after one visit, offline, the kickoff checklist', () => {
  test.beforeEach(async ({ page, context }) => {
    await openOffline(page, context, 'playbooks/kickoff-checklist/');
    await islandsReady(page);
    await page.getByRole('textbox', { name: "Mentor's name" }).fill('Ada');
    await page.getByRole('textbox', { name: "Mentee's name" }).fill('Tom');
  });

  test('downloads the agreement', async ({ page }) => {
    expect(await downloadAgreement(page)).toContain('Tom');
  });

  test('copies the agreement', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.getByRole('button', { name: 'Copy the agreement' }).click();
    await expect(page.locator('.status', { hasText: 'Copied the agreement' })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('Tom');
  });

  test('makes a calendar file', async ({ page }) => {
    await page.getByRole('textbox', { name: 'Start date' }).fill('2026-10-07');
    await page.getByRole('combobox', { name: 'How often' }).selectOption('weekly');
    await page.getByRole('spinbutton', { name: 'Session length (minutes)' }).fill('45');
    await page.getByLabel('Usual time').fill('18:00');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Add to calendar (.ics)' }).click(),
    ]);
    expect(await readFile((await download.path())!, 'utf8')).toMatch(/^BEGIN:VCALENDAR/);
  });

  test('opens the share panel', async ({ page }) => {
    await page.getByRole('button', { name: 'Share or manage…' }).click();
    await expect(page.getByRole('button', { name: 'Make a share link' })).toBeVisible();
  });
});

test('Your data says whether this browser has the site for use offline', async ({ page }) => {
  test.info().setTimeout(test.info().timeout + SAVING_BUDGET);
  await page.goto('playbooks/your-data/');
  // Saving the site takes as long as fetching every file of it.
  await expect(
    page.getByText(/^This browser has the site saved for use without a connection/),
  ).toBeVisible({ timeout: SAVING_BUDGET });
});

test('a tab open when the site is deployed again keeps working, and offers the new version', async ({
  page,
  context,
}) => {
  await expectUpdateOffered(page, context, { dist: 'dist', base: '/', axe: true });
});
