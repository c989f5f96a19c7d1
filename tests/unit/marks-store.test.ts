// Change marks through the stores: every write of a mentorship's document stamps them in the same
// stored value (src/stores/core/versioned.ts), whatever action made it.
import {
  getTestStorage,
  setPersistentEngine,
  setTestStorageKey,
  windowPersistentEvents,
} from '@nanostores/persistent';
import { allTasks, keepMount } from 'nanostores';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { chooseFormat, kickoffStore } from '../../src/stores/core/kickoff';
import {
  addGoal,
  changeGoal,
  removeGoal,
  setCadence,
  setPairField,
  setTopic,
} from '../../src/stores/kickoff/answers';
import { $storageHealth, createSafeEngine } from '../../src/stores/core/storage';
import { emptyOf } from '../../src/playbook/core/stored-document';
import { stampTime, stampedDocument } from '../../src/playbook/merge/on-demand/stamping';
import { KickoffSchema } from '../../src/playbook/documents/kickoff';
import { fakeStorage } from './helpers/fake-storage';
import { KICKOFF_KEY, resetStores, storeWaitingKickoff } from './helpers/stores';

beforeEach(() => {
  resetStores();
  keepMount(kickoffStore.$document);
});
afterEach(() => {
  vi.useRealTimers();
  resetStores();
});

/** What storage holds under the kickoff's key, parsed. */
const stored = () => JSON.parse(getTestStorage()[KICKOFF_KEY] ?? 'null');

/** The clock at `ms` (ms since the epoch), for the stamps to read. */
const at = (ms: number) => vi.useFakeTimers({ now: ms, toFake: ['Date'] });

describe('the first change on a page', () => {
  // First in the file: the stamping code has not loaded yet in this module graph.
  test('is written at once with what its marks were made for, then stamped once the code loads', async () => {
    at(1_000);
    setPairField('mentor', 'Ada');
    expect(stored()).toMatchObject({
      pair: { mentor: 'Ada' },
      unstamped: { pair: { mentor: '' } },
    });
    expect(stored().marks).toBeUndefined();
    await allTasks();
    expect(stored().unstamped).toBeUndefined();
    expect(stored().marks.at).toEqual({ 'pair.mentor': 1_000 });
    // Loaded now: the next change is stamped as it is written.
    at(2_000);
    setPairField('mentee', 'Tom');
    expect(stored().unstamped).toBeUndefined();
    expect(stored().marks.at).toEqual({ 'pair.mentor': 1_000, 'pair.mentee': 2_000 });
  });

  test('left unstamped by a closed tab is stamped by the next change, from what it changed from', async () => {
    storeWaitingKickoff({ marks: { at: { scheduler: 5 }, removed: {}, seen: 0, kept: [] } });
    at(9_000);
    setPairField('mentee', 'Tom');
    await allTasks();
    expect(stored().unstamped).toBeUndefined();
    // Met by a new change, what waited is stamped with it: later than it was, never earlier.
    expect(stored().marks.at).toEqual({ scheduler: 5, 'pair.mentor': 9_000, 'pair.mentee': 9_000 });
  });

  test('waiting changes are stamped with the time they were written, however late the stamping', () => {
    const empty = emptyOf(KickoffSchema);
    const waiting = {
      status: 'ok' as const,
      value: { ...empty, pair: { ...empty.pair, mentor: 'Ada' } },
      marks: { at: { scheduler: 5 }, removed: {}, seen: 0, kept: [] },
      unstamped: empty,
      unstampedAt: 3_000,
    };
    expect(stampedDocument(waiting, 9_000)).toEqual({
      status: 'ok',
      value: waiting.value,
      marks: { at: { scheduler: 5, 'pair.mentor': 3_000 }, removed: {}, seen: 0, kept: [] },
    });
  });
});

describe('stampTime', () => {
  test.each<[unknown, number]>([
    [3_000, 3_000],
    [12_000, 10_000],
    [undefined, 10_000],
    ['3000', 10_000],
    [Number.NaN, 10_000],
    [-5, 10_000],
    [0, 10_000],
  ])('a stored time of %j, read at 10,000, stamps at %d', (stored, expected) => {
    expect(stampTime(stored, 10_000)).toBe(expected);
  });
});

