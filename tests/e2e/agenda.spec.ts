import { type Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { readFile } from 'node:fs/promises';
import { expectNoAxeViolations } from './helpers';

const PAGE = 'playbooks/plan-a-session/';

async function open(page: Page) {
  await page.goto(PAGE);
  await expect(page.getByRole('button', { name: 'Add a part' })).toBeEnabled();
}

async function planAndFinish(page: Page) {
  await page
    .getByRole('textbox', { name: 'Notes for A current challenge' })
    .fill('Estimating the *index* migration <b>');
  await page.getByRole('textbox', { name: 'New action item' }).fill('Write the estimate');
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await page.getByRole('textbox', { name: 'New action item' }).fill('Send an example');
  await page.getByRole('combobox', { name: 'Who' }).selectOption('mentor');
  await page.getByRole('textbox', { name: 'New action item' }).press('Enter');
  await page.getByRole('checkbox', { name: 'Send an example (mentor)' }).check();
  await page.getByRole('button', { name: 'Finish session…' }).click();
  await page.getByRole('button', { name: 'Finish session', exact: true }).click();
}

test('a finished session is kept, and its unfinished item carried into the next agenda', async ({
  page,
}) => {
  await open(page);
  await planAndFinish(page);
  await expect(
    page.getByText(/Session saved to the history\. 1 open action item carried/),
  ).toBeAttached();
  await page.reload();
  await open(page);
  await expect(
    page.getByRole('checkbox', { name: 'Write the estimate (mentee)' }),
  ).not.toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Send an example (mentor)' })).toHaveCount(0);
  await expect(page.getByRole('textbox', { name: 'Notes for A current challenge' })).toHaveValue(
    '',
  );
  const past = page.getByText(/^Session on \d{4}-\d{2}-\d{2} \(4 parts, 2 action items\)$/);
  await expect(past).toBeVisible();
  await past.click();
  await expect(page.getByRole('article', { name: /^Session on / })).toContainText(
    'Estimating the *index* migration <b>',
  );
});

test('the log and a single session export as Markdown', async ({ page }) => {
  await open(page);
  await planAndFinish(page);
  const [log] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download the whole log (.md)' }).click(),
  ]);
  expect(log.suggestedFilename()).toMatch(/^mentorship-log-\d{4}-\d{2}-\d{2}\.md$/);
  const markdown = await readFile((await log.path())!, 'utf8');
  expect(markdown).toMatch(/^# Mentorship log\n\n## Mentorship session, \d{4}-\d{2}-\d{2}\n/);
  expect(markdown).toContain('Estimating the \\*index\\* migration \\<b>');
  expect(markdown).toContain('- Mentee: Write the estimate');
  expect(markdown).toContain('- Mentor, done: Send an example');

  const [one] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /^Download the session on/ }).click(),
  ]);
  expect(await readFile((await one.path())!, 'utf8')).toMatch(
    /^# Mentorship session, \d{4}-\d{2}-\d{2}\n/,
  );
});

