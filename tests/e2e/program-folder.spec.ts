import { expect, test } from './fixtures';
import { expectNoAxeViolationsInEveryTheme, islandsReady } from './helpers';

// The overview built at build time from the repository's example folder (issue 27, point 4):
// the production build read examples/program-pairs through the programFolder collection, and the
// page shows its pairs, flags and totals in the built HTML, before and after the island runs.

const PAGE = 'playbooks/program-overview-example/';

test('the example folder builds into the overview: five pairs, one stalled, one overdue, one ended, none read from this browser', async ({
  page,
}) => {
  await page.goto(PAGE);
  await islandsReady(page);
  await expect(
    page.getByText(/7 files in examples\/program-pairs: 6 summaries or agreements of 5 pairs/),
  ).toBeVisible();
  await expect(page.getByText(/as of 1 December 2026/)).toBeVisible();
  const table = page.getByRole('table', { name: /Pairs in the overview/ });
  const rows = table.getByRole('row');
  // A heading row and five pairs: Amara's older summary is left out for the newer one.
  await expect(rows).toHaveCount(6);
  const row = (mentee: string) => rows.filter({ hasText: mentee });
  await expect(row('Wei Zhang')).toContainText('Stalled');
  await expect(row('Lukas Becker')).toContainText(/Review overdue/);
  await expect(row('Inês Carvalho')).toContainText(/Ended/i);
  await expect(row('Amara Okafor')).not.toContainText(/Stalled|overdue/);
  await expect(row('Amara Okafor')).toContainText('6');
  await expect(row('Mateo Ruiz')).not.toContainText(/Stalled|overdue/);
  // Nothing from or for this browser: the choice to keep the overview is not offered here.
  await expect(page.getByRole('radio', { name: 'Kept in this browser only' })).toHaveCount(0);
  await expect(row('Mateo Ruiz')).toContainText('Progress not known');
  // The island runs: sorted by the days since the last session, Wei's stalled pair comes last of
  // those known (Mateo's, from an agreement, is not known and sorts after them).
  await page.getByRole('button', { name: /Since last session/ }).click();
  await expect(rows.nth(1)).toContainText('Amara Okafor');
  await expect(rows.nth(4)).toContainText('Wei Zhang');
  await expectNoAxeViolationsInEveryTheme(page, 'the overview built from a folder');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the built page already holds the table', async ({ page }) => {
    await page.goto(PAGE);
    const rows = page.getByRole('table', { name: /Pairs in the overview/ }).getByRole('row');
    await expect(rows).toHaveCount(6);
    await expect(rows.filter({ hasText: 'Wei Zhang' })).toContainText('Stalled');
    await expect(
      page.getByText(/Sorting, filtering, removing pairs and the CSV export need/),
    ).toBeVisible();
  });
});
