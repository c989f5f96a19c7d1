import { getTestStorage, setTestStorageKey } from '@nanostores/persistent';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { resetStores } from './helpers/stores';
import { emptyKickoff } from '../../src/playbook/kickoff';
import {
  $clearedKickoff,
  $kickoff,
  $kickoffBackups,
  $kickoffProgress,
  $kickoffReadOnly,
  KICKOFF_BACKUP_KEY,
  KICKOFF_KEY,
  decodeKickoff,
  deleteKickoffBackups,
  kickoffBackupFile,
  setFormats,
  setPairField,
  setSessionMinutes,
  setTopicAgreed,
  setTopicNotes,
  startOver,
  undoStartOver,
} from '../../src/stores/kickoff';

let unbind: (() => void) | undefined;

/** Starts using the stores, as a mounted island does, which reads what is in storage. */
function mount() {
  const stop = [
    $kickoff.listen(() => {}),
    $kickoffBackups.listen(() => {}),
    $kickoffReadOnly.listen(() => {}),
  ];
  unbind = () => stop.forEach((s) => s());
}
/** Lets the work the store queues after a change (keeping unreadable data aside) run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const stored = () => getTestStorage()[KICKOFF_KEY];

beforeEach(resetStores);
afterEach(() => {
  unbind?.();
  unbind = undefined;
  resetStores();
});

describe('saving', () => {
  test('starts empty and saves each change under the versioned key', () => {
    mount();
    expect($kickoff.get()).toEqual(emptyKickoff());
    setPairField('mentor', 'Ada');
    setTopicAgreed('goal', true);
    setTopicNotes('goal', 'Ship it');
    setSessionMinutes(45);
    setFormats(['qa-sessions', 'qa-sessions', 'regular-pairing']);
    const saved = JSON.parse(stored()!);
    expect(saved.version).toBe(1);
    expect(saved.pair.mentor).toBe('Ada');
    expect(saved.topics.goal).toEqual({ agreed: true, notes: 'Ship it' });
    expect(saved.cadence.minutes).toBe(45);
    expect(saved.formats).toEqual(['qa-sessions', 'regular-pairing']);
    expect($kickoffProgress.get().agreed).toBe(1);
  });

  test('reads back what an earlier visit saved', () => {
    setTestStorageKey(
      KICKOFF_KEY,
      JSON.stringify({
        version: 1,
        ...emptyKickoff(),
        pair: { mentor: 'Ada', mentee: 'Grace', startDate: '' },
      }),
    );
    mount();
    expect($kickoff.get().pair).toEqual({ mentor: 'Ada', mentee: 'Grace', startDate: '' });
  });

  test('fills in what was saved before a field or topic existed (migration within version 1)', () => {
    setTestStorageKey(
      KICKOFF_KEY,
      JSON.stringify({ version: 1, topics: { goal: { agreed: true, notes: 'kept' } } }),
    );
    mount();
    const expected = emptyKickoff();
    expected.topics.goal = { agreed: true, notes: 'kept' };
    expect($kickoff.get()).toEqual(expected);
    expect($kickoffReadOnly.get()).toBe(false);
  });
});

describe('unreadable data', () => {
  test.each([
    ['not JSON', '{"version":1,"pair":'],
    ['JSON of the wrong shape', '{"version":1,"pair":"Ada and Grace"}'],
    ['no version', '{"pair":{"mentor":"Ada"}}'],
    ['plain text', 'hello'],
  ])(
    '%s is kept aside, the checklist starts clean, and nothing is overwritten until the next edit',
    async (_name, raw) => {
      setTestStorageKey(KICKOFF_KEY, raw);
      mount();
      await settle();
      expect($kickoff.get()).toEqual(emptyKickoff());
      expect($kickoffBackups.get()).toEqual([{ savedAt: expect.any(String), raw }]);
      expect(JSON.parse(getTestStorage()[KICKOFF_BACKUP_KEY]!)).toEqual([
        { savedAt: expect.any(String), raw },
      ]);
      expect(stored()).toBe(raw);

      setTopicNotes('goal', 'a fresh start');
      expect(JSON.parse(stored()!).topics.goal.notes).toBe('a fresh start');
      expect($kickoffBackups.get()).toHaveLength(1);
    },
  );

  test('the kept copy can be downloaded as a file, then deleted', async () => {
    setTestStorageKey(KICKOFF_KEY, 'damaged <data>');
    mount();
    await settle();
    const file = kickoffBackupFile();
    expect(file.name).toMatch(/^mentorship-playbook-kickoff-backup-\d{4}-\d{2}-\d{2}\.txt$/);
    expect(file.text).toContain('damaged <data>');
    deleteKickoffBackups();
    expect($kickoffBackups.get()).toEqual([]);
    expect(KICKOFF_BACKUP_KEY in getTestStorage()).toBe(false);
  });

  test('the same damaged data is kept once, and a damaged backup list is itself kept', async () => {
    setTestStorageKey(KICKOFF_BACKUP_KEY, 'not a list');
    setTestStorageKey(KICKOFF_KEY, 'damaged');
    mount();
    await settle();
    setTestStorageKey(KICKOFF_KEY, 'damaged');
    await settle();
    expect($kickoffBackups.get().map((b) => b.raw)).toEqual(['not a list', 'damaged']);
  });
});

describe('data from a newer version of the site', () => {
  const newer = JSON.stringify({
    version: 2,
    pair: { mentor: 'Ada', mentee: 'Grace', startDate: '' },
    shinyNewField: [1, 2],
  });

  test('is shown as far as it is understood, read-only, and left byte for byte as it was', () => {
    setTestStorageKey(KICKOFF_KEY, newer);
    mount();
    expect($kickoffReadOnly.get()).toBe(true);
    expect($kickoff.get().pair.mentor).toBe('Ada');
    expect(setTopicNotes('goal', 'overwrite?')).toBe(false);
    expect(setPairField('mentor', 'Someone else')).toBe(false);
    expect(startOver()).toBe(false);
    expect(stored()).toBe(newer);
    expect($kickoffBackups.get()).toEqual([]);
  });

  test('decodes to the newer status even when this site cannot read any of it', () => {
    expect(decodeKickoff('{"version":7,"pair":42}')).toMatchObject({
      status: 'newer',
      version: 7,
      value: emptyKickoff(),
    });
  });
});

describe('another tab', () => {
  test("shows another tab's change", () => {
    mount();
    const other = emptyKickoff();
    other.topics.challenges.notes = 'typed in the other tab';
    setTestStorageKey(KICKOFF_KEY, JSON.stringify({ version: 1, ...other }));
    expect($kickoff.get().topics.challenges.notes).toBe('typed in the other tab');
  });

  test('starts clean when another tab removes the answers', () => {
    mount();
    setPairField('mentor', 'Ada');
    setTestStorageKey(KICKOFF_KEY, undefined);
    expect($kickoff.get()).toEqual(emptyKickoff());
  });
});

describe('start over', () => {
  test('clears every answer and can be undone', () => {
    mount();
    setPairField('mentee', 'Grace');
    setTopicAgreed('backgrounds', true);
    const before = $kickoff.get();
    expect(startOver()).toBe(true);
    expect($kickoff.get()).toEqual(emptyKickoff());
    expect($clearedKickoff.get()).toEqual(before);
    expect(undoStartOver()).toBe(true);
    expect($kickoff.get()).toEqual(before);
    expect(JSON.parse(stored()!).pair.mentee).toBe('Grace');
    expect($clearedKickoff.get()).toBeUndefined();
    expect(undoStartOver()).toBe(false);
  });

  test('offers no undo when there was nothing to clear', () => {
    mount();
    startOver();
    expect($clearedKickoff.get()).toBeUndefined();
  });
});
