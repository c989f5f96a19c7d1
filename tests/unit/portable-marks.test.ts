// Change marks as they travel: in the portable mentorship of share links, mentorship files and
// backups (src/playbook/portable/portable.ts), through portableOf and addPortable.
import { getTestStorage } from '@nanostores/persistent';
import { allTasks, keepMount } from 'nanostores';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { decodeStored } from '../../src/playbook/core/stored-document';
import { exampleHistory, exampleKickoff } from '../../src/playbook/guide/example-pair';
import { noMarks, type Marks } from '../../src/playbook/merge/marks';
import { stamp } from '../../src/playbook/merge/stamp';
import { backupText, readBackup } from '../../src/playbook/portable/backup';
import {
  MARK_LIMITS,
  PortableSchema,
  readPortable,
  storedDocuments,
  toPortableDocument,
  type Portable,
} from '../../src/playbook/portable/portable';
import { decodeShare, encodeShare } from '../../src/playbook/portable/share-link';
import { readDocument } from '../../src/playbook/core/schema';
import { declarationOf } from '../../src/playbook/documents/registry';
import { kickoffStore } from '../../src/stores/core/kickoff';
import { setPairField } from '../../src/stores/kickoff/answers';
import { addPortable, portableOf } from '../../src/stores/portable/portable';
import { KICKOFF_KEY, TEST_ID, resetStores, storeWaitingKickoff } from './helpers/stores';

beforeEach(() => resetStores());
afterEach(() => resetStores());

const empty = readDocument(PortableSchema, { id: 'pair-1' })!.value;

/** The example pair, each document's marks those of writing it in one go at `t`. */
function examplePair(t = 1_700_000_000_000): Portable {
  const kickoff = exampleKickoff();
  const history = { ...empty.history, sessions: exampleHistory() };
  return {
    ...empty,
    kickoff,
    history,
    marks: {
      kickoff: stamp(empty.kickoff, kickoff, noMarks(), t),
      history: {
        ...stamp(empty.history, history, noMarks(), t),
        removed: { 'sessions#gone': t - 5 },
        seen: t - 10,
        kept: [{ path: 'sessions#s-1', value: { notes: 'the other copy’s' }, at: t - 20 }],
      },
    },
  };
}

describe('marks travel with the mentorship', () => {
  test('a share link gives them back as they went', async () => {
    const pair = examplePair();
    const read = await decodeShare(`#${await encodeShare(pair)}`);
    expect(read.ok && read.value.marks).toEqual(pair.marks);
  });

  test('a backup file gives them back as they went', () => {
    const pair = examplePair();
    const read = readBackup(
      backupText({ exportedAt: '2026-11-30T10:00:00.000Z', open: pair.id, mentorships: [pair] }),
    );
    expect(read.ok && read.backup.mentorships[0]!.marks).toEqual(pair.marks);
  });

  test('each document is stored with its own marks', () => {
    const pair = examplePair();
    const texts = new Map(storedDocuments(pair));
    expect(decodeStored(declarationOf('kickoff'), texts.get('kickoff')!, Object).marks).toEqual(
      pair.marks!.kickoff,
    );
    expect(decodeStored(declarationOf('sessions'), texts.get('sessions')!, Object).marks).toEqual(
      pair.marks!.history,
    );
    // A document with neither value nor marks is not written.
    expect(texts.get('agenda')).toBeUndefined();
  });

  test('a document that holds nothing but a removal is still written, to carry its tombstone', () => {
    const marks: Marks = { ...noMarks(), removed: { 'sessions#s-1': 5 } };
    const texts = new Map(storedDocuments({ ...empty, marks: { history: marks } }));
    expect(JSON.parse(texts.get('sessions')!).marks).toEqual(marks);
  });

  test.each<[string, unknown, Portable['marks']]>([
    ['none (data from before marks)', undefined, undefined],
    ['not an object', 'x', {}],
    ['a field that is no document', { notes: { at: { a: 1 } } }, {}],
    ['marks that hold nothing', { kickoff: noMarks() }, {}],
    [
      'a mark that does not read, left out',
      { kickoff: { at: { 'pair.mentor': 'soon', scheduler: 3 } } },
      { kickoff: { ...noMarks(), at: { scheduler: 3 } } },
    ],
    ['a prototype’s key', JSON.parse('{"__proto__": {"at": {"a": 1}}}'), {}],
  ])('marks that are %s read as such, and never refuse the mentorship', (_, marks, expected) => {
    const read = readPortable({ version: 1, id: 'pair-1', marks });
    expect(read.ok).toBe(true);
    expect(read.ok && read.value.marks).toEqual(expected);
  });
});

