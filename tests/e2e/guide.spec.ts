import { expect, test } from './fixtures';
import { BRIEF_ITEMS, SITUATIONS } from '../../src/playbook/guide/brief';
import { GUIDE_GROUPS } from '../../src/site/sidebar';
import { builtPages } from './built-pages';
import { searchAndOpen } from './helpers';

const guidePages = builtPages().filter((path) => path !== '/' && path !== '/404.html');

test.describe('traceability: every item of the content brief, and every situation beyond it, has its section in the built guide', () => {
  const byPage = Map.groupBy([...BRIEF_ITEMS, ...SITUATIONS], (item) => item.coveredBy.page);
  for (const [pagePath, items] of byPage) {
    test(`${pagePath} covers ${items.map((i) => i.id).join(', ')}`, async ({ page }) => {
      const response = await page.goto(`${pagePath}/`);
      expect(response?.status()).toBe(200);
      for (const item of items) {
        const section = page.locator(`[id="${item.coveredBy.heading}"]`);
        await expect(section, `${item.id} (${item.topic})`).toHaveCount(1);
        await expect(section, `${item.id} is a visible heading`).toBeVisible();
        expect(await section.evaluate((el) => el.tagName), `${item.id} is a heading`).toMatch(
          /^H[23]$/,
        );
      }
    });
  }
});

test('every guide page is reachable from the sidebar', async ({ page }) => {
  await page.goto('start-here/what-mentorship-is/');
  const hrefs = await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link')
    .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  expect([...hrefs].sort()).toEqual(guidePages);
});

test('the sidebar groups the guide in reading order', async ({ page }) => {
  await page.goto('start-here/what-mentorship-is/');
  const groups = await page
    .getByRole('navigation', { name: 'Main' })
    .locator('details > summary')
    .allInnerTexts();
  // The order itself is pinned by tests/unit/sidebar.test.ts; here, that the built site follows it.
  expect(groups.map((g) => g.trim())).toEqual(GUIDE_GROUPS.map((group) => group.label));
});

test.describe('search', () => {
  test('"pairing" finds the regular pairing page', async ({ page }) => {
    await page.goto('');
    await searchAndOpen(page, 'pairing', /Regular pairing/);
    await expect(page.getByRole('heading', { level: 1, name: 'Regular pairing' })).toBeVisible();
  });

  test('"cadence" finds the kickoff conversation', async ({ page }) => {
    await page.goto('');
    await searchAndOpen(page, 'cadence', /The kickoff conversation/);
    await expect(page).toHaveURL(/\/conversations\/kickoff\//);
    await expect(
      page.getByRole('heading', { level: 1, name: 'The kickoff conversation' }),
    ).toBeVisible();
  });
});