test('a session with check-ins on the goals, finished, is in the history and the log', async ({
  page,
}) => {
  await open(page);
  const none = page.getByRole('link', { name: 'Set one to three in the kickoff checklist' });
  await none.click();
  await expect(page).toHaveURL(/\/playbooks\/kickoff-checklist\/#kickoff-goals$/);
  await page.getByRole('button', { name: 'Add a goal' }).click();
  await page
    .getByRole('group', { name: 'Goal 1' })
    .getByRole('textbox', { name: 'What' })
    .fill('Ship a *service*');
  await page.getByRole('button', { name: 'Add a goal' }).click();
  await page
    .getByRole('group', { name: 'Goal 2' })
    .getByRole('textbox', { name: 'What' })
    .fill('Review code');
  await page.goto(PAGE);
  await open(page);

  // By keyboard: arrows pick where a goal stands, Tab moves on to what happened.
  const ship = page.getByRole('group', { name: 'Ship a *service*' });
  await ship.getByRole('radio', { name: 'Not started' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(ship.getByRole('radio', { name: 'Moving' })).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(ship.getByRole('textbox', { name: 'What happened (optional)' })).toBeFocused();
  await page.keyboard.type('Deployed to <staging>');
  const review = page.getByRole('group', { name: 'Review code' });
  await review.getByRole('radio', { name: 'Stuck' }).check();
  await expect(review.getByRole('textbox', { name: 'What happened (optional)' })).toHaveValue('');
  await page.reload();
  await open(page);
  await expect(ship.getByRole('textbox', { name: 'What happened (optional)' })).toHaveValue(
    'Deployed to <staging>',
  );
  await expectNoAxeViolations(page, 'check-ins chosen');

  await page.getByRole('button', { name: 'Finish session…' }).click();
  await page.getByRole('button', { name: 'Finish session', exact: true }).click();
  const past = page.getByText(
    /^Session on \d{4}-\d{2}-\d{2} \(4 parts, 0 action items, 2 goal check-ins\)$/,
  );
  await expect(past).toBeVisible();
  // The next agenda starts with no check-in.
  await expect(ship.getByRole('radio', { name: 'Moving' })).not.toBeChecked();
  await past.click();
  const session = page.getByRole('article', { name: /^Session on / });
  await expect(session).toContainText('Where the goals stand');
  await expect(session).toContainText('Ship a *service*: Moving. Deployed to <staging>');
  await expect(session).toContainText('Review code: Stuck');

  const [log] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download the whole log (.md)' }).click(),
  ]);
  const markdown = await readFile((await log.path())!, 'utf8');
  expect(markdown).toContain('### Where the goals stand');
  expect(markdown).toContain('- Ship a \\*service\\*: Moving. Deployed to \\<staging>');
  expect(markdown).toContain('- Review code: Stuck');
});

test('parts reorder from the keyboard and timeboxes add up to the session', async ({ page }) => {
  await open(page);
  await expect(page.getByText('Planned 30 of 30 minutes.')).toBeVisible();
  await page.getByRole('button', { name: 'Move down: Since last time' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('textbox', { name: 'Part 2 title' })).toHaveValue('Since last time');
  await expect(page.getByRole('button', { name: 'Move down: Since last time' })).toBeFocused();
  await page.getByRole('spinbutton', { name: /minutes for A current challenge/i }).fill('30');
  await expect(page.locator('.timebox')).toContainText('The plan runs 18 minutes over');
  await page.getByRole('button', { name: 'Fit the timeboxes to 30 minutes' }).click();
  await expect(page.getByText('Planned 30 of 30 minutes.')).toBeVisible();
});

test('the session length comes from the kickoff checklist', async ({ page }) => {
  await page.goto('playbooks/kickoff-checklist/');
  await page.getByRole('spinbutton', { name: 'Session length (minutes)' }).fill('60');
  await open(page);
  await expect(page.getByText('(as agreed in your kickoff checklist)')).toBeVisible();
  // A new agenda is timeboxed to the agreed length from the start.
  await expect(page.getByText('Planned 60 of 60 minutes.')).toBeVisible();
});

test('when storage is nearly full the page offers the log before anything is lost', async ({
  page,
}) => {
  await open(page);
  await page.evaluate(() =>
    localStorage.setItem('another-app-on-this-origin', 'x'.repeat(4_100_000)),
  );
  await page.reload();
  await open(page);
  await expect(page.getByText("This browser's storage for the site is nearly full")).toBeVisible();
  const [log] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download the whole log', exact: true }).click(),
  ]);
  expect(await readFile((await log.path())!, 'utf8')).toMatch(/^# Mentorship log\n/);
});

test('axe finds nothing on the page with a plan and a history, light and dark', async ({
  page,
}) => {
  await open(page);
  await planAndFinish(page);
  await page.getByRole('spinbutton', { name: /minutes for A current challenge/i }).fill('300');
  await page.getByText(/^Session on /).click();
  await page.getByRole('button', { name: /^Delete the session on/ }).click();
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await expectNoAxeViolations(page, colorScheme);
  }
});

test('with storage disabled the planner says so and still works', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  await open(page);
  await expect(
    page.getByText('Your agenda and history are not being saved in this browser'),
  ).toBeVisible();
  await planAndFinish(page);
  await expect(page.getByRole('checkbox', { name: 'Write the estimate (mentee)' })).toBeVisible();
  await expect(
    page.getByText(/^Session on \d{4}-\d{2}-\d{2} \(4 parts, 2 action items\)$/),
  ).toBeVisible();
});

test('the whole log copies to the clipboard', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await open(page);
  await planAndFinish(page);
  await page.getByRole('button', { name: 'Copy the whole log' }).click();
  // The Status, not the live region, which says the same 50 ms later.
  await expect(
    page.locator('.status', { hasText: 'Copied the whole log to the clipboard.' }),
  ).toBeAttached();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(
    /^# Mentorship log\n\n## Mentorship session, /,
  );
});
