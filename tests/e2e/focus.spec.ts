import { writeFile } from 'node:fs/promises';
import { type Page } from '@playwright/test';
import { expect, test } from './fixtures';
import {
  adaAndTom,
  downloadAgreement,
  downloadEverything,
  islandsReady,
  openMentorshipName,
  pickFile,
  shownResult,
} from './helpers';

// Every action in the previews and panels that buttons and links open leaves focus somewhere that
// makes sense, never on the page itself; Escape closes each and returns to what opened it.

const KICKOFF = 'playbooks/kickoff-checklist/';
const DATA = 'playbooks/your-data/';

/** Where focus is: the focused element's tag and accessible name, or "body" when it fell. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return 'body';
    return `${el.tagName.toLowerCase()} ${el.getAttribute('aria-label') ?? el.textContent?.trim() ?? ''}`;
  });

/**
 * Opens `path` with the file button named `button` once per choice, makes the choice (a button in
 * the preview, or Escape), and checks the preview has gone, focus is back on the button and the
 * choice's result is shown beside it.
 */
async function expectEachChoiceReturns(
  page: Page,
  { button, title, path }: { button: string; title: RegExp; path: string },
  choices: readonly (readonly [string | RegExp, string | RegExp])[],
) {
  const opener = page.getByRole('button', { name: button });
  const preview = page.getByRole('region', { name: title });
  for (const [action, result] of choices) {
    await pickFile(page, button, path);
    await expect(page.getByRole('heading', { name: title })).toBeFocused();
    if (action === 'Escape') await page.keyboard.press('Escape');
    else await preview.getByRole('button', { name: action }).click();
    await expect(preview).toHaveCount(0);
    await expect(opener, String(action)).toBeFocused();
    await expect(shownResult(page, result)).toBeVisible();
  }
}

test('the share-link preview: Add, Close, Escape and a problem’s Close each leave focus on the switcher', async ({
  page,
}) => {
  const { fragment } = await adaAndTom();
  const manage = page.getByRole('button', { name: 'Share or manage…' });
  const heading = page.getByRole('heading', { name: 'A shared mentorship' });

  await page.goto(`${KICKOFF}#${fragment}`);
  await islandsReady(page);
  await page.getByRole('button', { name: 'Add this mentorship' }).click();
  await expect(manage).toBeFocused();
  await expect(shownResult(page, 'Added, and opened.')).toBeVisible();

  // The same link again: merging it changes nothing, so Close takes Cancel's place.
  for (const close of ['Close', 'Escape'] as const) {
    await page.goto(`${KICKOFF}#${fragment}`);
    await islandsReady(page);
    await expect(heading).toBeFocused();
    if (close === 'Escape') await page.keyboard.press('Escape');
    else await page.getByRole('button', { name: 'Close' }).click();
    await expect(heading).toHaveCount(0);
    await expect(manage, close).toBeFocused();
  }

  const problem = page.getByText('This share link cannot be used');
  await page.goto(`${KICKOFF}#share=v1.$$$$`);
  await islandsReady(page);
  await page.getByRole('button', { name: 'Close' }).click();
  await expect(problem).toHaveCount(0);
  expect(await focused(page)).not.toBe('body');
});

test('the agreement-file preview: every choice, Cancel, Escape and Close return to its button', async ({
  page,
}, testInfo) => {
  await page.goto(KICKOFF);
  await islandsReady(page);
  await page.getByRole('textbox', { name: "Mentor's name" }).fill('Ada');
  const path = testInfo.outputPath('agreement.md');
  await writeFile(path, await downloadAgreement(page));
  const button = 'Open an agreement file…';
  await expectEachChoiceReturns(page, { button, title: /^The agreement in/, path }, [
    // The file is this browser's own agreement, unchanged: merging it changes nothing.
    ['Close', 'Nothing was changed.'],
    [/^Replace the answers of “.*”$/, /^“.*” now has the file’s answers\.$/],
    ['Add as a copy', 'Added as a copy, and opened.'],
    ['Escape', 'Nothing was added.'],
  ]);
  const opener = page.getByRole('button', { name: button });

  const broken = testInfo.outputPath('broken.md');
  await writeFile(broken, 'no front matter here');
  await pickFile(page, button, broken);
  await page.getByRole('button', { name: 'Close' }).click();
  await expect(opener).toBeFocused();
});

