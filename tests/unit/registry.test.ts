// A sixth document, declared only in the registry and named in the list of names, must reach every
// door: the index's keys (and with them Your data's sizes and deleting), the stores, the portable
// document and so the share link, the backup file, a restore and the agreement file, and the
// tests' own store reset.
import { getTestStorage, setTestStorageKey } from '@nanostores/persistent';
import { allTasks, keepMount } from 'nanostores';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { documentKey } from '../../src/playbook/documents/mentorships';
import { DOCUMENT_NAMES, type DocumentName } from '../../src/playbook/documents/names';
import { readAgreement } from '../../src/playbook/kickoff/agreement-read';
import { agreementText } from '../../src/playbook/kickoff/agreement-file';
import { backupText, readBackup } from '../../src/playbook/portable/backup';
import {
  PortableSchema,
  readPortable,
  storedDocuments,
} from '../../src/playbook/portable/portable';
import { restoreWrites } from '../../src/playbook/portable/restore';
import { decodeShare, encodeShare } from '../../src/playbook/portable/share-link';
import { readDocument } from '../../src/playbook/core/schema';
import { mentorshipDocument } from '../../src/stores/core/mentorships';
import { keysOf } from '../../src/stores/mentorships/keys';
import { createVersionedStore, type VersionedStoreOptions } from '../../src/stores/core/versioned';
import { portableOf } from '../../src/stores/portable/portable';
import type * as Names from '../../src/playbook/documents/names';
import type * as Registry from '../../src/playbook/documents/registry';
import { declarationOf } from '../../src/playbook/documents/registry';
import { TEST_ID, TEST_KEYS, resetStores } from './helpers/stores';

vi.mock('../../src/playbook/documents/registry', async (importOriginal) => {
  const real = await importOriginal<typeof Registry>();
  const v = await import('../../src/playbook/core/schema-kit');
  const { field } = await import('../../src/playbook/core/schema');
  const documents = {
    ...real.MENTORSHIP_DOCUMENTS,
    notes: {
      field: 'notes',
      version: 2,
      schema: v.object({ text: field(v.string(), () => '') }),
      // Version 1 kept the text under "body".
      migrations: { 1: ({ body, ...rest }: Record<string, unknown>) => ({ ...rest, text: body }) },
    },
  };
  return {
    ...real,
    MENTORSHIP_DOCUMENTS: documents,
    declarationOf: (name: keyof typeof documents) => documents[name],
  };
});

// The names alone, for the code that needs no schema (keys, sizes, deleting): mocked alike.
vi.mock('../../src/playbook/documents/names', async (importOriginal) => {
  const real = await importOriginal<typeof Names>();
  return { ...real, DOCUMENT_NAMES: [...real.DOCUMENT_NAMES, 'notes'] };
});

type WithNotes = { notes: { text: string } };

// Declared by the mock above only, so unknown to the types.
const NOTES = 'notes' as DocumentName;
const NOTES_KEY = (TEST_KEYS as Record<string, string>).notes!;

const mentorship = () => ({
  ...readDocument(PortableSchema, { id: TEST_ID, name: 'Pair' })!.value,
  notes: { text: 'Bring the flaky test' },
});

beforeEach(() => resetStores());
afterEach(() => resetStores());

describe('a document added to the registry alone', () => {
  test('is one of the mentorship’s documents, with its keys (Your data’s sizes, deleting)', () => {
    expect(DOCUMENT_NAMES).toEqual([
      'kickoff',
      'format-chooser',
      'agenda',
      'sessions',
      'review',
      'notes',
    ]);
    expect(keysOf('m1')).toEqual(
      expect.arrayContaining([documentKey('m1', NOTES), `${documentKey('m1', NOTES)}-backups`]),
    );
    expect(NOTES_KEY).toBe(documentKey(TEST_ID, NOTES));
  });

  test('has a store from its declaration alone, migrations and change marks included', async () => {
    setTestStorageKey(NOTES_KEY, '{"version":1,"body":"Old"}');
    const store = createVersionedStore(
      mentorshipDocument(NOTES, declarationOf(NOTES) as never) as unknown as VersionedStoreOptions<
        WithNotes['notes']
      >,
    );
    keepMount(store.$value);
    expect(store.$value.get()).toEqual({ text: 'Old' });
    store.replace(() => ({ text: 'New' }));
    await allTasks();
    expect(JSON.parse(getTestStorage()[NOTES_KEY]!)).toEqual({
      version: 2,
      text: 'New',
      marks: expect.objectContaining({ at: { text: expect.any(Number) } }),
    });
  });

  test('travels in the portable document, and is stored under its own key', () => {
    const read = readPortable({ version: 1, ...mentorship() });
    expect(read.ok && (read.value as unknown as WithNotes).notes).toEqual({
      text: 'Bring the flaky test',
    });
    expect(new Map(storedDocuments(mentorship())).get(NOTES)).toBe(
      '{"version":2,"text":"Bring the flaky test"}',
    );
  });

  test('is read from storage into what a share link or a file carries', () => {
    setTestStorageKey(NOTES_KEY, '{"version":1,"body":"From storage"}');
    expect((portableOf(TEST_ID) as unknown as WithNotes).notes).toEqual({ text: 'From storage' });
  });

  test('goes through a share link', async () => {
    const read = await decodeShare(await encodeShare(mentorship()));
    expect(read.ok && (read.value as unknown as WithNotes).notes.text).toBe('Bring the flaky test');
  });

  test('goes through a backup file and its restore', () => {
    const text = backupText({ exportedAt: '', open: TEST_ID, mentorships: [mentorship()] });
    const read = readBackup(text);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect((read.backup.mentorships[0] as unknown as WithNotes).notes.text).toBe(
      'Bring the flaky test',
    );
    const writes = new Map(restoreWrites({ open: '', mentorships: [] }, read.backup, 'add'));
    expect(writes.get(NOTES_KEY)).toBe('{"version":2,"text":"Bring the flaky test"}');
  });

  test('reads as empty from an agreement file, which carries the kickoff answers only', () => {
    const index = { open: TEST_ID, mentorships: [{ id: TEST_ID, name: '', createdAt: '' }] };
    const text = agreementText({ index, open: TEST_ID }, mentorship().kickoff, '2026-11-30', []);
    const read = readAgreement(text, () => '');
    expect(read.ok && (read.value as unknown as WithNotes).notes).toEqual({ text: '' });
  });
});
