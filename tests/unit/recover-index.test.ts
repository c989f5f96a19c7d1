import { describe, expect, test } from 'vitest';
import {
  INDEX_KEY,
  LAYOUT,
  MOVE_KEY,
  MentorshipId,
  V1_KEYS,
  documentKey,
  indexNeedsRebuild,
} from '../../src/playbook/documents/mentorships';
import {
  INDEX_BACKUPS_KEY,
  isListableId,
  mentorshipIdsIn,
  recoverIndex,
  rebuildIndex,
} from '../../src/playbook/mentorships/recover-index';
import { moveV1, type MoveStorage } from '../../src/playbook/mentorships/move-v1';

const NOW = '2026-11-22T10:00:00.000Z';
const BEFORE = '2026-10-01T08:00:00.000Z';
const KICKOFF = '{"version":1,"pair":{"mentor":"Ada","mentee":"Tom"}}';
const entry = (id: string, name = '', createdAt = NOW) => ({ id, name, createdAt });
const index = (open: string, ...mentorships: ReturnType<typeof entry>[]) =>
  JSON.stringify({ version: 1, open, mentorships });

describe('which stored keys list a mentorship', () => {
  test.each([
    [documentKey('m1', 'kickoff'), ['m1']],
    [`${documentKey('m1', 'sessions')}-backups`, ['m1']],
    [documentKey('4b1f-uuid_2', 'format-chooser'), ['4b1f-uuid_2']],
    [documentKey('x'.repeat(100), 'agenda'), ['x'.repeat(100)]],
    // Ids the index would read as another (rewritten, or reserved): listed, they would show up
    // empty, as their keys are not the ones the pages read.
    [`${LAYOUT}:a:b:agenda`, []],
    [documentKey('x'.repeat(101), 'agenda'), []],
    [documentKey('v1', 'kickoff'), []],
    [documentKey('mentorships', 'kickoff'), []],
    [`${LAYOUT}::kickoff`, []],
    [`${LAYOUT}:m1:notes`, []],
    [`${LAYOUT}:m1:kickoff-old`, []],
    [INDEX_KEY, []],
    [INDEX_BACKUPS_KEY, []],
    [MOVE_KEY, []],
    [`${LAYOUT}:last-backup`, []],
    [V1_KEYS.kickoff, []],
    ['other-app:m1:kickoff', []],
    ['starlight-theme', []],
  ])('%s → %j', (key, ids) => {
    expect(mentorshipIdsIn([key])).toEqual(ids);
  });

  test.each([
    ['m1', true],
    ['', false],
    ['v1', false],
    ['a b', false],
    ['x'.repeat(101), false],
  ])('isListableId(%j) is %s', (id, ok) => {
    expect(isListableId(id)).toBe(ok);
  });

  test('each mentorship once, in the order of its id', () => {
    const keys = ['m2', 'm1', 'm2'].map((id) => documentKey(id, 'agenda'));
    expect(mentorshipIdsIn([...keys, documentKey('m1', 'sessions')])).toEqual(['m1', 'm2']);
  });
});

describe('when the index needs rebuilding', () => {
  test.each([
    ['it reads', index('m1', entry('m1')), false],
    ['it was written by a newer version (read-only, never rewritten)', '{"version":9}', false],
    ['it is not JSON', '{"version":1,"mentor', true],
    ['it has no version', '{"open":"m1","mentorships":[]}', true],
    ['its list did not fit', '{"version":1,"mentorships":"m1"}', true],
    ['an entry has no id', '{"version":1,"mentorships":[{}]}', true],
    ['an id is listed twice', index('m1', entry('m1'), entry('m1')), true],
  ])('%s: %s', (_, text, needed) => {
    expect(indexNeedsRebuild(text)).toBe(needed);
  });
});

