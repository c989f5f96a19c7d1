import { readFile } from 'node:fs/promises';
import { type Page } from '@playwright/test';
import { expect, test } from './fixtures';
import ICAL from 'ical.js';
import { expectNoAxeViolations, islandsReady } from './helpers';

// The times in the file are the browser's: a zone with a change of offset during the series.
test.use({ timezoneId: 'America/New_York' });

/** Presses "Add to calendar" and parses the file it downloads, its zones known only from the file. */
async function addToCalendar(page: Page) {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Add to calendar (.ics)' }).click(),
  ]);
  const text = await readFile((await download.path())!, 'utf8');
  const root = new ICAL.Component(ICAL.parse(text));
  ICAL.TimezoneService.reset();
  for (const zone of root.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  const events = root.getAllSubcomponents('vevent').map((e) => new ICAL.Event(e));
  return { name: download.suggestedFilename(), text, events };
}

/**
 * The note beside every "Add to calendar" button: Google Calendar skips events it already has and
 * a file's reminders, so it must say what to do there, and that Apple Calendar and Outlook update.
 */
const GOOGLE_NOTE =
  /^Google Calendar skips events it already has and leaves out reminders: to change times there, delete the old events before you import a new file, and set reminders in Google Calendar\. Apple Calendar and Outlook update the events when you open a new file\.$/;

/** Checks the note is shown beside the button, in words, and describes it to assistive technology. */
async function expectGoogleNote(page: Page) {
  const button = page.getByRole('button', { name: 'Add to calendar (.ics)' });
  const note = page.getByText(/^Google Calendar skips/);
  await expect(note).toBeVisible();
  await expect(note).toHaveText(GOOGLE_NOTE);
  await expect(button).toHaveAccessibleDescription(/Google Calendar skips events it already has/);
  // Beside the button: it starts within a few lines of the button's foot.
  const [b, n] = [await button.boundingBox(), await note.boundingBox()];
  expect(n!.y - (b!.y + b!.height)).toBeLessThan(120);
}

/** An instant as the wall clock in New York shows it. */
const newYork = (time: ICAL.Time) =>
  new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'America/New_York',
    dateStyle: 'short',
    timeStyle: 'short',
  }).format(time.toJSDate());

