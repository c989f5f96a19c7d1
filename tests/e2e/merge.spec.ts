import { writeFile } from 'node:fs/promises';
import { type Browser, type Page } from '@playwright/test';
import { expect, test, watchPolicy } from './fixtures';
import {
  downloadAgreement,
  downloadEverything,
  expectNoAxeViolations,
  expectNoAxeViolationsInEveryTheme,
  islandsReady,
  makeShareLink,
  openPage,
  pickFile,
  shownResult,
  storedDocument,
  WIDE,
} from './helpers';

const KICKOFF = 'playbooks/kickoff-checklist/';
const PLAN = 'playbooks/plan-a-session/';
const DATA = 'playbooks/your-data/';

/** A browser of its own (the mentee's), whose pages run under the policy too, with a clipboard. */
async function otherBrowser(browser: Browser, baseURL: string | undefined, violations: string[]) {
  const context = await browser.newContext({ baseURL });
  await watchPolicy(context, (text) => violations.push(text));
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  return { context, page: await context.newPage() };
}

/** Plans a session with one note and finishes it. */
async function finishSession(page: Page, note: string) {
  await openPage(page, PLAN);
  await page.getByRole('textbox', { name: 'Notes for A current challenge' }).fill(note);
  await page.getByRole('button', { name: 'Finish session…' }).click();
  await page.getByRole('button', { name: 'Finish session', exact: true }).click();
  await expect(page.getByText(/^Session saved to the history\./)).toBeAttached();
}

/**
 * What the browser holds of its one mentorship, document by document, without each browser's own
 * note of the copy it last merged (`marks.seen`): what two copies must agree on.
 */
const held = (page: Page) =>
  page.evaluate(() => {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(localStorage).sort()) {
      if (!/^mentorship-playbook:v2:[^:]+:[\w-]+$/.test(key) || key.endsWith(':mentorships'))
        continue;
      const value = JSON.parse(localStorage.getItem(key)!);
      if (value?.marks) delete value.marks.seen;
      out[key] = value;
    }
    return out;
  });

/** Opens a share link and merges it, by keyboard: Tab from the preview's title to Merge, Enter. */
async function mergeLink(page: Page, link: string) {
  await page.goto(link);
  await islandsReady(page);
  const preview = page.getByRole('region', { name: 'A shared mentorship' });
  await expect(page.getByRole('heading', { name: 'A shared mentorship' })).toBeFocused();
  const buttons = preview.getByRole('button');
  await expect(buttons.first()).toHaveText('Merge');
  await expect(buttons.nth(1)).toHaveText(/^Replace “/);
  await expect(buttons.nth(2)).toHaveText('Add as a copy');
  return preview;
}

