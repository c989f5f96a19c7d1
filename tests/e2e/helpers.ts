import { readFile } from 'node:fs/promises';
import { AxeBuilder } from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { extractText, getDocumentProxy } from 'unpdf';
import { INDEX_KEY, LAYOUT, documentKey } from '../../src/playbook/documents/mentorships';
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
  // The first query loads Pagefind's WebAssembly, index and result fragments: on a busy machine
  // that alone can take longer than the default five seconds.
  await expect(result).toBeVisible({ timeout: 15_000 });
  await result.click();
}

/** WCAG 2.0, 2.1 and 2.2 at levels A and AA: the standard this site holds. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/**
 * What one axe pass may add to a test's time limit: a full pass over one of these pages takes about
 * a second on an idle two-core machine and several times that beside other builds.
 */
export const AXE_PASS_BUDGET = 15_000;

/** Rules to run beside the WCAG ones, such as best-practice rules a test holds a page to. */
export interface AxeExtras {
  alsoRules?: readonly string[];
}

/**
 * Asserts axe finds no WCAG 2.2 A/AA violation on the page as it is now. Each call adds
 * AXE_PASS_BUDGET to the running test's time limit, so a test's budget grows with the axe passes it
 * makes rather than every such test needing its own.
 */
export async function expectNoAxeViolations(
  page: Page,
  context: string,
  { alsoRules = [] }: AxeExtras = {},
): Promise<void> {
  test.info().setTimeout(test.info().timeout + AXE_PASS_BUDGET);
  // A rule named in `rules` runs whatever its tags; options() must come before withTags().
  const rules = Object.fromEntries(alsoRules.map((rule) => [rule, { enabled: true }]));
  // Two settings that make a pass two to three times faster and find the same violations:
  // - resultTypes: only violations are asserted, so axe need not gather every passing node too
  //   (it still reports every node of every violation);
  // - legacy mode: axe.run() in the page, which checks same-origin frames itself, instead of
  //   axe.runPartial() in each frame and axe.finishRun() in a blank page opened for each pass.
  const { violations } = await new AxeBuilder({ page })
    .options({ rules, resultTypes: ['violations'] })
    .withTags(WCAG_TAGS)
    .setLegacyMode()
    .analyze();
  const summary = violations.map(
    (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(summary, `axe violations: ${context}`).toEqual([]);
}

export const WIDE = { width: 1280, height: 720 };

/**
 * The three ways every page is checked: the theme follows a colour-scheme change (the theme picker
 * listens to prefers-color-scheme while it is on "auto") and the narrow layouts (cards instead of
 * tables, the mobile menu) are CSS media queries, so none needs a reload, and what is open on the
 * page stays open.
 */
export const THEME_VARIANTS = [
  { name: 'light theme', colorScheme: 'light', viewport: WIDE },
  { name: 'dark theme', colorScheme: 'dark', viewport: WIDE },
  // Narrow layouts only show at phone widths.
  { name: 'dark theme at 375 px', colorScheme: 'dark', viewport: { width: 375, height: 740 } },
] as const;

/**
 * Runs expectNoAxeViolations on the page as it is now in each of THEME_VARIANTS, in turn, leaving
 * the page in the last one (dark, 375 px).
 */
export async function expectNoAxeViolationsInEveryTheme(
  page: Page,
  context: string,
  extras: AxeExtras = {},
): Promise<void> {
  // The picker's script is what follows a colour-scheme change.
  await page.waitForFunction(() => customElements.get('starlight-theme-select') !== undefined);
  for (const { name, colorScheme, viewport } of THEME_VARIANTS) {
    await page.emulateMedia({ colorScheme });
    await page.setViewportSize(viewport);
    await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);
    await expect.poll(() => page.evaluate(() => window.innerWidth)).toBe(viewport.width);
    await expectNoAxeViolations(page, `${context}, ${name}`, extras);
  }
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

/**
 * Waits until every island on the page has run (Astro removes `ssr` from each as it hydrates). An
 * island that runs once in use (`client:in-use`, src/site/client-in-use.ts) is scrolled to first, as
 * a reader would, and the page is scrolled back to where it was.
 */
export async function islandsReady(page: Page): Promise<void> {
  await expect(page.locator('astro-island[ssr]:not([client="in-use"])')).toHaveCount(0);
  const waiting = page.locator('astro-island[ssr][client="in-use"]');
  let left = await waiting.count();
  if (left === 0) return;
  const [x, y] = await page.evaluate(() => [scrollX, scrollY]);
  // One island at a time, found afresh in the page each turn: an island may hydrate on its own
  // meanwhile (a link to a field inside it), and a locator held for it would wait for one that is gone.
  while (left > 0) {
    await page.evaluate(() =>
      document
        .querySelector('astro-island[ssr][client="in-use"] > *')
        ?.scrollIntoView({ block: 'nearest' }),
    );
    await expect(waiting).not.toHaveCount(left);
    left = await waiting.count();
  }
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
  await page.evaluate(([sx, sy]) => scrollTo(sx!, sy!), [x, y]);
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

/** Presses a button that opens the system's file picker, and picks the file at `path`. */
export async function pickFile(page: Page, button: string, path: string): Promise<void> {
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: button }).click(),
  ]);
  await chooser.setFiles(path);
}

