import { describe, expect, test } from 'vitest';
import type { Backup } from '../../src/playbook/portable/backup';
import { fingerprint } from '../../src/playbook/core/fingerprint';
import { recordFingerprint, recordText } from '../../src/playbook/portable/backup';
import { REMIND_AFTER, backupTime, reminderMayBeDue } from '../../src/playbook/core/backup-record';
import { INDEX_KEY, documentKey, type Mentorships } from '../../src/playbook/documents/mentorships';
import {
  PortableSchema,
  storedDocuments,
  type Portable,
} from '../../src/playbook/portable/portable';
import { mentorshipKeys, restoreWrites } from '../../src/playbook/portable/restore';
import { readDocument } from '../../src/playbook/core/schema';

function mentorship(id: string, mentee = ''): Portable {
  const m = readDocument(PortableSchema, { id, name: '', createdAt: '2026-11-01' })!.value;
  m.kickoff.pair.mentee = mentee;
  return m;
}
const entry = (id: string) => ({ id, name: '', createdAt: '2026-11-01' });
const here: Mentorships = { open: 'b', mentorships: [entry('a'), entry('b')] };
const backup: Backup = {
  exportedAt: '2026-11-20T00:00:00.000Z',
  open: 'c',
  mentorships: [mentorship('b', 'Tom'), mentorship('c', 'Lin')],
};
const indexOf = (writes: ReturnType<typeof restoreWrites>) =>
  JSON.parse(writes.find(([key]) => key === INDEX_KEY)![1]!);

describe('restoreWrites', () => {
  test('add: the file’s mentorships replace those with the same id and follow the rest; the open one stays', () => {
    const writes = restoreWrites(here, backup, 'add');
    expect(indexOf(writes)).toEqual({
      version: 1,
      open: 'b',
      mentorships: [entry('a'), entry('b'), entry('c')],
    });
    expect(writes.filter(([key]) => key.includes(':a:'))).toEqual([]);
    expect(writes.at(-1)![0]).toBe(INDEX_KEY);
  });

  test('replace: what the file does not have is removed, with its kept copies', () => {
    const writes = restoreWrites(here, backup, 'replace');
    expect(indexOf(writes)).toEqual({
      version: 1,
      open: 'c',
      mentorships: [entry('b'), entry('c')],
    });
    for (const key of mentorshipKeys('a')) expect(writes).toContainEqual([key, undefined]);
  });

  test('documents that hold nothing are not written (removed, when one was there)', () => {
    const writes = restoreWrites(here, backup, 'add');
    expect(writes).toContainEqual([documentKey('c', 'sessions'), undefined]);
    expect(writes.find(([key]) => key === documentKey('c', 'kickoff'))![1]).toContain('"Lin"');
    expect(storedDocuments(mentorship('x')).every(([, text]) => text === undefined)).toBe(true);
  });
});

describe('the backup note and the reminder', () => {
  const now = Date.parse('2026-11-22T12:00:00Z');
  const daysAgo = (days: number) => new Date(now - days * 864e5).toISOString();

  test.each([
    ['no mentorships', undefined, [], false],
    ['a new mentorship, never backed up', undefined, [daysAgo(2)], false],
    ['a mentorship over a week old, never backed up', undefined, [daysAgo(8)], true],
    ['a backup from yesterday', recordText(daysAgo(1), 'f'), [daysAgo(30)], false],
    ['a backup ten days old', recordText(daysAgo(10), 'f'), [daysAgo(30)], true],
    ['an unreadable note', '{oops', [daysAgo(8)], true],
  ] as const)('%s', (_, record, created, due) => {
    expect(reminderMayBeDue(record, created, now)).toBe(due);
  });

  test.each([
    ['"Not now" pressed yesterday keeps it away', daysAgo(1), false],
    ['"Not now" pressed eight days ago no longer does', daysAgo(8), true],
    ['an unreadable snooze does not', 'oops', true],
  ])('%s', (_, snoozed, due) => {
    expect(reminderMayBeDue(recordText(daysAgo(10), 'f'), [daysAgo(30)], now, snoozed)).toBe(due);
  });

  test('the note reads back, and anything else reads as none', () => {
    expect(backupTime(recordText(daysAgo(3), 'abc'))).toBe(now - 3 * 864e5);
    for (const text of [undefined, '', 'null', '[]', '{"at":"soon"}'])
      expect(backupTime(text)).toBeUndefined();
    expect(REMIND_AFTER).toBe(7 * 864e5);
  });

  test('the note gives back its fingerprint, and nothing when unreadable', () => {
    expect(recordFingerprint(recordText(daysAgo(1), 'abc'))).toBe('abc');
    for (const text of [undefined, '{oops', '{"fingerprint":7}'])
      expect(recordFingerprint(text)).toBeUndefined();
  });

  test('fingerprints differ when any text, or where texts split, differs', () => {
    expect(fingerprint(['ab', 'c'])).toBe(fingerprint(['ab', 'c']));
    expect(fingerprint(['ab', 'c'])).not.toBe(fingerprint(['a', 'bc']));
    expect(fingerprint(['ab', 'c'])).not.toBe(fingerprint(['ab', 'd']));
    expect(fingerprint([])).toMatch(/^[0-9a-f]{8}$/);
  });
});
