import { writeFile } from 'node:fs/promises';
import { type Page } from '@playwright/test';
import { INDEX_KEY, LAYOUT } from '../../src/playbook/documents/mentorships';
import { V1_KEYS } from '../../src/playbook/mentorships/move-v1';
import { notedMentorship, storedMentorships } from '../unit/helpers/noted-mentorship';
import { expect, test } from './fixtures';
import {
  DAMAGED_INDEX_STORAGE,
  WIDE,
  blockStorage,
  downloadAgreement,
  downloadEverything,
  expectNoAxeViolationsInEveryTheme,
  islandsReady,
  makeShareLink,
  marksStamped,
  pickFile,
  refuseEveryWrite,
  startedDaysAgo,
  storeBeforeLoad,
} from './helpers';

// a11y.spec.ts checks every page as it loads; this checks what only shows once something is
// opened, pressed or read: each panel, preview, question, undo bar and notice of the playbooks,
// in the light theme, the dark theme and the dark theme at 375 px (all three on the same state).
// The states one page reaches in turn (a question, then what answering it shows) are checked in
// turn on that one page load, in one test; each axe pass adds its own time to the test's limit.

const KICKOFF = 'playbooks/kickoff-checklist/';
const PLAN = 'playbooks/plan-a-session/';
const DATA = 'playbooks/your-data/';

/**
 * heading-order is one of axe's best practices, outside the WCAG tags: held here too, as these
 * panels put headings into the page between its own.
 */
const axe = (page: Page, state: string) =>
  expectNoAxeViolationsInEveryTheme(page, state, { alsoRules: ['heading-order'] });

async function open(page: Page, path: string) {
  await page.goto(path);
  await islandsReady(page);
}

/** The kickoff checklist with a mentorship started (Tom and Ada). */
async function withMentorship(page: Page) {
  await open(page, KICKOFF);
  await page.getByRole('textbox', { name: "Mentor's name" }).fill('Ada');
  await page.getByRole('textbox', { name: "Mentee's name" }).fill('Tom');
  await expect(page.getByRole('button', { name: 'Share or manage…' })).toBeEnabled();
  // The stamping writes the answers once more when its code arrives: wait, so that a test that
  // then changes storage itself is not overwritten by it.
  await marksStamped(page);
}

/** Opens the switcher's "Share or manage…" panel. */
async function openManage(page: Page) {
  const manage = page.getByRole('button', { name: 'Share or manage…' });
  await manage.click();
  await expect(manage).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByRole('button', { name: 'Delete this mentorship…' })).toBeVisible();
}

test.use({ colorScheme: 'light', viewport: WIDE });

