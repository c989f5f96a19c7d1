import { expect, test } from './fixtures';
import { builtPages } from './built-pages';
import {
  adaAndTom,
  downloadAgreement,
  islandsReady,
  sameSiteLinks,
  searchAndOpen,
} from './helpers';
import { expectUpdateOffered, openFromWorker, savedSiteTest } from './service-worker';

// This file runs in the "base-path" project, against the copy built with BASE_PATH=/playbook.
const BASE = '/playbook/';
const pages = builtPages('dist-base').filter((path) => path !== '/404.html');

// One page load per page: its styles, and its links, all under the base path.
test.describe('every page is served under the base path with its styles, and its links stay under it', () => {
  for (const path of pages) {
    test(`${path}`, async ({ page, request }) => {
      const response = await page.goto(path.replace(/^\//, ''));
      expect(response?.status(), path).toBe(200);
      expect(new URL(page.url()).pathname.startsWith(BASE)).toBe(true);

      const stylesheets = await page
        .locator('link[rel="stylesheet"]')
        .evaluateAll((links) => links.map((l) => new URL((l as HTMLLinkElement).href).pathname));
      expect(stylesheets.length).toBeGreaterThan(0);
      for (const sheet of stylesheets) {
        expect(sheet.startsWith(BASE), sheet).toBe(true);
        expect((await request.get(sheet)).status(), sheet).toBe(200);
      }
      // Starlight's theme is applied only if its CSS loaded.
      const accent = await page.evaluate(() =>
        getComputedStyle(document.documentElement).getPropertyValue('--sl-color-accent'),
      );
      expect(accent.trim()).not.toBe('');

      const links = await sameSiteLinks(page);
      expect(links.length, `same-site links on ${path}`).toBeGreaterThan(0);
      for (const url of links) {
        expect(new URL(url).pathname.startsWith(BASE), `${url} on ${path}`).toBe(true);
      }
      const statuses = await Promise.all(
        links.map(async (url) => [url, (await request.get(url)).status()] as const),
      );
      expect(statuses.filter(([, status]) => status !== 200)).toEqual([]);
    });
  }
});

test('links in the content and the sidebar navigate under the base path', async ({ page }) => {
  await page.goto('');
  await page.getByRole('link', { name: 'Read what mentorship is' }).click();
  await expect(page).toHaveURL(/\/playbook\/start-here\/what-mentorship-is\/$/);
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Sources and credits' })
    .click();
  await expect(page).toHaveURL(/\/playbook\/about\/sources\/$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Sources and credits' })).toBeVisible();
});

test('search works under the base path', async ({ page }) => {
  await page.goto('');
  await searchAndOpen(page, 'credits', /Sources and credits/);
  await expect(page).toHaveURL(/\/playbook\/about\/sources\//);
});

test('the social card and favicon resolve under the base path', async ({ page, request }) => {
  await page.goto('');
  const image = await page.locator('meta[property="og:image"]').getAttribute('content');
  expect(new URL(image!).pathname).toBe('/playbook/social-card.png');
  expect((await request.get('social-card.png')).status()).toBe(200);
  const icon = await page
    .locator('link[rel="shortcut icon"], link[rel="icon"]')
    .first()
    .getAttribute('href');
  expect(icon).toBe('/playbook/favicon.svg');
});

test('the playbooks work under the base path: answers persist and links keep the base', async ({
  page,
}) => {
  await page.goto('playbooks/kickoff-checklist/');
  await expect(page.getByRole('checkbox', { name: 'Backgrounds' })).toBeEnabled();
  await page.getByRole('checkbox', { name: 'Backgrounds' }).check();
  await page.reload();
  await expect(page.getByRole('checkbox', { name: 'Backgrounds' })).toBeChecked();
  const guide = await page
    .getByRole('link', { name: 'Read more in the guide about “Backgrounds”' })
    .getAttribute('href');
  expect(guide).toBe('/playbook/conversations/kickoff/#backgrounds');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Download the agreement template' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('mentorship-agreement.md');
});

test('a share link whose "#" became "%23" goes from the 404 page to its page under the base path', async ({
  page,
}) => {
  const { fragment } = await adaAndTom();
  // Until the first response: the 404 page's script then goes on by itself.
  const response = await page.goto(`playbooks/plan-a-session/%23${fragment}`, {
    waitUntil: 'commit',
  });
  expect(response?.status()).toBe(404);
  await expect(page).toHaveURL(new RegExp(`${BASE}playbooks/plan-a-session/#share=v1\\.`));
  await expect(page.getByRole('heading', { name: 'A shared mentorship' })).toBeFocused();
});

// The service worker's scope is the base path: saved, served offline and updated under it. The
// tests of the site once saved share their worker's one visit (savedSiteTest, service-worker.ts).
test.describe('offline under the base path', () => {
  // For the update's test, which makes its own visit in a context of its own, to a host that
  // deploys twice.
  test.use({ serviceWorkers: 'allow' });

  savedSiteTest(
    'after one visit, offline, a playbook page opens and runs',
    async ({ offlinePage: page }) => {
      await openFromWorker(page, 'playbooks/kickoff-checklist/');
      await expect(
        page.getByRole('heading', { level: 1, name: 'Kickoff checklist' }),
      ).toBeVisible();
      await islandsReady(page);
      await page.getByRole('textbox', { name: "Mentee's name" }).fill('Tom');
      expect(await downloadAgreement(page)).toContain('Tom');
    },
  );

  savedSiteTest(
    'after one visit, offline, an unknown address gives the 404 page',
    async ({ offlinePage: page }) => {
      await openFromWorker(page, 'no-such-page/');
      await expect(page.getByRole('heading', { level: 1, name: '404' })).toBeVisible();
    },
  );

  savedSiteTest(
    'after one visit, offline, the search finds a guide page',
    async ({ offlinePage: page }) => {
      await openFromWorker(page, '');
      await searchAndOpen(page, 'credits', /Sources and credits/);
      await expect(page).toHaveURL(/\/playbook\/about\/sources\/$/);
    },
  );

  test('a tab open when the site is deployed again keeps working, and offers the new version', async ({
    page,
    context,
  }) => {
    await expectUpdateOffered(page, context, { dist: 'dist-base', base: '/playbook' });
  });
});
