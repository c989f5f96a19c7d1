import { type Page } from '@playwright/test';
import { INDEX_KEY, documentKey } from '../../src/playbook/documents/mentorships';
import { emptyKickoff, type KickoffState } from '../../src/playbook/documents/kickoff';
import { expect, test } from './fixtures';
import {
  downloadFrom,
  expectNoAxeViolations,
  expectNoAxeViolationsInEveryTheme,
  islandsReady,
  makeShareLink,
  onDay,
  openPage,
  printedPages,
  reviewNotice,
  storeBeforeLoad,
  storedDocument,
  WIDE,
} from './helpers';

const ID = 'm-tom';
const REVIEW = 'playbooks/review/';
// The playbook pages with the mentorship switcher, where the notice shows (Your data lists every
// mentorship instead).
const PLAYBOOKS = [
  'playbooks/kickoff-checklist/',
  'playbooks/format-chooser/',
  'playbooks/plan-a-session/',
];

// Priya mentors Tom, weekly from 4 January 2027, with two goals and a review agreed for 1 March.
const kickoff: KickoffState = {
  ...emptyKickoff(),
  pair: { mentor: 'Priya', mentee: 'Tom', startDate: '2027-01-04' },
  cadence: { frequency: 'weekly', minutes: 45, time: '17:00' },
  reevaluate: { ...emptyKickoff().reevaluate, mode: 'date', date: '2027-03-01' },
  goals: [
    {
      id: 'g1',
      what: 'Audit a page alone',
      evidence: 'Tom audits the sign-up page',
      by: '',
      outcome: '',
      closedOn: '',
    },
    {
      id: 'g2',
      what: 'Fix focus order in dialogs',
      evidence: 'Two dialogs fixed',
      by: '',
      outcome: '',
      closedOn: '',
    },
  ],
};

// Six sessions, newest first as the history keeps them, each with a check-in on each goal.
const STATES = [
  ['not-started', 'not-started'],
  ['moving', 'not-started'],
  ['moving', 'stuck'],
  ['moving', 'stuck'],
  ['done', 'moving'],
  ['done', 'moving'],
] as const;
const sessions = STATES.map(([one, two], i) => {
  const date = `2027-0${i < 4 ? 1 : 2}-${String(i < 4 ? 4 + 7 * i : 1 + 7 * (i - 4)).padStart(2, '0')}`;
  return {
    id: `s${i + 1}`,
    date,
    finishedAt: `${date}T18:00:00.000Z`,
    actions: [{ id: `a${i + 1}`, text: `Item ${i + 1}`, owner: 'mentee', done: i < 4 }],
    checkIns: [
      {
        goal: 'g1',
        what: 'Audit a page alone',
        state: one,
        note: i === 4 ? 'Audited sign-up' : '',
      },
      { goal: 'g2', what: 'Fix focus order in dialogs', state: two, note: '' },
    ],
  };
}).reverse();

const STORED = {
  [INDEX_KEY]: JSON.stringify({
    version: 1,
    open: ID,
    mentorships: [{ id: ID, name: '', createdAt: '2027-01-04T09:00:00.000Z' }],
  }),
  [documentKey(ID, 'kickoff')]: JSON.stringify({ version: 1, ...kickoff }),
  [documentKey(ID, 'sessions')]: JSON.stringify({ version: 1, sessions }),
};

async function seeded(page: Page, day: string) {
  await onDay(page, day);
  await storeBeforeLoad(page, STORED);
}

const download = (page: Page, name: string | RegExp) =>
  downloadFrom(page, page.getByRole('button', { name }));

