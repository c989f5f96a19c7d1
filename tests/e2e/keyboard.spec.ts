import { type Locator, type Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { islandsReady, storedDocument } from './helpers';

/** The live region every island announces into. */
const announcer = (page: Page) => page.locator('#playbook-announcer');

/** Opens a playbook page and waits until every island on it runs. */
async function open(page: Page, path: string) {
  await page.goto(path);
  await islandsReady(page);
}

/** Presses Tab until focus leaves the element (a date field takes a Tab per part of the date). */
async function tabOutOf(page: Page, locator: Locator) {
  for (let i = 0; i < 4 && (await locator.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
}

/** What a control is called, for messages: its accessible name as Playwright sees it. */
const describe = (locator: Locator) =>
  locator.evaluate(
    (el) =>
      `${el.tagName.toLowerCase()} "${el.getAttribute('aria-label') ?? (el as HTMLInputElement).labels?.[0]?.textContent ?? el.textContent}"`,
  );

test.describe('at 320 × 256 (400% zoom of a small laptop)', () => {
  test.use({ viewport: { width: 320, height: 256 } });

  for (const path of [
    'playbooks/kickoff-checklist/',
    'playbooks/format-chooser/',
    'playbooks/plan-a-session/',
    'playbooks/review/',
  ]) {
    test(`${path}: Tab reaches every control of the playbook from page load`, async ({ page }) => {
      // A hundred key presses or so, each checked: allow for a busy machine.
      test.slow();
      await open(page, path);
      // Every control a person can use, one per radio group (Tab enters a group once).
      const expected = await page.evaluate(() => {
        const controls = [
          ...document.querySelectorAll<HTMLElement>(
            '.playbook :is(input, select, textarea, button, a[href], summary)',
          ),
        ].filter((el) => !(el as HTMLButtonElement).disabled && el.checkVisibility());
        const seen = new Set<string>();
        return controls
          .filter((el) => {
            if (!(el instanceof HTMLInputElement) || el.type !== 'radio') return true;
            if (seen.has(el.name)) return false;
            seen.add(el.name);
            return true;
          })
          .map((el) => {
            el.dataset.tabCheck =
              el instanceof HTMLInputElement && el.type === 'radio'
                ? `radio:${el.name}`
                : String(Math.random());
            return el.dataset.tabCheck;
          });
      });
      expect(expected.length).toBeGreaterThan(10);
      const reached = new Set<string>();
      for (let i = 0; i < expected.length + 60 && reached.size < expected.length; i++) {
        await page.keyboard.press('Tab');
        const mark = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          if (el instanceof HTMLInputElement && el.type === 'radio') return `radio:${el.name}`;
          return el?.dataset.tabCheck ?? '';
        });
        if (mark) reached.add(mark);
      }
      const missed = expected.filter((mark) => !reached.has(mark));
      const names = await Promise.all(
        missed.map((mark) => describe(page.locator(`[data-tab-check="${mark}"]`).first())),
      );
      expect(names, 'controls Tab never reached').toEqual([]);
    });
  }
});

test.describe('focus after every action', () => {
  test('kickoff: start over asks, Escape cancels, undo puts answers and focus back', async ({
    page,
  }) => {
    await open(page, 'playbooks/kickoff-checklist/');
    await page.getByRole('textbox', { name: "Mentee's name" }).fill('Grace');
    const startOver = page.getByRole('button', { name: 'Start over…' });
    await startOver.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: 'Keep my answers' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(startOver).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: 'Keep my answers' })).toBeFocused();
    await page.keyboard.press('Shift+Tab');
    await expect(page.getByRole('button', { name: 'Clear all answers' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: 'Undo' })).toBeFocused();
    await expect(announcer(page)).toHaveText('All answers cleared.');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('textbox', { name: "Mentee's name" })).toHaveValue('Grace');
    await expect(startOver).toBeFocused();
  });

  test('chooser: clearing the answers moves focus to the first question', async ({ page }) => {
    await open(page, 'playbooks/format-chooser/');
    await page.getByRole('radio', { name: 'Has the basics' }).check();
    await page.getByRole('button', { name: 'Clear the answers' }).click();
    await expect(page.getByRole('radio', { name: 'Just starting' })).toBeFocused();
    await expect(page.getByRole('radio', { name: 'Has the basics' })).not.toBeChecked();
  });

  test('planner: add, remove, undo, fit, finish and delete each leave focus somewhere useful', async ({
    page,
  }) => {
    await open(page, 'playbooks/plan-a-session/');
    await page.getByRole('button', { name: 'Add a part' }).click();
    const title = page.getByRole('textbox', { name: 'Part 5 title' });
    await expect(title).toBeFocused();
    // The suggested title is selected, so typing replaces it.
    await page.keyboard.type('Career chat');
    await expect(title).toHaveValue('Career chat');
    await expect(page.locator('.timebox')).toContainText('The plan runs 5 minutes over');

    await page.getByRole('button', { name: 'Remove: Career chat' }).click();
    const undo = page.getByRole('button', { name: 'Undo' });
    await expect(undo).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('textbox', { name: 'Part 5 title' })).toBeFocused();

    await page.getByRole('button', { name: 'Fit the timeboxes to 30 minutes' }).click();
    await expect(page.getByRole('button', { name: 'Add a part' })).toBeFocused();

    // An emptied title still names the part by its place.
    await page.getByRole('textbox', { name: 'Part 5 title' }).fill('');
    await expect(page.getByRole('button', { name: 'Move up: Part 5' })).toBeVisible();

    const item = page.getByRole('textbox', { name: 'New action item' });
    await item.fill('Write the estimate');
    await item.press('Enter');
    await expect(announcer(page)).toHaveText('Action item added: Write the estimate (mentee).');
    await expect(item).toBeFocused();
    await page.getByRole('button', { name: 'Remove: Write the estimate' }).click();
    await expect(undo).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('checkbox', { name: 'Write the estimate (mentee)' })).toBeFocused();

    const finish = page.getByRole('button', { name: 'Finish session…' });
    await finish.click();
    await expect(page.getByRole('button', { name: 'Not yet' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(finish).toBeFocused();
    await finish.click();
    await page.getByRole('button', { name: 'Finish session', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Past sessions' })).toBeFocused();

    const remove = page.getByRole('button', { name: /^Delete the session on/ });
    for (let round = 0; round < 2; round++) {
      await remove.click();
      await expect(page.getByRole('button', { name: 'Keep it' })).toBeFocused();
      await page.keyboard.press(round === 0 ? 'Enter' : 'Escape');
      await expect(remove).toBeFocused();
    }
    await remove.click();
    await page.getByRole('button', { name: 'Delete', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Past sessions' })).toBeFocused();
  });
});

test.describe('dates and minutes that cannot be kept', () => {
  test('a day that does not exist is an error at the field, and the last real date stays', async ({
    page,
  }) => {
    await open(page, 'playbooks/kickoff-checklist/');
    const start = page.getByRole('textbox', { name: 'Start date' });
    await start.fill('2026-04-30');
    await expect(page.getByRole('article', { name: 'Agreement preview' })).toContainText(
      'Starting on: 2026-04-30',
    );
    // Focus lands on the month (en-US order): February 30th does not exist.
    await start.focus();
    await page.keyboard.type('02');
    await expect(start).toHaveJSProperty('validity.badInput', true);
    await tabOutOf(page, start);
    await expect(start).toHaveAttribute('aria-invalid', 'true');
    await expect(start).toHaveAccessibleDescription(/not a date in the calendar/);
    await expect(announcer(page)).toHaveText(/not a date in the calendar/);
    await expect(page.getByRole('article', { name: 'Agreement preview' })).toContainText(
      'Starting on: 2026-04-30',
    );
  });

  test('the planner never dates a session from a date it could not read', async ({ page }) => {
    await open(page, 'playbooks/plan-a-session/');
    const date = page.getByRole('textbox', { name: 'Date' });
    await date.fill('2026-04-30');
    await date.focus();
    await page.keyboard.type('02');
    await tabOutOf(page, date);
    await expect(date).toHaveAccessibleDescription(/not a date in the calendar/);
    await page.getByRole('button', { name: 'Finish session…' }).click();
    await page.getByRole('button', { name: 'Finish session', exact: true }).click();
    // Finishing and the list of past sessions both load on demand: two fetches on a busy machine.
    await expect(page.getByText(/^Session on 2026-04-30 /)).toBeVisible({ timeout: 15_000 });
  });

  test('minutes that are rejected are never stored, and the plan says when it runs over', async ({
    page,
  }) => {
    await open(page, 'playbooks/plan-a-session/');
    const minutes = page.getByRole('spinbutton', { name: /minutes for A current challenge/i });
    await expect(minutes).toHaveValue('12');
    await minutes.click();
    await page.keyboard.press('Control+a');
    await page.keyboard.type('1000');
    await expect(minutes).toHaveAccessibleDescription(
      'Enter a whole number of minutes from 0 to 240.',
    );
    await expect(page.getByText('Planned 30 of 30 minutes.')).toBeVisible();
    const stored = await storedDocument(page, 'agenda');
    expect(JSON.parse(stored!).draft.parts[2].minutes).toBe(12);
    await page.reload();
    await open(page, 'playbooks/plan-a-session/');
    await expect(minutes).toHaveValue('12');
    await minutes.fill('20');
    await expect(announcer(page)).toHaveText(/The plan runs 8 minutes over/);
  });

  test('the session length waits for the person to finish typing before it complains', async ({
    page,
  }) => {
    await open(page, 'playbooks/kickoff-checklist/');
    const length = page.getByRole('spinbutton', { name: 'Session length (minutes)' });
    await length.click();
    await page.keyboard.type('4');
    await expect(length).not.toHaveAttribute('aria-invalid');
    await page.keyboard.type('5');
    await expect(length).toHaveValue('45');
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Tab');
    await expect(length).toHaveAccessibleDescription(/from 10 to 240/);
  });
});
