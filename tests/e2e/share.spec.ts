import { type Page } from '@playwright/test';
import { expect, test } from './fixtures';
import {
  adaAndTom,
  downloadAgreement,
  expectNoAxeViolations,
  islandsReady,
  makeShareLink,
  marksStamped,
} from './helpers';

const KICKOFF = 'playbooks/kickoff-checklist/';

/** What the playbooks have stored (Starlight keeps the theme choice there too). */
const ours = (page: Page) =>
  page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('mentorship-playbook')));

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
  const link = await makeShareLink(page);
  expect(link).toMatch(/#share=v1\.[\w-]+\.\d+$/);
  // The link's field is stacked full width, as the name field is, not a cramped inline box.
  const [field, name] = await Promise.all([
    page.getByRole('textbox', { name: 'Share link' }).boundingBox(),
    page.getByRole('textbox', { name: /^Name of/ }).boundingBox(),
  ]);
  expect(field!.width).toBeGreaterThanOrEqual(name!.width * 0.9);
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

/** A link as the site wrote it before the length was added, that ends in "_", as sent. */
async function legacyEndingInUnderscore() {
  for (let i = 0; i < 1000; i++) {
    const { fragment } = await adaAndTom(`${'x'.repeat(i % 50)}${i * 7919}`);
    const legacy = fragment.replace(/\.\d+$/, '');
    if (legacy.endsWith('_')) return legacy;
  }
  throw new Error('No link ending in "_" among 1,000: the encoding changed.');
}

const wrapped = (text: string, width: number, by: string) =>
  text.match(new RegExp(`.{1,${width}}`, 'g'))!.join(by);

// Each arrives at the same preview as the clean link. Every form is a test of its own.
for (const [kind, address] of [
  ['as made', async () => `${KICKOFF}#${(await adaAndTom()).fragment}`],
  [
    'with "#" turned into "%23" by a link-rewriting service (through the 404 page)',
    async () => `${KICKOFF}%23${(await adaAndTom()).fragment}`,
  ],
  [
    'with "#" and "=" encoded twice (through the 404 page)',
    async () => `${KICKOFF}%2523${(await adaAndTom()).fragment.replace('=', '%253D')}`,
  ],
  [
    'with "=" percent-encoded',
    async () => `${KICKOFF}#${(await adaAndTom()).fragment.replace('=', '%3D')}`,
  ],
  [
    'wrapped by a mail client with line breaks and spaces',
    async () => `${KICKOFF}#${wrapped((await adaAndTom()).fragment, 70, '\r\n ')}`,
  ],
  [
    'made before the length was added, missing the trailing "_" an autolinker left out',
    async () => `${KICKOFF}#${(await legacyEndingInUnderscore()).slice(0, -1)}`,
  ],
] as const) {
  test(`a share link ${kind} opens the preview`, async ({ page }) => {
    // Until the first response: through the 404 page, its script goes on by itself.
    await page.goto(await address(), { waitUntil: 'commit' });
    await expect(page).toHaveURL(/\/playbooks\/kickoff-checklist\/#share/);
    await islandsReady(page);
    await expect(page.getByRole('heading', { name: 'A shared mentorship' })).toBeFocused();
    await expect(page.getByRole('region', { name: 'A shared mentorship' })).toContainText(
      '“Tom and Ada”: 1 of 18 topics agreed, 0 finished sessions',
    );
    await page.getByRole('button', { name: 'Add this mentorship' }).click();
    await expect(page.getByRole('textbox', { name: "Mentor's name" })).toHaveValue('Ada');
    expect(new URL(page.url()).hash).toBe('');
  });
}

test('a link cut short on the way says so, and how to get all of it', async ({ page }) => {
  const { fragment } = await adaAndTom();
  await page.goto(`${KICKOFF}#${fragment.replace(/.{30}(\.\d+)$/, '$1')}`);
  await islandsReady(page);
  await expect(page.getByText('This share link cannot be used')).toBeFocused();
  await expect(page.getByText(/cut short on the way/)).toBeVisible();
  await expect(page.getByText(/copy all of it into the address bar/)).toBeVisible();
  expect(await ours(page)).toEqual([]);
});

test('replacing from a link with storage full part way changes nothing, and says so', async ({
  page,
}) => {
  const { fragment } = await adaAndTom();
  await page.goto(`${KICKOFF}#${fragment}`);
  await islandsReady(page);
  await page.getByRole('button', { name: 'Add this mentorship' }).click();
  const notes = page.getByRole('textbox', { name: 'Notes: The goal' });
  await notes.fill('Changed here');
  await expect(async () => {
    expect(JSON.stringify(await page.evaluate(() => ({ ...localStorage })))).toContain(
      'Changed here',
    );
  }).toPass();
  await marksStamped(page);
  const before = await page.evaluate(() => ({ ...localStorage }));

  await page.goto(`${KICKOFF}#${fragment}`);
  await islandsReady(page);
  // The browser takes the kickoff, then refuses the session history.
  await page.evaluate(() => {
    const { setItem, removeItem } = Storage.prototype;
    const refuse = (key: string) => {
      if (key.endsWith(':sessions')) throw new DOMException('Full', 'QuotaExceededError');
    };
    Storage.prototype.setItem = function (key: string, value: string) {
      refuse(key);
      setItem.call(this, key, value);
    };
    Storage.prototype.removeItem = function (key: string) {
      refuse(key);
      removeItem.call(this, key);
    };
  });
  await page.getByRole('button', { name: 'Replace “Tom and Ada”' }).click();
  const problem = page.getByRole('alert');
  await expect(problem).toContainText('not enough room');
  await expect(problem).toContainText('Nothing was changed');
  await expect(problem).toBeFocused();
  expect(await page.evaluate(() => ({ ...localStorage }))).toEqual(before);
  await page.reload();
  await islandsReady(page);
  await expect(notes).toHaveValue('Changed here');
});
