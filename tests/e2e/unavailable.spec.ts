import { writeFile } from 'node:fs/promises';
import { type BrowserContext, type Locator, type Page } from '@playwright/test';
import { expect, test } from './fixtures';
import {
  adaAndTom,
  blockStorage,
  downloadAgreement,
  islandsReady,
  pickFile,
  shownResult,
} from './helpers';

// Code used now and then loads when first used. When it cannot (the connection gone, or the site
// deployed again so the old file is gone), the control says so where it is, keeps what was typed,
// and offers to try again, which works once the file can be had. Each on-demand feature is tried
// both ways: offline, and with its file answering 404.

// Without the site's service worker, so the network is all there is.
test.use({ serviceWorkers: 'block' });

const KICKOFF = 'playbooks/kickoff-checklist/';
const PLAN = 'playbooks/plan-a-session/';
const DATA = 'playbooks/your-data/';
const MESSAGE =
  'This could not load: you may be offline, or the site was updated. Nothing you typed is lost.';

/** Breaks the loading of a built file whose name starts with `name`: offline, or gone (404). */
async function breakLoading(
  page: Page,
  context: BrowserContext,
  name: string,
  how: 'offline' | '404',
): Promise<() => Promise<void>> {
  if (how === 'offline') {
    await context.setOffline(true);
    return () => context.setOffline(false);
  }
  const pattern = new RegExp(`/_astro/${name}\\.[\\w-]+\\.js$`);
  await page.route(pattern, (route) => route.fulfill({ status: 404, body: 'Not found' }));
  return () => page.unroute(pattern);
}

/**
 * After a control failed: the message is shown beside it with "Try again" and "Reload the page";
 * once `mend` has run, "Try again" does what the control does, and focus is where that control's
 * own result takes it (`focused`: the control itself, a list or a preview's heading).
 */
async function expectRetryWorks(
  page: Page,
  focused: Locator,
  mend: () => Promise<void>,
  done: () => Promise<unknown>,
) {
  await expect(shownResult(page, new RegExp(MESSAGE.replace(/[.?]/g, '\\$&')))).toBeVisible();
  await expect(page.locator('#playbook-announcer')).toHaveText(MESSAGE);
  await expect(page.getByRole('button', { name: 'Reload the page' })).toBeVisible();
  await mend();
  await Promise.all([done(), page.getByRole('button', { name: 'Try again' }).click()]);
  await expect(focused).toBeFocused();
}

/**
 * Waits until the code the page fetched at its first use, each file named by one of `names`, has
 * loaded with everything it imports: importing it again in the page resolves only then.
 */
function loadedAtFirstUse(page: Page, names: readonly string[]) {
  const fetched = names.map((name) =>
    page.waitForResponse(new RegExp(`/_astro/${name}\\.[\\w-]+\\.js$`)),
  );
  return async () => {
    const urls = (await Promise.all(fetched)).map((response) => response.url());
    await page.evaluate((urls) => Promise.all(urls.map((url) => import(url))), urls);
  };
}

async function open(page: Page, path: string) {
  await page.goto(path);
  await islandsReady(page);
}

for (const how of ['offline', '404'] as const) {
  test(`downloading the agreement before its code was fetched, ${how}: says so, and tries again`, async ({
    page,
    context,
  }) => {
    await open(page, KICKOFF);
    const mend = await breakLoading(page, context, 'agreement-file', how);
    const download = page.getByRole('button', { name: 'Download the agreement (.md)' });
    await download.click();
    await expectRetryWorks(page, download, mend, () => page.waitForEvent('download'));
  });

  test(`copying the agreement before its code was fetched, ${how}: says so, and tries again`, async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await open(page, KICKOFF);
    await page.getByRole('textbox', { name: "Mentor's name" }).fill('Ada');
    const mend = await breakLoading(page, context, 'agreement-file', how);
    const copy = page.getByRole('button', { name: 'Copy the agreement' });
    await copy.click();
    await expectRetryWorks(page, copy, mend, () =>
      expect(shownResult(page, 'Copied the agreement to the clipboard.')).toBeVisible(),
    );
    // What was typed is all still there.
    await expect(page.getByRole('textbox', { name: "Mentor's name" })).toHaveValue('Ada');
  });
}

for (const how of ['offline', '404'] as const) {
  test(`the calendar file, ${how}: says so at its button, and tries again`, async ({
    page,
    context,
  }) => {
    await open(page, KICKOFF);
    const mend = await breakLoading(page, context, 'calendar', how);
    await page.getByRole('button', { name: 'Add to calendar (.ics)' }).click();
    // Nothing to add yet: once it works, focus goes to the list of what is missing.
    const list = page.getByRole('list', { name: 'In the calendar file' });
    await expectRetryWorks(page, list, mend, () =>
      expect(shownResult(page, 'Nothing to add to a calendar yet.')).toBeVisible(),
    );
  });
}

