import { getTestStorage, setTestStorageKey } from '@nanostores/persistent';
import { allTasks, keepMount } from 'nanostores';
import { beforeEach, describe, expect, test } from 'vitest';
import { INDEX_KEY, documentKey } from '../../src/playbook/documents/mentorships';
import { V1_KEYS } from '../../src/playbook/mentorships/move-v1';
import { $history } from '../../src/stores/agenda/agenda';
import { finishAgenda } from '../../src/stores/agenda/on-demand/history';
import { $kickoff, kickoffStore } from '../../src/stores/core/kickoff';
import { setPairField } from '../../src/stores/kickoff/answers';
import {
  $openId,
  V1_ID,
  mentorshipsStore,
  startMentorship,
} from '../../src/stores/core/mentorships';
import { $move } from '../../src/stores/core/storage';
import { $mentorshipList } from '../../src/stores/core/mentorship-list';
import { $deletedMessage, deleteOpen } from '../../src/stores/mentorships/tools';
import { addPortable, portableOf } from '../../src/stores/portable/portable';
import { readDocument } from '../../src/playbook/core/schema';
import { PortableSchema } from '../../src/playbook/portable/portable';
import { KICKOFF_KEY, TEST_ID, resetStores } from './helpers/stores';

const index = () => JSON.parse(getTestStorage()[INDEX_KEY] ?? 'null');
const stored = (id: string) => JSON.parse(getTestStorage()[documentKey(id, 'kickoff')] ?? 'null');

describe('several mentorships', () => {
  beforeEach(() => resetStores());

  test('each keeps its own answers and history; opening one shows its own', async () => {
    keepMount($kickoff);
    keepMount($history);
    setPairField('mentee', 'Tom');
    finishAgenda();
    const second = startMentorship();
    expect($openId.get()).toBe(second);
    expect($kickoff.get().pair.mentee).toBe('');
    expect($history.get()).toEqual([]);
    setPairField('mentee', 'Lin');
    await allTasks();
    expect(stored(TEST_ID).pair.mentee).toBe('Tom');
    expect(stored(second).pair.mentee).toBe('Lin');

    mentorshipsStore.replace((i) => ({ ...i, open: TEST_ID }));
    expect($kickoff.get().pair.mentee).toBe('Tom');
    expect($history.get()).toHaveLength(1);
    expect(kickoffStore.valueOf(second).pair.mentee).toBe('Lin');
  });

  test('another tab opening a mentorship opens it here too', () => {
    keepMount($kickoff);
    const second = startMentorship();
    setPairField('mentee', 'Lin');
    mentorshipsStore.replace((i) => ({ ...i, open: TEST_ID }));
    // What the other tab writes reaches this one as a storage event.
    setTestStorageKey(INDEX_KEY, JSON.stringify({ ...index(), open: second }));
    expect($openId.get()).toBe(second);
    expect($kickoff.get().pair.mentee).toBe('Lin');
  });

  test('undo belongs to the mentorship it was made in', () => {
    keepMount($kickoff);
    keepMount(kickoffStore.$undo);
    setPairField('mentee', 'Tom');
    kickoffStore.replace((s) => ({ ...s, pair: { ...s.pair, mentee: '' } }), 'Cleared.');
    expect(kickoffStore.$undo.get()).toBe('Cleared.');
    startMentorship();
    expect(kickoffStore.$undo.get()).toBeUndefined();
    expect(kickoffStore.undo()).toBe(false);
  });
});

describe('what the list calls each mentorship', () => {
  beforeEach(() => resetStores());
  const labels = () => $mentorshipList.get().map((m) => m.label);
  // Local times, so that the day and time read the same in whatever time zone the tests run.
  const at = (day: number, hour: number) => new Date(2026, 10, day, hour).toISOString();

  test('deleting one renames none of the others', async () => {
    setTestStorageKey(
      INDEX_KEY,
      JSON.stringify({
        version: 1,
        open: 'a',
        mentorships: [
          { id: 'a', name: '', createdAt: at(1, 9) },
          { id: 'b', name: '', createdAt: at(1, 15) },
          { id: 'c', name: '', createdAt: at(2, 9) },
        ],
      }),
    );
    keepMount($mentorshipList);
    expect(labels()).toEqual([
      'Mentorship started 1 Nov 2026, 09:00',
      'Mentorship started 1 Nov 2026, 15:00',
      'Mentorship started 2 Nov 2026',
    ]);
    expect(deleteOpen()).toBe(true);
    expect($deletedMessage.get()).toBe('Deleted “Mentorship started 1 Nov 2026, 09:00”.');
    // The one that was told apart from it by the time no longer needs to be.
    expect(labels()).toEqual(['Mentorship started 1 Nov 2026', 'Mentorship started 2 Nov 2026']);
  });

  test('a copy of one here is started now, and reads apart from it; one new here keeps its start', () => {
    keepMount($kickoff);
    keepMount($mentorshipList);
    setPairField('mentee', 'Tom');
    setPairField('mentor', 'Ada');
    const before = Date.now();
    expect(addPortable(portableOf(TEST_ID), 'new').ok).toBe(true);
    const [, copy] = index().mentorships;
    expect(copy.id).not.toBe(TEST_ID);
    expect(Date.parse(copy.createdAt)).toBeGreaterThanOrEqual(before);
    expect(Date.parse(copy.createdAt)).toBeLessThanOrEqual(Date.now());
    const [first, second] = labels();
    expect(first).toMatch(/^Tom and Ada \(started .+\)$/);
    expect(second).toMatch(/^Tom and Ada \(started .+\)$/);
    expect(first).not.toBe(second);

    const elsewhere = readDocument(PortableSchema, { id: 'from-a-link', createdAt: at(3, 9) })!;
    expect(addPortable(elsewhere.value, 'new').ok).toBe(true);
    expect(index().mentorships[2]).toEqual({ id: 'from-a-link', name: '', createdAt: at(3, 9) });
    expect(labels()[2]).toBe('Mentorship started 3 Nov 2026');
  });
});

describe('before there is any mentorship', () => {
  beforeEach(() => resetStores({ mentorship: false }));

  test('reading writes nothing, and the first answer starts a mentorship and opens it', () => {
    keepMount($kickoff);
    expect($openId.get()).toBe('');
    expect(getTestStorage()).toEqual({});
    setPairField('mentor', 'Ada');
    const id = $openId.get();
    expect(id).not.toBe('');
    expect(index().mentorships.map((m: { id: string }) => m.id)).toEqual([id]);
    expect(stored(id).pair.mentor).toBe('Ada');
  });

  test('while the first release’s data is being moved, nothing is written', () => {
    keepMount($kickoff);
    $move.set('moving');
    expect(setPairField('mentor', 'Ada')).toBe(false);
    expect(getTestStorage()).toEqual({});
  });

  test('when the move failed, the first release’s keys are used where they are', () => {
    setTestStorageKey(V1_KEYS.kickoff, JSON.stringify({ version: 1, pair: { mentor: 'Ada' } }));
    $move.set('failed');
    keepMount($kickoff);
    expect($openId.get()).toBe(V1_ID);
    expect($kickoff.get().pair.mentor).toBe('Ada');
    setPairField('mentee', 'Tom');
    expect(JSON.parse(getTestStorage()[V1_KEYS.kickoff]!).pair).toMatchObject({ mentee: 'Tom' });
    expect(getTestStorage()[INDEX_KEY]).toBeUndefined();
    expect(getTestStorage()[KICKOFF_KEY]).toBeUndefined();
  });
});
