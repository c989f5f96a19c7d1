import { writeFile } from 'node:fs/promises';
import { type Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { extractText, getDocumentProxy } from 'unpdf';
import { exampleKickoff } from '../../src/playbook/guide/example-pair';
import { TOPICS } from '../../src/playbook/kickoff/topics';
import { islandsReady } from './helpers';

/** The page as Chromium prints it on A4: the text of each page, its lines joined by spaces. */
async function printed(page: Page): Promise<string[]> {
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4', printBackground: false });
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), {
    mergePages: false,
  });
  return text.map((p) => p.replace(/\s+/g, ' '));
}

/** Words of the page's controls, and of the notes beside them, that paper has no use for. */
const CONTROLS = [
  'Download',
  'Copy',
  'Remove',
  'Add to calendar',
  'Google Calendar',
  'Open an agreement',
  'Start over',
  'Share or manage',
  'Saved in this browser',
];

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

test('with answers, the kickoff page prints as the agreement alone, every answer in full', async ({
  page,
}, testInfo) => {
  const file = await page.request.get('examples/mentorship-agreement-priya-and-tom.md');
  const path = testInfo.outputPath('example.md');
  await writeFile(path, await file.body());
  await page.goto('playbooks/kickoff-checklist/');
  await islandsReady(page);
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: 'Open an agreement file…' }).click(),
  ]);
  await chooser.setFiles(path);
  await page.getByRole('button', { name: 'Add as a new mentorship' }).click();
  await expect(page.getByRole('textbox', { name: "Mentee's name" })).toHaveValue('Tom');
  // A note far longer than its box prints to its last line.
  const long = Array.from({ length: 12 }, (_, i) => `Line ${i + 1} of what Tom hopes for.`);
  await page
    .getByRole('textbox', { name: "Notes: What's in it for each of you" })
    .fill(long.join('\n'));

  const pages = await printed(page);
  const text = pages.join(' ');
  expect(pages.length).toBeLessThanOrEqual(3);
  expect(text).toContain('Mentorship agreement: Tom and Priya');
  for (const line of long) expect(text).toContain(line);
  for (const [id, answer] of Object.entries(exampleKickoff().topics)) {
    if (id !== 'hopes' && answer.notes) expect(text).toContain(squash(answer.notes));
  }
  expect(text).toContain('Meetings: Every two weeks, 45 minutes a session, at 10:00');
  expect(text.match(/Signature: _+ Date: _+/g)).toHaveLength(2);
  for (const control of CONTROLS) expect(text).not.toContain(control);
  // Not the checklist, its title or the page's prose.
  expect(text).not.toContain('Kickoff checklist');
  expect(text).not.toContain('of 18 agreed');
  expect(text).not.toContain('In short');
});

test('the blank checklist, without JavaScript, prints as a list of every topic', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('playbooks/kickoff-checklist/');
  const text = (await printed(page)).join(' ');
  expect(text).toContain('Kickoff checklist');
  for (const topic of TOPICS) expect(text).toContain(`Notes: ${topic.title}`);
  await context.close();
});

test('the agenda page prints the next agenda on its own page, then the history as a log', async ({
  page,
}) => {
  await page.goto('playbooks/plan-a-session/');
  await islandsReady(page);
  await page.getByRole('textbox', { name: 'Date' }).fill('2026-11-04');
  await page
    .getByRole('textbox', { name: 'Notes for A current challenge' })
    .fill('The flaky checkout test');
  await page.getByRole('textbox', { name: 'New action item' }).fill('Write the estimate');
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await page.getByRole('button', { name: 'Finish session…' }).click();
  await page.getByRole('button', { name: 'Finish session', exact: true }).click();
  await page.getByRole('textbox', { name: 'Date' }).fill('2026-11-18');
  await page
    .getByRole('textbox', { name: 'Notes for A current challenge' })
    .fill('Reading a stack trace from production');
  // The past sessions load on demand once there are some: print once the finished one is there.
  await expect(page.getByRole('list', { name: 'Past sessions' }).getByRole('listitem')).toHaveCount(
    1,
  );

  const pages = await printed(page);
  expect(pages).toHaveLength(2);
  const [agenda, log] = pages as [string, string];
  expect(agenda).toContain('Mentorship session, 2026-11-18');
  for (const part of ['Since last time', 'A current challenge', 'A recent success']) {
    expect(agenda).toContain(part);
  }
  expect(agenda).toContain('Reading a stack trace from production');
  expect(agenda).toContain('Write the estimate');
  expect(agenda).not.toContain('Mentorship log');
  expect(log).toMatch(/^\s*Mentorship log/);
  expect(log).toContain('Mentorship session, 2026-11-04');
  expect(log).toContain('The flaky checkout test');
  for (const control of [...CONTROLS, 'Add a part', 'Fit the timeboxes', 'Finish session']) {
    expect(pages.join(' ')).not.toContain(control);
  }

  // Back on screen, the print documents are gone and the planner is as it was.
  await page.emulateMedia({ media: 'screen' });
  await expect(page.locator('.print-document')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Add a part' })).toBeVisible();
});

test('a link to another site prints with its address', async ({ page }) => {
  await page.goto('about/sources/');
  const link = page.locator('.sl-markdown-content a[href^="http"]').first();
  const href = await link.getAttribute('href');
  const text = (await printed(page)).join(' ');
  expect(text.replace(/\s/g, '')).toContain(`(${href})`.replace(/\s/g, ''));
});
