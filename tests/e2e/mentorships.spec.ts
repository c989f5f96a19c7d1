import { type Page } from '@playwright/test';
import { expect, test } from './fixtures';
import {
  downloadAgreement,
  expectNoAxeViolations,
  islandsReady,
  openMentorshipName,
  openMentorshipNamed,
} from './helpers';

const KICKOFF = 'playbooks/kickoff-checklist/';
const PLAN = 'playbooks/plan-a-session/';

async function open(page: Page, path: string) {
  await page.goto(path);
  await islandsReady(page);
}

const switcher = (page: Page) => page.getByRole('region', { name: 'Mentorship' });
const chosen = (page: Page) => switcher(page).getByRole('combobox', { name: 'Mentorship' });

async function openTools(page: Page) {
  const toggle = switcher(page).getByRole('button', { name: 'Share or manage…' });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
}

async function newMentorship(page: Page) {
  await openTools(page);
  await switcher(page).getByRole('button', { name: 'New mentorship' }).click();
}

test('two mentorships keep separate answers, histories and agreements, on every playbook', async ({
  page,
}) => {
  await open(page, KICKOFF);
  await page.getByRole('textbox', { name: "Mentor's name" }).fill('Ada');
  await page.getByRole('textbox', { name: "Mentee's name" }).fill('Tom');
  await page.getByRole('checkbox', { name: 'The goal' }).check();
  await expect(openMentorshipName(page)).toHaveText('Tom and Ada');

  await newMentorship(page);
  await expect(chosen(page)).toBeFocused();
  await page.getByRole('textbox', { name: "Mentor's name" }).fill('Ada');
  await page.getByRole('textbox', { name: "Mentee's name" }).fill('Lin');
  await expect(page.getByRole('checkbox', { name: 'The goal' })).not.toBeChecked();
  expect(await downloadAgreement(page)).toContain('Mentee: Lin');

  // The planner shows the open one (Lin), and its history is its own.
  await open(page, PLAN);
  await expect(openMentorshipName(page)).toHaveText('Lin and Ada');
  await page.getByRole('button', { name: 'Finish session…' }).click();
  await page.getByRole('button', { name: 'Finish session', exact: true }).click();
  await expect(page.getByRole('list', { name: 'Past sessions' }).getByRole('listitem')).toHaveCount(
    1,
  );
  await openMentorshipNamed(page, 'Tom and Ada');
  await expect(page.getByRole('list', { name: 'Past sessions' })).toHaveCount(0);

  // Back on the checklist, Tom's mentorship is the open one, with its own answers.
  await open(page, KICKOFF);
  await expect(page.getByRole('textbox', { name: "Mentee's name" })).toHaveValue('Tom');
  await expect(page.getByRole('checkbox', { name: 'The goal' })).toBeChecked();
  expect(await downloadAgreement(page)).toContain('Mentee: Tom');
});

test('another tab follows when a mentorship is opened', async ({ page, context }) => {
  await open(page, KICKOFF);
  await page.getByRole('textbox', { name: "Mentee's name" }).fill('Tom');
  await newMentorship(page);
  await page.getByRole('textbox', { name: "Mentee's name" }).fill('Lin');
  const other = await context.newPage();
  await open(other, PLAN);
  await expect(openMentorshipName(other)).toHaveText('Lin');
  // Choosing alone changes nothing, here or there; "Open" does, in both.
  await chosen(page).selectOption({ label: 'Tom' });
  await expect(page.getByRole('textbox', { name: "Mentee's name" })).toHaveValue('Lin');
  await openMentorshipNamed(page, 'Tom');
  await expect(openMentorshipName(other)).toHaveText('Tom');
});