for (const how of ['offline', '404'] as const) {
  test(`opening an agreement file, its reader ${how}: says so, and tries again with the same file`, async ({
    page,
    context,
  }, testInfo) => {
    await open(page, KICKOFF);
    await page.getByRole('textbox', { name: "Mentor's name" }).fill('Ada');
    const path = testInfo.outputPath('agreement.md');
    await writeFile(path, await downloadAgreement(page));
    const mend = await breakLoading(page, context, 'OpenedFile', how);
    await pickFile(page, 'Open an agreement file…', path);
    const heading = page.getByRole('heading', { name: 'The agreement in “agreement.md”' });
    await expectRetryWorks(page, heading, mend, () => expect(heading).toBeVisible());
  });
}

for (const how of ['offline', '404'] as const) {
  test(`"Share or manage…", ${how}: says so in the switcher, and tries again`, async ({
    page,
    context,
  }) => {
    await open(page, KICKOFF);
    await page.getByRole('textbox', { name: "Mentor's name" }).fill('Ada');
    const mend = await breakLoading(page, context, 'MentorshipTools', how);
    const manage = page.getByRole('button', { name: 'Share or manage…' });
    await manage.click();
    await expectRetryWorks(page, manage, mend, () =>
      expect(page.getByRole('button', { name: 'New mentorship' })).toBeVisible(),
    );
  });
}

for (const how of ['offline', '404'] as const) {
  test(`a share link followed on the page, its reader ${how}: says so in the switcher, and tries again`, async ({
    page,
    context,
  }) => {
    const { fragment } = await adaAndTom();
    await open(page, KICKOFF);
    const mend = await breakLoading(page, context, 'LinkImport', how);
    await page.evaluate((hash) => (location.hash = hash), fragment);
    const switcher = page.getByRole('region', { name: 'Mentorship' });
    await expect(switcher.getByText(/^This could not load/)).toBeVisible();
    await mend();
    await switcher.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByRole('heading', { name: 'A shared mentorship' })).toBeFocused();
  });
}

for (const how of ['offline', '404'] as const) {
  test(`the planner, ${how}: downloading the agenda says so, and tries again`, async ({
    page,
    context,
  }) => {
    await open(page, PLAN);
    const mend = await breakLoading(page, context, 'session-files', how);
    const download = page.getByRole('button', { name: 'Download this agenda (.md)' });
    await download.click();
    await expectRetryWorks(page, download, mend, () => page.waitForEvent('download'));
  });

  test(`Your data, ${how}: a backup and a restore whose code cannot load each say so`, async ({
    page,
    context,
  }, testInfo) => {
    await open(page, KICKOFF);
    await page.getByRole('textbox', { name: "Mentor's name" }).fill('Ada');
    await open(page, DATA);
    let mend = await breakLoading(page, context, 'backups', how);
    const everything = page.getByRole('button', { name: 'Download everything (.json)' });
    await everything.click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      expectRetryWorks(page, everything, mend, async () => {}),
    ]);
    const path = testInfo.outputPath('backup.json');
    await download.saveAs(path);

    mend = await breakLoading(page, context, 'RestorePanel', how);
    await pickFile(page, 'Restore from a file…', path);
    const heading = page.getByRole('heading', { name: /^The backup in/ });
    await expectRetryWorks(page, heading, mend, () => expect(heading).toBeVisible());
  });
}

test('a notice whose code is gone says so where it would be', async ({ page }) => {
  await blockStorage(page);
  await page.route(/\/_astro\/NoticeList\.[\w-]+\.js$/, (route) => route.fulfill({ status: 404 }));
  await open(page, KICKOFF);
  await expect(shownResult(page, new RegExp('^This could not load'))).toBeVisible();
  await page.unroute(/\/_astro\/NoticeList\.[\w-]+\.js$/);
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(
    page.getByText('Your answers are not being saved', { exact: false }).first(),
  ).toBeVisible();
});

test('once the checklist is in use, downloading and copying the agreement work offline', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await open(page, KICKOFF);
  const loaded = loadedAtFirstUse(page, ['agreement-file', 'file-actions']);
  // The first key pressed fetches the code the page's files need.
  await page.getByRole('textbox', { name: "Mentor's name" }).pressSequentially('Ada');
  await loaded();
  await context.setOffline(true);
  expect(await downloadAgreement(page)).toContain('Mentor: Ada');
  await page.getByRole('button', { name: 'Copy the agreement' }).click();
  await expect(shownResult(page, 'Copied the agreement to the clipboard.')).toBeVisible();
});

test('once the planner is in use, downloading the agenda works offline', async ({
  page,
  context,
}) => {
  await open(page, PLAN);
  const loaded = loadedAtFirstUse(page, ['session-files', 'file-actions']);
  await page.getByRole('textbox', { name: 'Part 1 title' }).click();
  await loaded();
  await context.setOffline(true);
  await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download this agenda (.md)' }).click(),
  ]);
});
