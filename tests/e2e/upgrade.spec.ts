import { expect, test } from './fixtures';
import { INDEX_KEY } from '../../src/playbook/documents/mentorships';
import { V1_KEYS } from '../../src/playbook/mentorships/move-v1';
import { storedDocument } from './helpers';

// What the first release saved: one mentorship under the v1 keys.
const V1_DATA = {
  [V1_KEYS.kickoff]: JSON.stringify({
    version: 1,
    pair: { mentor: 'Ada', mentee: 'Tom', startDate: '2026-09-01' },
    topics: { goal: { agreed: true, notes: 'Ship the billing service' } },
  }),
  [V1_KEYS.sessions]: JSON.stringify({
    version: 1,
    sessions: [
      {
        id: 's1',
        finishedAt: '2026-10-01T12:00:00.000Z',
        date: '2026-10-01',
        parts: [],
        carried: [],
        actions: [],
      },
    ],
  }),
};

test('data saved by the first release appears as the first mentorship after the upgrade', async ({
  page,
}) => {
  await page.goto('start-here/what-mentorship-is/');
  await page.evaluate((data) => {
    for (const [key, value] of Object.entries(data)) localStorage.setItem(key, value);
  }, V1_DATA);

  await page.goto('playbooks/kickoff-checklist/');
  await expect(page.getByRole('textbox', { name: "Mentor's name" })).toHaveValue('Ada');
  await expect(page.getByRole('checkbox', { name: 'The goal' })).toBeChecked();
  // Saved before goals were things of their own: the goal note is the first goal now.
  await expect(
    page.getByRole('group', { name: 'Goal 1' }).getByRole('textbox', { name: 'What' }),
  ).toHaveValue('Ship the billing service');
  await expect(page.getByRole('textbox', { name: 'Notes: The goal' })).toHaveValue('');
  const keys = await page.evaluate(() => Object.keys(localStorage).sort());
  expect(keys.filter((k) => k.startsWith('mentorship-playbook:v1:'))).toEqual([]);
  expect(keys).toContain(INDEX_KEY);
  expect(JSON.parse((await storedDocument(page, 'kickoff'))!).pair.mentee).toBe('Tom');

  await page.goto('playbooks/plan-a-session/');
  await expect(page.getByRole('list', { name: 'Past sessions' }).getByRole('listitem')).toHaveCount(
    1,
  );
  await expect(page.getByRole('group', { name: 'Ship the billing service' })).toBeVisible();

  // A second load has nothing more to move, and changes nothing.
  const before = await page.evaluate(() => JSON.stringify(localStorage));
  await page.reload();
  await expect(page.getByRole('list', { name: 'Past sessions' }).getByRole('listitem')).toHaveCount(
    1,
  );
  expect(await page.evaluate(() => JSON.stringify(localStorage))).toBe(before);
});
