import {
  getTestStorage,
  setPersistentEngine,
  setTestStorageKey,
  windowPersistentEvents,
} from '@nanostores/persistent';
import { allTasks, keepMount } from 'nanostores';
import * as v from '../../src/playbook/core/schema-kit';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { field } from '../../src/playbook/core/schema';
import {
  $storageHealth,
  createSafeEngine,
  type StorageHealth,
} from '../../src/stores/core/storage';
import { createVersionedStore } from '../../src/stores/core/versioned';
import { fakeStorage } from './helpers/fake-storage';
import { resetStores } from './helpers/stores';

const KEY = 'mentorship-playbook:v2:test';
const store = createVersionedStore({
  key: KEY,
  version: 2,
  schema: v.object({
    name: field(v.string(), () => ''),
    count: field(v.number(), () => 0),
  }),
  // Version 1 called the name "title".
  migrations: { 1: ({ title, ...rest }) => ({ ...rest, name: title }) },
});

beforeEach(resetStores);
afterEach(resetStores);

/** Mounts the store over what storage holds, and lets its follow-up work run. */
async function open(raw?: string) {
  if (raw !== undefined) setTestStorageKey(KEY, raw);
  keepMount(store.$document);
  keepMount(store.$notices);
  await allTasks();
}

describe('createVersionedStore reads what storage holds', () => {
  test.each([
    ['nothing: an empty document', undefined, { name: '', count: 0 }, 'ok', 0],
    ['its own version', '{"version":2,"name":"Ada","count":3}', { name: 'Ada', count: 3 }, 'ok', 0],
    [
      'a field added later: its default',
      '{"version":2,"name":"Ada"}',
      { name: 'Ada', count: 0 },
      'ok',
      0,
    ],
    [
      'an older version: migrated, shown with no notice',
      '{"version":1,"title":"Ada"}',
      { name: 'Ada', count: 0 },
      'migrated',
      0,
    ],
    [
      'one wrong field: that field reset',
      '{"version":2,"name":"Ada","count":"x"}',
      { name: 'Ada', count: 0 },
      'repaired',
      1,
    ],
    [
      'a newer version: shown read-only',
      '{"version":3,"name":"Ada","extra":1}',
      { name: 'Ada', count: 0 },
      'newer',
      0,
    ],
    ['damaged JSON: unreadable', '{"version":2,"na', { name: '', count: 0 }, 'unreadable', 1],
    ['no version: unreadable', '{"name":"Ada"}', { name: '', count: 0 }, 'unreadable', 1],
    [
      'a version with no migration: unreadable',
      '{"version":0}',
      { name: '', count: 0 },
      'unreadable',
      1,
    ],
  ])('%s', async (_name, raw, value, status, backups) => {
    await open(raw);
    expect(store.$value.get()).toEqual(value);
    expect(store.$document.get().status).toBe(status);
    expect(store.$backups.get()).toHaveLength(backups);
    if (backups) expect(store.$backups.get()[0]!.raw).toBe(raw);
    if (raw === undefined) return;
    // Read in full, it is stored in this version's form; otherwise it stays exactly as it was
    // until the user changes something.
    if (status === 'ok')
      expect(JSON.parse(getTestStorage()[KEY]!)).toEqual({ version: 2, ...value });
    else expect(getTestStorage()[KEY]).toBe(raw);
  });
});

describe('createVersionedStore migrates without losing the only copy', () => {
  test('keeps what was stored before a migration aside, then writes the new version on a change', async () => {
    const before = '{"version":1,"title":"Ada","count":2}';
    await open(before);
    expect(store.$value.get()).toEqual({ name: 'Ada', count: 2 });
    expect(JSON.parse(getTestStorage()[`${KEY}-backups`]!)).toEqual([
      { savedAt: expect.any(String), raw: before, migratedFrom: 1 },
    ]);
    expect(store.$notices.get()).toEqual({ readOnly: false, backups: 0, repaired: 0 });

    store.replace((value) => ({ ...value, count: 3 }));
    expect(JSON.parse(getTestStorage()[KEY]!)).toEqual({ version: 2, name: 'Ada', count: 3 });
    expect(JSON.parse(getTestStorage()[`${KEY}-backups`]!)[0].raw).toBe(before);
    // Deleting the copies the page shows leaves the one from before the migration.
    store.deleteBackups();
    expect(JSON.parse(getTestStorage()[`${KEY}-backups`]!)).toHaveLength(1);
  });

  test('keeps the stored text aside even when a change comes before the store settles', () => {
    setTestStorageKey(KEY, '{"version":2,"name":"Ada","count":"x"}');
    keepMount(store.$document);
    store.replace((value) => ({ ...value, count: 1 }));
    expect(JSON.parse(getTestStorage()[`${KEY}-backups`]!)[0].raw).toBe(
      '{"version":2,"name":"Ada","count":"x"}',
    );
  });

  test('reads a migration that throws or gives no object as unreadable, and keeps the text', async () => {
    const faulty = createVersionedStore({
      key: `${KEY}-faulty`,
      version: 2,
      schema: v.object({ name: field(v.string(), () => '') }),
      migrations: {
        1: (data) => {
          if (data.boom) throw new Error('a faulty step');
          return undefined;
        },
      },
    });
    for (const raw of ['{"version":1,"boom":true}', '{"version":1}']) {
      resetStores();
      setTestStorageKey(`${KEY}-faulty`, raw);
      keepMount(faulty.$document);
      await allTasks();
      expect(faulty.$document.get().status).toBe('unreadable');
      expect(faulty.$backups.get().map((copy) => copy.raw)).toEqual([raw]);
      expect(getTestStorage()[`${KEY}-faulty`]).toBe(raw);
    }
  });
});