test('the review comes due on every playbook page, and can be put off for a week', async ({
  page,
}) => {
  test.slow();
  await seeded(page, '2027-02-15');
  for (const path of PLAYBOOKS) {
    await openPage(page, path);
    await expect(page.getByRole('region', { name: 'Mentorship' })).toBeVisible();
    await expect(reviewNotice(page)).toHaveCount(0);
  }
  await onDay(page, '2027-03-02');
  for (const path of PLAYBOOKS) {
    await openPage(page, path);
    await expect(reviewNotice(page)).toContainText(
      'A review of this mentorship is due: it came due on 1 Mar 2027.',
    );
    await expect(
      reviewNotice(page).getByRole('link', { name: 'Review and re-evaluate' }),
    ).toHaveAttribute('href', `/${REVIEW}`);
  }
  const putOff = page.getByRole('button', { name: 'Put off for a week' });
  await putOff.focus();
  await page.keyboard.press('Enter');
  await expect(reviewNotice(page)).toHaveCount(0);
  await expect(
    page.getByRole('main').getByText('The review is put off until 9 Mar 2027.'),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: 'Share or manage…' })).toBeFocused();
  await openPage(page, PLAYBOOKS[0]!);
  await expect(page.getByRole('region', { name: 'Mentorship' })).toBeVisible();
  await expect(reviewNotice(page)).toHaveCount(0);
  await onDay(page, '2027-03-09');
  await openPage(page, PLAYBOOKS[2]!);
  await expect(reviewNotice(page)).toContainText('A review of this mentorship is due');
});

test('a review marks a goal reached and adds one: the agreement, its next date and calendar change', async ({
  page,
  browser,
}) => {
  test.slow();
  await seeded(page, '2027-03-02');
  await openPage(page, REVIEW);
  await expect(page.locator('.review-due-status')).toHaveText(
    'A review is due: it came due on 1 Mar 2027.',
  );
  const facts = page.getByRole('region', { name: 'What happened' });
  await expect(facts).toContainText('Period: 4 Jan 2027 to 2 Mar 2027');
  await expect(facts).toContainText('Sessions: 6 sessions held, of 9 the agreed cadence implies');
  await expect(facts).toContainText('Action items: 4 action items done, 2 still open (carried)');
  // Each goal's check-ins as a picture with its words, and as a table.
  const chart = facts.getByRole('img', { name: /^Check-ins on “Audit a page alone”/ });
  await expect(chart).toHaveAccessibleName(
    'Check-ins on “Audit a page alone”: Not started on 4 Jan 2027, Moving on 11 Jan 2027, Moving on 18 Jan 2027, Moving on 25 Jan 2027, Done on 1 Feb 2027, Done on 8 Feb 2027.',
  );
  await expect(facts.getByRole('img', { name: /^Check-ins on “Fix focus order/ })).toBeVisible();
  await facts.getByText('The check-ins on “Audit a page alone” as a table').click();
  const table = facts.getByRole('table').first();
  await expect(table.getByRole('row', { name: /1 Feb 2027 Done Audited sign-up/ })).toBeVisible();
  // The chart's colours come from the theme: dark mode and a phone width too.
  await expectNoAxeViolationsInEveryTheme(page, 'the review with its chart and table');
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize(WIDE);

  // Reflections, each under its person's name.
  const priya = page.getByRole('group', { name: 'Priya (mentor)' });
  const tom = page.getByRole('group', { name: 'Tom (mentee)' });
  await priya
    .getByRole('textbox', { name: 'What have you learned?' })
    .fill('Coaching, not telling');
  await tom.getByRole('textbox', { name: 'What have you learned?' }).fill('Auditing a page');
  await tom
    .getByRole('textbox', { name: 'Feedback for the other: keep doing' })
    .fill('Pairing on audits');

  // Decisions, by keyboard.
  const reached = page
    .getByRole('group', { name: 'Audit a page alone' })
    .getByRole('radio', { name: 'Reached' });
  await reached.focus();
  await page.keyboard.press('Space');
  await expect(reached).toBeChecked();
  await page
    .getByRole('group', { name: 'Fix focus order in dialogs' })
    .getByRole('radio', { name: 'Keep going' })
    .check();
  await page.getByRole('button', { name: 'Add a new goal' }).click();
  const what = page.getByRole('textbox', { name: 'What it is' });
  await expect(what).toBeFocused();
  await page.keyboard.type('Ship an accessible form');
  await page
    .getByRole('textbox', { name: 'How you will know it is reached' })
    .fill('It passes an audit');
  await page
    .getByRole('group', { name: 'The mentorship' })
    .getByRole('radio', { name: 'Carry on as we are' })
    .check();
  await page.getByLabel('Next review on (optional)').fill('2027-06-01');
  await expectNoAxeViolations(page, 'the review filled in');

  await page.getByRole('button', { name: 'Save the review' }).click();
  await expect(page.getByRole('heading', { name: 'Saved the review of 2 Mar 2027' })).toBeFocused();
  await expect(page.getByText('The next review is on 1 Jun 2027.')).toBeVisible();
  const stored = JSON.parse((await storedDocument(page, 'kickoff'))!) as KickoffState;
  expect(stored.goals.map((g) => [g.what, g.outcome, g.closedOn])).toEqual([
    ['Audit a page alone', 'reached', '2027-03-02'],
    ['Fix focus order in dialogs', '', ''],
    ['Ship an accessible form', '', ''],
  ]);
  expect(stored.reevaluate).toMatchObject({ mode: 'date', date: '2027-06-01' });
  await expectNoAxeViolations(page, 'the review saved');

  // The next review's calendar file, and the review's Markdown with front matter.
  const calendar = await download(page, 'Add to calendar (.ics)');
  expect(calendar.text).toContain('DTSTART;VALUE=DATE:20270601');
  expect(calendar.text).toContain('SUMMARY:Review the mentorship: Tom and Priya');
  const file = await download(page, 'Download this review (.md)');
  expect(file.name).toBe('mentorship-review-tom-and-priya-2027-03-02.md');
  expect(file.text).toMatch(/^---\nformat: "mentorship-playbook-review"\n/);
  expect(file.text).toContain('# Mentorship review: Tom and Priya, 2 March 2027');

  // A reload keeps it all; the notice is gone until the next date.
  await page.reload();
  await islandsReady(page);
  const past = page.getByRole('region', { name: 'Past reviews' });
  await past.getByText('Review of 2 Mar 2027').click();
  await expect(past.getByRole('article', { name: 'Review of 2 Mar 2027' })).toContainText(
    'Auditing a page',
  );
  await expect(page.locator('.review-due-status')).toHaveText(
    'The next review is due on 1 Jun 2027.',
  );
  await openPage(page, 'playbooks/plan-a-session/');
  await expect(reviewNotice(page)).toHaveCount(0);

  // The whole mentorship travels to a second browser by share link, with the same review.
  const link = await makeShareLink(page);
  const other = await browser.newContext();
  const there = await other.newPage();
  await there.clock.setFixedTime(new Date('2027-03-03T12:00:00'));
  await there.goto(link.replace('plan-a-session', 'review'));
  await there.getByRole('button', { name: 'Add this mentorship' }).click();
  await islandsReady(there);
  await expect(there.getByRole('region', { name: 'Past reviews' })).toContainText(
    'Review of 2 Mar 2027',
  );
  await expect(there.locator('.review-due-status')).toHaveText(
    'The next review is due on 1 Jun 2027.',
  );
  await other.close();
});

