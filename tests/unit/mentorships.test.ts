import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  removeMentorship,
  renameMentorship,
  restoreMentorship,
} from '../../src/playbook/mentorships/edits';
import {
  addMentorship,
  documentKey,
  mentorshipLabels,
  newId,
  type Mentorships,
  type NamedEntry,
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

const named = (id: string, name: string, createdAt: string, mentee = '', mentor = '') => ({
  id,
  name,
  createdAt,
  pair: { mentee, mentor },
});
const NOV30 = '2026-11-30T10:00:00.000Z';
const NOV30_LATER = '2026-11-30T14:05:00.000Z';
const NOV30_SAME_MINUTE = '2026-11-30T10:00:40.000Z';
const DEC2 = '2026-12-02T09:00:00.000Z';
const UUID_A = '6f3a91bc-0d4e-4b1a-9c2d-3e4f5a6b7c8d';
const UUID_B = '91bc6f3a-0d4e-4b1a-9c2d-3e4f5a6b7c8d';

describe('mentorshipLabels', () => {
  test.each([
    {
      what: 'a given name, spaces folded',
      list: [named('a', '  Backend \n pairing ', NOV30, 'Tom', 'Ada')],
      labels: ['Backend pairing'],
    },
    {
      what: "else the pair's names, mentee first",
      list: [named('a', '   ', NOV30, 'Tom', ' Ada ')],
      labels: ['Tom and Ada'],
    },
    { what: 'one name of the pair', list: [named('a', '', NOV30, '  Tom  ')], labels: ['Tom'] },
    {
      what: 'else the day it was started',
      list: [named('a', '', NOV30)],
      labels: ['Mentorship started 30 Nov 2026'],
    },
    {
      what: 'else (no date) the first 4 characters of its id',
      list: [named(UUID_A, '', '')],
      labels: ['Mentorship 6f3a'],
    },
    {
      what: 'a date that does not read is no date',
      list: [named(UUID_A, '', 'next week')],
      labels: ['Mentorship 6f3a'],
    },
    {
      what: 'an id shorter than 4 characters, whole',
      list: [named('m1', '', '')],
      labels: ['Mentorship m1'],
    },
    {
      what: 'the same pair: the day each was started tells them apart, the others stay',
      list: [
        named('a', '', NOV30, 'Tom', 'Ada'),
        named('b', '', '', 'Lin'),
        named('c', '', DEC2, 'Tom', 'Ada'),
      ],
      labels: ['Tom and Ada (started 30 Nov 2026)', 'Lin', 'Tom and Ada (started 2 Dec 2026)'],
    },
    {
      what: 'the same name and day: the time',
      list: [named('a', 'Pairing', NOV30), named('b', 'Pairing', NOV30_LATER)],
      labels: ['Pairing (started 30 Nov 2026, 10:00)', 'Pairing (started 30 Nov 2026, 14:05)'],
    },
    {
      what: 'the same minute: the first 4 characters of the id',
      list: [named(UUID_A, 'Pairing', NOV30), named(UUID_B, 'Pairing', NOV30_SAME_MINUTE)],
      labels: [
        'Pairing (started 30 Nov 2026, 10:00, 6f3a)',
        'Pairing (started 30 Nov 2026, 10:00, 91bc)',
      ],
    },
    {
      what: 'the same first 4 characters: the whole id',
      list: [named('abcd-1', 'Pairing', NOV30), named('abcd-2', 'Pairing', NOV30)],
      labels: [
        'Pairing (started 30 Nov 2026, 10:00, abcd-1)',
        'Pairing (started 30 Nov 2026, 10:00, abcd-2)',
      ],
    },
    {
      what: 'only the ones that read the same go on: a third, another day, keeps its day',
      list: [named('a', '', NOV30), named('b', '', NOV30_LATER), named('c', '', DEC2)],
      labels: [
        'Mentorship started 30 Nov 2026, 10:00',
        'Mentorship started 30 Nov 2026, 14:05',
        'Mentorship started 2 Dec 2026',
      ],
    },
    {
      what: 'without a date, the same first 4 characters: the whole id',
      list: [named('abcd-1', '', ''), named('abcd-2', '', '')],
      labels: ['Mentorship abcd-1', 'Mentorship abcd-2'],
    },
    {
      what: 'the same name without a date: the id',
      list: [named(UUID_A, 'Pairing', ''), named(UUID_B, 'Pairing', 'never')],
      labels: ['Pairing (6f3a)', 'Pairing (91bc)'],
    },
    {
      what: "a name that reads as another's told-apart label: both go on",
      list: [
        named('a', 'Tom and Ada (started 30 Nov 2026)', DEC2),
        named('b', '', NOV30, 'Tom', 'Ada'),
        named('c', '', DEC2, 'Tom', 'Ada'),
      ],
      labels: [
        'Tom and Ada (started 30 Nov 2026) (started 2 Dec 2026)',
        'Tom and Ada (started 30 Nov 2026, 10:00)',
        'Tom and Ada (started 2 Dec 2026)',
      ],
    },
    {
      what: "a name that reads as an unnamed one's",
      list: [named('a', 'Mentorship started 30 Nov 2026', DEC2), named('b', '', NOV30)],
      labels: [
        'Mentorship started 30 Nov 2026 (started 2 Dec 2026)',
        'Mentorship started 30 Nov 2026, 10:00',
      ],
    },
    {
      what: 'the day and time in the time zone given',
      list: [named('a', '', '2026-11-30T23:30:00.000Z'), named('b', '', '2026-12-01T09:00:00Z')],
      timeZone: 'Pacific/Auckland',
      labels: ['Mentorship started 1 Dec 2026, 12:30', 'Mentorship started 1 Dec 2026, 22:00'],
    },
  ])('$what', ({ list, labels, timeZone = 'UTC' }) => {
    expect(mentorshipLabels(list, timeZone)).toEqual(labels);
  });

  test('an empty list has no labels', () => {
    expect(mentorshipLabels([])).toEqual([]);
  });

  test('the day is in the user’s own time zone by default', () => {
    const at = '2026-11-30T23:30:00.000Z';
    const day = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium' }).format(new Date(at));
    expect(mentorshipLabels([named('a', '', at)])).toEqual([`Mentorship started ${day}`]);
  });

  // Lists of mentorships much alike: few names, pairs and dates, ids that share their start.
  const ids = fc.uniqueArray(
    fc
      .tuple(
        fc.constantFrom('abcd', 'abce', '6f3a', 'm'),
        fc.stringMatching(/^[A-Za-z0-9_-]{0,4}$/),
      )
      .map(([start, end]) => start + end),
    { maxLength: 12 },
  );
  const plain = fc.constantFrom('', ' ', 'Tom', 'Ada', 'Backend pairing', 'tom');
  const anyName = fc.oneof(plain, fc.string({ maxLength: 12 }));
  const createdAt = fc.constantFrom('', 'soon', NOV30, NOV30_LATER, NOV30_SAME_MINUTE, DEC2);
  const alike = (name: fc.Arbitrary<string>) =>
    ids.chain((list) =>
      fc.tuple(
        ...list.map((id) =>
          fc.record({
            id: fc.constant(id),
            name,
            createdAt,
            pair: fc.record({ mentee: name, mentor: name }),
          }),
        ),
      ),
    );
  const distinct = (labels: string[]) => new Set(labels).size === labels.length;
  const alone = (entry: NamedEntry) => mentorshipLabels([entry], 'UTC')[0];

  test('no two of a list read the same, whatever their names, dates and ids', () => {
    fc.assert(
      fc.property(alike(anyName), (list) => distinct(mentorshipLabels(list, 'UTC'))),
      { numRuns: 500 },
    );
  });

  test('no two read the same when some are named after what the others are called', () => {
    fc.assert(
      fc.property(alike(plain), fc.array(fc.nat()), (list, picks) => {
        const labels = mentorshipLabels(list, 'UTC');
        const mimics = labels.length
          ? picks.map((pick, i) => named(`copy-${i}`, labels[pick % labels.length]!, DEC2))
          : [];
        return distinct(mentorshipLabels([...list, ...mimics], 'UTC'));
      }),
      { numRuns: 300 },
    );
  });

  test('a label follows its mentorship, not its place in the list', () => {
    fc.assert(
      fc.property(alike(anyName), fc.infiniteStream(fc.nat()), (list, keys) => {
        const labels = mentorshipLabels(list, 'UTC');
        const order = list.map((_, i) => [keys.next().value as number, i] as const);
        const moved = order.sort((a, b) => a[0] - b[0]).map(([, i]) => i);
        expect(
          mentorshipLabels(
            moved.map((i) => list[i]!),
            'UTC',
          ),
        ).toEqual(moved.map((i) => labels[i]));
      }),
      { numRuns: 200 },
    );
  });

  test('deleting or adding one renames none of the others but those it reads the same as', () => {
    // Names that read as no told-apart label, so only one called the same can take part.
    fc.assert(
      fc.property(alike(plain), fc.nat(), (list, pick) => {
        fc.pre(list.length > 0);
        const gone = pick % list.length;
        const before = mentorshipLabels(list, 'UTC');
        const after = mentorshipLabels(
          list.filter((_, i) => i !== gone),
          'UTC',
        );
        const kept = list.flatMap((entry, i) => (i === gone ? [] : [[entry, before[i]] as const]));
        kept.forEach(([entry, label], i) => {
          if (alone(entry) !== alone(list[gone]!)) expect(after[i]).toBe(label);
        });
      }),
      { numRuns: 500 },
    );
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
