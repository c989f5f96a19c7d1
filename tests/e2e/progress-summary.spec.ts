import type { Page } from '@playwright/test';
import type { Portable } from '../../src/playbook/portable/portable';
import { decodeSummary, readSummary } from '../../src/playbook/program/summary';
import {
  NOTE,
  NOTED_PROGRAM,
  notedMentorship,
  storedMentorships,
} from '../unit/helpers/noted-mentorship';
import { BASE_PATH, BASE_PORT } from '../../playwright.config';
import { expect, test } from './fixtures';
import { downloadFrom, islandsReady, onDay, shownResult, storeBeforeLoad } from './helpers';

// Your data's "Send a progress summary…" (issue 27): what the panel shows is what the file and
// the link hold, and no note of the pair's reaches either.

const DATA = 'playbooks/your-data/';
const TODAY = '2026-11-30';

/** Your data on TODAY, with the noted mentorship (and `others`) stored. */
async function openData(page: Page, others: Portable[] = []) {
  await onDay(page, TODAY);
  await storeBeforeLoad(page, storedMentorships([notedMentorship(), ...others]));
  await page.goto(DATA);
  await islandsReady(page);
}

const panelOf = (page: Page) =>
  page.getByRole('region', { name: 'Progress summary of “Tom and Priya”' });

test('the panel shows the facts; the file holds them and no note; the link carries the same summary to the programme overview', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openData(page);
  const opener = page.getByRole('button', { name: 'Send a progress summary…' });
  await opener.click();
  const panel = panelOf(page);
  await expect(
    panel.getByRole('heading', { name: 'Progress summary of “Tom and Priya”' }),
  ).toBeFocused();
  for (const fact of [
    'Priya',
    NOTED_PROGRAM,
    '23 Sept 2026',
    'Every two weeks, 45 minutes a session',
    '2 sessions, the last on 25 Nov 2026',
    '1 review done, the last on 4 Nov 2026; the next is due on 13 Jan 2027',
    'Going on',
  ])
    await expect(panel).toContainText(fact);
  await expect(panel.getByRole('listitem')).toHaveText([
    'Ship the billing service: latest check-in Moving, on 25 Nov 2026; open, to reach by 31 Jan 2027.',
    'Lead a design review: latest check-in Done, on 25 Nov 2026; reached.',
  ]);
  await expect(panel).toContainText('Left out: every note.');
  await expect(panel).not.toContainText(NOTE);

  const file = await downloadFrom(
    page,
    panel.getByRole('button', { name: 'Download the file (.json)' }),
  );
  expect(file.name).toBe(`progress-tom-and-priya-${TODAY}.json`);
  await expect(shownResult(page, `Downloading ${file.name}.`)).toBeVisible();
  expect(file.text).not.toContain(NOTE);
  const read = readSummary(file.text);
  if (!read.ok) throw new Error(read.message);
  expect(read.summary).toMatchObject({
    madeOn: TODAY,
    pair: { mentor: 'Priya', mentee: 'Tom' },
    program: { id: 'acme-spring-2027', name: NOTED_PROGRAM },
    kickoffDate: '2026-09-23',
    sessions: { held: 2, last: '2026-11-25' },
    goals: [
      { what: 'Ship the billing service', latest: 'moving', latestOn: '2026-11-25', outcome: '' },
      { what: 'Lead a design review', latest: 'done', latestOn: '2026-11-25', outcome: 'reached' },
    ],
    reviews: { done: 1, last: '2026-11-04', nextOn: '2027-01-13' },
    status: { state: 'active' },
  });

  await panel.getByRole('button', { name: 'Copy a link' }).click();
  await expect(shownResult(page, 'Copied the summary’s link to the clipboard.')).toBeVisible();
  const link = new URL(await page.evaluate(() => navigator.clipboard.readText()));
  expect(`${link.origin}${link.pathname}`).toBe(
    new URL('/playbooks/program-overview/', page.url()).href,
  );
  expect(link.hash).not.toContain(NOTE);
  const carried = await decodeSummary(link.hash);
  if (!carried.ok) throw new Error(carried.message);
  // The link's summary is the file's, value for value.
  expect(carried.summary).toEqual(read.summary);
  // A short summary: nothing to warn of.
  await expect(panel).not.toContainText('characters long');

  await panel.getByRole('button', { name: 'Close' }).click();
  await expect(panel).toHaveCount(0);
  await expect(opener).toBeFocused();
  await expect(opener).toHaveAttribute('aria-expanded', 'false');
});

test('by keyboard alone: open, choose the mentorship, download, copy, and Escape back to the button', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const other = notedMentorship('m-lin');
  other.kickoff.pair = { mentor: 'Sam', mentee: 'Lin', startDate: '2026-10-01' };
  other.kickoff.program = { ...other.kickoff.program, id: '', name: '' };
  await openData(page, [other]);
  const opener = page.getByRole('button', { name: 'Send a progress summary…' });
  await opener.focus();
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('heading', { name: 'Progress summary of “Tom and Priya”' }),
  ).toBeFocused();

  await page.keyboard.press('Tab');
  const list = page.getByRole('combobox', { name: 'Mentorship to summarise' });
  await expect(list).toBeFocused();
  await list.selectOption({ label: 'Lin and Sam' });
  const panel = page.getByRole('region', { name: 'Progress summary of “Lin and Sam”' });
  await expect(panel).toContainText('This mentorship is in no programme, and the summary says so.');
  await expect(list).toBeFocused();

  await page.keyboard.press('Tab');
  const download = panel.getByRole('button', { name: 'Download the file (.json)' });
  await expect(download).toBeFocused();
  const file = await downloadFrom(page, download);
  expect(file.name).toBe(`progress-lin-and-sam-${TODAY}.json`);
  expect(JSON.parse(file.text)).toMatchObject({
    program: { id: '', name: '' },
    pair: { mentee: 'Lin' },
  });

  await page.keyboard.press('Tab');
  const copy = panel.getByRole('button', { name: 'Copy a link' });
  await expect(copy).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(shownResult(page, 'Copied the summary’s link to the clipboard.')).toBeVisible();
  const carried = await decodeSummary(
    new URL(await page.evaluate(() => navigator.clipboard.readText())).hash,
  );
  expect(carried.ok && carried.summary.pair).toEqual({ mentor: 'Sam', mentee: 'Lin' });

  await page.keyboard.press('Escape');
  await expect(panel).toHaveCount(0);
  await expect(opener).toBeFocused();
});

test('under a base path, the link points at the programme overview under it', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const site = `http://127.0.0.1:${BASE_PORT}${BASE_PATH}/`;
  await onDay(page, TODAY);
  await page.goto(`${site}start-here/what-mentorship-is/`);
  await page.evaluate(
    (stored) => {
      for (const [key, text] of Object.entries(stored)) localStorage.setItem(key, text);
    },
    storedMentorships([notedMentorship()]),
  );
  await page.goto(`${site}${DATA}`);
  await islandsReady(page);
  await page.getByRole('button', { name: 'Send a progress summary…' }).click();
  const copy = panelOf(page).getByRole('button', { name: 'Copy a link' });
  await copy.click();
  await expect(shownResult(page, 'Copied the summary’s link to the clipboard.')).toBeVisible();
  const link = new URL(await page.evaluate(() => navigator.clipboard.readText()));
  expect(link.pathname).toBe(`${BASE_PATH}/playbooks/program-overview/`);
  expect(link.hash).toMatch(/^#summary=v1\./);
});