describe('hostile marks are refused before they are read', () => {
  const many = (n: number, prefix: string) =>
    Object.fromEntries(Array.from({ length: n }, (_, i) => [`${prefix}#x${i}`, 1]));
  const kept = (n: number, size = 1) =>
    Array.from({ length: n }, () => ({ path: 'a', value: 'v'.repeat(size), at: 1 }));
  test.each<[string, unknown, string]>([
    [
      'too many marks',
      { history: { at: many(MARK_LIMITS.marks + 1, 'sessions') } },
      '20,001 change marks for the history',
    ],
    [
      'too many tombstones',
      { agenda: { removed: many(MARK_LIMITS.removed + 1, 'draft.parts') } },
      '20,001 removals marked for the agenda',
    ],
    [
      'too many kept values',
      { kickoff: { kept: kept(MARK_LIMITS.kept + 1) } },
      '2,001 values kept from conflicts for the kickoff',
    ],
    [
      'kept values too large',
      { review: { kept: kept(2, MARK_LIMITS.keptCharacters / 2) } },
      'characters of values kept from conflicts for the review',
    ],
  ])('%s', (_, marks, detail) => {
    const read = readPortable({ version: 1, id: 'pair-1', marks });
    expect(read.ok).toBe(false);
    expect(!read.ok && read.problem.kind).toBe('too-large');
    expect(!read.ok && read.problem.kind === 'too-large' && read.problem.detail).toContain(detail);
  });

  test('marks at their limits are read, quickly', () => {
    const marks = {
      history: {
        at: many(MARK_LIMITS.marks, 'sessions'),
        removed: many(MARK_LIMITS.removed, 'sessions'),
        kept: kept(MARK_LIMITS.kept, 100),
      },
    };
    const started = performance.now();
    const read = readPortable({ version: 1, id: 'pair-1', marks });
    expect(read.ok && Object.keys(read.value.marks!.history!.at)).toHaveLength(MARK_LIMITS.marks);
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});

describe('this browser’s mentorships', () => {
  test('portableOf carries each document’s marks, stamping what waits', async () => {
    keepMount(kickoffStore.$document);
    setPairField('mentor', 'Ada');
    // Before the stamping code has loaded, the change waits in storage; portableOf stamps it.
    const early = portableOf(TEST_ID);
    expect(Object.keys(early.marks!.kickoff!.at)).toEqual(['pair.mentor']);
    await allTasks();
    expect(portableOf(TEST_ID).marks).toEqual({
      kickoff: JSON.parse(getTestStorage()[KICKOFF_KEY]!).marks,
    });
  });

  test('what waits is stamped at the time it was written, not when the link is made', () => {
    storeWaitingKickoff({ unstampedAt: 3_000 });
    expect(portableOf(TEST_ID).marks!.kickoff!.at).toEqual({ 'pair.mentor': 3_000 });
  });

  test('a mentorship with no marks (from before them) carries none', () => {
    expect(portableOf(TEST_ID).marks).toBeUndefined();
  });

  test('addPortable writes the marks with the documents, and the stores read them', () => {
    const pair = { ...examplePair(), id: TEST_ID };
    expect(addPortable(pair, 'replace').ok).toBe(true);
    keepMount(kickoffStore.$document);
    expect(kickoffStore.$document.get().marks).toEqual(pair.marks!.kickoff);
    expect(portableOf(TEST_ID).marks).toEqual(pair.marks);
    expect(toPortableDocument(portableOf(TEST_ID)).marks).toEqual(pair.marks);
  });
});
