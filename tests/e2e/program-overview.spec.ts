import { readFile } from 'node:fs/promises';
import { type Page } from '@playwright/test';
import Papa from 'papaparse';
import { expect, test } from './fixtures';
import {
  expectNoAxeViolations,
  expectNoAxeViolationsInEveryTheme,
  islandsReady,
  shownResult,
  WIDE,
} from './helpers';
import {
  encodeSummary,
  summaryFile,
  type ProgressSummary,
} from '../../src/playbook/program/summary';
import { emptyKickoff } from '../../src/playbook/documents/kickoff';
import { agreementText } from '../../src/playbook/kickoff/agreement-file';
import { onTrack, overdue, stalled } from '../unit/helpers/program-pairs';

// The coordinator's overview (issue 27): three pairs' summaries, made as their browsers make them
// (one on track, one stalled, one overdue for its review), dropped or picked on the page on 30
// November 2026.

const PAGE = 'playbooks/program-overview/';
const PAIRS = () => [onTrack(), stalled(), overdue()];

const fileOf = (summary: ProgressSummary) => {
  const file = summaryFile(summary);
  return { name: file.name, mimeType: 'application/json', buffer: Buffer.from(file.text) };
};

/** Opens the overview on 30 November 2026, once its island runs. */
async function openOverview(page: Page, hash = '') {
  await page.clock.setFixedTime(new Date('2026-11-30T12:00:00'));
  await page.goto(`${PAGE}${hash}`);
  await islandsReady(page);
  await expect(page.getByRole('button', { name: 'Choose files' })).toBeEnabled();
}

/** Picks files with "Choose files" (a real button: the keyboard test reaches it with Tab). */
async function pick(page: Page, files: ReturnType<typeof fileOf>[]) {
  const choose = page.getByRole('button', { name: 'Choose files' });
  await expect(choose).toBeEnabled();
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), choose.click()]);
  expect(chooser.isMultiple()).toBe(true);
  await chooser.setFiles(files);
}

/** Drops files on the drop zone, as a file manager's drag would. */
async function drop(page: Page, files: ReturnType<typeof fileOf>[]) {
  const sent = files.map(({ name, mimeType, buffer }) => ({
    name,
    mimeType,
    text: buffer.toString(),
  }));
  await page.getByRole('button', { name: 'Choose files' }).evaluate((button, sent) => {
    const transfer = new DataTransfer();
    for (const { name, mimeType, text } of sent)
      transfer.items.add(new File([text], name, { type: mimeType }));
    const zone = button.closest('.drop-zone')!;
    for (const type of ['dragenter', 'dragover', 'drop'])
      zone.dispatchEvent(
        new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }),
      );
  }, sent);
}

const table = (page: Page) => page.getByRole('table', { name: /Pairs in the overview/ });
const rowOf = (page: Page, mentee: string) =>
  table(page).getByRole('row', { name: new RegExp(`^${mentee} with`) });
const pairOrder = (page: Page) => table(page).getByRole('rowheader').allTextContents();

/** Presses "Download CSV of the pairs shown" and returns the file's name and records. */
async function downloadCsv(page: Page) {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download CSV of the pairs shown' }).click(),
  ]);
  const text = await readFile((await download.path())!, 'utf8');
  return {
    name: download.suggestedFilename(),
    text,
    records: Papa.parse<string[]>(text.replace(/^\uFEFF/, '')).data.filter((r) => r.length > 1),
  };
}

