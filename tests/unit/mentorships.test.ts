import { describe, expect, test } from 'vitest';
import {
  removeMentorship,
  renameMentorship,
  restoreMentorship,
} from '../../src/playbook/mentorships/edits';
import {
  addMentorship,
  documentKey,
  mentorshipLabel,
  newId,
  type Mentorships,
} from '../../src/playbook/documents/mentorships';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const entry = (id: string, name = '') => ({ id, name, createdAt: '2026-11-01T00:00:00.000Z' });
const index = (open: string, ...ids: string[]): Mentorships => ({
  open,
  mentorships: ids.map((id) => entry(id)),
});

describe('newId', () => {
  test('uses crypto.randomUUID where there is one', () => {
    const crypto = { randomUUID: () => 'a-b-c-d-e', getRandomValues: <T>(b: T) => b };
    expect(newId(crypto as unknown as Crypto)).toBe('a-b-c-d-e');
  });

  test('builds a version 4 UUID from random bytes where randomUUID is missing (plain http)', () => {
    const ids = new Set(
      Array.from({ length: 200 }, () =>
        newId({ getRandomValues: crypto.getRandomValues.bind(crypto) }),
      ),
    );
    expect(ids.size).toBe(200);
    for (const id of ids) expect(id).toMatch(UUID);
  });
});

test('each document of each mentorship has a key of its own', () => {
  expect(documentKey('m1', 'kickoff')).toBe('mentorship-playbook:v2:m1:kickoff');
  expect(documentKey('m2', 'sessions')).toBe('mentorship-playbook:v2:m2:sessions');
});

describe('mentorshipLabel', () => {
  test.each([
    [entry('a', 'Backend pairing'), { mentee: 'Tom', mentor: 'Ada' }, 0, 'Backend pairing'],
    [entry('a'), { mentee: 'Tom', mentor: 'Ada' }, 0, 'Tom and Ada'],
    [entry('a'), { mentee: '  Tom  ', mentor: '' }, 0, 'Tom'],
    [entry('a', '   '), { mentee: '', mentor: '' }, 2, 'Mentorship 3'],
  ])('%o with %o is called %#', (e, pair, position, expected) => {
    expect(mentorshipLabel(e, pair, position)).toBe(expected);
  });
});

describe('the index', () => {
  test('a new mentorship is added last and opened', () => {
    expect(addMentorship(index('a', 'a'), entry('b'))).toEqual(index('b', 'a', 'b'));
  });

  test('renaming trims, folds spaces and caps the length', () => {
    const renamed = renameMentorship(index('a', 'a'), 'a', '  Ada \n and  Tom ');
    expect(renamed.mentorships[0]!.name).toBe('Ada and Tom');
    expect(
      renameMentorship(index('a', 'a'), 'a', 'x'.repeat(500)).mentorships[0]!.name,
    ).toHaveLength(80);
  });

  test.each([
    ['the open one: the next opens', index('b', 'a', 'b', 'c'), 'b', index('c', 'a', 'c')],
    [
      'the open last one: the one before opens',
      index('c', 'a', 'b', 'c'),
      'c',
      index('b', 'a', 'b'),
    ],
    ['another: the open one stays', index('a', 'a', 'b'), 'b', index('a', 'a')],
    ['the only one: nothing is open', index('a', 'a'), 'a', index('')],
    ['an unknown id: nothing changes', index('a', 'a'), 'z', index('a', 'a')],
  ])('removing %s', (_, before, id, after) => {
    expect(removeMentorship(before, id)).toEqual(after);
  });

  test('a removed mentorship comes back where it was, open', () => {
    const before = index('b', 'a', 'b', 'c');
    const removed = removeMentorship(before, 'b');
    expect(restoreMentorship(removed, entry('b'), 1)).toEqual(before);
  });
});
