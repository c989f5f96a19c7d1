import { writeFile } from 'node:fs/promises';
import { type Page } from '@playwright/test';
import { expect, test } from './fixtures';
import {
  downloadAgreement,
  expectNoAxeViolations,
  islandsReady,
  marksStamped,
  openMentorshipName,
  pickFile,
} from './helpers';

const KICKOFF = 'playbooks/kickoff-checklist/';

/** What the playbooks have stored (Starlight keeps the theme choice there too). */
const ours = (page: Page) =>
  page.evaluate(() =>
    Object.keys(localStorage)
      .filter((k) => k.startsWith('mentorship-playbook'))
      .sort()
      .map((k) => [k, localStorage.getItem(k)]),
  );

test('a downloaded agreement, opened in a fresh browser, gives back the same answers', async ({
  page,
  browser,
}, testInfo) => {
  await page.goto(KICKOFF);
  await islandsReady(page);
  await page.getByRole('textbox', { name: "Mentor's name" }).fill('Ada');
  await page.getByRole('textbox', { name: "Mentee's name" }).fill('Tom');
  await page.getByRole('checkbox', { name: 'The goal' }).check();
  await page
    .getByRole('textbox', { name: 'Notes: The goal' })
    .fill('Ship it\n---\n# not a heading');
  const agreement = await downloadAgreement(page);
  expect(agreement).toMatch(/^---\n[\s\S]*\nformat: "mentorship-playbook-agreement"\n/);
  const path = testInfo.outputPath('agreement.md');
  await writeFile(path, agreement.replace(/\n/g, '\r\n'));

  const mentee = await browser.newContext();
  const other = await mentee.newPage();
  await other.goto(KICKOFF);
  await islandsReady(other);
  await pickFile(other, 'Open an agreement file…', path);
  const preview = other.getByRole('region', { name: 'The agreement in “agreement.md”' });
  await expect(preview).toContainText('“Tom and Ada”: 1 of 18 topics agreed');
  await expect(
    other.getByRole('heading', { name: 'The agreement in “agreement.md”' }),
  ).toBeFocused();
  expect(await ours(other)).toEqual([]);
  await expectNoAxeViolations(other, 'agreement import preview');

  await other.getByRole('button', { name: 'Add as a new mentorship' }).click();
  await expect(preview).toHaveCount(0);
  await expect(other.getByRole('textbox', { name: 'Notes: The goal' })).toHaveValue(
    'Ship it\n---\n# not a heading',
  );
  await expect(other.getByRole('checkbox', { name: 'The goal' })).toBeChecked();
  await expect(openMentorshipName(other)).toHaveText('Tom and Ada');
  // The result is seen beside the button that opened the file, not only heard.
  await expect(
    other.getByRole('main').getByText('Added as a new mentorship, and opened.'),
  ).toBeVisible();
  expect(await downloadAgreement(other)).toBe(agreement);
  await mentee.close();
});

test('answers from a file can go into the open mentorship, and an edited text is pointed out', async ({
  page,
}, testInfo) => {
  await page.goto(KICKOFF);
  await islandsReady(page);
  await page.getByRole('textbox', { name: "Mentee's name" }).fill('Lin');
  const agreement = await downloadAgreement(page);
  const path = testInfo.outputPath('edited.md');
  await writeFile(path, `${agreement}\nA line added by hand.\n`);
  await page.getByRole('textbox', { name: "Mentee's name" }).fill('Lin Wu');

  await pickFile(page, 'Open an agreement file…', path);
  const preview = page.getByRole('region', { name: 'The agreement in “edited.md”' });
  await expect(preview).toContainText(
    'The text of this agreement does not say what the answers at its top say.',
  );
  // Its own agreement opened again: merging into the mentorship it came from is the first choice
  // (Close, where merging changes nothing: with change marks, the name typed here after the file
  // was made is newer than the file's), then replacing its answers with the file's.
  await expect(preview).toContainText('This browser already has this mentorship, as “Lin Wu”');
  const choices = preview.getByRole('button');
  await expect(choices.first()).toHaveText(/^(Merge|Close)$/);
  await expect(choices.nth(1)).toHaveText('Replace the answers of “Lin Wu”');
  await expect(preview.getByRole('button', { name: 'Add as a copy' })).toBeVisible();
  await preview.getByRole('button', { name: 'Replace the answers of “Lin Wu”' }).click();
  await expect(page.getByRole('textbox', { name: "Mentee's name" })).toHaveValue('Lin');
  // Updated, not added: still one mentorship, named as text with no list to choose from.
  await expect(openMentorshipName(page)).toHaveText('Lin');
  await expect(page.getByRole('combobox', { name: 'Mentorship' })).toHaveCount(0);
});

