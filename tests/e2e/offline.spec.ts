import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures';
import { builtPages } from './built-pages';
import { downloadAgreement, islandsReady, searchAndOpen } from './helpers';
import {
  SAVING_BUDGET,
  expectUpdateOffered,
  openFromWorker,
  savedSiteTest,
} from './service-worker';

// The service worker keeps the site for use offline once a playbook page was visited, and updates
// never break an open tab. At /; base-path.spec.ts runs the same under the base path. The tests
// of the site once saved share their worker's one visit (savedSiteTest, service-worker.ts).
test.use({ serviceWorkers: 'allow' });

savedSiteTest.describe('after one visit, with the connection gone, a page opens', () => {
  // Every page of the build, one test each: a new page is covered without touching this list.
  for (const path of builtPages().filter((p) => p !== '/404.html')) {
    savedSiteTest(path, async ({ offlinePage: page, request }) => {
      const online = await (await request.get(path.slice(1))).text();
      const response = await openFromWorker(page, path.slice(1));
      // The very page the server has, so with its heading and all.
      expect(await response.text(), path).toBe(online);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(/\S/);
      // Its styles came too.
      expect(
        await page.evaluate(() =>
          getComputedStyle(document.documentElement).getPropertyValue('--sl-color-accent'),
        ),
      ).not.toBe('');
      if (path.startsWith('/playbooks/')) await islandsReady(page);
    });
  }

  savedSiteTest('an unknown address, as the 404 page', async ({ offlinePage: page }) => {
    await openFromWorker(page, 'no-such-page/');
    await expect(page.getByRole('heading', { level: 1, name: '404' })).toBeVisible();
  });
});

savedSiteTest(
  'after one visit, offline, the search finds a guide page and opens it',
  async ({ offlinePage: page }) => {
    await openFromWorker(page, 'start-here/what-mentorship-is/');
    await searchAndOpen(page, 'credits', /Sources and credits/);
    await expect(
      page.getByRole('heading', { level: 1, name: 'Sources and credits' }),
    ).toBeVisible();
  },
);

savedSiteTest.describe('after one visit, offline, the kickoff checklist', () => {
  savedSiteTest.beforeEach(async ({ offlinePage: page }) => {
    await openFromWorker(page, 'playbooks/kickoff-checklist/');
    await islandsReady(page);
    await page.getByRole('textbox', { name: "Mentor's name" }).fill('Ada');
    await page.getByRole('textbox', { name: "Mentee's name" }).fill('Tom');
  });

  savedSiteTest('downloads the agreement', async ({ offlinePage: page }) => {
    expect(await downloadAgreement(page)).toContain('Tom');
  });

  savedSiteTest('copies the agreement', async ({ offlinePage: page }) => {
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.getByRole('button', { name: 'Copy the agreement' }).click();
    await expect(page.locator('.status', { hasText: 'Copied the agreement' })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('Tom');
  });

  savedSiteTest('makes a calendar file', async ({ offlinePage: page }) => {
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

  savedSiteTest('opens the share panel', async ({ offlinePage: page }) => {
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
