import { readFile } from 'node:fs/promises';
import { AxeBuilder } from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { INDEX_KEY, LAYOUT } from '../../src/playbook/documents/mentorships';
import type { DocumentName } from '../../src/playbook/documents/registry';
import { readDocument } from '../../src/playbook/core/schema';
import { PortableSchema } from '../../src/playbook/portable/portable';
import { encodeShare } from '../../src/playbook/portable/share-link';

/** Every same-site link target on the current page, without its hash. */
export async function sameSiteLinks(page: Page): Promise<string[]> {
  const hrefs = await page
    .locator('a[href]')
    .evaluateAll((links) =>
      links
        .map((a) => (a as HTMLAnchorElement).href)
        .filter((href) => href.startsWith(location.origin)),
    );
  return [...new Set(hrefs.map((href) => href.split('#')[0]!))];
}

/** Opens site search with its button, types a query, and follows the first result with the given name. */
export async function searchAndOpen(page: Page, query: string, resultName: RegExp): Promise<void> {
  await page.getByRole('button', { name: 'Search Ctrl K' }).click();
  const dialog = page.getByRole('dialog', { name: 'Search' });
  await dialog.getByRole('textbox', { name: 'Search' }).fill(query);
  const result = dialog.getByRole('link', { name: resultName }).first();
  await expect(result).toBeVisible();
  await result.click();
}

/** WCAG 2.0, 2.1 and 2.2 at levels A and AA: the standard this site holds. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/**
 * What one axe pass may add to a test's time limit: a full pass over one of these pages takes a few
 * seconds on an idle two-core machine and up to three times that beside other builds.
 */
export const AXE_PASS_BUDGET = 15_000;

/**
 * Asserts axe finds no WCAG 2.2 A/AA violation on the page as it is now. Each call adds
 * AXE_PASS_BUDGET to the running test's time limit, so a test's budget grows with the axe passes it
 * makes rather than every such test needing its own.
 */
export async function expectNoAxeViolations(page: Page, context: string): Promise<void> {
  test.info().setTimeout(test.info().timeout + AXE_PASS_BUDGET);
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const summary = violations.map(
    (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(summary, `axe violations: ${context}`).toEqual([]);
}

/** The open mentorship's stored document, as the page wrote it to localStorage (null if none). */
export function storedDocument(page: Page, name: DocumentName): Promise<string | null> {
  return page.evaluate(
    ([indexKey, layout, document]) => {
      const index = JSON.parse(localStorage.getItem(indexKey) ?? 'null');
      return index ? localStorage.getItem(`${layout}:${index.open}:${document}`) : null;
    },
    [INDEX_KEY, LAYOUT, name] as const,
  );
}

/** Waits until every island on the page has run (Astro removes `ssr` from each as it hydrates). */
export async function islandsReady(page: Page): Promise<void> {
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
}

/** Downloads the agreement from the kickoff checklist and returns its text. */
export async function downloadAgreement(page: Page): Promise<string> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download the agreement (.md)' }).click(),
  ]);
  return readFile((await download.path())!, 'utf8');
}

/**
 * Asserts a guide page ends with "Where to go next", holding at least one link, and has a
 * one-sentence description (site.spec.ts checks it on each page's one load).
 */
export async function expectGuidePageEnding(page: Page, path: string): Promise<void> {
  const headings = await page
    .getByRole('main')
    .locator('h2')
    .evaluateAll((hs) => hs.map((h) => h.id));
  expect(headings.at(-1), `last section of ${path}`).toBe('where-to-go-next');
  const links = page.locator(
    '#where-to-go-next ~ * a, .sl-heading-wrapper:has(#where-to-go-next) ~ * a',
  );
  expect(await links.count(), `next-step links on ${path}`).toBeGreaterThan(0);
  const description = await page.locator('meta[name="description"]').getAttribute('content');
  expect(description, `description of ${path}`).toMatch(/^[A-Z][^]*\.$/);
  expect(description!.slice(0, -1), `one sentence on ${path}`).not.toMatch(/[.!?]\s/);
}

/**
 * Waits for the islands, then scrolls 5,000 px down and waits until the scroll has landed, so that a
 * policy violation from what the scroll brings into view is reported before the test ends (the
 * fixture in fixtures.ts fails a test on any violation).
 */
export async function scrollUnderPolicy(page: Page): Promise<void> {
  await islandsReady(page);
  await page.mouse.wheel(0, 5000);
  // The wheel event does not wait for the scroll.
  await expect
    .poll(() =>
      page.evaluate(
        () =>
          window.scrollY >=
          Math.min(5000, document.documentElement.scrollHeight - window.innerHeight) - 1,
      ),
    )
    .toBe(true);
}

/** A share fragment made by the site's own codec, of a mentorship between Ada and Tom. */
export async function adaAndTom(notes = 'Ship the billing service') {
  const mentorship = readDocument(PortableSchema, { id: 'm-ada-tom', name: '' })!.value;
  mentorship.kickoff.pair = { mentor: 'Ada', mentee: 'Tom', startDate: '2026-11-02' };
  mentorship.kickoff.topics.goal = { agreed: true, notes };
  return { mentorship, fragment: await encodeShare(mentorship) };
}

/**
 * The open mentorship's name as the switcher shows it: the name itself when it is the only one,
 * else the choice in its list.
 */
export const openMentorshipName = (page: Page) =>
  page
    .getByRole('region', { name: 'Mentorship' })
    .locator('.mentorship-current strong, #mentorship-select option:checked');

/** Opens another mentorship as a person does: chooses it in the switcher's list, then "Open". */
export async function openMentorshipNamed(page: Page, label: string): Promise<void> {
  const switcher = page.getByRole('region', { name: 'Mentorship' });
  await switcher.getByRole('combobox', { name: 'Mentorship' }).selectOption({ label });
  await switcher.getByRole('button', { name: 'Open', exact: true }).click();
  await expect(openMentorshipName(page)).toHaveText(label);
}