test.describe('the mentorship switcher’s panel', () => {
  test('"Share or manage…" open, asking before deleting, renamed, and undo after deleting', async ({
    page,
  }) => {
    await withMentorship(page);
    await openManage(page);
    // The panel's heading follows the page's h1 one level down (it once jumped to h3).
    await expect(
      page.getByRole('heading', { name: 'Share with your partner', level: 2 }),
    ).toBeVisible();
    await axe(page, 'manage panel');

    await page.getByRole('button', { name: 'Delete this mentorship…' }).click();
    await expect(page.getByRole('button', { name: 'Keep it' })).toBeFocused();
    await expect(
      page.getByRole('group', { name: /^Delete “Tom and Ada” from this/ }),
    ).toBeVisible();
    await axe(page, 'delete confirmation');
    await page.getByRole('button', { name: 'Keep it' }).click();
    await expect(page.getByRole('button', { name: 'Delete this mentorship…' })).toBeFocused();

    await page.getByRole('textbox', { name: 'Name of “Tom and Ada”' }).fill('Tuesdays with Tom');
    await page.getByRole('button', { name: 'Save name' }).click();
    // The field is named after the mentorship, so it now carries the new name.
    await expect(page.getByRole('textbox', { name: 'Name of “Tuesdays with Tom”' })).toHaveValue(
      'Tuesdays with Tom',
    );
    await axe(page, 'rename field, after renaming');

    await page.getByRole('button', { name: 'Delete this mentorship…' }).click();
    await page.getByRole('button', { name: 'Delete mentorship' }).click();
    await expect(page.getByRole('button', { name: 'Undo' })).toBeFocused();
    await axe(page, 'undo bar after deleting a mentorship');
  });

  test('a share link made, long enough to warn, then followed in this browser', async ({
    page,
  }) => {
    await withMentorship(page);
    // Notes that compress badly, so the link passes 2,000 characters and the panel warns of it.
    const notes = Array.from({ length: 1500 }, (_, i) => ((i * 7919) % 10007).toString(36));
    await page.getByRole('textbox', { name: 'Notes: The goal' }).fill(notes.join(' '));
    const link = await makeShareLink(page);
    expect(link).toMatch(/#share=v1\.[\w-]+\.\d+$/);
    await expect(page.getByText(/Some mail and chat apps cut links longer than/)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Copy the link' })).toBeVisible();
    await axe(page, 'share panel with a link');

    // The preview of a link to a mentorship this browser has.
    await open(page, link);
    const preview = page.getByRole('region', { name: 'A shared mentorship' });
    await expect(preview).toContainText('This browser already has this mentorship');
    await expect(preview.getByRole('button', { name: 'Replace “Tom and Ada”' })).toBeVisible();
    await axe(page, 'share-link preview, replacing');
  });
});

test.describe('share links', () => {
  test('the preview of a link made in another browser', async ({ page, browser }) => {
    const mentor = await browser.newContext();
    const theirs = await mentor.newPage();
    await withMentorship(theirs);
    const link = await makeShareLink(theirs);
    await mentor.close();

    await open(page, link);
    await expect(page.getByRole('heading', { name: 'A shared mentorship' })).toBeFocused();
    await expect(page.getByRole('region', { name: 'A shared mentorship' })).toContainText(
      '“Tom and Ada”: 0 of 18 topics agreed',
    );
    await axe(page, 'share-link preview');
  });

  test('the problem with a broken link', async ({ page }) => {
    await open(page, `${KICKOFF}#share=v1.$$$$`);
    await expect(page.getByText('This share link cannot be used')).toBeFocused();
    await axe(page, 'share-link problem');
  });
});

test.describe('agreement files', () => {
  test('the problem with a file that is no agreement, then the preview of a downloaded one', async ({
    page,
  }, testInfo) => {
    await withMentorship(page);
    const bad = testInfo.outputPath('bad.md');
    await writeFile(bad, 'no front matter here');
    await pickFile(page, 'Open an agreement file…', bad);
    await expect(page.getByText('“bad.md” cannot be opened')).toBeFocused();
    await axe(page, 'agreement-file problem');

    // Picking again starts afresh: the preview takes the problem's place.
    const path = testInfo.outputPath('agreement.md');
    // Edited by hand, so the preview also says its text differs from its answers.
    await writeFile(path, `${await downloadAgreement(page)}\nA line added by hand.\n`);
    await pickFile(page, 'Open an agreement file…', path);
    const preview = page.getByRole('region', { name: 'The agreement in “agreement.md”' });
    await expect(
      page.getByRole('heading', { name: 'The agreement in “agreement.md”' }),
    ).toBeFocused();
    await expect(preview).toContainText('does not say what the answers at its top say');
    await expect(preview.getByRole('button', { name: 'Add as a copy' })).toBeVisible();
    await expect(page.getByText('“bad.md” cannot be opened')).toHaveCount(0);
    await axe(page, 'agreement-file preview');
  });
});

test.describe('Your data', () => {
  test('asking before deleting everything, then restoring: a file that is no backup, the preview, and a restore that storage refuses part way and refuses to put back', async ({
    page,
  }, testInfo) => {
    await withMentorship(page);
    await open(page, DATA);
    await page.getByRole('button', { name: 'Delete everything…' }).click();
    await expect(page.getByRole('button', { name: 'Keep it all' })).toBeFocused();
    await expect(
      page.getByRole('group', { name: /^Delete the one mentorship \(“Tom and Ada”\)/ }),
    ).toBeVisible();
    await axe(page, 'delete-everything confirmation');
    await page.getByRole('button', { name: 'Keep it all' }).click();
    await expect(page.getByRole('button', { name: 'Delete everything…' })).toBeFocused();

    const bad = testInfo.outputPath('bad.json');
    await writeFile(bad, '{"hello": "world"}');
    await pickFile(page, 'Restore from a file…', bad);
    await expect(page.getByText('“bad.json” cannot be restored')).toBeFocused();
    await axe(page, 'restore problem');

    // Picking again starts afresh: each preview takes the place of what was there.
    const backup = await downloadEverything(page);
    const path = testInfo.outputPath(backup.name);
    await writeFile(path, backup.text);
    await pickFile(page, 'Restore from a file…', path);
    const heading = page.getByRole('heading', { name: `The backup in “${backup.name}”` });
    await expect(heading).toBeFocused();
    await expect(
      page.getByRole('region', { name: `The backup in “${backup.name}”` }),
    ).toContainText('“Tom and Ada”');
    await expect(page.getByText('“bad.json” cannot be restored')).toHaveCount(0);
    await axe(page, 'restore preview');

    // A file that differs from what is here, so replacing has keys to write.
    const changed = testInfo.outputPath(`changed-${backup.name}`);
    await writeFile(changed, backup.text.replace('"Tom"', '"Tim"'));
    await pickFile(page, 'Restore from a file…', changed);
    await expect(
      page.getByRole('heading', { name: `The backup in “changed-${backup.name}”` }),
    ).toBeFocused();
    // The browser takes one write, then refuses every write and removal after it.
    await page.evaluate(() => {
      const { setItem, removeItem } = Storage.prototype;
      let allowed = 1;
      const refuse = () => {
        if (allowed-- <= 0) throw new DOMException('Full', 'QuotaExceededError');
      };
      Storage.prototype.setItem = function (key: string, value: string) {
        refuse();
        setItem.call(this, key, value);
      };
      Storage.prototype.removeItem = function (key: string) {
        refuse();
        removeItem.call(this, key);
      };
    });
    await page.getByRole('button', { name: 'Replace everything with the file' }).click();
    const problem = page.getByRole('alert').filter({ hasText: 'Part of this may have changed' });
    await expect(problem).toBeFocused();
    await expect(
      problem.getByRole('button', { name: 'Download what was here before' }),
    ).toBeVisible();
    await axe(page, 'restore write problem');
  });
});

test.describe('Your data’s progress summary', () => {
  test('the panel of a mentorship in no programme, with a link long enough to warn, then one in a programme', async ({
    page,
  }) => {
    const loose = notedMentorship('m-loose');
    loose.kickoff.pair.mentee = 'Lin';
    loose.kickoff.program = { ...loose.kickoff.program, id: '', name: '' };
    // Goals in words that compress badly, so the summary's link passes 2,000 characters.
    loose.kickoff.goals = Array.from({ length: 40 }, (_, i) => ({
      id: `goal-${i}`,
      what: Array.from({ length: 12 }, (_, j) =>
        ((i * 7919 + j * 104_729) % 1_000_003).toString(36),
      ).join(' '),
      evidence: '',
      by: '',
      outcome: i < 37 ? ('reached' as const) : ('' as const),
      closedOn: '',
    }));
    await storeBeforeLoad(page, storedMentorships([loose, notedMentorship()]));
    await open(page, DATA);
    await page.getByRole('button', { name: 'Send a progress summary…' }).click();
    const panel = page.getByRole('region', { name: 'Progress summary of “Lin and Priya”' });
    await expect(panel.getByRole('heading', { level: 3 })).toBeFocused();
    await expect(panel).toContainText('This mentorship is in no programme');
    await expect(panel).toContainText(/Some mail and chat apps cut links longer than/);
    await axe(page, 'progress summary, no programme, long link');

    await panel
      .getByRole('combobox', { name: 'Mentorship to summarise' })
      .selectOption({ label: 'Tom and Priya' });
    const noted = page.getByRole('region', { name: 'Progress summary of “Tom and Priya”' });
    await expect(noted).toContainText('2 sessions, the last on');
    await expect(noted.getByRole('button', { name: 'Copy a link' })).toBeEnabled();
    await axe(page, 'progress summary in a programme');
  });
});

test.describe('the playbooks', () => {
  test('the backup reminder', async ({ page }) => {
    await withMentorship(page);
    await startedDaysAgo(page, 9);
    await open(page, KICKOFF);
    await expect(page.getByText('You have no backup of your answers yet.')).toBeVisible();
    await axe(page, 'backup reminder');
  });

  test('the kickoff’s calendar list, with nothing to add yet', async ({ page }) => {
    await open(page, KICKOFF);
    await page.getByRole('button', { name: 'Add to calendar (.ics)' }).click();
    await expect(page.getByRole('list', { name: 'In the calendar file' })).toBeFocused();
    await axe(page, 'kickoff calendar list');
  });

  test('the kickoff’s "Start over" question, then its undo bar', async ({ page }) => {
    await withMentorship(page);
    await page.getByRole('button', { name: 'Start over…' }).click();
    await expect(page.getByRole('button', { name: 'Keep my answers' })).toBeFocused();
    await axe(page, 'start-over confirmation');

    await page.getByRole('button', { name: 'Clear all answers' }).click();
    await expect(page.getByRole('button', { name: 'Undo' })).toBeFocused();
    await axe(page, 'kickoff undo bar');
  });

  test('the planner’s undo bar after removing a part, then its calendar list with nothing to add yet', async ({
    page,
  }) => {
    await open(page, PLAN);
    await page.getByRole('button', { name: 'Remove: Since last time' }).click();
    await expect(page.getByRole('button', { name: 'Undo' })).toBeFocused();
    await axe(page, 'planner undo bar');
    // Undone, the page is as it loaded.
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(page.getByRole('button', { name: 'Remove: Since last time' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Undo' })).toHaveCount(0);

    await page.getByRole('button', { name: 'Add to calendar (.ics)' }).click();
    await expect(page.getByRole('list', { name: 'In the calendar file' })).toContainText(
      'set a date above',
    );
    await axe(page, 'planner calendar list');
  });
});

test.describe('storage notices', () => {
  test('site data blocked, on the planner', async ({ page }) => {
    const errors = await blockStorage(page);
    await open(page, PLAN);
    await expect(
      page.getByText('Your agenda and history are not being saved in this browser'),
    ).toBeVisible();
    await axe(page, 'storage blocked notice');
    expect(errors).toEqual([]);
  });

  test('every write refused, on the checklist with an answer typed', async ({ page }) => {
    await refuseEveryWrite(page);
    await open(page, KICKOFF);
    await page.getByRole('textbox', { name: "Mentor's name" }).fill('Ada');
    await expect(page.getByText('Your answers are not being saved in this browser')).toBeVisible();
    await expect(page.getByText('Not saved: kept only until you leave this page')).toBeVisible();
    await axe(page, 'storage refused notice');
  });

  test('storage nearly full, on the planner', async ({ page }) => {
    await open(page, PLAN);
    await page.evaluate(() =>
      localStorage.setItem('another-app-on-this-origin', 'x'.repeat(4_100_000)),
    );
    await open(page, PLAN);
    await expect(
      page.getByText("This browser's storage for the site is nearly full"),
    ).toBeVisible();
    await axe(page, 'storage nearly full notice');
  });

  test('the index of mentorships rebuilt', async ({ page }) => {
    await storeBeforeLoad(page, DAMAGED_INDEX_STORAGE);
    await open(page, KICKOFF);
    await expect(
      page.getByText('The list of your mentorships was damaged', { exact: true }),
    ).toBeVisible();
    await axe(page, 'damaged index notice');
  });

  test('saved answers that could not be read', async ({ page }) => {
    await storeBeforeLoad(page, { [V1_KEYS.kickoff]: '{"version":1,"topics":"oops' });
    await open(page, KICKOFF);
    await expect(page.getByText('Saved answers could not be read')).toBeVisible();
    await axe(page, 'kept copy notice');
  });

  test('answers saved by a newer version', async ({ page }) => {
    await withMentorship(page);
    await page.evaluate(
      ([indexKey, layout]) => {
        const { open } = JSON.parse(localStorage.getItem(indexKey)!);
        const key = `${layout}:${open}:kickoff`;
        localStorage.setItem(
          key,
          JSON.stringify({ ...JSON.parse(localStorage.getItem(key)!), version: 99 }),
        );
      },
      [INDEX_KEY, LAYOUT] as const,
    );
    await open(page, KICKOFF);
    await expect(page.getByText('Your answers are read-only here')).toBeVisible();
    await axe(page, 'read-only notice');
  });

  test('the open mentorship deleted in another tab', async ({ page, context }) => {
    await withMentorship(page);
    const other = await context.newPage();
    await open(other, KICKOFF);
    await openManage(other);
    await other.getByRole('button', { name: 'Delete this mentorship…' }).click();
    await other.getByRole('button', { name: 'Delete mentorship' }).click();
    await expect(other.getByRole('textbox', { name: "Mentor's name" })).toHaveValue('');
    await other.close();
    const held = page.getByRole('region', { name: '“Tom and Ada” was deleted in another tab' });
    await expect(held.getByRole('heading')).toBeFocused();
    await axe(page, 'held notice');
  });
});
