import { writeFile } from 'node:fs/promises';
import { type Page } from '@playwright/test';
import { expect, test } from './fixtures';
import {
  downloadEverything,
  expectNoAxeViolations,
  islandsReady,
  marksStamped,
  openMentorshipNamed,
  pickFile,
  shownResult,
  startedDaysAgo,
} from './helpers';

const KICKOFF = 'playbooks/kickoff-checklist/';
const DATA = 'playbooks/your-data/';

async function open(page: Page, path: string) {
  await page.goto(path);
  await islandsReady(page);
}

/** Everything the playbooks keep, parsed, by key (the backup note aside: it records the backup). */
const ours = (page: Page) =>
  page.evaluate(() =>
    Object.fromEntries(
      Object.keys(localStorage)
        .filter((k) => k.startsWith('mentorship-playbook') && !k.endsWith(':last-backup'))
        .sort()
        .map((k) => [k, JSON.parse(localStorage.getItem(k)!)]),
    ),
  );

/** Two mentorships, one with a finished session. */
async function twoMentorships(page: Page) {
  await open(page, KICKOFF);
  await page.getByRole('textbox', { name: "Mentor's name" }).fill('Ada');
  await page.getByRole('textbox', { name: "Mentee's name" }).fill('Tom');
  await page.getByRole('checkbox', { name: 'The goal' }).check();
  await page.getByRole('textbox', { name: 'Notes: The goal' }).fill('Ship “billing” ✨ שלום');
  await page.getByRole('button', { name: 'Share or manage…' }).click();
  await page.getByRole('button', { name: 'New mentorship' }).click();
  await page.getByRole('textbox', { name: "Mentor's name" }).fill('Ada');
  await page.getByRole('textbox', { name: "Mentee's name" }).fill('Lin');
  await marksStamped(page);
  await open(page, 'playbooks/plan-a-session/');
  await page.getByRole('button', { name: 'Finish session…' }).click();
  await page.getByRole('button', { name: 'Finish session', exact: true }).click();
  await expect(page.getByRole('list', { name: 'Past sessions' })).toHaveCount(1);
  await marksStamped(page);
}

