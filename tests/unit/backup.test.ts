import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  BACKUP_MAX_CHARS,
  backupFileName,
  backupText,
  readBackup,
  type Backup,
} from '../../src/playbook/portable/backup';
import { PortableSchema, type Portable } from '../../src/playbook/portable/portable';
import { readDocument } from '../../src/playbook/core/schema';

function mentorship(id: string, text: string): Portable {
  const m = readDocument(PortableSchema, { id })!.value;
  m.kickoff.pair.mentor = text;
  m.kickoff.topics.goal = { agreed: true, notes: text };
  m.agenda.draft.parts = [{ id: 'p1', kind: 'custom', title: text, minutes: 5, notes: text }];
  return m;
}

const backup = (text = 'Ada'): Backup => ({
  exportedAt: '2026-11-22T10:00:00.000Z',
  open: 'm2',
  mentorships: [mentorship('m1', text), mentorship('m2', `${text} again`)],
});

const file = (value: unknown) => JSON.stringify(value);

describe('the backup file', () => {
  test('reads back exactly what was written, for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        expect(readBackup(backupText(backup(text)))).toEqual({
          ok: true,
          backup: backup(text),
          reset: [],
        });
      }),
    );
    const long = 'ש'.repeat(100_000);
    expect(readBackup(backupText(backup(long)))).toEqual({
      ok: true,
      backup: backup(long),
      reset: [],
    });
  });

  test('is named after the day it was made', () => {
    expect(backupFileName('2026-11-22')).toBe('mentorship-playbook-backup-2026-11-22.json');
    expect(backupFileName('../x')).toBe('mentorship-playbook-backup.json');
  });

  test('reads with a byte-order mark and Windows line ends', () => {
    const text = `\uFEFF${backupText(backup()).replace(/\n/g, '\r\n')}`;
    expect(readBackup(text)).toEqual({ ok: true, backup: backup(), reset: [] });
  });

  test.each([
    [
      'invalid JSON, with where',
      '{\n  "format": "mentorship-playbook-backup",\n  oops\n}',
      /^This file is not valid JSON \(the first problem is at line 3, column 3\)/,
    ],
    ['another file', file({ hello: 'world' }), /not a Mentorship Playbook backup/],
    ['a list', '[1, 2]', /not a Mentorship Playbook backup/],
    [
      'a newer format',
      file({ format: 'mentorship-playbook-backup', version: 2, mentorships: [] }),
      /newer version of Mentorship Playbook \(format 2\)/,
    ],
    [
      'no list of mentorships',
      file({ format: 'mentorship-playbook-backup', version: 1, mentorships: 'x' }),
      /no list of mentorships/,
    ],
    ['a file far too large', ' '.repeat(BACKUP_MAX_CHARS + 1), /far larger than any backup/],
  ])('%s is refused, saying why', (_, text, message) => {
    const read = readBackup(text);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.message).toMatch(message);
  });

  test('lists every mentorship that cannot be read, by its place', () => {
    const read = readBackup(
      file({
        format: 'mentorship-playbook-backup',
        version: 1,
        mentorships: [{ id: 'a' }, { name: 'no id' }, { id: 'a' }, 'text'],
      }),
    );
    expect(read).toEqual({
      ok: false,
      message: 'Some of this backup cannot be read:',
      details: [
        'mentorship 2: not a mentorship (it has no id)',
        'mentorship 3: the same id as an earlier one',
        'mentorship 4: not a mentorship (it has no id)',
      ],
    });
  });

  test('values that do not fit are reset, and reported by their place in the file', () => {
    const read = readBackup(
      file({
        format: 'mentorship-playbook-backup',
        version: 1,
        mentorships: [{ id: 'a', kickoff: { pair: { mentor: 7 } }, history: { sessions: [{}] } }],
      }),
    );
    expect(read.ok && read.reset).toEqual([
      'mentorships.0.kickoff.pair.mentor',
      'mentorships.0.history.sessions.0.id',
    ]);
  });

  test('prototype keys stay data', () => {
    const read = readBackup(
      '{"format":"mentorship-playbook-backup","version":1,"__proto__":{"x":1},"mentorships":[{"id":"a","__proto__":{"y":1}}]}',
    );
    expect(read.ok).toBe(true);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
    expect(({} as Record<string, unknown>).y).toBeUndefined();
  });
});