test('an ending gives a closing summary to download and print on at most two pages, and stays readable', async ({
  page,
}) => {
  test.slow();
  await seeded(page, '2027-06-02');
  await openPage(page, REVIEW);
  await page
    .getByRole('group', { name: 'Tom (mentee)' })
    .getByRole('textbox', { name: 'What have you learned?' })
    .fill('How to audit a page, and to ask for help sooner');
  await page
    .getByRole('group', { name: 'Priya (mentor)' })
    .getByRole('textbox', { name: 'What have you learned?' })
    .fill('To coach rather than tell');
  await page
    .getByRole('group', { name: 'Audit a page alone' })
    .getByRole('radio', { name: 'Reached' })
    .check();
  await page
    .getByRole('group', { name: 'Fix focus order in dialogs' })
    .getByRole('radio', { name: 'Drop it' })
    .check();
  await page
    .getByRole('group', { name: 'The mentorship' })
    .getByRole('radio', { name: 'End the mentorship' })
    .check();
  await page
    .getByRole('textbox', { name: 'What comes next for Tom' })
    .fill('Apply for the senior role, with the audits as evidence');
  await page.getByRole('button', { name: 'Save the review' }).click();
  const ending = page.getByRole('region', { name: 'The ending' });
  await expect(page.getByRole('heading', { name: 'The ending' })).toBeFocused();
  const summary = ending.getByRole('article', { name: 'Closing summary' });
  await expect(summary).toContainText('Mentorship summary: Tom and Priya');
  await expect(summary).toContainText('Dates: 4 January 2027 to 2 June 2027');
  await expect(summary).toContainText('Sessions held: 6');
  await expect(summary).toContainText('How it ended: Reached, 2 June 2027');
  await expect(summary).toContainText('How it ended: Dropped, 2 June 2027');
  await expectNoAxeViolations(page, 'the ending');

  const file = await download(page, 'Download the closing summary (.md)');
  expect(file.name).toBe('mentorship-summary-tom-and-priya-2027-06-02.md');
  expect(file.text).toMatch(/^---\nformat: "mentorship-playbook-summary"\n/);
  expect(file.text).toContain('Apply for the senior role, with the audits as evidence');

  const pages = await printedPages(page);
  expect(pages.length).toBeGreaterThanOrEqual(1);
  expect(pages.length).toBeLessThanOrEqual(2);
  const text = pages.join(' ');
  for (const words of [
    'Mentorship summary: Tom and Priya',
    'Sessions held: 6',
    'Audit a page alone',
    'How to audit a page, and to ask for help sooner',
    'To coach rather than tell',
    'What comes next for Tom',
  ])
    expect(text).toContain(words);
  for (const control of ['Save the review', 'Download', 'Past reviews', 'What happened'])
    expect(text).not.toContain(control);

  // Afterwards, the mentorship reads as before and every playbook page says it ended.
  await page.reload();
  await islandsReady(page);
  await expect(page.getByRole('article', { name: 'Closing summary' })).toBeVisible();
  for (const path of PLAYBOOKS) {
    await openPage(page, path);
    await expect(reviewNotice(page)).toContainText(
      'This mentorship ended on 2 Jun 2027. Everything it holds stays here to read.',
    );
  }
  await expect(
    page
      .getByRole('heading', { name: /Session on 2027-02-08/ })
      .or(page.getByText('Session on 2027-02-08')),
  ).toBeVisible();
});

