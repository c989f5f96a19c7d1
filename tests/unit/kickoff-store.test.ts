import { getTestStorage, setTestStorageKey } from '@nanostores/persistent';
import { allTasks, keepMount } from 'nanostores';
import { beforeEach, describe, expect, test } from 'vitest';
import { emptyKickoff } from '../../src/playbook/kickoff/topics';
import { $kickoff, chooseFormat, kickoffStore } from '../../src/stores/core/kickoff';
import {
  addGoal,
  changeGoal,
  removeGoal,
  setReviewAfter,
  setCadence,
  setPairField,
  setReevaluation,
  setScheduler,
  setTopic,
  startOver,
} from '../../src/stores/kickoff/answers';
import { $kickoffProgress } from '../../src/stores/kickoff/progress';
import { KICKOFF_KEY, resetStores } from './helpers/stores';

const stored = () => getTestStorage()[KICKOFF_KEY];

/** Mounts the stores an island reads, over what storage holds, and lets their follow-up work run. */
async function open(raw?: string) {
  if (raw !== undefined) setTestStorageKey(KICKOFF_KEY, raw);
  keepMount($kickoffProgress);
  keepMount(kickoffStore.$notices);
  keepMount(kickoffStore.$undo);
  await allTasks();
}

beforeEach(resetStores);

describe('saving', () => {
  test('starts empty and saves each change under the versioned key', async () => {
    await open();
    expect($kickoff.get()).toEqual(emptyKickoff());
    setPairField('mentor', 'Ada');
    setTopic('goal', { agreed: true });
    setTopic('goal', { notes: 'Ship it' });
    setCadence({ frequency: 'weekly' });
    setCadence({ minutes: 45 });
    setScheduler('mentee');
    setReevaluation({ mode: 'condition', condition: 'The service is live' });
    chooseFormat('qa-sessions', true);
    chooseFormat('qa-sessions', true);
    chooseFormat('regular-pairing', true);
    const saved = JSON.parse(stored()!);
    expect(saved).toMatchObject({
      version: 1,
      pair: { mentor: 'Ada' },
      topics: { goal: { agreed: true, notes: 'Ship it' } },
      cadence: { frequency: 'weekly', minutes: 45 },
      scheduler: 'mentee',
      reevaluate: { mode: 'condition', condition: 'The service is live' },
      formats: ['qa-sessions', 'regular-pairing'],
    });
    chooseFormat('qa-sessions', false);
    expect($kickoff.get().formats).toEqual(['regular-pairing']);
    expect($kickoffProgress.get().agreed).toBe(1);
  });

  test('reads what an earlier visit saved, filling in topics added since', async () => {
    await open(JSON.stringify({ version: 1, topics: { goal: { agreed: true, notes: 'kept' } } }));
    const expected = emptyKickoff();
    // Saved before goals were things of their own: the goal note is the first goal now.
    expected.topics.goal = { agreed: true, notes: '' };
    expected.goals = [
      { id: 'goal-1', what: 'kept', evidence: '', by: '', outcome: '', closedOn: '' },
    ];
    expect($kickoff.get()).toEqual(expected);
    expect(kickoffStore.$notices.get()).toEqual({ readOnly: false, backups: 0, repaired: 0 });
  });

  test('a wrong value clears that answer only, says so, and keeps what was stored', async () => {
    const raw = JSON.stringify({
      version: 1,
      pair: { mentor: 'Ada', startDate: '2026-04-31' },
      topics: { goal: { agreed: true, notes: 'kept' } },
    });
    await open(raw);
    expect($kickoff.get().pair).toEqual({ mentor: 'Ada', mentee: '', startDate: '' });
    expect($kickoff.get().goals[0]!.what).toBe('kept');
    expect(kickoffStore.$notices.get()).toEqual({ readOnly: false, backups: 1, repaired: 1 });
    expect(kickoffStore.$backups.get()[0]!.raw).toBe(raw);
    expect(stored()).toBe(raw);
  });
});

describe('answers saved by a newer version of the site', () => {
  test('are shown read-only and left byte for byte as they were', async () => {
    const newer = JSON.stringify({ version: 2, pair: { mentor: 'Ada' }, shinyNewField: [1, 2] });
    await open(newer);
    expect($kickoff.get().pair.mentor).toBe('Ada');
    expect(setTopic('goal', { notes: 'overwrite?' })).toBe(false);
    expect(setPairField('mentor', 'Someone else')).toBe(false);
    expect(chooseFormat('qa-sessions', true)).toBe(false);
    expect(startOver()).toBe(false);
    expect(stored()).toBe(newer);
  });
});

describe('start over', () => {
  test('clears every answer and can be undone until the next change', async () => {
    await open();
    setPairField('mentee', 'Grace');
    setTopic('backgrounds', { agreed: true });
    const before = $kickoff.get();
    expect(startOver()).toBe(true);
    expect($kickoff.get()).toEqual(emptyKickoff());
    expect(kickoffStore.$undo.get()).toBe('All answers cleared.');
    expect(kickoffStore.undo()).toBe(true);
    expect($kickoff.get()).toEqual(before);
    expect(JSON.parse(stored()!).pair.mentee).toBe('Grace');
    expect(kickoffStore.undo()).toBe(false);
  });

  test('offers no undo when there was nothing to clear', async () => {
    await open();
    expect(startOver()).toBe(false);
    expect(kickoffStore.$undo.get()).toBeUndefined();
  });
});

describe('goals', () => {
  test('open up to three, change, remove with undo, and a count to look back after', async () => {
    await open();
    const ids = [addGoal(), addGoal(), addGoal()];
    expect(ids.every(Boolean)).toBe(true);
    expect(addGoal()).toBeUndefined();
    changeGoal(ids[1]!, { what: 'Ship it', evidence: 'Live', by: '2027-01-31' });
    expect(JSON.parse(stored()!).goals[1]).toEqual({
      id: ids[1],
      what: 'Ship it',
      evidence: 'Live',
      by: '2027-01-31',
      outcome: '',
      closedOn: '',
    });
    expect(removeGoal(ids[1]!, 'Goal 2')).toBe(true);
    expect(kickoffStore.$undo.get()).toBe('Removed the goal “Ship it”.');
    expect(removeGoal('no-such-goal', 'Goal 9')).toBe(false);
    expect(kickoffStore.undo()).toBe(true);
    expect($kickoff.get().goals.map((g) => g.id)).toEqual(ids);
    expect(removeGoal(ids[0]!, 'Goal 1')).toBe(true);
    expect(kickoffStore.$undo.get()).toBe('Removed goal 1.');
    expect(addGoal()).toBeTruthy();
    setReviewAfter({ count: 6 });
    setReviewAfter({ unit: 'weeks' });
    expect($kickoff.get().reevaluate.after).toEqual({ count: 6, unit: 'weeks' });
  });
});