test('three pairs’ summaries dropped on the overview give the right table, flags and CSV', async ({
  page,
}) => {
  await openOverview(page);
  await expect(page.getByText(/No pairs yet/)).toBeVisible();
  await expect(
    page.getByText(/the defaults apply: A pair counts as stalled after 21 days/),
  ).toBeVisible();
  await drop(page, PAIRS().map(fileOf));

  await expect(table(page).getByRole('row')).toHaveCount(4);
  const results = page.getByRole('list', { name: 'What came of each file' }).getByRole('listitem');
  await expect(results).toHaveText([
    /^Added: progress-tom-and-priya/,
    /^Added: progress-ada-and-lin/,
    /^Added: progress-sam-and-kim/,
  ]);
  await expect(rowOf(page, 'Tom')).toContainText('4 of 5 expected');
  await expect(rowOf(page, 'Tom')).toContainText('On track');
  await expect(rowOf(page, 'Ada')).toContainText('56 days');
  await expect(rowOf(page, 'Ada')).toContainText('Stalled');
  await expect(rowOf(page, 'Sam')).toContainText(
    "Review overdue (The pair's own review, 9 Nov 2026)",
  );
  await expect(shownResult(page, 'Showing 3 of 3 pairs.')).toBeVisible();
  const totals = page.getByRole('table', { name: 'Pairs (3 of 3 pairs shown)' });
  await expect(totals.getByRole('row', { name: /Stalled/ }).getByRole('cell')).toHaveText('1');

  const csv = await downloadCsv(page);
  expect(csv.name).toBe('programme-overview-2026-11-30.csv');
  expect(csv.text.startsWith('\uFEFF')).toBe(true);
  expect(csv.text).toContain('\r\n');
  const [header, ...records] = csv.records;
  expect(records.map((r) => r[0])).toEqual(['Tom', 'Ada', 'Sam']);
  expect(records.map((r) => r[header!.indexOf('Stalled')])).toEqual(['no', 'yes', 'no']);
  expect(records[2]![header!.indexOf('Review overdue')]).toBe("The pair's own review (2026-11-09)");

  // Sorted by days since the last session, then the other way; then only those needing attention.
  const quiet = page.getByRole('columnheader', { name: /Since last session/ });
  await quiet.getByRole('button').click();
  await expect(quiet).toHaveAttribute('aria-sort', 'ascending');
  expect(await pairOrder(page)).toEqual(['Tom with Priya', 'Sam with Kim', 'Ada with Lin']);
  await quiet.getByRole('button').click();
  await expect(quiet).toHaveAttribute('aria-sort', 'descending');
  expect(await pairOrder(page)).toEqual(['Ada with Lin', 'Sam with Kim', 'Tom with Priya']);
  await page.getByRole('combobox', { name: 'Show' }).selectOption('attention');
  await expect(shownResult(page, 'Showing 2 of 3 pairs.')).toBeVisible();
  expect((await downloadCsv(page)).records.slice(1).map((r) => r[0])).toEqual(['Ada', 'Sam']);
  await page.getByRole('textbox', { name: 'Filter by name' }).fill('kim');
  await expect(shownResult(page, 'Showing 1 of 3 pairs.')).toBeVisible();
  expect(await pairOrder(page)).toEqual(['Sam with Kim']);
});

test('a refused file says why and changes nothing; a newer summary of a pair replaces the older', async ({
  page,
}) => {
  await openOverview(page);
  const hostile = [
    {
      name: 'evil.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"format": "mentorship-playbook-progress-summary", "version": 99}'),
    },
    {
      name: 'huge.json',
      mimeType: 'application/json',
      buffer: Buffer.from(`{"x":"${'a'.repeat(300_000)}"}`),
    },
    {
      name: 'notes.md',
      mimeType: 'text/markdown',
      buffer: Buffer.from('# Notes\n\nNo front matter'),
    },
  ];
  await pick(page, hostile);
  const results = page.getByRole('list', { name: 'What came of each file' }).getByRole('listitem');
  await expect(results).toHaveText([
    /^Refused: evil\.json\. .*newer version of Mentorship Playbook/,
    /^Refused: huge\.json\. This file is far larger than any progress summary/,
    /^Refused: notes\.md\. This file has no answers to read back/,
  ]);
  await expect(page.getByText(/No pairs yet/)).toBeVisible();

  // Dropped: an older summary of Ada and Lin first, then the one of today.
  const older = { ...stalled(), madeOn: '2026-11-01', sessions: { held: 1, last: '2026-09-07' } };
  await pick(page, [fileOf(older)]);
  await expect(rowOf(page, 'Ada')).toContainText('1 of 7 expected');
  await page.getByRole('button', { name: 'Choose files' }).evaluate((button, text) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], 'ada-today.json', { type: 'application/json' }));
    const zone = button.closest('.drop-zone')!;
    zone.dispatchEvent(
      new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }),
    );
    zone.dispatchEvent(
      new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }),
    );
  }, summaryFile(stalled()).text);
  await expect(results).toHaveText([
    /^Updated: ada-today\.json\. Updated Ada and Lin: this summary \(30 Nov 2026\) replaces the one from 1 Nov 2026\./,
  ]);
  await expect(rowOf(page, 'Ada')).toContainText('3 of 7 expected');
  await expect(table(page).getByRole('row')).toHaveCount(2);
});