describe('an action’s write marks exactly what it changed', () => {
  test.each<[string, () => unknown, string[]]>([
    ['a name', () => setPairField('mentor', 'Ada'), ['pair.mentor']],
    ['a topic’s notes', () => setTopic('roles', { notes: 'Ada leads' }), ['topics.roles.notes']],
    ['a topic agreed', () => setTopic('roles', { agreed: true }), ['topics.roles.agreed']],
    ['the length', () => setCadence({ minutes: 45 }), ['cadence.minutes']],
    [
      'a format chosen (a list without ids: one unit)',
      () => chooseFormat('regular-pairing', true),
      ['formats'],
    ],
    ['a goal added (an item of a keyed list)', () => addGoal(), ['goals#<id>']],
  ])('%s', async (_, action, paths) => {
    await allTasks();
    at(50_000);
    const before = { ...(stored()?.marks?.at ?? {}) };
    action();
    await allTasks();
    const goal = kickoffStore.$value.get().goals[0]?.id ?? '';
    const added = Object.keys(stored().marks.at).filter((path) => !(path in before));
    expect(added.sort()).toEqual(paths.map((p) => p.replace('<id>', goal)).sort());
    for (const path of added) expect(stored().marks.at[path]).toBe(50_000);
  });

  test('writing the same value again changes no mark', async () => {
    at(1_000);
    setPairField('mentor', 'Ada');
    await allTasks();
    const marks = stored().marks;
    at(2_000);
    setPairField('mentor', 'Ada');
    await allTasks();
    expect(stored().marks).toEqual(marks);
  });

  test('a goal changed marks the goal; removed, it leaves a tombstone', async () => {
    at(1_000);
    const id = addGoal()!;
    at(2_000);
    changeGoal(id, { what: 'Ship the importer' });
    await allTasks();
    expect(stored().marks.at[`goals#${id}`]).toBe(2_000);
    at(3_000);
    removeGoal(id, 'Goal 1');
    await allTasks();
    expect(stored().marks.at[`goals#${id}`]).toBeUndefined();
    expect(stored().marks.removed).toEqual({ [`goals#${id}`]: 3_000 });
  });
});

describe('undo', () => {
  test('is stamped as a change made now: the goal back, its tombstone gone, its place marked', async () => {
    at(1_000);
    const id = addGoal()!;
    changeGoal(id, { what: 'Ship the importer' });
    at(2_000);
    removeGoal(id, 'Goal 1');
    at(3_000);
    expect(kickoffStore.undo()).toBe(true);
    await allTasks();
    expect(kickoffStore.$value.get().goals.map((g) => g.id)).toEqual([id]);
    expect(stored().marks.removed).toEqual({});
    expect(stored().marks.at).toMatchObject({ [`goals#${id}`]: 3_000, goals: 3_000 });
  });
});

describe('another tab’s write', () => {
  test('brings its marks, and this tab’s next change stamps on top of them', async () => {
    await allTasks();
    const theirs = {
      at: { 'pair.mentor': 7_000, scheduler: 6_000 },
      removed: {},
      seen: 0,
      kept: [],
    };
    setTestStorageKey(
      KICKOFF_KEY,
      JSON.stringify({ version: 1, pair: { mentor: 'Ada' }, scheduler: 'mentee', marks: theirs }),
    );
    expect(kickoffStore.$document.get().marks).toEqual(theirs);
    at(8_000);
    setPairField('mentee', 'Tom');
    await allTasks();
    expect(stored().marks.at).toEqual({ ...theirs.at, 'pair.mentee': 8_000 });
  });
});

describe('marks that cannot be read', () => {
  test.each([
    ['not marks at all', '"garbage"', {}],
    ['a list', '[1, 2]', {}],
    [
      'bad paths and times',
      '{"at": {"bad path!": 5, "pair.mentor": -1, "scheduler": 4}}',
      { scheduler: 4 },
    ],
    ['times that are not whole', '{"at": {"scheduler": 1.5}, "removed": "x", "kept": [{}]}', {}],
  ])(
    '%s: the document reads as it is, and the next change starts from what does read',
    async (_, marks, kept) => {
      setTestStorageKey(KICKOFF_KEY, `{"version":1,"pair":{"mentor":"Ada"},"marks":${marks}}`);
      expect(kickoffStore.$document.get().status).toBe('ok');
      expect(kickoffStore.$value.get().pair.mentor).toBe('Ada');
      at(10_000);
      setPairField('mentee', 'Tom');
      await allTasks();
      expect(stored().marks).toEqual({
        at: { ...kept, 'pair.mentee': 10_000 },
        removed: {},
        seen: 0,
        kept: [],
      });
    },
  );
});

describe('a full storage during a write', () => {
  test('leaves the document and its marks in storage as they were', async () => {
    at(1_000);
    setPairField('mentor', 'Ada');
    await allTasks();
    const before = getTestStorage()[KICKOFF_KEY]!;
    const storage = fakeStorage();
    storage.setItem(KICKOFF_KEY, before);
    storage.setItem('other-site-data', 'x'.repeat(3_000_000));
    storage.setItem = fakeStorage({ failWrites: 'quota' }).setItem;
    setPersistentEngine(
      createSafeEngine(
        () => storage,
        (health) => $storageHealth.set(health),
      ),
      windowPersistentEvents,
    );
    at(2_000);
    setPairField('mentee', 'Tom');
    await allTasks();
    expect($storageHealth.get()).toBe('full');
    expect(storage.getItem(KICKOFF_KEY)).toBe(before);
    // The page keeps the change, with its marks, in memory.
    expect(kickoffStore.$value.get().pair.mentee).toBe('Tom');
    expect((kickoffStore.$document.get().marks as { at: object }).at).toEqual({
      'pair.mentor': 1_000,
      'pair.mentee': 2_000,
    });
  });
});