test('mentor and mentee change the same mentorship, exchange links, merge, and hold the same', async ({
  page,
  browser,
  baseURL,
  cspViolations,
}) => {
  test.slow();
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  // The mentor starts it and sends it over.
  await openPage(page, KICKOFF);
  await page.getByRole('textbox', { name: "Mentor's name" }).fill('Ada');
  await page.getByRole('textbox', { name: "Mentee's name" }).fill('Tom');
  const first = await makeShareLink(page);
  const mentee = await otherBrowser(browser, baseURL, cspViolations);
  const tom = mentee.page;
  await tom.goto(first);
  await islandsReady(tom);
  await tom.getByRole('button', { name: 'Add this mentorship' }).click();
  await expect(tom.getByRole('textbox', { name: "Mentor's name" })).toHaveValue('Ada');

  // Each changes it on their own: a different answer each, the same answer on both (the mentee's
  // later), and a session each.
  await openPage(page, KICKOFF);
  await page
    .getByRole('textbox', { name: 'Notes: Roles and expectations' })
    .fill('Ada reviews PRs');
  await page.getByRole('textbox', { name: 'Notes: The goal' }).fill('Ada’s goal <b>note</b>');
  await finishSession(page, 'Ada’s session');
  await openPage(tom, KICKOFF);
  await tom.getByRole('textbox', { name: 'Notes: Backgrounds' }).fill('Tom writes Go');
  await tom.getByRole('textbox', { name: 'Notes: The goal' }).fill('Tom’s goal *note*');
  await finishSession(tom, 'Tom’s session');

  // The mentee sends theirs; the mentor merges it, by keyboard, after reading what it brings.
  const fromTom = await makeShareLink(tom);
  const preview = await mergeLink(page, fromTom);
  await expect(preview).toContainText('1 session you don’t have.');
  await expect(preview).toContainText('notes on Backgrounds');
  await expect(preview).toContainText('You both changed notes on The goal');
  await expect(preview).toContainText('kept in the mentorship’s history');
  await expectNoAxeViolationsInEveryTheme(page, 'merge preview');
  await page.setViewportSize(WIDE);
  await page.keyboard.press('Tab');
  await expect(preview.getByRole('button', { name: 'Merge' })).toBeFocused();
  await page.keyboard.press('Enter');
  const merged = page.getByRole('region', { name: /^Merged “/ });
  await expect(page.getByRole('heading', { name: /^Merged “/ })).toBeFocused();
  await expect(merged).toContainText('Merged the link into');
  await expectNoAxeViolations(page, 'merge result');
  // The link back, by keyboard too.
  await page.keyboard.press('Tab');
  const copy = merged.getByRole('button', { name: 'Copy a share link for your partner' });
  await expect(copy).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(merged.getByText('Copied the share link to the clipboard.')).toBeVisible();
  const back = await page.evaluate(() => navigator.clipboard.readText());
  expect(back).toMatch(/#share=v1\./);
  await page.keyboard.press('Escape');
  await expect(merged).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Share or manage…' })).toBeFocused();
  await expect(page.getByRole('main').getByText(/^Merged the link into/)).toBeVisible();

  // The mentee merges the link back.
  const previewBack = await mergeLink(tom, back);
  await expect(previewBack).toContainText('1 session you don’t have.');
  await expect(previewBack).toContainText('notes on Roles and expectations');
  await previewBack.getByRole('button', { name: 'Merge' }).click();
  await tom.getByRole('button', { name: 'Close' }).click();

  // Both hold the same: each answer, the later of the shared one, both sessions.
  for (const p of [page, tom]) {
    await openPage(p, KICKOFF);
    await expect(p.getByRole('textbox', { name: 'Notes: Roles and expectations' })).toHaveValue(
      'Ada reviews PRs',
    );
    await expect(p.getByRole('textbox', { name: 'Notes: Backgrounds' })).toHaveValue(
      'Tom writes Go',
    );
  }
  // The answer both changed: the mentee's, made later, wins in both (Ada's is kept in the history).
  for (const p of [page, tom])
    await expect(p.getByRole('textbox', { name: 'Notes: The goal' })).toHaveValue(
      'Tom’s goal *note*',
    );
  const [ada, his] = [await held(page), await held(tom)];
  expect(Object.keys(ada).length).toBeGreaterThan(1);
  expect(his).toEqual(ada);
  const sessions = Object.entries(ada).find(([key]) => key.endsWith(':sessions'))![1] as {
    sessions: unknown[];
  };
  expect(sessions.sessions).toHaveLength(2);
  expect(await downloadAgreement(tom)).toBe(await downloadAgreement(page));

  // Merging the same link again changes nothing, and says so.
  await page.goto(back);
  await islandsReady(page);
  const again = page.getByRole('region', { name: 'A shared mentorship' });
  await expect(again).toContainText('merging changes nothing here');
  await expect(again.getByRole('button').first()).toHaveText('Close');
  await expect(again.getByRole('button', { name: 'Merge' })).toHaveCount(0);
  await again.getByRole('button', { name: 'Close' }).click();
  expect(await held(page)).toEqual(ada);
  await mentee.context.close();
});

test('the merge preview reads at 320 px in dark mode, axe-clean', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.emulateMedia({ colorScheme: 'dark' });
  await openPage(page, KICKOFF);
  await page.getByRole('textbox', { name: "Mentor's name" }).fill('Ada');
  const link = await makeShareLink(page);
  await finishSession(page, 'A session here');
  // The link, older than the session: the merge brings nothing in.
  await page.goto(link);
  await islandsReady(page);
  const preview = page.getByRole('region', { name: 'A shared mentorship' });
  await expect(preview).toContainText('merging changes nothing here');
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(320);
  await expectNoAxeViolations(page, 'merge preview, nothing to change, 320 px dark');
});

test('a backup from the partner’s browser merges into the mentorship here, keeping both sessions', async ({
  page,
  browser,
  baseURL,
  cspViolations,
}, testInfo) => {
  await openPage(page, KICKOFF);
  await page.getByRole('textbox', { name: "Mentor's name" }).fill('Ada');
  const link = await makeShareLink(page);
  const mentee = await otherBrowser(browser, baseURL, cspViolations);
  await mentee.page.goto(link);
  await islandsReady(mentee.page);
  await mentee.page.getByRole('button', { name: 'Add this mentorship' }).click();
  await finishSession(mentee.page, 'Tom’s session');
  await openPage(mentee.page, DATA);
  const path = testInfo.outputPath('tom.json');
  await writeFile(path, (await downloadEverything(mentee.page)).text);
  await mentee.context.close();

  await finishSession(page, 'Ada’s session');
  await openPage(page, DATA);
  await pickFile(page, 'Restore from a file…', path);
  const preview = page.getByRole('region', { name: /^The backup in/ });
  await expect(preview).toContainText('1 session you don’t have.');
  await expectNoAxeViolations(page, 'restore preview with a merge');
  await preview.getByRole('button', { name: 'Merge with what is here' }).click();
  // The page's own line, not the announcer's copy of it, which is there too while it is read out.
  await expect(
    shownResult(page, 'Restored 1 mentorship: 1 mentorship merged with its copy here.'),
  ).toBeVisible();
  const sessions = JSON.parse((await storedDocument(page, 'sessions'))!).sessions;
  expect(sessions).toHaveLength(2);
});
