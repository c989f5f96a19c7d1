import { type Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { readFile } from 'node:fs/promises';
import { V1_KEYS } from '../../src/playbook/mentorships/move-v1';
import { expectNoAxeViolations, shownResult } from './helpers';

const PAGE = 'playbooks/kickoff-checklist/';

/** Opens the checklist and waits until both islands have hydrated (the agreement's once scrolled to). */
async function open(page: Page) {
  await page.goto(PAGE);
  await expect(page.getByRole('checkbox', { name: 'Backgrounds' })).toBeEnabled();
  await page.getByRole('heading', { name: 'Your agreement' }).scrollIntoViewIfNeeded();
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
  await page.evaluate(() => window.scrollTo(0, 0));
}

async function fillSome(page: Page) {
  await page.getByRole('textbox', { name: "Mentor's name" }).fill('Ada Lovelace');
  await page.getByRole('textbox', { name: "Mentee's name" }).fill('Grace Hopper');
  await page.getByRole('checkbox', { name: 'Backgrounds' }).check();
  await page
    .getByRole('textbox', { name: 'Notes: Backgrounds' })
    .fill('Both of us started in *physics* <b>really</b>');
  await page.getByRole('checkbox', { name: 'The goal' }).check();
  await page
    .getByRole('textbox', { name: 'Notes: The goal' })
    .fill('# Ship a small Elixir service\n\n1. on my own');
  await page.getByRole('combobox', { name: 'How often' }).selectOption('every-two-weeks');
  await page.getByRole('spinbutton', { name: 'Session length (minutes)' }).fill('45');
  await page.getByRole('radio', { name: 'The mentee' }).check();
  await page.getByRole('checkbox', { name: 'Regular pairing' }).check();
}

test('answers survive a reload', async ({ page }) => {
  await open(page);
  await fillSome(page);
  await expect(page.getByText('2 of 18 agreed')).toBeVisible();
  await expect(page.getByText('Saved in this browser')).toBeVisible();

  await page.reload();
  await open(page);
  await expect(page.getByRole('textbox', { name: "Mentor's name" })).toHaveValue('Ada Lovelace');
  await expect(page.getByRole('checkbox', { name: 'Backgrounds' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'The goal' })).toBeChecked();
  await expect(page.getByRole('textbox', { name: 'Notes: The goal' })).toHaveValue(
    '# Ship a small Elixir service\n\n1. on my own',
  );
  await expect(page.getByRole('combobox', { name: 'How often' })).toHaveValue('every-two-weeks');
  await expect(page.getByRole('spinbutton', { name: 'Session length (minutes)' })).toHaveValue(
    '45',
  );
  await expect(page.getByRole('radio', { name: 'The mentee' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Regular pairing' })).toBeChecked();
  await expect(page.getByText('2 of 18 agreed')).toBeVisible();
});

test('a second tab sees a change', async ({ page, context }) => {
  await open(page);
  const other = await context.newPage();
  await open(other);
  await other
    .getByRole('textbox', { name: 'Notes: Topics to work on' })
    .fill('Observability, from the other tab');
  await expect(page.getByRole('textbox', { name: 'Notes: Topics to work on' })).toHaveValue(
    'Observability, from the other tab',
  );
});

test('the downloaded agreement holds the answers as Markdown', async ({ page }) => {
  await open(page);
  await fillSome(page);
  const preview = page.getByRole('article', { name: 'Agreement preview' });
  await expect(preview.getByRole('heading', { level: 3 })).toHaveText(
    'Mentorship agreement: Grace Hopper and Ada Lovelace',
  );
  await expect(preview).toContainText('Both of us started in *physics* <b>really</b>');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download the agreement (.md)' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(
    /^mentorship-agreement-grace-hopper-and-ada-lovelace-\d{4}-\d{2}-\d{2}\.md$/,
  );
  const markdown = await readFile((await download.path())!, 'utf8');
  // The answers as front matter, to open the file here again; then the agreement itself.
  expect(markdown).toMatch(
    /^---\n[\s\S]*\n {4}mentor: "Ada Lovelace"\n[\s\S]*\n---\n\n# Mentorship agreement: Grace Hopper and Ada Lovelace\n/,
  );
  expect(markdown).toContain('- Mentor: Ada Lovelace');
  expect(markdown).toContain('- Meetings: Every two weeks, 45 minutes a session');
  expect(markdown).toContain('- Who schedules: The mentee');
  expect(markdown).toContain('- Format: Regular pairing');
  expect(markdown).toContain('Both of us started in \\*physics\\* \\<b>really\\</b>');
  expect(markdown).toContain('\\# Ship a small Elixir service\\\n\\\n1\\. on my own');
  // Shown beside the button (the live region, outside main, says the same 50 ms later).
  await expect(shownResult(page, /^Downloading mentorship-agreement-grace-hopper/)).toBeVisible();
});

test('copy puts the agreement on the clipboard and says so', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await open(page);
  await page.getByRole('textbox', { name: "Mentee's name" }).fill('Grace');
  await page.getByRole('button', { name: 'Copy the agreement' }).click();
  // The Status, not the live region, which says the same 50 ms later.
  await expect(
    page.locator('.status', { hasText: 'Copied the agreement to the clipboard.' }),
  ).toBeAttached();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(
    /^# Mentorship agreement: Grace and the mentor\n/,
  );
});

test('the blank template downloads from the page, built by the same function', async ({ page }) => {
  await open(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Download the agreement template' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('mentorship-agreement.md');
  const template = await readFile((await download.path())!, 'utf8');
  expect(template).toMatch(/^# Mentorship agreement\n\n## The pair\n/);
  expect(template).toContain('## Changing this agreement');
  expect(template).toContain('Signature: ______________________ Date: ____________');
  expect(template).not.toMatch(/undefined|null/);
});

test('with storage disabled the page says so and the checklist still works', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  await open(page);
  await expect(page.getByText('Your answers are not being saved in this browser')).toBeVisible();
  await page.getByRole('checkbox', { name: 'Backgrounds' }).check();
  await page.getByRole('textbox', { name: "Mentor's name" }).fill('Ada');
  await expect(page.getByText('1 of 18 agreed')).toBeVisible();
  await expect(page.getByRole('article', { name: 'Agreement preview' })).toContainText(
    'Mentor: Ada',
  );
  await expectNoAxeViolations(page, 'storage notice');
});

test('corrupted stored data shows a notice, and its copy can be downloaded', async ({ page }) => {
  await open(page);
  // Saved by the first release, so it is also moved into the first mentorship on load.
  await page.evaluate(
    (key) => localStorage.setItem(key, '{"version":1,"topics":"oops'),
    V1_KEYS.kickoff,
  );
  await page.reload();
  await open(page);
  await expect(page.getByText('Saved answers could not be read')).toBeVisible();
  await expect(page.getByText('0 of 18 agreed')).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download the kept copy' }).click(),
  ]);
  expect(await readFile((await download.path())!, 'utf8')).toContain('{"version":1,"topics":"oops');
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await expectNoAxeViolations(page, `backup notice, ${colorScheme}`);
  }
  // Still there after a reload, until deleted.
  await page.reload();
  await open(page);
  await page.getByRole('button', { name: 'Delete the kept copy' }).click();
  await expect(page.getByText('Saved answers could not be read')).toBeHidden();
});