/** Tom and Priya's agreement file (mentorship m-tom, as their summary), written on 5 October. */
const tomsAgreement = () => ({
  name: 'agreement-tom-and-priya.md',
  mimeType: 'text/markdown',
  buffer: Buffer.from(
    agreementText(
      {
        index: {
          open: 'm-tom',
          mentorships: [{ id: 'm-tom', name: '', createdAt: '2026-10-01T09:00:00.000Z' }],
        },
        open: 'm-tom',
      },
      { ...emptyKickoff(), pair: { mentor: 'Priya', mentee: 'Tom', startDate: '2026-11-02' } },
      '2026-10-05',
      [],
    ),
  ),
});

test('an agreement file never replaces a summary that knows the sessions, in either order', async ({
  page,
}) => {
  await openOverview(page);
  const results = page.getByRole('list', { name: 'What came of each file' }).getByRole('listitem');
  await drop(page, [fileOf(onTrack())]);
  await expect(rowOf(page, 'Tom')).toContainText('4 of 5 expected');
  await drop(page, [tomsAgreement()]);
  await expect(results).toHaveText([
    'Left out: agreement-tom-and-priya.md. Kept the summary of Tom and Priya from 30 Nov 2026 (it knows the sessions; the agreement does not).',
  ]);
  await expect(rowOf(page, 'Tom')).toContainText('4 of 5 expected');

  // The other way round: the agreement first (dated the day it was written), then the summary.
  await page.reload();
  await islandsReady(page);
  await drop(page, [tomsAgreement()]);
  await expect(rowOf(page, 'Tom')).toContainText('Progress not known');
  await drop(page, [fileOf(onTrack())]);
  await expect(results).toHaveText([
    /^Updated: progress-tom-and-priya-2026-11-30\.json\. Updated Tom and Priya: this summary \(30 Nov 2026\) replaces the one from 5 Oct 2026\./,
  ]);
  await expect(rowOf(page, 'Tom')).toContainText('4 of 5 expected');
  await expect(table(page).getByRole('row')).toHaveCount(2);
});

