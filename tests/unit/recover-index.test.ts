import { describe, expect, test } from 'vitest';
import {
  INDEX_KEY,
  LAYOUT,
  MOVE_KEY,
  MentorshipId,
  documentKey,
  indexNeedsRebuild,
} from '../../src/playbook/documents/mentorships';
import { V1_KEYS, moveV1, type MoveStorage } from '../../src/playbook/mentorships/move-v1';
import {
  INDEX_BACKUPS_KEY,
  isListableId,
  mentorshipIdsIn,
  recoverIndex,
  rebuildIndex,
} from '../../src/playbook/mentorships/recover-index';
import { settleStorage } from '../../src/playbook/mentorships/settle';

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

describe('the first load: the index rebuilt, then first-release data moved', () => {
  const V1 = {
    [V1_KEYS.kickoff]: '{"version":1,"pair":{"mentor":"Lin","mentee":"Sam"}}',
    [V1_KEYS.sessions]: '{"version":1,"sessions":[]}',
  };
  /** Storage as a Map, whose writes from the `failFrom`-th on (counting from 1) are refused. */
  function area(initial: Record<string, string>, failFrom = Infinity) {
    const data = new Map(Object.entries(initial));
    let writes = 0;
    const storage: MoveStorage = {
      getItem: (key) => data.get(key) ?? null,
      setItem: (key, value) => {
        if (++writes >= failFrom) throw new DOMException('full', 'QuotaExceededError');
        data.set(key, value);
      },
      removeItem: (key) => void data.delete(key),
    };
    return { data, storage };
  }
  /** What the first load does (src/stores/core/storage.ts), with what the engine was handed to hold. */
  function firstLoad(initial: Record<string, string>, failFrom?: number) {
    const { data, storage } = area(initial, failFrom);
    const keys = [...data.keys()];
    const held = new Map<string, string>();
    let n = 0;
    const settled = settleStorage(
      storage,
      keys,
      {
        rebuild: data.has(INDEX_KEY) && indexNeedsRebuild(data.get(INDEX_KEY)!),
        move: keys.some((key) => key.startsWith('mentorship-playbook:v1:') || key === MOVE_KEY),
      },
      (key, text) => held.set(key, text),
      () => `new${++n}`,
      NOW,
    );
    return { data, held, settled, index: () => JSON.parse(data.get(INDEX_KEY) ?? 'null') };
  }

  test.each([1, 2])(
    'a storage that refuses write %i of the rebuild keeps the damaged index, and the page holds the rebuilt one',
    (write) => {
      const stored = { [INDEX_KEY]: '{broken', [documentKey('m1', 'kickoff')]: KICKOFF };
      const { data, held, settled } = firstLoad(stored, write);
      expect(Object.fromEntries(data)).toEqual(stored);
      expect(settled).toEqual({ rebuilt: 1, moveFailed: false });
      expect(JSON.parse(held.get(INDEX_KEY)!).mentorships).toEqual([entry('m1')]);
      expect(JSON.parse(held.get(INDEX_BACKUPS_KEY)!)).toEqual([{ savedAt: NOW, raw: '{broken' }]);
    },
  );

  test.each([
    {
      situation: 'a damaged index, other mentorships’ documents and first-release keys',
      stored: { [INDEX_KEY]: '{broken', [documentKey('m1', 'kickoff')]: KICKOFF, ...V1 },
      listed: ['m1', 'new1'],
    },
    {
      situation: 'a damaged index and first-release keys alone',
      stored: { [INDEX_KEY]: '{broken', ...V1 },
      listed: ['new1'],
    },
    {
      situation: 'a damaged index and a move cut short after its copies were written',
      stored: {
        [INDEX_KEY]: '{broken',
        [MOVE_KEY]: JSON.stringify({ id: 'm7', startedAt: BEFORE }),
        [documentKey('m7', 'kickoff')]: V1[V1_KEYS.kickoff],
        [documentKey('m7', 'sessions')]: V1[V1_KEYS.sessions],
        ...V1,
      },
      listed: ['m7'],
    },
  ])('$situation: every mentorship is listed, and the old keys are moved', ({ stored, listed }) => {
    const { data, index, settled } = firstLoad(stored);
    expect(index().mentorships.map((m: { id: string }) => m.id)).toEqual(listed);
    expect(settled).toEqual({ rebuilt: listed.length, moveFailed: false });
    const moved = listed.at(-1)!;
    expect(data.get(documentKey(moved, 'kickoff'))).toBe(V1[V1_KEYS.kickoff]);
    expect([...data.keys()].filter((key) => key.startsWith('mentorship-playbook:v1:'))).toEqual([]);
    expect(data.has(MOVE_KEY)).toBe(false);
    expect(JSON.parse(data.get(INDEX_BACKUPS_KEY)!)).toEqual([{ savedAt: NOW, raw: '{broken' }]);
  });

  test('next to an index that reads, first-release keys are still left alone (written by an old tab after the move)', () => {
    const { data, settled } = firstLoad({
      [INDEX_KEY]: index('m1', entry('m1')),
      [documentKey('m1', 'kickoff')]: KICKOFF,
      ...V1,
    });
    expect(settled).toEqual({ rebuilt: undefined, moveFailed: false });
    expect(data.get(V1_KEYS.kickoff)).toBe(V1[V1_KEYS.kickoff]);
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