test('deleting asks first, can be undone from the keyboard, and nothing on the way fails axe', async ({
  page,
}) => {
  await open(page, KICKOFF);
  await page.getByRole('textbox', { name: "Mentee's name" }).fill('Tom');
  await newMentorship(page);
  await page.getByRole('textbox', { name: "Mentee's name" }).fill('Lin');
  await expectNoAxeViolations(page, 'switcher with its tools open');

  await switcher(page).getByRole('button', { name: 'Delete this mentorship…' }).click();
  await expect(page.getByRole('button', { name: 'Keep it' })).toBeFocused();
  await expectNoAxeViolations(page, 'delete confirmation');
  await page.keyboard.press('Escape');
  await expect(
    switcher(page).getByRole('button', { name: 'Delete this mentorship…' }),
  ).toBeFocused();

  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Delete mentorship' }).click();
  await expect(page.getByRole('textbox', { name: "Mentee's name" })).toHaveValue('Tom');
  await expect(page.getByRole('button', { name: 'Undo' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('textbox', { name: "Mentee's name" })).toHaveValue('Lin');
  await expect(chosen(page)).toBeFocused();
  await page.reload();
  await open(page, KICKOFF);
  await expect(page.getByRole('textbox', { name: "Mentee's name" })).toHaveValue('Lin');
  await expect(chosen(page).locator('option')).toHaveText(['Tom', 'Lin']);
});

test('another tab deletes the mentorship being typed in: the page says so, keeps the text, and keeps it as a new one', async ({
  page,
  context,
}) => {
  await open(page, KICKOFF);
  const mentor = page.getByRole('textbox', { name: "Mentor's name" });
  await mentor.fill('Ada');
  await expect(openMentorshipName(page)).toHaveText('Ada');

  // Pages of one browser context share storage, and each sees the other's changes as events.
  const other = await context.newPage();
  await open(other, KICKOFF);
  await switcher(other).getByRole('button', { name: 'Share or manage…' }).click();
  await switcher(other).getByRole('button', { name: 'Delete this mentorship…' }).click();
  await other.getByRole('button', { name: 'Delete mentorship' }).click();
  await expect(other.getByRole('textbox', { name: "Mentor's name" })).toHaveValue('');

  const held = page.getByRole('region', { name: '“Ada” was deleted in another tab' });
  await expect(held.getByRole('heading')).toBeFocused();
  await expect(page.locator('#playbook-announcer')).toHaveText(
    '“Ada” was deleted in another tab. This page still shows it, unsaved: keep it as a new mentorship, or let it go.',
  );
  await expect(mentor).toHaveValue('Ada');
  await expectNoAxeViolations(page, 'a mentorship deleted in another tab');

  // Typing goes on, and nothing is written until the choice is made.
  await mentor.fill('Ada Lovelace');
  const stored = () =>
    page.evaluate(() =>
      Object.keys(localStorage).filter((k) => k.startsWith('mentorship-playbook:v2:')),
    );
  expect(await stored()).toEqual(['mentorship-playbook:v2:mentorships']);
  await held.getByRole('button', { name: 'Keep it as a new mentorship' }).click();
  await expect(held).toHaveCount(0);
  await expect(openMentorshipName(page)).toHaveText('Ada Lovelace');
  await expect(switcher(page).getByText('Kept as a new mentorship, and opened.')).toBeVisible();
  // Focus goes back to the field it was in before the notice took it.
  await expect(mentor).toBeFocused();
  await expect(mentor).toHaveValue('Ada Lovelace');
  // The other tab opens it too, as it follows whichever mentorship is open.
  await expect(other.getByRole('textbox', { name: "Mentor's name" })).toHaveValue('Ada Lovelace');
  await page.reload();
  await islandsReady(page);
  await expect(mentor).toHaveValue('Ada Lovelace');
});

test.describe('in a time zone of its own', () => {
  test.use({ timezoneId: 'UTC' });

  test('deleting the first of three unnamed mentorships leaves the other two with the names they had', async ({
    page,
  }) => {
    // Each started at a time of its own: two on one day, told apart by the time they started.
    await page.clock.setFixedTime(new Date('2026-10-05T10:00:00Z'));
    await open(page, KICKOFF);
    await page.getByRole('checkbox', { name: 'The goal' }).check();
    await page.clock.setFixedTime(new Date('2026-10-07T09:00:00Z'));
    await newMentorship(page);
    await page.clock.setFixedTime(new Date('2026-10-07T15:30:00Z'));
    await newMentorship(page);
    const others = ['Mentorship started 7 Oct 2026, 09:00', 'Mentorship started 7 Oct 2026, 15:30'];
    await expect(chosen(page).locator('option')).toHaveText([
      'Mentorship started 5 Oct 2026',
      ...others,
    ]);

    await openMentorshipNamed(page, 'Mentorship started 5 Oct 2026');
    await expect(page.getByRole('checkbox', { name: 'The goal' })).toBeChecked();
    await openTools(page);
    await switcher(page).getByRole('button', { name: 'Delete this mentorship…' }).click();
    await page.getByRole('button', { name: 'Delete mentorship' }).click();
    await expect(switcher(page)).toContainText('Deleted “Mentorship started 5 Oct 2026”.');
    await expect(chosen(page).locator('option')).toHaveText(others);

    await open(page, 'playbooks/your-data/');
    const table = page.getByRole('table', { name: 'Mentorships in this browser' });
    await expect(table.getByRole('rowheader')).toHaveText(others);
  });
});
