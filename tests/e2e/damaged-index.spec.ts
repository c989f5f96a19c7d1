import { readFile } from 'node:fs/promises';
import { type Page } from '@playwright/test';
import { expect, test } from './fixtures';
import {
  DAMAGED_INDEX,
  DAMAGED_INDEX_STORAGE,
  expectNoAxeViolations,
  islandsReady,
  storeBeforeLoad,
} from './helpers';

async function open(page: Page, path: string) {
  await page.goto(path);
  await islandsReady(page);
}

// The mentorship found without an entry is listed again as started when the index is rebuilt.
test.use({ timezoneId: 'UTC' });
const REBUILT_AT = new Date('2026-10-05T10:00:00Z');
const FOUND = 'Mentorship started 5 Oct 2026';

const notice = (page: Page) =>
  page.getByRole('status').filter({
    has: page.getByText('The list of your mentorships was damaged', { exact: true }),
  });

test('a damaged index on load gives every mentorship back, says so, and Your data lists them', async ({
  page,
}) => {
  await storeBeforeLoad(page, DAMAGED_INDEX_STORAGE);

  await page.clock.setFixedTime(REBUILT_AT);
  await open(page, 'playbooks/kickoff-checklist/');
  await expect(notice(page)).toContainText('2 mentorships found');
  await expect(page.locator('#playbook-announcer')).toHaveText(
    'The list of your mentorships was damaged, and was rebuilt: 2 mentorships found.',
  );
  await expect(page.getByRole('textbox', { name: "Mentor's name" })).toHaveValue('Ada');
  await expect(page.getByRole('checkbox', { name: 'The goal' })).toBeChecked();
  await expect(page.getByRole('combobox', { name: 'Mentorship' }).locator('option')).toHaveText([
    'Tom and Ada',
    FOUND,
  ]);
  await expectNoAxeViolations(page, 'the index rebuilt, on a playbook');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    notice(page).getByRole('button', { name: 'Download the kept copy' }).click(),
  ]);
  expect(await readFile((await download.path())!, 'utf8')).toContain(DAMAGED_INDEX);

  await open(page, 'playbooks/your-data/');
  const rows = page.getByRole('table', { name: 'Mentorships in this browser' }).getByRole('row');
  await expect(rows.getByRole('rowheader')).toHaveText(['Tom and Ada', FOUND]);
  await expect(rows.filter({ hasText: FOUND })).toContainText('1 finished session');
  // Said while the damaged copy is kept, on every page; the count belongs to the load that rebuilt it.
  await expect(notice(page)).toBeVisible();
  await expect(notice(page)).not.toContainText('found');
  await expectNoAxeViolations(page, 'the index rebuilt, on Your data');
  await notice(page).getByRole('button', { name: 'Delete the kept copy' }).click();
  await expect(notice(page)).toHaveCount(0);
  await open(page, 'playbooks/kickoff-checklist/');
  await expect(page.getByRole('textbox', { name: "Mentor's name" })).toHaveValue('Ada');
  await expect(notice(page)).toHaveCount(0);
});