test.describe('at 320 × 256', () => {
  test.use({ viewport: { width: 320, height: 256 } });

  test('axe finds nothing with the chart and each step on screen', async ({ page }) => {
    test.slow();
    await seeded(page, '2027-03-02');
    await openPage(page, REVIEW);
    await page.getByText('The check-ins on “Fix focus order in dialogs” as a table').click();
    await expectNoAxeViolations(page, 'the chart and its table at 320 px');
    await page
      .getByRole('group', { name: 'Fix focus order in dialogs' })
      .getByRole('radio', { name: 'Change it' })
      .check();
    await page.getByRole('button', { name: 'Add a new goal' }).click();
    await expect(page.getByRole('textbox', { name: 'What it is' })).toBeFocused();
    await page
      .getByRole('group', { name: 'The mentorship' })
      .getByRole('radio', { name: 'Pause until a date' })
      .check();
    await expect(page.getByRole('textbox', { name: 'Pause until' })).toBeVisible();
    await page.getByRole('button', { name: 'Save the review' }).click();
    await expect(
      page.getByRole('link', { name: 'Give the day the pause ends, after today.' }),
    ).toBeVisible();
    await expectNoAxeViolations(page, 'every step of the review at 320 px');
    await page.getByRole('textbox', { name: 'Pause until' }).fill('2027-04-01');
    await page.getByRole('button', { name: 'Save the review' }).click();
    await expect(
      page.getByRole('heading', { name: 'Saved the review of 2 Mar 2027' }),
    ).toBeFocused();
    await expect(page.locator('.review-due-status')).toHaveText(
      'This mentorship is paused until 1 Apr 2027.',
    );
    await expectNoAxeViolations(page, 'a paused mentorship at 320 px');
  });
});