test('the restore preview: every choice, Cancel and Escape return to its button', async ({
  page,
}, testInfo) => {
  await page.goto(KICKOFF);
  await islandsReady(page);
  await page.getByRole('textbox', { name: "Mentor's name" }).fill('Ada');
  await page.goto(DATA);
  await islandsReady(page);
  const path = testInfo.outputPath('backup.json');
  await writeFile(path, (await downloadEverything(page)).text);
  await expectEachChoiceReturns(
    page,
    { button: 'Restore from a file…', title: /^The backup in/, path },
    [
      ['Cancel', 'Nothing was restored.'],
      ['Escape', 'Nothing was restored.'],
      ['Merge with what is here', 'Restored 1 mentorship: 1 mentorship merged with its copy here.'],
      ['Add, overwriting the one this browser has too', 'Restored 1 mentorship.'],
      ['Replace everything with the file', 'Restored 1 mentorship.'],
    ],
  );
});

test('the manage panel closes on Escape and returns to its button; a question inside answers first', async ({
  page,
}) => {
  await page.goto(KICKOFF);
  await islandsReady(page);
  await page.getByRole('textbox', { name: "Mentor's name" }).fill('Ada');
  const manage = page.getByRole('button', { name: 'Share or manage…' });
  await manage.click();
  const deleting = page.getByRole('button', { name: 'Delete this mentorship…' });
  await deleting.click();
  await expect(page.getByRole('button', { name: 'Keep it' })).toBeFocused();
  await page.keyboard.press('Escape');
  // The question is answered ("Keep it"), the panel stays open.
  await expect(deleting).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(deleting).toHaveCount(0);
  await expect(manage).toBeFocused();
  await expect(manage).toHaveAttribute('aria-expanded', 'false');
});

test('the switcher and its tools: every action leaves focus somewhere useful and shows what it did', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(KICKOFF);
  await islandsReady(page);
  const mentor = page.getByRole('textbox', { name: "Mentor's name" });
  const switcher = page.getByRole('region', { name: 'Mentorship' });
  const list = switcher.getByRole('combobox', { name: 'Mentorship' });
  await mentor.fill('Ada');
  // One mentorship: its name, as text, and no list that looks broken.
  await expect(openMentorshipName(page)).toHaveText('Ada');
  await expect(list).toHaveCount(0);

  const manage = switcher.getByRole('button', { name: 'Share or manage…' });
  await manage.click();
  await switcher.getByRole('button', { name: 'Make a share link' }).click();
  await expect(switcher.getByRole('textbox', { name: 'Share link' })).toBeFocused();
  await expect(
    shownResult(page, 'Share link made. It carries these answers as they are now.'),
  ).toBeVisible();
  const copy = switcher.getByRole('button', { name: 'Copy the link' });
  await copy.click();
  await expect(copy).toBeFocused();
  await expect(shownResult(page, 'Copied the share link to the clipboard.')).toBeVisible();

  const name = switcher.getByRole('textbox', { name: 'Name of “Ada”' });
  await name.fill('Backend pairing');
  await name.press('Enter');
  await expect(switcher.getByRole('textbox', { name: 'Name of “Backend pairing”' })).toBeFocused();
  await expect(shownResult(page, 'Renamed to “Backend pairing”.')).toBeVisible();

  await switcher.getByRole('button', { name: 'New mentorship' }).click();
  await expect(list).toBeFocused();
  await expect(
    shownResult(page, 'Started a new mentorship, now open, with empty answers.'),
  ).toBeVisible();

  // Arrow keys move the choice and nothing else (WCAG 3.2.2); Open opens it, and focus stays there.
  await page.keyboard.press('ArrowUp');
  await expect(list.locator('option:checked')).toHaveText('Backend pairing');
  await expect(mentor).toHaveValue('');
  await page.keyboard.press('Tab');
  const open = switcher.getByRole('button', { name: 'Open', exact: true });
  await expect(open).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(mentor).toHaveValue('Ada');
  await expect(open).toBeFocused();
  await expect(shownResult(page, 'Opened “Backend pairing”.')).toBeVisible();

  await switcher.getByRole('button', { name: 'Delete this mentorship…' }).click();
  await switcher.getByRole('button', { name: 'Delete mentorship' }).click();
  const undo = switcher.getByRole('button', { name: 'Undo' });
  await expect(undo).toBeFocused();
  await undo.click();
  await expect(mentor).toHaveValue('Ada');
  await expect(list).toBeFocused();
  // Escape from inside the panel closes it, and focus goes back to the button that opened it.
  await switcher.getByRole('button', { name: 'New mentorship' }).focus();
  await page.keyboard.press('Escape');
  await expect(manage).toBeFocused();
});

