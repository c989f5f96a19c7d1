import { setPersistentEngine, windowPersistentEvents } from '@nanostores/persistent';
import { cleanStores } from 'nanostores';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { readDocument } from '../../src/playbook/core/schema';
import { INDEX_KEY, documentKey } from '../../src/playbook/documents/mentorships';
import { indexText } from '../../src/playbook/mentorships/stored-index';
import { PortableSchema, type Portable } from '../../src/playbook/portable/portable';
import type * as WriteAllModule from '../../src/playbook/storage/write-all';
import { writeAll, type Write } from '../../src/playbook/storage/write-all';
import { fakeStorage } from './helpers/fake-storage';
import { allStores } from '../../src/stores/core/all-stores';
import { mentorshipsStore } from '../../src/stores/core/mentorships';
import {
  $move,
  $storageHealth,
  createSafeEngine,
  installBrowserStorage,
  usePageStorage,
} from '../../src/stores/core/storage';
import { deleteOpen, undoDelete, $deleteProblem } from '../../src/stores/mentorships/tools';
import { addKickoff, addPortable, beforeFile } from '../../src/stores/portable/portable';
import { readBackup } from '../../src/playbook/portable/backup';
import { restoreBackup } from '../../src/stores/portable/restore';
import { applyMerge, previewMerge } from '../../src/stores/portable/on-demand/merge';
import type { Written } from '../../src/stores/storage/write-all';

// Writes to storage, counted; a change of several keys is refused at its `refuseAt`-th write
// (and with `stuck`, at every later one), counted from where it is written as one change.
const count = vi.hoisted(() => ({ writes: 0, keys: 0, refuseAt: 0, failAt: 0, stuck: false }));
vi.mock('../../src/playbook/storage/write-all', async (importOriginal) => {
  const actual = await importOriginal<typeof WriteAllModule>();
  return {
    ...actual,
    writeAll: (storage: Parameters<typeof actual.writeAll>[0], writes: readonly Write[]) => {
      count.keys = writes.length;
      if (count.refuseAt) count.failAt = count.writes + count.refuseAt;
      return actual.writeAll(storage, writes);
    },
  };
});

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

/** A Web Storage stand-in that refuses its `failAt`-th write and, with `stuck`, every one after. */
function refusing(initial: Record<string, string>, failAt: number, stuck = false) {
  const data = new Map(Object.entries(initial));
  let writes = 0;
  const refuse = () => {
    writes++;
    if (writes === failAt || (stuck && writes > failAt)) throw quota();
  };
  return {
    data,
    storage: {
      getItem: (k: string) => data.get(k) ?? null,
      setItem: (k: string, v: string) => {
        refuse();
        data.set(k, v);
      },
      removeItem: (k: string) => {
        refuse();
        data.delete(k);
      },
    },
  };
}

describe('writeAll', () => {
  test('writes everything, reads it back, and says what each key held before', () => {
    const storage = fakeStorage();
    storage.setItem('gone', 'x');
    expect(
      writeAll(storage, [
        ['gone', undefined],
        ['k', 'v'],
      ]),
    ).toEqual({
      result: 'done',
      before: [
        ['gone', 'x'],
        ['k', undefined],
      ],
    });
    expect([storage.getItem('gone'), storage.getItem('k')]).toEqual([null, 'v']);
  });

  test('storage that cannot be read fails before writing anything', () => {
    expect(writeAll(fakeStorage({ failReads: true }), [['k', 'v']]).result).toBe('failed');
  });

  const initial = { a: 'old a', b: 'old b', gone: 'x' };
  const writes: Write[] = [
    ['a', 'new a'],
    ['gone', undefined],
    ['c', 'new c'],
    ['a', 'newer a'],
    ['d', 'new d'],
  ];

  test.each(writes.map((_, i) => i + 1))(
    'refused at write %i, leaves every key exactly as it was',
    (failAt) => {
      const { data, storage } = refusing(initial, failAt);
      expect(writeAll(storage, writes).result).toBe('full');
      expect(Object.fromEntries(data)).toEqual(initial);
    },
  );

  test.each(writes.map((_, i) => i + 1))(
    'refused at write %i and at every one after, says the change may be part made',
    (failAt) => {
      const { storage } = refusing(initial, failAt, true);
      const outcome = writeAll(storage, writes);
      expect(outcome.result).toBe(failAt === 1 ? 'full' : 'partial');
      // What was there before, to offer as a file.
      expect(outcome.before).toEqual([
        ['a', 'old a'],
        ['gone', 'x'],
        ['c', undefined],
        ['a', 'old a'],
        ['d', undefined],
      ]);
    },
  );
});