test('two goals entered by keyboard are listed in the agreement and kept on reload', async ({
  page,
}) => {
  await open(page);
  await page.getByRole('button', { name: 'Add a goal' }).focus();
  await page.keyboard.press('Enter');
  const first = page.getByRole('group', { name: 'Goal 1' });
  await expect(first.getByRole('textbox', { name: 'What' })).toBeFocused();
  await page.keyboard.type('Ship a *service* <b>');
  await page.keyboard.press('Tab');
  await expect(first.getByRole('textbox', { name: "How you'll know" })).toBeFocused();
  await page.keyboard.type('It serves real traffic');
  await first.getByRole('textbox', { name: 'By when (optional)' }).fill('2027-01-31');
  // The date field's parts are tab stops of their own; from its Remove button, Tab goes on to add.
  await page.getByRole('button', { name: 'Remove goal 1' }).focus();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Add a goal' })).toBeFocused();
  await page.keyboard.press('Enter');
  const second = page.getByRole('group', { name: 'Goal 2' });
  await expect(second.getByRole('textbox', { name: 'What' })).toBeFocused();
  await page.keyboard.type('Use the checkout with a screen reader');

  const preview = page.getByRole('article', { name: 'Agreement preview' });
  await expect(preview).toContainText('Goal 1: Ship a *service* <b>');
  await expect(preview).toContainText("How we'll know: It serves real traffic");
  await expect(preview).toContainText('By: 2027-01-31');
  await expect(preview).toContainText('Goal 2: Use the checkout with a screen reader');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download the agreement (.md)' }).click(),
  ]);
  const markdown = await readFile((await download.path())!, 'utf8');
  expect(markdown).toContain('- Goal 1: Ship a \\*service\\* \\<b>');
  expect(markdown).toContain('* Goal 2: Use the checkout with a screen reader');
  expect(markdown).toMatch(
    /\n {2}goals:\n {4}- id: "[\w-]+"\n {6}what: "Ship a \*service\* <b>"\n/,
  );

  await page.reload();
  await open(page);
  await expect(first.getByRole('textbox', { name: 'What' })).toHaveValue('Ship a *service* <b>');
  await expect(first.getByRole('textbox', { name: 'By when (optional)' })).toHaveValue(
    '2027-01-31',
  );
  await expect(second.getByRole('textbox', { name: 'What' })).toHaveValue(
    'Use the checkout with a screen reader',
  );
});