test('an agreement an editor has touched opens as meant, naming the value it resets, with no false word about its text', async ({
  page,
}, testInfo) => {
  await page.goto(KICKOFF);
  await islandsReady(page);
  await page.getByRole('textbox', { name: "Mentor's name" }).fill('Priya');
  await page.getByRole('textbox', { name: "Mentee's name" }).fill('Tom');
  await page.getByRole('combobox', { name: 'How often' }).selectOption('weekly');
  await page.getByRole('spinbutton', { name: 'Session length (minutes)' }).fill('45');
  await page.getByRole('checkbox', { name: 'The goal' }).check();
  await page.getByRole('textbox', { name: 'Notes: The goal' }).fill('Ship a first PR');
  const agreement = await downloadAgreement(page);
  expect(agreement).toContain('\n    frequency: "weekly"\n    minutes: 45\n');
  // What a person's editor did to the front matter: smart quotes on the names, the minutes
  // quoted, and one value no longer one of the choices. The text under it is untouched.
  const edited = agreement
    .replace('mentor: "Priya"', 'mentor: “Priya”')
    .replace('mentee: "Tom"', 'mentee: „Tom“')
    .replace('minutes: 45', 'minutes: "45"')
    .replace('frequency: "weekly"', 'frequency: "every week"');
  const body = (text: string) => text.slice(text.indexOf('\n---\n'));
  expect(body(edited)).toBe(body(agreement));
  const path = testInfo.outputPath('touched.md');
  await writeFile(path, edited);

  await page.getByRole('button', { name: 'Start over…' }).click();
  await page.getByRole('button', { name: 'Clear all answers' }).click();
  await expect(page.getByRole('textbox', { name: "Mentor's name" })).toHaveValue('');
  await pickFile(page, 'Open an agreement file…', path);
  const preview = page.getByRole('region', { name: 'The agreement in “touched.md”' });
  await expect(preview).toContainText(
    'This file holds “Tom and Priya”: 1 of 18 topics agreed. Nothing is saved in this browser ' +
      'until you choose. 1 value in it did not fit and will be left empty: ' +
      'Kickoff checklist › Cadence and session length › How often.',
  );
  await expect(preview).not.toContainText('does not say what the answers');
  await preview.getByRole('button', { name: /^Replace the answers of “.*”$/ }).click();
  await expect(preview).toHaveCount(0);
  await expect(page.getByRole('textbox', { name: "Mentor's name" })).toHaveValue('Priya');
  await expect(page.getByRole('textbox', { name: "Mentee's name" })).toHaveValue('Tom');
  await expect(page.getByRole('spinbutton', { name: 'Session length (minutes)' })).toHaveValue(
    '45',
  );
  await expect(page.getByRole('combobox', { name: 'How often' })).toHaveValue('');
  await expect(page.getByRole('textbox', { name: 'Notes: The goal' })).toHaveValue(
    'Ship a first PR',
  );
});

