import { readFile, writeFile } from 'node:fs/promises';
import ICAL from 'ical.js';
import { type Page } from '@playwright/test';
import { readDocument } from '../../src/playbook/core/schema';
import { PortableSchema } from '../../src/playbook/portable/portable';
import { encodeShare } from '../../src/playbook/portable/share-link';
import { expect, test } from './fixtures';
import { islandsReady } from './helpers';

const KICKOFF = 'playbooks/kickoff-checklist/';

/** Records the page's long tasks (over 50 ms), to tell a page that answered from one that froze. */
async function watchLongTasks(page: Page) {
  await page.addInitScript(() => {
    const tasks: number[] = [];
    (window as unknown as { longTasks: number[] }).longTasks = tasks;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tasks.push(entry.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
  return async () =>
    Math.max(
      0,
      ...(await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks)),
    );
}

test('a share link whose id carries calendar lines gives a calendar file with exactly its two events', async ({
  page,
}) => {
  const mentorship = readDocument(PortableSchema, { id: 'ok' })!.value;
  mentorship.id =
    'm\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:x\r\nSUMMARY:Injected\r\nDTSTART:20270101T000000Z';
  mentorship.kickoff.pair = { mentor: 'Ada', mentee: 'Tom', startDate: '2026-12-01' };
  mentorship.kickoff.cadence = { frequency: 'weekly', minutes: 45, time: '18:00' };
  mentorship.kickoff.reevaluate = {
    ...mentorship.kickoff.reevaluate,
    mode: 'date',
    date: '2027-03-01',
  };
  await page.goto(`${KICKOFF}#${await encodeShare(mentorship)}`);
  await islandsReady(page);
  await page.getByRole('button', { name: 'Add this mentorship' }).click();
  const ids = await page.evaluate(() =>
    Object.keys(localStorage).filter((k) => k.startsWith('mentorship-playbook:v2:')),
  );
  for (const key of ids) expect(key).toMatch(/^mentorship-playbook:v2:[\w-]+(:[\w-]+)?$/);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Add to calendar (.ics)' }).click(),
  ]);
  const text = await readFile((await download.path())!, 'utf8');
  expect(text.match(/^BEGIN:VEVENT/gm)).toHaveLength(2);
  expect(text).not.toMatch(/^SUMMARY:Injected/m);
  expect(new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent')).toHaveLength(2);
});

test('an agreement whose front matter has 30,000 keys gets its answer without the page freezing', async ({
  page,
}, testInfo) => {
  const longest = await watchLongTasks(page);
  const keys = Array.from({ length: 30_000 }, (_, i) => `key${i}: value ${i}`).join('\n');
  const path = testInfo.outputPath('keys.md');
  await writeFile(path, `---\nformat: "mentorship-playbook-agreement"\nversion: 1\n${keys}\n---\n`);
  await page.goto(KICKOFF);
  await islandsReady(page);
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: 'Open an agreement file…' }).click(),
  ]);
  await chooser.setFiles(path);
  await expect(page.getByText(/has 30,002 keys, where an agreement has about 70/)).toBeVisible();
  expect(await longest()).toBeLessThan(1000);
});

test('a backup with 40,000 mentorships gets its answer without the page freezing', async ({
  page,
}, testInfo) => {
  const longest = await watchLongTasks(page);
  const mentorships = Array.from({ length: 40_000 }, (_, i) => ({ id: `m${i}`, name: '' }));
  const path = testInfo.outputPath('many.json');
  await writeFile(
    path,
    JSON.stringify({ format: 'mentorship-playbook-backup', version: 1, mentorships }),
  );
  await page.goto('playbooks/your-data/');
  await islandsReady(page);
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: 'Restore from a file…' }).click(),
  ]);
  await chooser.setFiles(path);
  await expect(
    page.getByText(/holds 40,000 mentorships, where this site reads at most 500/),
  ).toBeVisible();
  expect(await longest()).toBeLessThan(1000);
});