describe('createVersionedStore writes', () => {
  test('saves a change with its version, and a repaired document then reads as ok', async () => {
    await open('{"version":2,"name":"Ada","count":"x"}');
    expect(store.$notices.get()).toEqual({ readOnly: false, backups: 1, repaired: 1 });
    expect(store.replace((d) => ({ ...d, count: 1 }))).toBe(true);
    expect(JSON.parse(getTestStorage()[KEY]!)).toEqual({ version: 2, name: 'Ada', count: 1 });
    expect(store.$notices.get()).toEqual({ readOnly: false, backups: 1, repaired: 0 });
  });

  test('refuses to change a document written by a newer site, and leaves it as it was', async () => {
    const raw = '{"version":3,"name":"Ada"}';
    await open(raw);
    expect(store.replace((d) => ({ ...d, name: 'Grace' }))).toBe(false);
    expect(getTestStorage()[KEY]).toBe(raw);
    expect(store.$notices.get().readOnly).toBe(true);
  });

  test('undoes a destructive change until the next change', async () => {
    await open('{"version":2,"name":"Ada","count":2}');
    store.replace(() => ({ name: '', count: 0 }), 'Cleared.');
    expect(store.$undo.get()).toBe('Cleared.');
    expect(store.undo()).toBe(true);
    expect(store.$value.get()).toEqual({ name: 'Ada', count: 2 });
    expect(store.$undo.get()).toBeUndefined();
    store.replace(() => ({ name: '', count: 0 }), 'Cleared.');
    store.replace((d) => ({ ...d, count: 5 }));
    expect(store.$undo.get()).toBeUndefined();
    expect(store.undo()).toBe(false);
  });

  test('shows another tab’s change', async () => {
    await open();
    setTestStorageKey(KEY, '{"version":2,"name":"From the other tab"}');
    expect(store.$value.get().name).toBe('From the other tab');
  });

  test('offers the kept copies as one file, and deletes them', async () => {
    await open('not json');
    const file = await store.backupFile();
    expect(file.name).toMatch(/^mentorship-playbook-test-backup-\d{4}-\d{2}-\d{2}\.txt$/);
    expect(file.text).toContain('not json');
    store.deleteBackups();
    expect(store.$backups.get()).toEqual([]);
    expect(getTestStorage()[`${KEY}-backups`]).toBeUndefined();
  });
});

describe('createVersionedStore over browser storage that fails', () => {
  const cases: [string, () => Storage | undefined, StorageHealth][] = [
    ['missing', () => undefined, 'unavailable'],
    ['blocked', () => fakeStorage({ failReads: true, failWrites: 'security' }), 'unavailable'],
    // An empty storage refusing every write takes nothing; one near its quota is full.
    ['refusing every write', () => fakeStorage({ failWrites: 'quota' }), 'unavailable'],
    [
      'full',
      () => {
        const storage = fakeStorage();
        storage.setItem('other-site-data', 'x'.repeat(3_000_000));
        storage.setItem = fakeStorage({ failWrites: 'quota' }).setItem;
        return storage;
      },
      'full',
    ],
  ];
  test.each(cases)(
    '%s: changes are kept in memory and the page is told',
    async (_name, storage, health) => {
      setPersistentEngine(
        createSafeEngine(storage, (h) => $storageHealth.set(h)),
        windowPersistentEvents,
      );
      keepMount(store.$document);
      expect(store.replace((d) => ({ ...d, name: 'Kept' }))).toBe(true);
      expect(store.$value.get().name).toBe('Kept');
      expect($storageHealth.get()).toBe(health);
    },
  );
});
