import { writeFile } from 'node:fs/promises';
import { type Page } from '@playwright/test';
import type { KickoffState } from '../../src/playbook/documents/kickoff';
import { INDEX_KEY } from '../../src/playbook/documents/mentorships';
import { emptyProgram, type Program } from '../../src/playbook/documents/program';
import type { ReviewState } from '../../src/playbook/documents/review';
import { encodePack, packFile } from '../../src/playbook/program/pack';
import { expect, test } from './fixtures';
import {
  WIDE,
  downloadAgreement,
  downloadFrom,
  expectNoAxeViolationsInEveryTheme,
  islandsReady,
  marksStamped,
  pickFile,
  shownResult,
  storedDocument,
} from './helpers';

// A pair opens their programme's pack (issue 27): by link on any playbook page, or as a file on
// the kickoff checklist; its preview says what it sets and would fill before anything is written,
// and once applied the kickoff, the agreement and the review follow it.

const KICKOFF = 'playbooks/kickoff-checklist/';
const REVIEW = 'playbooks/review/';

const PROGRAM: Program = {
  ...emptyProgram(),
  id: 'acme-2027',
  name: 'Acme engineering mentoring',
  cadence: 'every-two-weeks',
  minutes: 45,
  reviewPoints: [
    { label: 'Six weeks in', weeks: 6, end: false },
    { label: 'End of the round', weeks: null, end: true },
  ],
  reviewQuestions: [{ id: 'q-grown', text: 'What can the mentee do now that they could not?' }],
  roundEnds: '2027-06-30',
  contact: 'mentoring@acme.example',
};

const axe = (page: Page, state: string) =>
  expectNoAxeViolationsInEveryTheme(page, state, { alsoRules: ['heading-order'] });

const preview = (page: Page) =>
  page.getByRole('region', { name: `A programme pack: ${PROGRAM.name}` });

test.use({ colorScheme: 'light', viewport: WIDE });

test('a pair opens a programme pack by link: previewed, applied by keyboard, and followed by the kickoff, the agreement and the review', async ({
  page,
}) => {
  await page.goto(`${KICKOFF}#${await encodePack(PROGRAM)}`);
  await islandsReady(page);
  const pack = preview(page);
  await expect(
    page.getByRole('heading', { name: `A programme pack: ${PROGRAM.name}` }),
  ).toBeFocused();
  for (const said of [
    'Suggested cadence: every two weeks',
    'Session length: 45 minutes',
    'Six weeks in: 6 weeks after you start',
    'End of the round: at the end of the round, 30 Jun 2027',
    'What can the mentee do now that they could not?',
    'Round ends: 30 Jun 2027',
    'Contact: mentoring@acme.example',
  ])
    await expect(pack.getByText(said)).toBeVisible();
  // Nothing is written before a choice.
  expect(await page.evaluate((key) => localStorage.getItem(key), INDEX_KEY)).toBeNull();
  await axe(page, 'the programme pack’s preview');
  await page.setViewportSize(WIDE);

  // By keyboard: from the focused title, the first choice starts a mentorship with it.
  await page.keyboard.press('Tab');
  const start = pack.getByRole('button', { name: 'Start a mentorship with this programme' });
  await expect(start).toBeFocused();
  await page.keyboard.press('Enter');
  const applied = page.getByRole('heading', { name: `Added the programme “${PROGRAM.name}”` });
  await expect(applied).toBeFocused();
  // Once chosen, the pack leaves the address bar, so a reload does not offer it again.
  expect(new URL(page.url()).hash).toBe('');
  await expect(
    page
      .getByRole('main')
      .getByText(
        'Filled in how often you meet: every two weeks; how long a session is: 45 minutes; when you re-evaluate: The programme asks for its review “Six weeks in”, after 6 weeks.',
      ),
  ).toBeVisible();
  await page.keyboard.press('Escape');
  // The link leaves the address bar; focus goes to the switcher, never to the page.
  await expect(applied).toBeHidden();
  expect(new URL(page.url()).hash).toBe('');
  await expect(page.locator('body')).not.toBeFocused();
  await expect(shownResult(page, 'Added the programme.')).toBeVisible();

  // The kickoff is pre-filled, and names the programme near the top.
  await expect(page.getByRole('combobox', { name: 'How often' })).toHaveValue('every-two-weeks');
  await expect(page.getByRole('spinbutton', { name: 'Session length (minutes)' })).toHaveValue(
    '45',
  );
  await expect(page.getByText(`Part of ${PROGRAM.name} · round ends 30 Jun 2027`)).toBeVisible();
  await page.getByRole('textbox', { name: "Mentor's name" }).fill('Ada');
  await page.getByRole('textbox', { name: "Mentee's name" }).fill('Tom');
  await page.getByLabel('Start date').fill('2027-01-04');
  await marksStamped(page);
  const stored = JSON.parse((await storedDocument(page, 'kickoff'))!) as KickoffState;
  expect(stored.program).toEqual(PROGRAM);
  expect(stored.reevaluate).toMatchObject({
    mode: 'condition',
    after: { count: 6, unit: 'weeks' },
  });

  // The agreement names it.
  await islandsReady(page);
  const agreement = await downloadAgreement(page);
  expect(agreement).toContain(
    `- Programme: ${PROGRAM.name}, round ends 2027-06-30, contact mentoring\\@acme.example`,
  );

  // The review asks its question, and a saved review keeps the answer.
  await page.goto(REVIEW);
  await islandsReady(page);
  const questions = page.getByRole('group', { name: `Questions from ${PROGRAM.name}` });
  await expect(questions.getByText('Six weeks in: 15 Feb 2027')).toBeVisible();
  await questions
    .getByRole('textbox', { name: 'What can the mentee do now that they could not?' })
    .fill('Review a pull request on their own.');
  await page
    .getByRole('group', { name: 'The mentorship' })
    .getByRole('radio', { name: 'Carry on as we are' })
    .check();
  await axe(page, 'the review with the programme’s questions');
  await page.setViewportSize(WIDE);
  await page.getByRole('button', { name: 'Save the review' }).click();
  await expect(page.getByRole('heading', { name: /^Saved the review of/ })).toBeFocused();
  await marksStamped(page);
  const review = JSON.parse((await storedDocument(page, 'review'))!) as ReviewState;
  expect(review.reviews[0]!.answers).toEqual([
    {
      id: 'q-grown',
      question: 'What can the mentee do now that they could not?',
      answer: 'Review a pull request on their own.',
    },
  ]);
  // Its file has the question and the answer.
  const file = await downloadFrom(
    page,
    page.getByRole('button', { name: 'Download this review (.md)' }),
  );
  expect(file.text).toContain(
    '## The programme’s questions\n\n### What can the mentee do now that they could not?\n\nReview a pull request on their own.',
  );
});

