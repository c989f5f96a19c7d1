import { expect, test } from './fixtures';
import { readFile } from 'node:fs/promises';
import { expectNoAxeViolations } from './helpers';

test('the chosen format shows in the kickoff checklist and the downloaded agreement', async ({
  page,
}) => {
  await page.goto('playbooks/format-chooser/');
  await expect(page.getByRole('radio', { name: 'Has the basics' })).toBeEnabled();
  await page.getByRole('radio', { name: 'Has the basics' }).check();
  await page.getByRole('radio', { name: 'A specific codebase or system' }).check();
  await page
    .getByRole('group', { name: 'Is there a real or side project to work on?' })
    .getByRole('radio', { name: 'No' })
    .check();
  await expect(
    page
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { level: 3 }) })
      .first(),
  ).toContainText('Code review and deep dives');
  await expect(
    page.getByRole('list', { name: 'Why Code review and deep dives fits' }),
  ).toContainText('specific codebase or system');
  await page
    .getByRole('checkbox', { name: 'Use Code review and deep dives in our mentorship' })
    .check();
  await expect(page.getByText('Chosen: Code review and deep dives.')).toBeVisible();

  await expectNoAxeViolations(page, 'ranked formats');

  await page.getByRole('link', { name: 'kickoff checklist' }).first().click();
  await expect(page.getByRole('checkbox', { name: 'Code review and deep dives' })).toBeChecked();
  await page.getByRole('checkbox', { name: 'Q&A sessions' }).check();

  await page.getByRole('heading', { name: 'Your agreement' }).scrollIntoViewIfNeeded();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download the agreement (.md)' }).click(),
  ]);
  expect(await readFile((await download.path())!, 'utf8')).toContain(
    '- Format: Code review and deep dives and Q&A sessions',
  );

  // Changed from the checklist, it shows back in the chooser.
  await page.goto('playbooks/format-chooser/');
  await expect(
    page.getByRole('checkbox', { name: 'Use Q&A sessions in our mentorship' }),
  ).toBeChecked();
  await expect(page.getByRole('radio', { name: 'Has the basics' })).toBeChecked();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the page still compares the formats', async ({ page }) => {
    await page.goto('playbooks/format-chooser/');
    await expect(page.getByRole('heading', { name: 'All four formats compared' })).toBeVisible();
    await expect(
      page.getByRole('table', { name: 'The four common session formats compared' }),
    ).toBeVisible();
  });
});