test('a removed goal comes back with undo, and axe finds nothing with goals and a count to look back', async ({
  page,
}) => {
  await open(page);
  for (const n of [1, 2, 3]) {
    await page.getByRole('button', { name: 'Add a goal' }).click();
    await page
      .getByRole('group', { name: `Goal ${n}` })
      .getByRole('textbox', { name: 'What' })
      .fill(`Goal ${n}`);
  }
  await expect(page.getByRole('button', { name: 'Add a goal' })).toBeDisabled();
  await expect(page.getByText(/^3 goals are open, the most to work on at once/)).toBeVisible();
  await page.getByRole('radio', { name: 'When a condition is met' }).check();
  await page.getByRole('spinbutton', { name: 'After how many' }).fill('6');
  await page.getByRole('combobox', { name: 'Sessions or weeks' }).selectOption('sessions');
  await expect(page.getByRole('article', { name: 'Agreement preview' })).toContainText(
    'We look back: After 6 sessions',
  );
  await page.getByRole('button', { name: 'Remove goal 2' }).click();
  await expect(page.getByRole('button', { name: 'Undo' })).toBeFocused();
  await expect(page.getByRole('main').getByText('Removed the goal “Goal 2”.')).toBeVisible();
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await expectNoAxeViolations(page, colorScheme);
  }
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('group', { name: 'Goal 2' }).getByRole('textbox', { name: 'What' }),
  ).toBeFocused();
  await expect(page.getByRole('button', { name: 'Add a goal' })).toBeDisabled();
});

test('start over is confirmed and can be undone from the keyboard', async ({ page }) => {
  await open(page);
  await page.getByRole('textbox', { name: "Mentee's name" }).fill('Grace');
  await page.getByRole('button', { name: 'Start over…' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Keep my answers' })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(page.getByRole('button', { name: 'Clear all answers' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('textbox', { name: "Mentee's name" })).toHaveValue('');
  await expect(page.getByRole('button', { name: 'Undo' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('textbox', { name: "Mentee's name" })).toHaveValue('Grace');
});

test('axe finds nothing on the page with answers filled in, light and dark', async ({ page }) => {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await open(page);
    await fillSome(page);
    const minutes = page.getByRole('spinbutton', { name: 'Session length (minutes)' });
    await minutes.fill('5000');
    await expect(minutes).toHaveAccessibleDescription(/Enter a whole number of minutes/);
    await page.getByRole('button', { name: 'Start over…' }).click();
    await expect(page.getByRole('button', { name: 'Clear all answers' })).toBeVisible();
    await expectNoAxeViolations(page, colorScheme);
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('every topic reads as a list, and the template link works', async ({ page, request }) => {
    await page.goto(PAGE);
    for (const title of [
      'Backgrounds',
      'The goal',
      'Cadence and session length',
      'Challenges you can see coming',
    ]) {
      await expect(page.getByText(title, { exact: true }).first()).toBeVisible();
    }
    // Playwright's text locators skip <noscript>, so read it directly; it renders with scripting off.
    const notice = await page
      .locator('noscript')
      .evaluate((n) => [n.textContent, getComputedStyle(n).display]);
    expect(notice[0]).toContain('This checklist needs JavaScript to save answers');
    expect(notice[1]).not.toBe('none');
    await expect(page.getByText('Saved in this browser')).toHaveCount(0);
    const href = await page
      .getByRole('link', { name: 'Download the agreement template' })
      .getAttribute('href');
    expect((await request.get(href!)).status()).toBe(200);
  });

  test('it prints as a list to fill in by hand: no buttons, whole cards, empty boxes', async ({
    page,
  }) => {
    await page.goto(PAGE);
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('button', { name: 'Start over…' })).toBeHidden();
    const backgrounds = page.getByRole('checkbox', { name: 'Backgrounds' });
    expect(await backgrounds.evaluate((box) => getComputedStyle(box).appearance)).toBe('none');
    expect(
      await backgrounds.evaluate((box) => getComputedStyle(box.closest('li')!).breakInside),
    ).toBe('avoid');
  });
});

test.describe('on a 375 px wide phone', () => {
  test.use({ viewport: { width: 375, height: 740 } });

  test('the checklist fits the screen', async ({ page }) => {
    await open(page);
    await fillSome(page);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
