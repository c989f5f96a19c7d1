import { setPersistentEngine, windowPersistentEvents } from '@nanostores/persistent';
import { allTasks, keepMount } from 'nanostores';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { INDEX_KEY, documentKey } from '../../src/playbook/documents/mentorships';
import { removeMentorship } from '../../src/playbook/mentorships/edits';
import { $history } from '../../src/stores/agenda/agenda';
import { finishAgenda } from '../../src/stores/agenda/on-demand/history';
import { $kickoff } from '../../src/stores/core/kickoff';
import { setPairField } from '../../src/stores/kickoff/answers';
import { $held, $openId, mentorshipsStore } from '../../src/stores/core/mentorships';
import { keysOf } from '../../src/stores/mentorships/keys';
import { heldLabel, keepHeld, letHeldGo } from '../../src/stores/mentorships/held';
import { createSafeEngine, usePageStorage } from '../../src/stores/core/storage';
import { TEST_ID, TEST_KEYS, resetStores } from './helpers/stores';

// Storage events as a browser delivers them: the stores read happy-dom's localStorage (through the
// page's own engine) and listen
// to the window, where the page's own listener comes first (it is added when its module loads).
let resets = 0;
function resetOverLocalStorage(stored: Record<string, string> = {}) {
  resets++;
  resetStores();
  localStorage.clear();
  setPersistentEngine(
    createSafeEngine(
      () => localStorage,
      () => {},
    ),
    windowPersistentEvents,
  );
  usePageStorage(localStorage);
  localStorage.setItem(
    INDEX_KEY,
    JSON.stringify({
      version: 1,
      open: TEST_ID,
      // A text of its own each time: @nanostores/persistent re-reads a key on mount only when
      // its text differs from the one the store last wrote.
      mentorships: [
        { id: TEST_ID, name: '', createdAt: new Date(Date.UTC(2026, 10, resets)).toISOString() },
      ],
    }),
  );
  for (const [key, text] of Object.entries(stored)) localStorage.setItem(key, text);
}

/** Everything in storage, by key. */
const storage = (): Record<string, string> =>
  Object.fromEntries(Object.keys(localStorage).map((key) => [key, localStorage.getItem(key)!]));

/** Another tab's write (a null key: it cleared storage), and the storage event it sends here. */
function anotherTab(key: string | null, text: string | undefined) {
  const oldValue = key === null ? null : localStorage.getItem(key);
  if (key === null) localStorage.clear();
  else if (text === undefined) localStorage.removeItem(key);
  else localStorage.setItem(key, text);
  dispatchEvent(
    new StorageEvent('storage', {
      key,
      oldValue,
      newValue: text ?? null,
      storageArea: localStorage,
    }),
  );
}

const indexText = () => localStorage.getItem(INDEX_KEY)!;
const withoutTest = () =>
  JSON.stringify({
    version: 1,
    ...removeMentorship(mentorshipsStore.$value.get(), TEST_ID),
  });

/** How other tabs delete the open mentorship, each in the order it writes. */
const DELETIONS = {
  // The mentorship tools (src/stores/mentorships/tools.ts): the index first, then its keys.
  'deleting it': () => {
    anotherTab(INDEX_KEY, withoutTest());
    for (const key of keysOf(TEST_ID)) anotherTab(key, undefined);
  },
  // Your data's "Delete everything" (src/stores/data/your-data.ts): the index, then every key.
  'deleting everything': () => {
    anotherTab(INDEX_KEY, undefined);
    for (const key of keysOf(TEST_ID)) anotherTab(key, undefined);
  },
  'clearing storage': () => anotherTab(null, undefined),
};

