import { expect, test } from './fixtures';
import { builtPages } from './built-pages';
import { expectGuidePageEnding, sameSiteLinks, scrollUnderPolicy, searchAndOpen } from './helpers';

const pages = builtPages().filter((path) => path !== '/404.html');

test('the landing page offers a path for mentors and one for mentees', async ({ page }) => {
  await page.goto('');
  await expect(page.getByRole('heading', { level: 1, name: 'Mentorship Playbook' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'You are the mentor' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'You are the mentee' })).toBeVisible();

  await page.getByRole('link', { name: 'Read what mentorship is' }).click();
  await expect(page).toHaveURL(/\/start-here\/what-mentorship-is\/$/);
  await expect(page.getByRole('heading', { level: 1, name: 'What mentorship is' })).toBeVisible();
});

test('on a phone, the home page offers reading and the checklist on its first screen, one tap away', async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 667 });
  await page.goto('');
  const start = page.getByRole('link', { name: 'Start the kickoff checklist' });
  await expect(start).toBeInViewport({ ratio: 1 });
  await expect(page.getByRole('link', { name: 'Read what mentorship is' })).toBeInViewport({
    ratio: 1,
  });
  await start.click();
  await expect(page).toHaveURL(/\/playbooks\/kickoff-checklist\/$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Kickoff checklist' })).toBeVisible();
});

test('at 320 px (400% zoom) the site title shows whole', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 256 });
  await page.goto('playbooks/kickoff-checklist/');
  const title = page.locator('.site-title span');
  await expect(title).toHaveText('Mentorship Playbook');
  const [shown, needed] = await title.evaluate((span) => [span.clientWidth, span.scrollWidth]);
  expect(needed).toBeLessThanOrEqual(shown);
});

test('a sidebar link opens its page and marks it as current', async ({ page }) => {
  await page.goto('start-here/what-mentorship-is/');
  const sidebar = page.getByRole('navigation', { name: 'Main' });
  await sidebar.getByRole('link', { name: 'Sources and credits' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sources and credits' })).toBeVisible();
  await expect(sidebar.getByRole('link', { name: 'Sources and credits' })).toHaveAttribute(
    'aria-current',
    'page',
  );
});

test('search finds a page by its words and opens it', async ({ page }) => {
  await page.goto('');
  await searchAndOpen(page, 'psychological safety', /The two ground rules/);
  await expect(page.getByRole('heading', { level: 1, name: 'The two ground rules' })).toBeVisible();
});

test('the search shortcut opens search from the keyboard', async ({ page }) => {
  await page.goto('about/sources/');
  // Starlight wires the shortcut up in a module script and loads the search box when idle.
  await expect(page.getByRole('button', { name: 'Search Ctrl K' })).toBeEnabled();
  await expect(page.locator('#starlight__search input')).toBeAttached();
  await page.keyboard.press('Control+k');
  await expect(
    page.getByRole('dialog', { name: 'Search' }).getByRole('textbox', { name: 'Search' }),
  ).toBeFocused();
});

// One page load per page for what every page must have: its links, its description and card,
// for a guide page its ending, an "On this page" list of its sections, and no policy violation when loaded and scrolled (the checks share
// the load, so each test's time is its page's).
test.describe('each page: its links answer 200, it has a description, a canonical URL and a card, and it runs under its policy', () => {
  for (const path of pages) {
    test(`${path}`, async ({ page, request }) => {
      await page.goto(path.replace(/^\//, ''));

      const links = await sameSiteLinks(page);
      expect(links.length, `same-site links on ${path}`).toBeGreaterThan(0);
      const statuses = await Promise.all(
        links.map(async (url) => [url, (await request.get(url)).status()] as const),
      );
      expect(statuses.filter(([, status]) => status !== 200)).toEqual([]);

      await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /^.{40,}$/);
      await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /^https?:\/\//);
      const image = await page.locator('meta[property="og:image"]').getAttribute('content');
      expect(image).toMatch(/^https?:\/\/.+\/social-card\.png$/);
      await expect(page.locator('meta[property="og:image:alt"]')).toHaveAttribute(
        'content',
        /Mentorship Playbook/,
      );

      if (path !== '/') await expectGuidePageEnding(page, path);

      // "On this page" names exactly the page's sections, the islands' included, in their order.
      const contents = page.locator('starlight-toc nav').first();
      if ((await contents.count()) > 0) {
        const listed = await contents
          .locator('a')
          .evaluateAll((links) => links.map((a) => a.getAttribute('href')!.slice(1)));
        const sections = await page
          .locator('.sl-markdown-content :is(h2, h3)[id]')
          .evaluateAll((headings) => headings.map((h) => h.id));
        expect(listed, path).toEqual(['_top', ...sections]);
      }

      // Last, as it scrolls: the page runs under its policy, loaded and scrolled.
      await scrollUnderPolicy(page);
    });
  }
});

test('the social card and the favicon load', async ({ request }) => {
  const card = await request.get('social-card.png');
  expect(card.status()).toBe(200);
  expect(card.headers()['content-type']).toBe('image/png');
  const favicon = await request.get('favicon.svg');
  expect(favicon.status()).toBe(200);
});

test('an unknown address shows the not-found page with a 404 status', async ({ page }) => {
  const response = await page.goto('no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('404');
});

test('the Sources page credits both articles with their authors and links', async ({ page }) => {
  await page.goto('about/sources/');
  const main = page.getByRole('main');
  await expect(
    main.getByRole('link', {
      name: 'https://djspinmonkey.github.io/2023/08/15/some-advice-on-technical-mentorship',
    }),
  ).toBeVisible();
  await expect(
    main.getByRole('link', {
      name: 'https://blog.pragmaticengineer.com/developers-mentoring-other-developers/',
    }),
  ).toBeVisible();
  await expect(
    main.getByRole('region', { name: 'Some Advice On Technical Mentorship' }),
  ).toContainText('15 August 2023');
  await expect(
    main.getByRole('region', { name: /Developers mentoring other developers/ }),
  ).toContainText('Gergely Orosz');
});

test.describe('on a 375 px wide phone', () => {
  test.use({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });

  for (const path of pages) {
    test(`${path} does not scroll sideways`, async ({ page }) => {
      await page.goto(path.replace(/^\//, ''));
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      expect(overflow, `horizontal overflow on ${path}`).toBeLessThanOrEqual(0);
    });
  }

  test('the menu button opens the guide navigation', async ({ page }) => {
    await page.goto('about/sources/');
    const nav = page.getByRole('navigation', { name: 'Main' });
    await expect(nav).toBeHidden();
    await page.getByRole('button', { name: 'Menu' }).click();
    await nav.getByRole('link', { name: 'What mentorship is' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'What mentorship is' })).toBeVisible();
  });
});