test('the kickoff’s calendar file holds the agreed meetings and the re-evaluation', async ({
  page,
}) => {
  await page.goto('playbooks/kickoff-checklist/');
  await islandsReady(page);
  const plan = page.getByRole('list', { name: 'In the calendar file' });
  await expect(plan).toHaveCount(0);
  await expectGoogleNote(page);

  // Nothing to add yet: the button says why, under it and aloud, instead of giving an empty file.
  await page.getByRole('button', { name: 'Add to calendar (.ics)' }).click();
  await expect(page.locator('#playbook-announcer')).toHaveText(
    /^Nothing to add to a calendar yet\. .*Re-evaluation: agree its date to include it\.$/,
  );
  await expect(plan).toBeFocused();
  await expect(plan).toContainText('add the start date, how often, the session length');
  // Titled on screen, and shown where it is read: the row's parts in reading order top to bottom.
  await expect(page.getByText('In the calendar file', { exact: true })).toBeVisible();
  const tops = await page
    .locator('.agreement-actions > :not(input)')
    .evaluateAll((parts) => parts.map((part) => part.getBoundingClientRect().top));
  expect(tops).toEqual([...tops].sort((a, b) => a - b));

  await page.getByRole('textbox', { name: "Mentor's name" }).fill('Ada');
  await page.getByRole('textbox', { name: "Mentee's name" }).fill('Tom, "the new one"; hi\\');
  await page.getByRole('textbox', { name: 'Start date' }).fill('2026-10-21');
  await page.getByRole('button', { name: 'Add a goal' }).click();
  await page
    .getByRole('group', { name: 'Goal 1' })
    .getByRole('textbox', { name: 'What' })
    .fill('Ship the search page alone');
  await page.getByRole('combobox', { name: 'How often' }).selectOption('weekly');
  await page.getByRole('spinbutton', { name: 'Session length (minutes)' }).fill('30');
  await page.getByLabel('Usual time').fill('17:30');
  await page.getByRole('radio', { name: 'On a date' }).check();
  await page.getByRole('textbox', { name: 'Date to look back' }).fill('2027-01-20');
  // What the list said no longer holds once the answers change.
  await expect(plan).toHaveCount(0);

  const file = await addToCalendar(page);
  await expect(plan).toContainText(
    'Meetings: weekly from 2026-10-21 at 17:30, 30 minutes, until the re-evaluation: ' +
      '14 meetings, the last on 2027-01-20.',
  );
  await expect(plan).toContainText('Re-evaluation: 2027-01-20, with a reminder the day before.');
  await expectNoAxeViolations(page, 'kickoff checklist with what its calendar file holds');
  expect(file.name).toBe('mentorship-tom-the-new-one-hi-and-ada.ics');
  expect(file.text).toContain('BEGIN:VTIMEZONE\r\nTZID:America/New_York\r\n');
  const [series, review] = file.events;
  expect(series!.summary).toBe('Mentorship session: Tom, "the new one"; hi\\ and Ada');
  expect(series!.description).toContain('Goal: Ship the search page alone');
  expect(series!.description).toContain('/playbooks/kickoff-checklist/');
  const iterator = series!.iterator();
  const five = Array.from({ length: 5 }, () => newYork(iterator.next()!));
  // New York leaves summer time on 1 November: the meetings stay at 17:30.
  expect(five).toEqual([
    '2026-10-21 17:30',
    '2026-10-28 17:30',
    '2026-11-04 17:30',
    '2026-11-11 17:30',
    '2026-11-18 17:30',
  ]);
  // The series ends at the re-evaluation: the fourteenth meeting is its last.
  expect(file.text).toContain('\r\nRRULE:FREQ=WEEKLY;COUNT=14\r\n');
  const rest = Array.from({ length: 10 }, () => iterator.next());
  expect(newYork(rest[8]!)).toBe('2027-01-20 17:30');
  expect(rest[9]).toBeFalsy();
  expect(review!.startDate.toString()).toBe('2027-01-20');

  // A re-evaluation on a condition has no date: the page says so, and the file leaves it out.
  await page.getByRole('radio', { name: 'When a condition is met' }).check();
  expect((await addToCalendar(page)).events.map((e) => e.summary)).toEqual([
    'Mentorship session: Tom, "the new one"; hi\\ and Ada',
  ]);
  await expect(plan).toContainText('Re-evaluation: none, as it waits for a condition');
  await expect(plan).toContainText('for a year: 52 meetings, the last on 2027-10-13.');
});

test('the agenda’s calendar file holds the next session with its parts', async ({ page }) => {
  await page.goto('playbooks/kickoff-checklist/');
  await islandsReady(page);
  await page.getByRole('textbox', { name: "Mentee's name" }).fill('Tom');
  await page.getByRole('spinbutton', { name: 'Session length (minutes)' }).fill('60');
  await page.getByRole('link', { name: 'Plan a session' }).first().click();
  await islandsReady(page);
  const plan = page.getByRole('list', { name: 'In the calendar file' });
  await page.getByRole('button', { name: 'Add to calendar (.ics)' }).click();
  await expect(plan).toContainText('set a date above and a usual time in the kickoff checklist');

  await page.getByRole('textbox', { name: 'Date' }).fill('2026-11-04');
  await page
    .getByRole('textbox', { name: 'Notes for A current challenge' })
    .fill('The flaky checkout test');
  await page.goto('playbooks/kickoff-checklist/');
  await islandsReady(page);
  await page.getByLabel('Usual time').fill('08:15');
  await page.goto('playbooks/plan-a-session/');
  await islandsReady(page);
  const file = await addToCalendar(page);
  await expect(plan).toContainText('The next session: 2026-11-04 at 08:15.');
  await expectGoogleNote(page);
  expect(file.name).toBe('mentorship-tom-session-2026-11-04.ics');
  const [session] = file.events;
  expect(session!.summary).toBe('Mentorship session: Tom');
  expect(newYork(session!.startDate)).toBe('2026-11-04 08:15');
  expect(session!.duration.toSeconds()).toBe(60 * 60);
  expect(session!.description).toMatch(
    /^Agenda:\n1\. Since last time \(\d+ min\)\n[\s\S]*A current challenge \(\d+ min\)\n {3}The flaky checkout test\n/,
  );
});