test('a malformed programme pack link says why it cannot be used, and changes nothing', async ({
  page,
}) => {
  await page.goto(`${KICKOFF}#program=v1.not-a-pack.11`);
  await islandsReady(page);
  const alert = page
    .getByRole('alert')
    .filter({ hasText: 'This programme pack link cannot be used' });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText('Nothing here was changed.');
  await expect(alert.getByText('This programme pack link cannot be used')).toBeFocused();
  await axe(page, 'a programme pack link that cannot be used');
  await page.setViewportSize(WIDE);
  await alert.getByRole('button', { name: 'Close' }).click();
  await expect(alert).toBeHidden();
  expect(new URL(page.url()).hash).toBe('');
  // No mentorship was started.
  expect(await page.evaluate((key) => localStorage.getItem(key), INDEX_KEY)).toBeNull();
});

test('a programme pack opened as a file fills only what the pair left empty, and can be undone', async ({
  page,
}, testInfo) => {
  await page.goto(KICKOFF);
  await islandsReady(page);
  await page.getByRole('textbox', { name: "Mentor's name" }).fill('Ada');
  await page.getByRole('textbox', { name: "Mentee's name" }).fill('Tom');
  await page.getByRole('combobox', { name: 'How often' }).selectOption('weekly');
  await marksStamped(page);
  await islandsReady(page);

  const file = packFile(PROGRAM);
  const path = testInfo.outputPath(file.name);
  await writeFile(path, file.text);
  await pickFile(page, 'Open an agreement file…', path);
  const pack = preview(page);
  await expect(
    page.getByRole('heading', { name: `A programme pack: ${PROGRAM.name}` }),
  ).toBeFocused();
  await expect(pack).toContainText(
    'For “Tom and Ada”, it would fill in how long a session is, when you re-evaluate and leave as you have it how often you meet.',
  );
  await expect(pack.getByRole('button', { name: 'Start a new mentorship with it' })).toBeVisible();
  await pack.getByRole('button', { name: 'Use it for “Tom and Ada”' }).click();
  await expect(
    page
      .getByRole('main')
      .getByText(
        'Filled in how long a session is: 45 minutes; when you re-evaluate: The programme asks for its review “Six weeks in”, after 6 weeks. Left as you had it: how often you meet: weekly.',
      ),
  ).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'How often' })).toHaveValue('weekly');
  await expect(page.getByRole('spinbutton', { name: 'Session length (minutes)' })).toHaveValue(
    '45',
  );

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('heading', { name: 'Programme undone' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Close' })).toBeFocused();
  await expect(page.getByRole('spinbutton', { name: 'Session length (minutes)' })).toHaveValue('');
  await expect(page.getByText(`Part of ${PROGRAM.name}`)).toBeHidden();
  await page.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByRole('button', { name: 'Open an agreement file…' })).toBeFocused();
  await marksStamped(page);
  const stored = JSON.parse((await storedDocument(page, 'kickoff'))!) as KickoffState;
  expect(stored.program.name).toBe('');
});