test('a summary with bad values names each one, and its row never claims an agreement', async ({
  page,
}) => {
  await openOverview(page);
  const bad = {
    ...JSON.parse(summaryFile(onTrack()).text),
    kickoffDate: '2026-13-45',
    cadence: 'hourly',
    sessions: { held: -3, last: '2026-11-25' },
    status: { state: 'exploded', since: '', until: '' },
  };
  await drop(page, [
    { name: 'tom.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) },
  ]);
  const results = page.getByRole('list', { name: 'What came of each file' }).getByRole('listitem');
  await expect(results).toHaveText([
    'Added: tom.json. Added Tom and Priya. 4 values in it did not fit and will be left empty: Progress summary › Kickoff date; Progress summary › Cadence; Progress summary › Sessions › Sessions held; Progress summary › Where the mentorship stands › Active, paused or ended.',
  ]);
  await expect(rowOf(page, 'Tom').getByRole('cell').nth(2)).toHaveText('Not known');
  await expect(rowOf(page, 'Tom')).toContainText('Progress not known');
  await expect(rowOf(page, 'Tom')).not.toContainText('agreement');
});

test('two tabs on the kept overview: each follows the other, and neither loses the other’s pairs', async ({
  page,
  context,
}) => {
  await openOverview(page);
  await page.getByRole('radio', { name: 'Kept in this browser only' }).check();
  await pick(page, [fileOf(onTrack())]);
  await expect(rowOf(page, 'Tom')).toBeVisible();

  // A pair's #summary= link opened in a new tab adds to the kept overview, not to an empty one.
  const second = await context.newPage();
  await openOverview(second, `#${await encodeSummary(stalled())}`);
  await expect(shownResult(second, 'Added Ada and Lin.')).toBeVisible();
  expect(await pairOrder(second)).toEqual(['Tom with Priya', 'Ada with Lin']);
  // The first tab follows, without a reload.
  await expect(rowOf(page, 'Ada')).toContainText('3 of 7 expected');

  // Files added in the first tab go into the list as stored now: Ada stays.
  await drop(page, [fileOf(overdue())]);
  await expect(table(page).getByRole('row')).toHaveCount(4);
  await expect(table(second).getByRole('row')).toHaveCount(4);
  // Removed in the second tab, gone from the first.
  await second.getByRole('button', { name: 'Remove Tom with Priya' }).click();
  await expect(table(page).getByRole('row')).toHaveCount(3);
  const stored = await page.evaluate(() =>
    JSON.parse(localStorage.getItem('mentorship-playbook:v2:program-overview')!),
  );
  expect(stored.summaries.map((s: ProgressSummary) => s.pair.mentee)).toEqual(['Ada', 'Sam']);

  // One tab stops keeping it: the other says so and keeps showing its pairs.
  await second.getByRole('radio', { name: /^Not kept/ }).check();
  await expect(shownResult(page, /another tab stopped keeping the overview/)).toBeVisible();
  await expect(page.getByRole('radio', { name: /^Not kept/ })).toBeChecked();
  await expect(table(page).getByRole('row')).toHaveCount(3);
});

test('a #summary= link adds its pair and leaves the address bar', async ({ page }) => {
  await openOverview(page, `#${await encodeSummary(overdue())}`);
  await expect(rowOf(page, 'Sam')).toContainText('Review overdue');
  await expect(shownResult(page, 'Added Sam and Kim.')).toBeVisible();
  expect(new URL(page.url()).hash).toBe('');
});

test('the overview is kept in this browser only when the coordinator chooses, and forgotten when they choose not', async ({
  page,
}) => {
  await openOverview(page);
  await expect(
    page.getByRole('radio', { name: /^Not kept: closing this tab forgets these pairs/ }),
  ).toBeChecked();
  await pick(page, [fileOf(onTrack())]);
  await expect(rowOf(page, 'Tom')).toBeVisible();
  await page.reload();
  await islandsReady(page);
  await expect(page.getByText(/No pairs yet/)).toBeVisible();

  await pick(page, [fileOf(onTrack()), fileOf(stalled())]);
  await expect(table(page).getByRole('row')).toHaveCount(3);
  await page.getByRole('radio', { name: 'Kept in this browser only' }).check();
  await expect(shownResult(page, 'Kept in this browser only: 2 pairs.')).toBeVisible();
  await page.reload();
  await islandsReady(page);
  await expect(table(page).getByRole('row')).toHaveCount(3);
  await expect(page.getByRole('radio', { name: 'Kept in this browser only' })).toBeChecked();

  // Removing a pair, and undoing it, with focus on the Undo button and back.
  await rowOf(page, 'Tom').getByRole('button', { name: 'Remove Tom with Priya' }).click();
  await expect(page.getByRole('button', { name: 'Undo' })).toBeFocused();
  await expect(table(page).getByRole('row')).toHaveCount(2);
  await page.keyboard.press('Enter');
  await expect(table(page).getByRole('row')).toHaveCount(3);
  // Focus comes back to the restored pair's row, on its Remove button.
  await expect(page.getByRole('button', { name: 'Remove Tom with Priya' })).toBeFocused();
  expect(await pairOrder(page)).toEqual(['Tom with Priya', 'Ada with Lin']);

  // Clearing all asks first.
  await page.getByRole('button', { name: 'Clear all…' }).click();
  await expect(page.getByRole('button', { name: 'Keep them' })).toBeFocused();
  await page.getByRole('button', { name: 'Clear all', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Undo' })).toBeFocused();
  await expect(page.getByText(/No pairs yet/)).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(table(page).getByRole('row')).toHaveCount(3);
  await expect(page.getByRole('button', { name: 'Remove Tom with Priya' })).toBeFocused();

  await page.getByRole('radio', { name: /^Not kept/ }).check();
  await expect(shownResult(page, /this browser no longer keeps the overview/)).toBeVisible();
  expect(
    await page.evaluate(() => localStorage.getItem('mentorship-playbook:v2:program-overview')),
  ).toBeNull();
  await page.reload();
  await islandsReady(page);
  await expect(page.getByText(/No pairs yet/)).toBeVisible();
});

test('axe finds nothing on the overview empty, filled and filtered, in every theme', async ({
  page,
}) => {
  await openOverview(page);
  await expectNoAxeViolationsInEveryTheme(page, 'empty overview');
  await page.setViewportSize(WIDE);
  await pick(page, PAIRS().map(fileOf));
  await expect(table(page).getByRole('row')).toHaveCount(4);
  await expectNoAxeViolationsInEveryTheme(page, 'filled overview');
  await page.setViewportSize(WIDE);
  await page.getByRole('combobox', { name: 'Show' }).selectOption('attention');
  await expect(table(page).getByRole('row')).toHaveCount(3);
  await expectNoAxeViolationsInEveryTheme(page, 'filtered overview');
});

test.describe('at 320 × 256 (400% zoom of a small laptop)', () => {
  test.use({ viewport: { width: 320, height: 256 } });

  test('by keyboard alone: pick, sort, filter, scroll the table; the page never scrolls sideways', async ({
    page,
  }) => {
    await openOverview(page);
    await expectNoAxeViolations(page, 'empty overview at 320 px');
    await pick(page, PAIRS().map(fileOf));
    await expect(table(page).getByRole('row')).toHaveCount(4);
    await expectNoAxeViolations(page, 'filled overview at 320 px');

    // Tab from "Choose files" reaches the filters, the table's region, its sort buttons and the rest.
    const reached: string[] = [];
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      reached.push(
        await page.evaluate(() => {
          const el = document.activeElement as HTMLElement;
          return `${el.getAttribute('role') ?? el.tagName.toLowerCase()} ${el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 30) ?? ''}`;
        }),
      );
    }
    for (const name of [
      /^select/,
      /^input/,
      /^region/,
      /^button Pair/,
      /^button Remove Ada with Lin/,
      /^button Download CSV/,
    ])
      expect(
        reached.some((r) => name.test(r)),
        String(name),
      ).toBe(true);

    const region = page.getByRole('region', { name: /Pairs in the overview/ });
    await region.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(
      true,
    );

    const pairButton = page.getByRole('button', { name: /^Pair/ });
    await pairButton.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('columnheader', { name: /^Pair/ })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
    await expect(pairButton).toBeFocused();
    await page.getByRole('combobox', { name: 'Show' }).selectOption('attention');
    await expect(table(page).getByRole('row')).toHaveCount(3);
    await expectNoAxeViolations(page, 'filtered overview at 320 px');
  });
});
