// Change marks in the production build: the stamping code loads with the first change (under the
// site's Content-Security-Policy), the stored answers carry their marks, and a share link too.
import { expect, test } from './fixtures';
import { decodeShare } from '../../src/playbook/portable/share-link';
import { makeShareLink, storedDocument } from './helpers';

const PAGE = 'playbooks/kickoff-checklist/';

/** The stored kickoff answers of the open mentorship, parsed. */
const storedKickoff = async (page: Parameters<typeof storedDocument>[0]) =>
  JSON.parse((await storedDocument(page, 'kickoff')) ?? 'null');

test('each answer typed is marked in storage, and the share link carries the marks', async ({
  page,
}) => {
  await page.goto(PAGE);
  const mentor = page.getByRole('textbox', { name: "Mentor's name" });
  await expect(mentor).toBeEnabled();
  await mentor.fill('Ada');
  await expect
    .poll(async () => {
      const stored = await storedKickoff(page);
      return stored && { marked: Object.keys(stored.marks?.at ?? {}), unstamped: stored.unstamped };
    })
    .toEqual({ marked: ['pair.mentor'], unstamped: undefined });
  await page.getByRole('checkbox', { name: 'Backgrounds' }).check();
  await expect
    .poll(async () => Object.keys((await storedKickoff(page)).marks.at).sort())
    .toEqual(['pair.mentor', 'topics.backgrounds.agreed']);
  const { marks } = await storedKickoff(page);

  const link = await makeShareLink(page);
  const read = await decodeShare(new URL(link).hash);
  expect(read.ok && read.value.marks).toEqual({ kickoff: marks });
});