/** Presses Your data's "Download everything" and returns the backup file's name and text. */
export async function downloadEverything(page: Page): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download everything (.json)' }).click(),
  ]);
  return {
    name: download.suggestedFilename(),
    text: await readFile((await download.path())!, 'utf8'),
  };
}

/** Makes a share link of the open mentorship through "Share or manage…", and returns it. */
export async function makeShareLink(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Share or manage…' }).click();
  await page.getByRole('button', { name: 'Make a share link' }).click();
  const field = page.getByRole('textbox', { name: 'Share link' });
  await expect(field).toBeFocused();
  return field.inputValue();
}

/** Dates every stored mentorship's start `days` days back, as if it had been started then. */
export async function startedDaysAgo(page: Page, days: number): Promise<void> {
  await page.evaluate(
    ([key, days]) => {
      const index = JSON.parse(localStorage.getItem(key)!);
      for (const m of index.mentorships)
        m.createdAt = new Date(Date.now() - days * 864e5).toISOString();
      localStorage.setItem(key, JSON.stringify(index));
    },
    [INDEX_KEY, days] as const,
  );
}

/**
 * What a browser does when it blocks site data (Chrome's or Safari's cookie blocking, sandboxed
 * frames): merely reading `window.localStorage` throws. Returns the page errors met from then on.
 */
export async function blockStorage(page: Page): Promise<string[]> {
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

/**
 * Safari's private browsing and a full disk: storage reads, but every write throws. Returns the
 * dialogs the page opens, by type, each answered with `answer` (stay, unless told to leave).
 */
export async function refuseEveryWrite(page: Page, answer: () => 'stay' | 'leave' = () => 'stay') {
  await page.addInitScript(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.type());
    void (answer() === 'leave' ? dialog.accept() : dialog.dismiss());
  });
  return dialogs;
}

/** An index of mentorships cut short mid-write. */
export const DAMAGED_INDEX = '{"version":1,"open":"m-ada-tom","mentorships":[{"id":"m-ada-tom","na';

/** The damaged index beside the documents of the two mentorships it listed, by key. */
export const DAMAGED_INDEX_STORAGE = {
  [INDEX_KEY]: DAMAGED_INDEX,
  [documentKey('m-ada-tom', 'kickoff')]: JSON.stringify({
    version: 1,
    pair: { mentor: 'Ada', mentee: 'Tom' },
    topics: { goal: { agreed: true, notes: 'Ship the billing service' } },
  }),
  [documentKey('m-lin', 'sessions')]: JSON.stringify({
    version: 1,
    sessions: [
      {
        id: 's1',
        finishedAt: '2026-10-01T12:00:00.000Z',
        date: '2026-10-01',
        parts: [],
        carried: [],
        actions: [],
      },
    ],
  }),
};

/** Stores `entries` from a page of the site that has no playbook on it, before any playbook runs. */
export async function storeBeforeLoad(page: Page, entries: Record<string, string>): Promise<void> {
  await page.goto('start-here/what-mentorship-is/');
  await page.evaluate((stored) => {
    for (const [key, text] of Object.entries(stored)) localStorage.setItem(key, text);
  }, entries);
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

/**
 * A result as it is shown on the page, beside the control that made it (not the hidden live
 * region, which is outside `main`): every result is seen as well as heard.
 */
export const shownResult = (page: Page, text: string | RegExp) =>
  page.getByRole('main').getByText(text, { exact: typeof text === 'string' });

/** Sets the browser's clock to noon on `day` (YYYY-MM-DD), as if the pair sat down again then. */
export const onDay = (page: Page, day: string) =>
  page.clock.setFixedTime(new Date(`${day}T12:00:00`));

/** Opens a page and waits until its islands run. */
export async function openPage(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await islandsReady(page);
}

/** The notice on every playbook page that a review is due, or that the mentorship paused or ended. */
export const reviewNotice = (page: Page) => page.locator('.review-notice');

/** Presses a button (Enter, as from the keyboard) and returns the file it downloads. */
export async function downloadFrom(
  page: Page,
  button: Locator,
): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), button.press('Enter')]);
  return { name: file.suggestedFilename(), text: await readFile((await file.path())!, 'utf8') };
}

/** The page as Chromium prints it on A4: the text of each page, its runs of white space as one. */
export async function printedPages(page: Page): Promise<string[]> {
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4', printBackground: false });
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), {
    mergePages: false,
  });
  await page.emulateMedia({ media: 'screen' });
  return text.map((p) => p.replace(/\s+/g, ' '));
}