for (const [kind, text, message] of [
  ['a note written by hand', '# Our agreement\n\nWe meet weekly.\n', /no answers to read back/],
  [
    'broken front matter',
    '---\nformat: [oops\n---\n',
    /not valid YAML \(the first problem is at line 3/,
  ],
  [
    'a newer format',
    '---\nformat: "mentorship-playbook-agreement"\nversion: 9\nid: "x"\n---\n',
    /newer version of Mentorship Playbook/,
  ],
] as const) {
  test(`${kind} says why it cannot be opened and changes nothing`, async ({ page }, testInfo) => {
    await page.goto(KICKOFF);
    await islandsReady(page);
    await page.getByRole('textbox', { name: "Mentee's name" }).fill('Lin');
    await expect.poll(() => ours(page)).not.toEqual([]);
    await marksStamped(page);
    const before = await ours(page);
    const path = testInfo.outputPath('bad.md');
    await writeFile(path, text);
    await pickFile(page, 'Open an agreement file…', path);
    await expect(page.getByText('“bad.md” cannot be opened')).toBeFocused();
    await expect(page.getByText(message)).toBeVisible();
    await page.getByRole('button', { name: 'Close' }).click();
    expect(await ours(page)).toEqual(before);
  });
}

test('the example pair’s agreement, shown on the kickoff guide page, downloads and opens in the checklist', async ({
  page,
}, testInfo) => {
  await page.goto('conversations/kickoff/');
  const example = page.getByRole('group').filter({ hasText: 'Priya and Tom’s agreement' });
  await example.getByText('Priya and Tom’s agreement, as the checklist made it').click();
  await expect(
    example.getByRole('article', { name: 'Priya and Tom’s agreement' }).getByRole('heading', {
      name: 'Mentorship agreement: Tom and Priya',
    }),
  ).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    example.getByRole('link', { name: 'Download it (.md)' }).click(),
  ]);
  const path = testInfo.outputPath('example.md');
  await download.saveAs(path);

  await page.goto(KICKOFF);
  await islandsReady(page);
  await pickFile(page, 'Open an agreement file…', path);
  await expect(page.getByRole('region', { name: 'The agreement in “example.md”' })).toContainText(
    '“Tom and Priya”: 18 of 18 topics agreed',
  );
  await page.getByRole('button', { name: 'Add as a new mentorship' }).click();
  await expect(page.getByRole('textbox', { name: "Mentee's name" })).toHaveValue('Tom');
});

test.describe('in a time zone of its own', () => {
  test.use({ timezoneId: 'UTC' });

  test('its own agreement added again as a copy gives two mentorships that read differently', async ({
    page,
  }, testInfo) => {
    await page.clock.setFixedTime(new Date('2026-10-05T10:00:00Z'));
    await page.goto(KICKOFF);
    await islandsReady(page);
    await page.getByRole('textbox', { name: "Mentor's name" }).fill('Ada');
    await page.getByRole('textbox', { name: "Mentee's name" }).fill('Tom');
    const path = testInfo.outputPath('agreement.md');
    await writeFile(path, await downloadAgreement(page));

    // Two days later: the copy is started then, and its start tells it from the first.
    await page.clock.setFixedTime(new Date('2026-10-07T09:00:00Z'));
    await pickFile(page, 'Open an agreement file…', path);
    const preview = page.getByRole('region', { name: 'The agreement in “agreement.md”' });
    await expect(preview).toContainText(
      'This browser already has this mentorship, as “Tom and Ada”',
    );
    await preview.getByRole('button', { name: 'Add as a copy' }).click();
    await expect(preview).toHaveCount(0);
    const mentorships = page.getByRole('combobox', { name: 'Mentorship' });
    await expect(mentorships.locator('option')).toHaveText([
      'Tom and Ada (started 5 Oct 2026)',
      'Tom and Ada (started 7 Oct 2026)',
    ]);
    await expect(mentorships.locator('option:checked')).toHaveText(
      'Tom and Ada (started 7 Oct 2026)',
    );

    // Once more the same day: the time tells the third apart, and the first keeps its name.
    await page.clock.setFixedTime(new Date('2026-10-07T16:45:00Z'));
    await pickFile(page, 'Open an agreement file…', path);
    await expect(preview).toContainText(
      'This browser already has this mentorship, as “Tom and Ada (started 5 Oct 2026)”',
    );
    await preview.getByRole('button', { name: 'Add as a copy' }).click();
    await expect(mentorships.locator('option')).toHaveText([
      'Tom and Ada (started 5 Oct 2026)',
      'Tom and Ada (started 7 Oct 2026, 09:00)',
      'Tom and Ada (started 7 Oct 2026, 16:45)',
    ]);
  });
});