test('results beside the file and calendar buttons are seen, and the calendar list links to its fields', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(KICKOFF);
  await islandsReady(page);
  await page.getByRole('textbox', { name: "Mentor's name" }).fill('Ada');
  const copy = page.getByRole('button', { name: 'Copy the agreement' });
  await copy.click();
  await expect(copy).toBeFocused();
  await expect(shownResult(page, 'Copied the agreement to the clipboard.')).toBeVisible();

  await page.getByRole('button', { name: 'Add to calendar (.ics)' }).click();
  const plan = page.getByRole('list', { name: 'In the calendar file' });
  await expect(plan).toBeFocused();
  await expect(shownResult(page, 'Nothing to add to a calendar yet.')).toBeVisible();
  await plan.getByRole('link', { name: 'the start date' }).click();
  await expect(page.getByRole('textbox', { name: 'Start date' })).toBeFocused();
  await page.getByRole('button', { name: 'Add to calendar (.ics)' }).click();
  await plan.getByRole('link', { name: 'its date' }).click();
  await expect(page.getByRole('radio', { name: 'On a date' })).toBeFocused();

  await page.goto('playbooks/plan-a-session/');
  await islandsReady(page);
  await page.getByRole('textbox', { name: 'Date' }).fill('');
  await page.getByRole('button', { name: 'Add to calendar (.ics)' }).click();
  const next = page.getByRole('list', { name: 'In the calendar file' });
  await expect(next).toBeFocused();
  await next.getByRole('link', { name: 'a date above' }).click();
  await expect(page.getByRole('textbox', { name: 'Date' })).toBeFocused();
  // The usual time lives in the kickoff checklist: the link goes there, to its field.
  await next.getByRole('link', { name: 'a usual time in the kickoff checklist' }).click();
  await expect(page).toHaveURL(/kickoff-checklist\/#kickoff-time$/);
  await islandsReady(page);
  await expect(page.getByRole('textbox', { name: 'Usual time' })).toBeInViewport();
});

for (const width of [1280, 375, 320]) {
  test(`at ${width} px, the first answer does not move the page: the switcher keeps its height`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.goto(KICKOFF);
    await islandsReady(page);
    const switcher = page.getByRole('region', { name: 'Mentorship' });
    await expect(switcher).toContainText('Your first answer starts a mentorship.');
    const before = await switcher.boundingBox();
    await page.getByRole('textbox', { name: "Mentor's name" }).fill('Ada');
    await expect(openMentorshipName(page)).toHaveText('Ada');
    expect((await switcher.boundingBox())?.height).toBe(before?.height);
  });
}
