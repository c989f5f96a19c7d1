import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { type Page, type Request } from '@playwright/test';
import { expect, test } from './fixtures';
import { builtPages } from './built-pages';

// The JavaScript budgets of the site's standards, checked on what Chromium actually fetches.
const PLAYBOOK_BUDGET = 25 * 1024;
const PLAYBOOKS = builtPages().filter((path) => path.startsWith('/playbooks/'));
const PROSE = builtPages().filter(
  (path) => !path.startsWith('/playbooks/') && path !== '/404.html',
);
// Code for things used now and then (downloads, notices, the v1 move, rebuilding a damaged index,
// the mentorship tools and share link, following other tabs once a mentorship is changed,
// portable documents, opening an agreement, restoring, the backup reminder, looking for a new
// version of the site; the planner's history list, goal check-ins, action item lists, finishing and
// agenda files; the programme overview's table, reading files, keeping and CSV): it must not load
// until it is used.
const ON_DEMAND =
  /\/(agreement-file|session-files|markdown-text|file-actions|NoticeList|move-v1|settle|recover-index|MentorshipTools|ShareImport|LinkImport|PackLink|ProgramPreview|ProgramPart|ProgramFacts|ProgramQuestions|OpenedFile|follow|ImportPreview|AgreementImport|RestorePanel|BackupReminder|backups|portable|calendar|ics|time-zone|file-names|updates|ReviewNotice|save|review-files|review-read|review-calendar|Summary|DecisionFields|NewGoals|Saved|past-review|PastSessions|GoalCheckIns|ItemLists|history|files|Pairs|actions|keeping|manage|csv)\.[\w-]+\.js$/;
// The "Your data" page lists every mentorship and its backups as it loads: what it is for.
const FIRST_LOAD_ON = { '/playbooks/your-data/': /\/(backups|portable)\./ } as Record<
  string,
  RegExp
>;
const onDemand = (path: string, urls: Iterable<string>) =>
  [...urls].filter((url) => ON_DEMAND.test(url) && !FIRST_LOAD_ON[path]?.test(url));

interface Loaded {
  /** Every script the page fetched, by path, with its gzipped size. */
  scripts: Map<string, number>;
  /** Gzipped sizes of the page's inline scripts, by text. */
  inline: Map<string, number>;
}

const gz = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;

/** Opens a page and lets it settle, recording the scripts it requests (sized from the build served). */
async function load(page: Page, path: string): Promise<Loaded> {
  const scripts = new Map<string, number>();
  const record = (request: Request) => {
    if (request.resourceType() !== 'script') return;
    const url = new URL(request.url()).pathname;
    scripts.set(url, gz(readFileSync(join('dist', url))));
  };
  page.on('request', record);
  await page.goto(path.slice(1));
  // Islands that run once in use (src/site/client-in-use.ts) wait for the reader, as on a first visit.
  await expect(page.locator('astro-island[ssr]:not([client="in-use"])')).toHaveCount(0);
  await page.waitForLoadState('networkidle');
  const texts = await page
    .locator('script:not([src])')
    .evaluateAll((els) => els.map((el) => el.textContent ?? ''));
  page.off('request', record);
  return { scripts, inline: new Map(texts.map((t) => [t, gz(t)])) };
}

test.describe('a prose page loads no island, so no JavaScript beyond Starlight’s own', () => {
  for (const path of PROSE) {
    test(`${path}`, async ({ page }) => {
      const { scripts } = await load(page, path);
      expect(await page.locator('astro-island').count(), path).toBe(0);
      const ours = [...scripts.keys()].filter((url) =>
        /\/(client|playbook|kit|islands)\./.test(url),
      );
      expect(ours, path).toEqual([]);
    });
  }
});