// Every change of several keys the pages make, against storage that refuses each write in turn.
describe('every change of several keys is all or nothing', () => {
  const HERE = 'here';
  const mentorship = (id: string, mentor: string): Portable => {
    const m = readDocument(PortableSchema, {
      id,
      name: '',
      createdAt: '2026-11-01T00:00:00Z',
    })!.value;
    m.kickoff.pair = { mentor, mentee: 'Tom', startDate: '2026-11-02' };
    m.history.sessions = [
      {
        id: 's1',
        finishedAt: '2026-11-20T12:00:00.000Z',
        date: '2026-11-20',
        parts: [],
        carried: [],
        actions: [],
        checkIns: [],
      },
    ];
    return m;
  };
  /** A backup holding one mentorship this browser lacks and one it has. */
  const twoMentorships = () => ({
    exportedAt: '',
    open: 'b',
    mentorships: [mentorship('b', 'Grace'), mentorship(HERE, 'Grace')],
  });
  const seed = {
    [INDEX_KEY]: indexText({
      open: HERE,
      mentorships: [{ id: HERE, name: '', createdAt: '2026-11-01T00:00:00.000Z' }],
    }),
    [documentKey(HERE, 'kickoff')]: JSON.stringify({
      version: 2,
      pair: { mentor: 'Ada', mentee: 'Lin', startDate: '' },
    }),
    [documentKey(HERE, 'sessions')]: JSON.stringify({ version: 1, sessions: [] }),
  };

  // The page's storage, which refuses writes when told to.
  const storage = fakeStorage();
  const refuse = () => {
    count.writes++;
    const { writes, failAt, stuck } = count;
    if (failAt && (writes === failAt || (stuck && writes > failAt))) throw quota();
  };
  const { setItem, removeItem } = storage;
  storage.setItem = (key, value) => {
    refuse();
    setItem(key, value);
  };
  storage.removeItem = (key) => {
    refuse();
    removeItem(key);
  };

  function load(state: Record<string, string>) {
    Object.assign(count, { refuseAt: 0, failAt: 0, stuck: false });
    cleanStores(...allStores);
    storage.clear();
    for (const [key, text] of Object.entries(state)) storage.setItem(key, text);
    // The stores install the browser's engine on first use: first, so that this one replaces it.
    installBrowserStorage();
    usePageStorage(storage);
    setPersistentEngine(
      createSafeEngine(
        () => storage,
        (health) => $storageHealth.set(health),
      ),
      windowPersistentEvents,
    );
    $storageHealth.set('ok');
    $move.set('done');
    // Mounted, as on a page.
    mentorshipsStore.$value.listen(() => {});
  }

  const snapshot = () => {
    const all: Record<string, string | null> = {};
    for (let i = 0; i < storage.length; i++)
      all[storage.key(i)!] = storage.getItem(storage.key(i)!);
    return all;
  };

  afterEach(() => {
    usePageStorage(undefined);
    cleanStores(...allStores);
  });

  const problemOf = (written: Written | boolean | { result: string }) =>
    typeof written === 'boolean'
      ? written
        ? undefined
        : $deleteProblem.get()?.ok === false &&
          ($deleteProblem.get() as { problem: string }).problem
      : 'result' in written
        ? written.result === 'done'
          ? undefined
          : written.result
        : written.ok
          ? undefined
          : written.problem;

  const changes: [
    string,
    () => Record<string, string>,
    () => Written | boolean | { result: string },
  ][] = [
    [
      'adding a shared mentorship',
      () => seed,
      () => addPortable(mentorship('new', 'Grace'), 'new'),
    ],
    [
      'replacing a mentorship with a shared one',
      () => seed,
      () => addPortable(mentorship(HERE, 'Grace'), 'replace'),
    ],
    [
      'putting an agreement’s answers into a mentorship',
      () => seed,
      () => addKickoff(mentorship('file', 'Grace'), HERE),
    ],
    ['deleting a mentorship', () => seed, () => deleteOpen()],
    [
      'undoing a delete',
      () => seed,
      () => {
        deleteOpen();
        return undoDelete();
      },
    ],
    ['restoring a backup, merged', () => seed, () => restoreBackup(twoMentorships(), 'merge')],
    [
      'merging a shared mentorship into the one here',
      () => seed,
      () => applyMerge(previewMerge(mentorship(HERE, 'Grace'))),
    ],
    ['restoring a backup, added beside', () => seed, () => restoreBackup(twoMentorships(), 'add')],
    [
      'restoring a backup, replacing',
      () => seed,
      () =>
        restoreBackup(
          { exportedAt: '', open: 'b', mentorships: [mentorship('b', 'Grace')] },
          'replace',
        ),
    ],
  ];

  test.each(changes)('%s: refused at each write in turn, changes nothing', (_, state, change) => {
    // How many writes the change makes when storage takes them all.
    load(state());
    const undoing = _ === 'undoing a delete';
    if (undoing) deleteOpen();
    const before = snapshot();
    expect(problemOf(undoing ? undoDelete() : change())).toBeUndefined();
    const keys = count.keys;
    expect(keys).toBeGreaterThan(1);
    expect(snapshot()).not.toEqual(before);

    for (let n = 1; n <= keys; n++) {
      load(state());
      if (undoing) deleteOpen();
      const prior = snapshot();
      count.refuseAt = n;
      expect(problemOf(undoing ? undoDelete() : change()), `refused at write ${n}`).toBe('full');
      expect(snapshot(), `refused at write ${n}`).toEqual(prior);
    }
  });

  test.each(changes)(
    '%s: refused part way and while putting back, says it may be part made',
    (_, state, change) => {
      load(state());
      const undoing = _ === 'undoing a delete';
      if (undoing) deleteOpen();
      Object.assign(count, { refuseAt: 2, stuck: true });
      expect(problemOf(undoing ? undoDelete() : change())).toBe('partial');
    },
  );

  test('what was here before a change made in part comes back as a backup file that restores it', () => {
    load(seed);
    Object.assign(count, { refuseAt: 2, stuck: true });
    const written = addPortable(mentorship(HERE, 'Grace'), 'replace');
    expect(written).toMatchObject({ ok: false, problem: 'partial' });
    const file = beforeFile((written as { before: readonly Write[] }).before);
    expect(file.name).toMatch(/^mentorship-playbook-backup-.*\.json$/);
    const read = readBackup(file.text);
    expect(read.ok && read.backup.mentorships.map((m) => [m.id, m.kickoff.pair.mentor])).toEqual([
      [HERE, 'Ada'],
    ]);
  });
});
