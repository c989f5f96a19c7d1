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