describe('rebuilding a damaged index from the documents present', () => {
  const stored = [
    documentKey('m2', 'sessions'),
    documentKey('m1', 'kickoff'),
    `${documentKey('m1', 'kickoff')}-backups`,
    `${documentKey('m3', 'agenda')}-backups`,
    documentKey('v1', 'kickoff'),
    INDEX_KEY,
    'starlight-theme',
  ];
  test.each([
    {
      situation: 'not JSON: every mentorship with documents, in the order of their ids',
      damaged: '{"version":1,"open":"m2","mentorsh',
      expected: { open: 'm1', mentorships: [entry('m1'), entry('m2'), entry('m3')] },
    },
    {
      situation: 'no version: the entries that read keep their names, dates, order and open one',
      damaged: JSON.stringify({
        open: 'm2',
        mentorships: [entry('m2', 'Backend pairing', BEFORE), entry('m9', '', BEFORE)],
      }),
      expected: {
        open: 'm2',
        mentorships: [
          entry('m2', 'Backend pairing', BEFORE),
          entry('m9', '', BEFORE),
          entry('m1'),
          entry('m3'),
        ],
      },
    },
    {
      situation: 'a list that did not fit: rebuilt from the documents alone',
      damaged: '{"version":1,"open":"m3","mentorships":{"m1":true}}',
      expected: { open: 'm3', mentorships: [entry('m1'), entry('m2'), entry('m3')] },
    },
    {
      situation: 'entries read as the index reads them: an id once, a reserved id rewritten',
      damaged: JSON.stringify({
        version: 1,
        open: 'v1',
        mentorships: [entry('m3', 'First'), entry('v1'), entry('m3', 'Second'), { id: 7 }],
      }),
      expected: {
        open: 'm3',
        mentorships: [
          entry('m3', 'First'),
          entry(MentorshipId.read('v1', '', []) as string),
          entry('m1'),
          entry('m2'),
        ],
      },
    },
    {
      situation: 'no index at all',
      damaged: undefined,
      expected: { open: 'm1', mentorships: [entry('m1'), entry('m2'), entry('m3')] },
    },
  ])('$situation', ({ damaged, expected }) => {
    expect(rebuildIndex(damaged, stored, NOW)).toEqual(expected);
    const recovery = recoverIndex(damaged, undefined, stored, NOW)!;
    expect(recovery.listed).toEqual(expected.mentorships.map((m) => m.id));
    // The damaged text is kept aside before the index is replaced; a missing one has nothing to keep.
    expect(recovery.writes).toEqual([
      ...(damaged === undefined
        ? []
        : [[INDEX_BACKUPS_KEY, JSON.stringify([{ savedAt: NOW, raw: damaged }])]]),
      [INDEX_KEY, JSON.stringify({ version: 1, ...expected })],
    ]);
  });

  test('with no index and no mentorship’s documents, writes nothing', () => {
    expect(recoverIndex(undefined, undefined, ['starlight-theme', MOVE_KEY], NOW)).toBeUndefined();
  });

  test.each([
    ['no copies kept yet', undefined, [{ savedAt: NOW, raw: '{broken' }]],
    [
      'other copies kept: it joins them',
      '[{"savedAt":"","raw":"older"}]',
      [
        { savedAt: '', raw: 'older' },
        { savedAt: NOW, raw: '{broken' },
      ],
    ],
    [
      'a list of copies that is itself damaged: kept as one copy',
      'not a list',
      [
        { savedAt: '', raw: 'not a list' },
        { savedAt: NOW, raw: '{broken' },
      ],
    ],
  ])('keeps the damaged text with the index’s kept copies: %s', (_, kept, copies) => {
    const [backups] = recoverIndex('{broken', kept, stored, NOW)!.writes;
    expect(backups).toEqual([INDEX_BACKUPS_KEY, JSON.stringify(copies)]);
  });

  test('keeps the damaged text once, however often it runs', () => {
    const kept = JSON.stringify([{ savedAt: BEFORE, raw: '{broken' }]);
    expect(recoverIndex('{broken', kept, stored, NOW)!.writes.map(([key]) => key)).toEqual([
      INDEX_KEY,
    ]);
  });
});

describe('first-release keys beside an index', () => {
  test.each([
    ['that reads: left alone, as an old tab wrote them after the move', false, 'none'],
    ['just rebuilt: moved, as nothing says they were moved before', true, 'moved'],
  ])('an index %s', (_, indexRebuilt, status) => {
    const data = new Map([
      [INDEX_KEY, index('m1', entry('m1'))],
      [V1_KEYS.kickoff, KICKOFF],
    ]);
    const storage: MoveStorage = {
      getItem: (key) => data.get(key) ?? null,
      setItem: (key, value) => void data.set(key, value),
      removeItem: (key) => void data.delete(key),
    };
    expect(moveV1(storage, () => 'm2', NOW, { indexRebuilt }).status).toBe(status);
    expect(data.has(V1_KEYS.kickoff)).toBe(!indexRebuilt);
    expect(JSON.parse(data.get(INDEX_KEY)!).mentorships).toHaveLength(indexRebuilt ? 2 : 1);
  });
});