for (const path of PLAYBOOKS) {
  test(`${path} loads at most 25 KB gzipped of JavaScript beyond a prose page, none of it on-demand code`, async ({
    page,
  }) => {
    const prose = await load(page, '/start-here/what-mentorship-is/');
    const playbook = await load(page, path);
    const extra = (mine: Map<string, number>, base: Map<string, number>) =>
      [...mine].filter(([key]) => !base.has(key)).reduce((sum, [, size]) => sum + size, 0);
    const total = extra(playbook.scripts, prose.scripts) + extra(playbook.inline, prose.inline);
    // The playbook's code was counted: a page whose islands all wait to be used
    // (src/site/client-in-use.ts), as the overview built from a folder, loads only their directive.
    const eager = await page.locator('astro-island:not([client="in-use"])').count();
    expect(total).toBeGreaterThan(eager > 0 ? 10 * 1024 : 1024);
    expect(total).toBeLessThanOrEqual(PLAYBOOK_BUDGET);
    expect(onDemand(path, playbook.scripts.keys())).toEqual([]);
  });
}

test('the agreement’s Markdown code loads when the agreement is first downloaded', async ({
  page,
}) => {
  const { scripts } = await load(page, '/playbooks/kickoff-checklist/');
  expect([...scripts.keys()].filter((url) => ON_DEMAND.test(url))).toEqual([]);
  const fetched = page.waitForRequest(/\/agreement-file\.[\w-]+\.js$/);
  const download = page.waitForEvent('download');
  const button = page.getByRole('button', { name: /^Download/ }).first();
  // The agreement panel runs once in use: a reader scrolls to it before pressing its buttons.
  await button.scrollIntoViewIfNeeded();
  await button.click();
  await Promise.all([fetched, download]);
});

test('the calendar code loads when a calendar file is first asked for', async ({ page }) => {
  const { scripts } = await load(page, '/playbooks/kickoff-checklist/');
  await page.getByRole('textbox', { name: 'Start date' }).fill('2026-10-07');
  await page.getByRole('combobox', { name: 'How often' }).selectOption('weekly');
  await page.getByRole('spinbutton', { name: 'Session length (minutes)' }).fill('45');
  await page.getByLabel('Usual time').fill('18:00');
  expect([...scripts.keys()].filter((url) => ON_DEMAND.test(url))).toEqual([]);
  const fetched = page.waitForRequest(/\/calendar\.[\w-]+\.js$/);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Add to calendar (.ics)' }).click();
  await Promise.all([fetched, download]);
});

test('the mentorship tools load when first opened, not before', async ({ page }) => {
  const { scripts } = await load(page, '/playbooks/kickoff-checklist/');
  await page.getByRole('textbox', { name: "Mentee's name" }).fill('Tom');
  expect([...scripts.keys()].filter((url) => ON_DEMAND.test(url))).toEqual([]);
  const fetched = page.waitForRequest(/\/MentorshipTools\.[\w-]+\.js$/);
  await page.getByRole('button', { name: 'Share or manage…' }).click();
  await fetched;
  await expect(page.getByRole('button', { name: 'Make a share link' })).toBeVisible();
});

test.describe('an island that runs once in use (the agreement panel)', () => {
  const inUse = (page: Page) => page.locator('astro-island[client="in-use"]');

  test('waits on a first visit until it is scrolled to, then runs', async ({ page }) => {
    await load(page, '/playbooks/kickoff-checklist/');
    await expect(inUse(page)).toHaveAttribute('ssr', '');
    const download = page.getByRole('button', { name: 'Download the agreement (.md)' });
    await expect(download).toBeDisabled();
    await download.scrollIntoViewIfNeeded();
    await expect(inUse(page)).not.toHaveAttribute('ssr');
    await expect(download).toBeEnabled();
  });

  test('runs at once when this browser holds answers, so printing at once prints them', async ({
    page,
  }) => {
    await page.goto('playbooks/kickoff-checklist/');
    await page.getByRole('textbox', { name: "Mentee's name" }).fill('Tom');
    await expect
      .poll(() =>
        page.evaluate(() => Object.keys(localStorage).some((k) => k.endsWith(':kickoff'))),
      )
      .toBe(true);
    await page.reload();
    await expect(inUse(page)).not.toHaveAttribute('ssr');
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('article', { name: 'Agreement preview' })).toContainText('Tom');
  });
});
