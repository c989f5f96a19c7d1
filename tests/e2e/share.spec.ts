import { type Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { downloadAgreement, expectNoAxeViolations, islandsReady } from './helpers';

const KICKOFF = 'playbooks/kickoff-checklist/';

/** What the playbooks have stored (Starlight keeps the theme choice there too). */
const ours = (page: Page) =>
  page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('mentorship-playbook')));

async function shareLink(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Share or manage…' }).click();
  await page.getByRole('button', { name: 'Make a share link' }).click();
  const field = page.getByRole('textbox', { name: 'Share link' });
  await expect(field).toBeFocused();
  return field.inputValue();
}

test('the mentor shares by link; the mentee adds it in a fresh browser and sees the same answers and agreement', async ({
  page,
  browser,
}) => {
  await page.goto(KICKOFF);
  await islandsReady(page);
  await page.getByRole('textbox', { name: "Mentor's name" }).fill('Ada');
  await page.getByRole('textbox', { name: "Mentee's name" }).fill('Tom 👋');
  await page.getByRole('checkbox', { name: 'The goal' }).check();
  await page.getByRole('textbox', { name: 'Notes: The goal' }).fill('Ship the *billing* service');
  const link = await shareLink(page);
  expect(link).toMatch(/#share=v1\.[\w-]+$/);
  await expect(page.getByText('Anyone who has the link can read them.')).toBeVisible();
  await expectNoAxeViolations(page, 'share panel');
  const mentorAgreement = await downloadAgreement(page);

  const mentee = await browser.newContext();
  const other = await mentee.newPage();
  await other.goto(link);
  await islandsReady(other);
  const preview = other.getByRole('region', { name: 'A shared mentorship' });
  await expect(preview).toContainText(
    '“Tom 👋 and Ada”: 1 of 18 topics agreed, 0 finished sessions',
  );
  await expect(other.getByRole('heading', { name: 'A shared mentorship' })).toBeFocused();
  expect(await ours(other)).toEqual([]);
  await expectNoAxeViolations(other, 'share preview');

  await other.getByRole('button', { name: 'Add this mentorship' }).click();
  await expect(preview).toHaveCount(0);
  expect(new URL(other.url()).hash).toBe('');
  await expect(other.getByRole('textbox', { name: 'Notes: The goal' })).toHaveValue(
    'Ship the *billing* service',
  );
  await expect(other.getByRole('checkbox', { name: 'The goal' })).toBeChecked();
  expect(await downloadAgreement(other)).toBe(mentorAgreement);

  // The same link again: this browser has the mentorship, so it offers to replace it.
  await other.getByRole('textbox', { name: 'Notes: The goal' }).fill('Changed here');
  await other.goto(link);
  await islandsReady(other);
  await expect(other.getByRole('region', { name: 'A shared mentorship' })).toContainText(
    'This browser already has this mentorship',
  );
  await other.getByRole('button', { name: 'Replace “Tom 👋 and Ada”' }).click();
  await expect(other.getByRole('textbox', { name: 'Notes: The goal' })).toHaveValue(
    'Ship the *billing* service',
  );
  await mentee.close();
});

for (const [kind, hash, message] of [
  ['cut short', '#share=v1.q1YqSk', /cut short or changed/],
  ['from a newer version', '#share=v9.AAAA', /newer version of Mentorship Playbook/],
  ['tampered with', '#share=v1.$$$$', /characters a share link never has/],
] as const) {
  test(`a link ${kind} says so and changes nothing`, async ({ page }) => {
    await page.goto(`${KICKOFF}${hash}`);
    await islandsReady(page);
    await expect(page.getByText('This share link cannot be used')).toBeFocused();
    await expect(page.getByText(message)).toBeVisible();
    expect(await ours(page)).toEqual([]);
    await page.getByRole('button', { name: 'Close' }).click();
    await expect(page.getByText('This share link cannot be used')).toHaveCount(0);
    expect(new URL(page.url()).hash).toBe('');
  });
}
