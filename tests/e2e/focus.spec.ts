import { writeFile } from 'node:fs/promises';
import { type Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { adaAndTom, downloadAgreement, islandsReady, pickFile } from './helpers';

// Every action in the previews and panels that buttons and links open leaves focus somewhere that
// makes sense, never on the page itself; Escape closes each and returns to what opened it.

const KICKOFF = 'playbooks/kickoff-checklist/';
const DATA = 'playbooks/your-data/';

/** Where focus is: the focused element's tag and accessible name, or "body" when it fell. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return 'body';
    return `${el.tagName.toLowerCase()} ${el.getAttribute('aria-label') ?? el.textContent?.trim() ?? ''}`;
  });

test('the share-link preview: Add, Cancel, Escape and Close each leave focus on the switcher', async ({
  page,
}) => {
  const { fragment } = await adaAndTom();
  const manage = page.getByRole('button', { name: 'Share or manage…' });
  const heading = page.getByRole('heading', { name: 'A shared mentorship' });

  await page.goto(`${KICKOFF}#${fragment}`);
  await islandsReady(page);
  await page.getByRole('button', { name: 'Add this mentorship' }).click();
  await expect(manage).toBeFocused();

  for (const close of ['Cancel', 'Escape'] as const) {
    await page.goto(`${KICKOFF}#${fragment}`);
    await islandsReady(page);
    await expect(heading).toBeFocused();
    if (close === 'Escape') await page.keyboard.press('Escape');
    else await page.getByRole('button', { name: 'Cancel' }).click();
    await expect(heading).toHaveCount(0);
    await expect(manage, close).toBeFocused();
  }

  const problem = page.getByText('This share link cannot be used');
  await page.goto(`${KICKOFF}#share=v1.$$$$`);
  await islandsReady(page);
  await page.getByRole('button', { name: 'Close' }).click();
  await expect(problem).toHaveCount(0);
  expect(await focused(page)).not.toBe('body');
});

test('the agreement-file preview: every choice, Cancel, Escape and Close return to its button', async ({
  page,
}, testInfo) => {
  await page.goto(KICKOFF);
  await islandsReady(page);
  await page.getByRole('textbox', { name: "Mentor's name" }).fill('Ada');
  const path = testInfo.outputPath('agreement.md');
  await writeFile(path, await downloadAgreement(page));
  const opener = page.getByRole('button', { name: 'Open an agreement file…' });
  const preview = page.getByRole('region', { name: /^The agreement in/ });

  for (const action of [
    /^Update “.*” with these answers$/,
    'Add as a copy',
    'Cancel',
    'Escape',
  ] as const) {
    await pickFile(page, 'Open an agreement file…', path);
    await expect(page.getByRole('heading', { name: /^The agreement in/ })).toBeFocused();
    if (action === 'Escape') await page.keyboard.press('Escape');
    else await preview.getByRole('button', { name: action }).click();
    await expect(preview).toHaveCount(0);
    await expect(opener, String(action)).toBeFocused();
  }

  const broken = testInfo.outputPath('broken.md');
  await writeFile(broken, 'no front matter here');
  await pickFile(page, 'Open an agreement file…', broken);
  await page.getByRole('button', { name: 'Close' }).click();
  await expect(opener).toBeFocused();
});

test('the restore preview: both choices, Cancel and Escape return to its button', async ({
  page,
}, testInfo) => {
  await page.goto(KICKOFF);
  await islandsReady(page);
  await page.getByRole('textbox', { name: "Mentor's name" }).fill('Ada');
  await page.goto(DATA);
  await islandsReady(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download everything (.json)' }).click(),
  ]);
  const path = testInfo.outputPath('backup.json');
  await download.saveAs(path);
  const opener = page.getByRole('button', { name: 'Restore from a file…' });
  const preview = page.getByRole('region', { name: /^The backup in/ });

  for (const action of [
    'Cancel',
    'Escape',
    'Add to what is here',
    'Replace everything with the file',
  ] as const) {
    await pickFile(page, 'Restore from a file…', path);
    await expect(page.getByRole('heading', { name: /^The backup in/ })).toBeFocused();
    if (action === 'Escape') await page.keyboard.press('Escape');
    else await preview.getByRole('button', { name: action }).click();
    await expect(preview).toHaveCount(0);
    await expect(opener, action).toBeFocused();
  }
});

test('the manage panel closes on Escape and returns to its button; a question inside answers first', async ({
  page,
}) => {
  await page.goto(KICKOFF);
  await islandsReady(page);
  await page.getByRole('textbox', { name: "Mentor's name" }).fill('Ada');
  const manage = page.getByRole('button', { name: 'Share or manage…' });
  await manage.click();
  const deleting = page.getByRole('button', { name: 'Delete this mentorship…' });
  await deleting.click();
  await expect(page.getByRole('button', { name: 'Keep it' })).toBeFocused();
  await page.keyboard.press('Escape');
  // The question is answered ("Keep it"), the panel stays open.
  await expect(deleting).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(deleting).toHaveCount(0);
  await expect(manage).toBeFocused();
  await expect(manage).toHaveAttribute('aria-expanded', 'false');
});