/** Each mentorship's size is more than nothing and part of the total, never more than it. */
async function expectSizesAddUp(page: Page) {
  const kB = (text: string) => Number(/([\d.,]+) kB/.exec(text)![1]!.replace(/,/g, ''));
  const table = page.getByRole('table', { name: 'Mentorships in this browser' });
  const sizes = (await table.locator('tbody td:last-child').allTextContents()).map(kB);
  const total = kB((await page.getByText(/All together the playbooks use about/).textContent())!);
  expect(sizes.every((size) => size > 0)).toBe(true);
  expect(sizes.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(total);
}

test('backup, clear the browser, restore: every mentorship comes back identical', async ({
  page,
}, testInfo) => {
  // Five page loads, two mentorships made, a download and a restore, before its two axe passes
  // (which bring their own budget): three times the usual limit.
  test.slow();
  await twoMentorships(page);
  const before = await ours(page);
  await open(page, DATA);
  const table = page.getByRole('table', { name: 'Mentorships in this browser' });
  await expect(table.getByRole('row')).toHaveCount(3);
  await expect(table.getByRole('row', { name: /Tom and Ada/ })).toContainText(
    '1 of 18 topics agreed, 0 finished sessions',
  );
  await expect(table.getByRole('row', { name: /Lin and Ada/ })).toContainText('1 finished session');
  await expect(page.getByText('No backup has been made from this browser yet.')).toBeVisible();
  await expectSizesAddUp(page);
  await expectNoAxeViolations(page, 'your data, with two mentorships');

  const backup = await downloadEverything(page);
  expect(backup.name).toMatch(/^mentorship-playbook-backup-\d{4}-\d{2}-\d{2}\.json$/);
  expect(JSON.parse(backup.text)).toMatchObject({
    format: 'mentorship-playbook-backup',
    version: 1,
  });
  await expect(page.getByText(/Your last backup was made on .* \(today\)\.$/)).toBeVisible();
  const path = testInfo.outputPath(backup.name);
  await writeFile(path, backup.text);

  await page.evaluate(() => localStorage.clear());
  await open(page, DATA);
  await expect(page.getByText('No mentorships yet')).toBeVisible();
  await pickFile(page, 'Restore from a file…', path);
  const preview = page.getByRole('region', { name: `The backup in “${backup.name}”` });
  await expect(preview).toContainText('It holds 2 mentorships.');
  await expect(preview).toContainText('“Lin and Ada”: 0 of 18 topics agreed, 1 finished session');
  await expect(page.getByRole('heading', { name: `The backup in “${backup.name}”` })).toBeFocused();
  expect(await ours(page)).toEqual({});
  await expectNoAxeViolations(page, 'restore preview');
  await page.getByRole('button', { name: 'Replace everything with the file' }).click();
  await expect(preview).toHaveCount(0);
  await expect(table.getByRole('row')).toHaveCount(3);
  expect(await ours(page)).toEqual(before);
  // What is here now is exactly the file: backed up when it was made, and restored today.
  await expect(
    page.getByText(
      /^Your last backup was made on .* \(today\)\. You restored from a file on .* \(today\)\.$/,
    ),
  ).toBeVisible();
  await expectSizesAddUp(page);

  await open(page, KICKOFF);
  await expect(page.getByRole('textbox', { name: 'Notes: The goal' })).toHaveValue('');
  await openMentorshipNamed(page, 'Tom and Ada');
  await expect(page.getByRole('textbox', { name: 'Notes: The goal' })).toHaveValue(
    'Ship “billing” ✨ שלום',
  );
});

test('merging adds the file’s mentorships and keeps the ones here', async ({ page }, testInfo) => {
  await open(page, KICKOFF);
  await page.getByRole('textbox', { name: "Mentee's name" }).fill('Tom');
  await open(page, DATA);
  const path = testInfo.outputPath('tom.json');
  await writeFile(path, (await downloadEverything(page)).text);
  await page.evaluate(() => localStorage.clear());
  await open(page, KICKOFF);
  await page.getByRole('textbox', { name: "Mentee's name" }).fill('Lin');
  await open(page, DATA);
  await pickFile(page, 'Restore from a file…', path);
  await page.getByRole('button', { name: 'Add to what is here' }).click();
  const table = page.getByRole('table', { name: 'Mentorships in this browser' });
  await expect(table.getByRole('row', { name: /^Lin/ })).toHaveCount(1);
  await expect(table.getByRole('row', { name: /^Tom/ })).toHaveCount(1);
});

for (const [kind, text, message] of [
  [
    'not JSON',
    '{"format": "mentorship-playbook-backup",\n  oops}',
    /not valid JSON \(the first problem is at line 2, column \d+\)/,
  ],
  ['not a backup', '{"hello": "world"}', /not a Mentorship Playbook backup/],
  [
    'from a newer version',
    '{"format": "mentorship-playbook-backup", "version": 7, "mentorships": []}',
    /newer version of Mentorship Playbook \(format 7\)/,
  ],
  [
    'a mentorship without an id',
    '{"format": "mentorship-playbook-backup", "version": 1, "mentorships": [{"name": "x"}]}',
    /mentorship 1: not a mentorship \(it has no id\)/,
  ],
] as const) {
  test(`a file ${kind} says why and changes nothing`, async ({ page }, testInfo) => {
    await open(page, KICKOFF);
    await page.getByRole('textbox', { name: "Mentee's name" }).fill('Lin');
    await open(page, DATA);
    const before = await ours(page);
    const path = testInfo.outputPath('bad.json');
    await writeFile(path, text);
    await pickFile(page, 'Restore from a file…', path);
    await expect(page.getByText('“bad.json” cannot be restored')).toBeFocused();
    await expect(page.getByText(message)).toBeVisible();
    await page.getByRole('button', { name: 'Close' }).click();
    expect(await ours(page)).toEqual(before);
  });
}

test('a restore that does not fit leaves the data exactly as it was', async ({
  page,
}, testInfo) => {
  test.slow();
  await open(page, KICKOFF);
  await page.getByRole('textbox', { name: "Mentee's name" }).fill('Lin');
  await open(page, DATA);
  const backup = JSON.parse((await downloadEverything(page)).text);
  // A file with a mentorship far larger than the room left once storage is nearly full.
  backup.mentorships.push({
    ...backup.mentorships[0],
    id: 'big',
    kickoff: {
      ...backup.mentorships[0].kickoff,
      pair: { mentor: 'x'.repeat(400_000), mentee: 'Big', startDate: '' },
    },
  });
  const path = testInfo.outputPath('big.json');
  await writeFile(path, JSON.stringify(backup));
  await page.evaluate(() => {
    // Fill storage until it refuses, then free a little: room for small writes, not 400,000 characters.
    const chunk = 'f'.repeat(100_000);
    for (let i = 0; ; i++) {
      try {
        localStorage.setItem(`filler-${i}`, chunk);
      } catch {
        localStorage.removeItem('filler-0');
        break;
      }
    }
  });
  const before = await ours(page);
  await pickFile(page, 'Restore from a file…', path);
  await page.getByRole('button', { name: 'Replace everything with the file' }).click();
  await expect(page.getByRole('alert')).toContainText('not enough room');
  await expect(page.getByRole('alert')).toBeFocused();
  expect(await ours(page)).toEqual(before);
  await page.evaluate(() => {
    for (const key of Object.keys(localStorage))
      if (key.startsWith('filler-')) localStorage.removeItem(key);
  });
});

test('delete everything names what goes, and then nothing of the playbooks is left', async ({
  page,
}) => {
  await twoMentorships(page);
  await open(page, DATA);
  await page.getByRole('button', { name: 'Delete everything…' }).click();
  const question = page.getByRole('group', { name: /^Delete all 2 mentorships/ });
  await expect(question).toContainText('(“Tom and Ada”, “Lin and Ada”)');
  await expect(question).toContainText('1 finished session');
  await expect(page.getByRole('button', { name: 'Keep it all' })).toBeFocused();
  await expectNoAxeViolations(page, 'delete everything question');
  await page.getByRole('button', { name: 'Delete everything', exact: true }).click();
  await expect(page.getByText('Everything was deleted from this browser.')).toBeFocused();
  expect(await ours(page)).toEqual({});
  await expect(page.getByText('No mentorships yet')).toBeVisible();
});

test('the persistent-storage request shows its result, and can be asked for', async ({ page }) => {
  await open(page, DATA);
  const status = page.getByRole('status').filter({ hasText: /promised? to keep the data/ });
  await expect(status).toBeVisible();
  const ask = page.getByRole('button', { name: 'Ask the browser to keep this data' });
  if ((await status.textContent())?.includes('has not promised')) {
    await ask.click();
    await expect(status).toContainText(/has (not )?promised to keep the data/);
  } else {
    await expect(ask).toHaveCount(0);
  }
});

test('a playbook page reminds gently when changes are in no backup and the last is over a week old', async ({
  page,
}) => {
  await open(page, KICKOFF);
  await page.getByRole('textbox', { name: "Mentee's name" }).fill('Tom');
  await startedDaysAgo(page, 9);
  await open(page, KICKOFF);
  const reminder = page.getByText('You have no backup of your answers yet.');
  await expect(reminder).toBeVisible();
  await expectNoAxeViolations(page, 'backup reminder');
  await page.getByRole('link', { name: 'download everything from “Your data”' }).click();
  await islandsReady(page);
  await downloadEverything(page);
  await open(page, KICKOFF);
  await expect(page.getByRole('textbox', { name: "Mentee's name" })).toHaveValue('Tom');
  await expect(reminder).toHaveCount(0);

  // A backup ten days old, and a change since: reminded again, with the backup's age.
  await page.evaluate(() => {
    const key = 'mentorship-playbook:v2:last-backup';
    const record = JSON.parse(localStorage.getItem(key)!);
    record.at = new Date(Date.now() - 10 * 864e5).toISOString();
    localStorage.setItem(key, JSON.stringify(record));
  });
  await open(page, KICKOFF);
  await expect(page.getByText(/changed since your last backup/)).toHaveCount(0);
  await page.getByRole('textbox', { name: "Mentee's name" }).fill('Tom Wu');
  await open(page, KICKOFF);
  await expect(
    page.getByText('Your answers have changed since your last backup, 10 days ago.'),
  ).toBeVisible();

  // "Not now" says what it puts off, leaves focus on the switcher's button, and holds for a week.
  await page.getByRole('button', { name: 'Not now: remind me in a week' }).click();
  await expect(page.getByText(/changed since your last backup/)).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Share or manage…' })).toBeFocused();
  await expect(shownResult(page, 'The backup reminder is away for a week.')).toBeVisible();
  await open(page, KICKOFF);
  await expect(page.getByRole('textbox', { name: "Mentee's name" })).toHaveValue('Tom Wu');
  await expect(page.getByText(/changed since your last backup/)).toHaveCount(0);
});