describe('another tab deletes the open mentorship this page changed', () => {
  beforeEach(async () => {
    resetOverLocalStorage();
    keepMount($kickoff);
    keepMount($history);
    setPairField('mentor', 'Ada');
    finishAgenda();
    // The page's first change loads what follows other tabs' deletions.
    await allTasks();
  });

  describe.each(Object.entries(DELETIONS))('by %s', (_, deleteElsewhere) => {
    test('what this page showed stays, nothing is written, and it can be kept as a new mentorship', () => {
      deleteElsewhere();
      const left = storage();
      expect(left[TEST_KEYS.kickoff]).toBeUndefined();
      expect($held.get()?.from).toBe(TEST_ID);
      expect($kickoff.get().pair.mentor).toBe('Ada');
      expect($history.get()).toHaveLength(1);

      // Typing goes on in memory; the next keystroke does not start a mentorship.
      setPairField('mentee', 'Tom');
      expect($kickoff.get().pair.mentee).toBe('Tom');
      expect(storage()).toEqual(left);

      const written = keepHeld();
      expect(written.ok).toBe(true);
      const id = written.ok ? written.id : '';
      expect(id).not.toBe(TEST_ID);
      expect($held.get()).toBeUndefined();
      expect($openId.get()).toBe(id);
      expect(JSON.parse(indexText()).mentorships.map((m: { id: string }) => m.id)).toEqual([id]);
      expect(JSON.parse(storage()[documentKey(id, 'kickoff')]!).pair).toMatchObject({
        mentor: 'Ada',
        mentee: 'Tom',
      });
      expect(JSON.parse(storage()[documentKey(id, 'sessions')]!).sessions).toHaveLength(1);
      expect($kickoff.get().pair.mentee).toBe('Tom');
      setPairField('mentee', 'Tom Lee');
      expect(JSON.parse(storage()[documentKey(id, 'kickoff')]!).pair.mentee).toBe('Tom Lee');
    });

    test('letting it go writes nothing, and shows what is left', () => {
      deleteElsewhere();
      const left = storage();
      letHeldGo();
      expect($openId.get()).toBe('');
      expect($kickoff.get().pair.mentor).toBe('');
      expect(storage()).toEqual(left);
    });
  });

  test('when storage refuses the new mentorship, nothing is written and it stays held', () => {
    DELETIONS['deleting it']();
    const left = storage();
    const refuse = vi.spyOn(localStorage, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    const written = keepHeld();
    refuse.mockRestore();
    expect(written).toMatchObject({ ok: false, problem: 'full' });
    expect(storage()).toEqual(left);
    expect($held.get()?.from).toBe(TEST_ID);
    expect($kickoff.get().pair.mentor).toBe('Ada');
  });

  test('undone in the other tab while unchanged here, the page follows it again', () => {
    const before = storage();
    DELETIONS['deleting it']();
    expect($held.get()).toBeDefined();
    // Undo there puts the keys back first, then the index.
    for (const key of keysOf(TEST_ID)) if (before[key] !== undefined) anotherTab(key, before[key]);
    anotherTab(INDEX_KEY, before[INDEX_KEY]);
    expect($held.get()).toBeUndefined();
    expect($openId.get()).toBe(TEST_ID);
    expect($kickoff.get().pair.mentor).toBe('Ada');
  });

  test('undone in the other tab after a change here, the choice stays open', () => {
    const before = storage();
    DELETIONS['deleting it']();
    setPairField('mentee', 'Tom');
    for (const key of keysOf(TEST_ID)) if (before[key] !== undefined) anotherTab(key, before[key]);
    anotherTab(INDEX_KEY, before[INDEX_KEY]);
    expect($held.get()).toBeDefined();
    expect($kickoff.get().pair.mentee).toBe('Tom');
  });

  test('held again after it came back, the page shows it as it is now, not as first held', () => {
    const before = storage();
    DELETIONS['deleting it']();
    letHeldGo();
    for (const key of keysOf(TEST_ID)) if (before[key] !== undefined) anotherTab(key, before[key]);
    anotherTab(INDEX_KEY, before[INDEX_KEY]);
    expect($openId.get()).toBe(TEST_ID);
    setPairField('mentee', 'Lin');
    DELETIONS['deleting it']();
    expect($held.get()?.from).toBe(TEST_ID);
    expect($kickoff.get().pair).toMatchObject({ mentor: 'Ada', mentee: 'Lin' });
  });

  test('another tab’s other changes to the index (renaming it) hold nothing', () => {
    const index = JSON.parse(indexText());
    index.mentorships[0].name = 'Backend pairing';
    anotherTab(INDEX_KEY, JSON.stringify(index));
    expect($held.get()).toBeUndefined();
    expect($openId.get()).toBe(TEST_ID);
  });
});

test('a mentorship this page only showed follows the other tab’s deletion, as before', () => {
  resetOverLocalStorage({
    [TEST_KEYS.kickoff]: JSON.stringify({ version: 1, pair: { mentor: 'Ada' } }),
  });
  keepMount($kickoff);
  expect($kickoff.get().pair.mentor).toBe('Ada');
  DELETIONS['deleting it']();
  expect($held.get()).toBeUndefined();
  expect($openId.get()).toBe('');
  expect($kickoff.get().pair.mentor).toBe('');
});

test('it is called what the list called it when it was deleted, told apart from the others then', () => {
  // Local times, so that the day reads the same in whatever time zone the tests run.
  const entry = (id: string, day: number) => ({
    id,
    name: '',
    createdAt: new Date(2026, 10, day, 9).toISOString(),
  });
  const pair = { mentor: 'Ada', mentee: 'Tom' };
  resetOverLocalStorage({
    [documentKey('a', 'kickoff')]: JSON.stringify({ version: 1, pair }),
  });
  const held = {
    id: 'held-b',
    from: 'b',
    index: JSON.stringify({ version: 1, open: 'b', mentorships: [entry('a', 1), entry('b', 2)] }),
    texts: new Map(),
  };
  expect(heldLabel(held, pair)).toBe('Tom and Ada (started 2 Nov 2026)');
  expect(heldLabel(held, { mentor: 'Lin', mentee: '' })).toBe('Lin');
  // Storage was cleared, so the index from then is not known: it is called as it is on its own.
  expect(heldLabel({ ...held, index: null }, pair)).toBe('Tom and Ada');
  expect(heldLabel({ ...held, index: null }, { mentor: '', mentee: '' })).toBe('Mentorship b');
});
