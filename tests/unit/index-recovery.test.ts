import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { INDEX_KEY, documentKey } from '../../src/playbook/documents/mentorships';
import { V1_KEYS } from '../../src/playbook/mentorships/move-v1';
import { INDEX_BACKUPS_KEY } from '../../src/playbook/mentorships/recover-index';

// The first load of a page over the browser's own storage: the stores install the storage engine
// once per page, so each case loads them afresh over what it stored.
async function firstLoad(stored: Record<string, string>) {
  vi.resetModules();
  localStorage.clear();
  for (const [key, text] of Object.entries(stored)) localStorage.setItem(key, text);
  const { allTasks, keepMount } = await import('nanostores');
  const { $indexRebuilt, $move } = await import('../../src/stores/core/storage');
  const { mentorshipsStore, $openId } = await import('../../src/stores/core/mentorships');
  const { $dataRows } = await import('../../src/stores/data/your-data');
  keepMount($dataRows);
  keepMount($openId);
  keepMount(mentorshipsStore.$notices);
  await allTasks();
  return {
    move: $move.get(),
    rebuilt: $indexRebuilt.get(),
    rows: $dataRows.get().map((row) => [row.label, row.sessions]),
    open: $openId.get(),
    notices: mentorshipsStore.$notices.get(),
  };
}

const kickoff = (mentor: string, mentee: string) =>
  JSON.stringify({ version: 1, pair: { mentor, mentee } });
const sessions = (n: number) =>
  JSON.stringify({
    version: 1,
    sessions: Array.from({ length: n }, (_, i) => ({ id: `s${i}`, finishedAt: '', date: '' })),
  });
const stored = () => Object.fromEntries(Object.keys(localStorage).map((k) => [k, localStorage[k]]));

describe('a damaged index on the first load', () => {
  beforeEach(() => {
    localStorage.clear();
    // Noon here, so that it is 22 November in whatever time zone the tests run.
    vi.useFakeTimers({ toFake: ['Date'], now: new Date(2026, 10, 22, 12) });
  });
  afterEach(() => vi.useRealTimers());

  test.each([
    {
      situation: 'not JSON, two mentorships’ documents present',
      stored: {
        [INDEX_KEY]: '{"version":1,"open":"m2","mentorships":[{"id":"m1"',
        [documentKey('m1', 'kickoff')]: kickoff('Ada', 'Tom'),
        [documentKey('m1', 'sessions')]: sessions(2),
        [documentKey('m2', 'agenda')]: '{"version":1}',
      },
      rows: [
        ['Tom and Ada', 2],
        // Listed again today: the day it was really started is stored nowhere else.
        ['Mentorship started 22 Nov 2026', 0],
      ],
    },
    {
      situation: 'no version, its entries still whole: their names come back',
      stored: {
        [INDEX_KEY]: JSON.stringify({
          open: 'm1',
          mentorships: [{ id: 'm1', name: 'Backend pairing', createdAt: '' }],
        }),
        [documentKey('m1', 'kickoff')]: kickoff('Ada', 'Tom'),
      },
      rows: [['Backend pairing', 0]],
    },
    {
      situation: 'damaged, with first-release data beside it',
      stored: {
        [INDEX_KEY]: '\u0000garbage',
        [documentKey('m1', 'kickoff')]: kickoff('Ada', 'Tom'),
        [V1_KEYS.kickoff]: kickoff('Lin', 'Sam'),
        [V1_KEYS.sessions]: sessions(1),
      },
      rows: [
        ['Tom and Ada', 0],
        ['Sam and Lin', 1],
      ],
    },
  ])('$situation: every mentorship is listed again, and the damaged copy kept', async (c) => {
    const load = await firstLoad(c.stored);
    expect(load.rows).toEqual(c.rows);
    expect(load.rebuilt).toBe(c.rows.length);
    expect(load.move).toBe('done');
    expect(load.open).not.toBe('');
    // The notices' source: one kept copy of the damaged index, offered for download.
    expect(load.notices.backups).toBe(1);
    expect(JSON.parse(localStorage.getItem(INDEX_BACKUPS_KEY)!)).toEqual([
      { savedAt: expect.any(String), raw: c.stored[INDEX_KEY] },
    ]);
    expect(
      Object.keys(localStorage).filter((k) => k.startsWith('mentorship-playbook:v1:')),
    ).toEqual([]);

    // The next load finds a whole index, and changes nothing.
    const after = stored();
    const again = await firstLoad(after);
    expect(again.rebuilt).toBeUndefined();
    expect(again.rows).toEqual(c.rows);
    expect(stored()).toEqual(after);
  });

  test('a missing index is not rebuilt: only one that is there and damaged is', async () => {
    const load = await firstLoad({ [documentKey('m1', 'kickoff')]: kickoff('Ada', 'Tom') });
    expect(load.rows).toEqual([]);
    expect(load.rebuilt).toBeUndefined();
    expect(localStorage.getItem(INDEX_KEY)).toBeNull();
  });

  test('a first visit writes nothing', async () => {
    const load = await firstLoad({ 'starlight-theme': 'dark' });
    expect(load.rows).toEqual([]);
    expect(load.rebuilt).toBeUndefined();
    expect(stored()).toEqual({ 'starlight-theme': 'dark' });
  });
});
