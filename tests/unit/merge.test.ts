import { describe, expect, test } from 'vitest';
import { readDocument } from '../../src/playbook/core/schema';
import { exampleHistory, exampleKickoff } from '../../src/playbook/guide/example-pair';
import * as v from '../../src/playbook/core/schema-kit';
import {
  MarksSchema,
  TOMBSTONE_MS,
  latestMark,
  noMarks,
  pruneMarks,
  readMarks,
  type Marks,
} from '../../src/playbook/merge/marks';
import { merge, mergeOrder, type Marked } from '../../src/playbook/merge/on-demand/merge';
import { mergeMentorship } from '../../src/playbook/merge/on-demand/mentorship';
import { mergeLines, type LinePart } from '../../src/playbook/merge/on-demand/merge-words';
import { listKey, stamp } from '../../src/playbook/merge/stamp';
import { PortableSchema } from '../../src/playbook/portable/portable';

const marks = (at: Record<string, number> = {}, rest: Partial<Marks> = {}): Marks => ({
  ...noMarks(),
  at,
  ...rest,
});
const g = (id: string, what = id) => ({ id, what });

describe('stamp', () => {
  const T = 1_000_000;
  test.each([
    {
      name: 'an answer',
      before: { topics: { roles: { agreed: false, notes: '' } } },
      after: { topics: { roles: { agreed: false, notes: 'Tom asks' } } },
      at: { 'topics.roles.notes': T },
      removed: {},
    },
    {
      name: 'a list without keys, as one value',
      before: { formats: ['code-review'] },
      after: { formats: ['code-review', 'project'] },
      at: { formats: T },
      removed: {},
    },
    {
      name: 'an item added to a list with ids',
      before: { goals: [g('a')] },
      after: { goals: [g('a'), g('b')] },
      at: { 'goals#b': T },
      removed: {},
    },
    {
      name: 'an item changed',
      before: { goals: [g('a'), g('b')] },
      after: { goals: [g('a'), g('b', 'changed')] },
      at: { 'goals#b': T },
      removed: {},
    },
    {
      name: 'an item removed leaves a tombstone',
      before: { goals: [g('a'), g('b')] },
      after: { goals: [g('a')] },
      at: {},
      removed: { 'goals#b': T },
    },
    {
      name: 'an order changed',
      before: { draft: { parts: [g('a'), g('b'), g('c')] } },
      after: { draft: { parts: [g('b'), g('a'), g('c')] } },
      at: { 'draft.parts': T },
      removed: {},
    },
    {
      name: 'check-ins, keyed by their goal',
      before: { checkIns: [{ goal: 'g1', state: 'moving' }] },
      after: { checkIns: [{ goal: 'g1', state: 'stuck' }] },
      at: { 'checkIns#g1': T },
      removed: {},
    },
    {
      name: 'a list missing before, item by item',
      before: {},
      after: { goals: [g('a')] },
      at: { 'goals#a': T },
      removed: {},
    },
    {
      name: 'a group missing before (data from before it existed)',
      before: {},
      after: { cadence: { minutes: 45 } },
      at: { 'cadence.minutes': T },
      removed: {},
    },
  ])('marks $name', ({ before, after, at, removed }) => {
    expect(stamp(before, after, noMarks(), T)).toEqual({ ...noMarks(), at, removed });
  });

  test('an equal value, or the same object, leaves the same marks', () => {
    const m = marks({ x: 1 });
    const value = { goals: [g('a')], x: 'same' };
    expect(stamp(value, value, m, 5)).toBe(m);
    expect(stamp(value, structuredClone(value), m, 5)).toBe(m);
  });

  test('never marks earlier than a mark already there (a clock behind the other copy’s)', () => {
    const m = marks({ a: 5_000 }, { seen: 9_000 });
    expect(stamp({ a: 1 }, { a: 2 }, m, 100).at.a).toBe(9_001);
  });

  test('an item added again loses its tombstone; a removal drops its mark', () => {
    const m = stamp({ goals: [g('a')] }, { goals: [] }, marks({ 'goals#a': 1 }), 10);
    expect(m).toEqual({ ...noMarks(), removed: { 'goals#a': 10 } });
    // Back after its removal, the item is also where it now stands: the order is marked too.
    expect(stamp({ goals: [] }, { goals: [g('a')] }, m, 20)).toEqual(
      marks({ 'goals#a': 20, goals: 20 }),
    );
  });

  test('an item removed and added back keeps its new place when merged with the copy from before', () => {
    // Found by the property test: without the order's mark, the two places tied and key order won.
    const past = { value: { parts: [g('b'), g('e')] }, marks: noMarks() };
    const removed = stamp(past.value, { parts: [g('e')] }, past.marks, 2_000);
    const here = {
      value: { parts: [g('e'), g('b')] },
      marks: stamp({ parts: [g('e')] }, { parts: [g('e'), g('b')] }, removed, 2_000),
    };
    expect(both(here, past).value).toEqual(here.value);
  });

  test('tombstones older than 180 days go on the next write', () => {
    const now = 400 * 86_400_000;
    const m = marks({}, { removed: { 'goals#old': now - TOMBSTONE_MS - 1, 'goals#new': now - 1 } });
    expect(stamp({ x: 1 }, { x: 2 }, m, now).removed).toEqual({ 'goals#new': now - 1 });
    expect(pruneMarks(m, now).removed).toEqual({ 'goals#new': now - 1 });
  });

  test.each([
    [[[g('a')], []], 'id'],
    [[[{ goal: 'x' }], [{ goal: 'y' }]], 'goal'],
    [[[g('a'), g('a')]], undefined],
    [[['code-review']], undefined],
    [[[{ goal: 'x' }, { goal: 'x' }]], undefined],
  ] as const)('keys %j by %s', (lists, key) => {
    expect(listKey(...(lists as unknown as unknown[][]))).toBe(key);
  });
});

describe('readMarks', () => {
  test.each([
    [undefined, noMarks()],
    ['text', noMarks()],
    [[1, 2], noMarks()],
    [{ at: { a: 1, 'b#c': 2 } }, marks({ a: 1, 'b#c': 2 })],
    // Negative, fractional, text, unsafe and NaN-ish times, and keys that are no path, leave.
    [
      { at: { a: -1, b: 1.5, c: '3', d: 2 ** 60, e: null, 'f g': 1, __proto__x: 4 } },
      marks({ __proto__x: 4 }),
    ],
    [JSON.parse('{"at":{"__proto__":5,"ok":1}}'), marks({ ok: 1 })],
    [
      { removed: { 'goals#a': 3 }, seen: 7, kept: [{ path: 'x', value: 'v', at: 2 }, { path: 1 }] },
      marks({}, { removed: { 'goals#a': 3 }, seen: 7, kept: [{ path: 'x', value: 'v', at: 2 }] }),
    ],
  ])('reads %j', (input, expected) => {
    const read = readMarks(input);
    expect(read).toEqual(expected);
    expect(Object.getPrototypeOf(read.at)).toBe(Object.prototype);
  });

  test('reads as a schema field, missing as no marks', () => {
    const schema = v.object({ marks: MarksSchema });
    expect(schema.read({ marks: { at: { a: 1 } } }, '', [])).toEqual({ marks: marks({ a: 1 }) });
    expect(schema.read({}, '', [])).toEqual({ marks: noMarks() });
  });

  test('the latest mark counts changes, removals and the copy last seen', () => {
    expect(latestMark(marks({ a: 3 }, { removed: { 'l#b': 9 }, seen: 4 }))).toBe(9);
    expect(latestMark(noMarks())).toBe(0);
  });
});

/** Both ways round, checking they agree on everything but `seen`. */
function both<T>(local: Marked<T>, remote: Marked<T>) {
  const one = merge(local, remote);
  const other = merge(remote, local);
  const shared = ({ value, marks }: Marked<T>) => ({ value, marks: { ...marks, seen: 0 } });
  expect(shared(other)).toEqual(shared(one));
  return one;
}

describe('merge', () => {
  test('old unmarked data is older than any marked change, and no conflict', () => {
    const here = { value: { notes: 'old', other: 'same' }, marks: noMarks() };
    const there = { value: { notes: 'new', other: 'same' }, marks: marks({ notes: 5 }) };
    const result = both(here, there);
    expect(result.value).toEqual({ notes: 'new', other: 'same' });
    expect(result.marks.kept).toEqual([]);
    expect(result.report).toEqual([
      { path: 'notes', change: 'changed', conflict: false, here: 'old', there: 'new' },
    ]);
  });

  test('two unmarked copies that differ keep both: one wins by its text, the other is kept', () => {
    const result = both(
      { value: { notes: 'apple' }, marks: noMarks() },
      { value: { notes: 'banana' }, marks: noMarks() },
    );
    expect(result.value).toEqual({ notes: 'banana' });
    expect(result.marks.kept).toEqual([{ path: 'notes', value: 'apple', at: 0 }]);
    expect(result.report[0]).toMatchObject({ change: 'changed', conflict: true });
  });

  test('the same answer changed on both sides since they last met: the later wins, the other is kept', () => {
    // Both had merged at 10 (seen 10); here changed it at 20, there at 30.
    const here = { value: { notes: 'mine' }, marks: marks({ notes: 20 }, { seen: 10 }) };
    const there = { value: { notes: 'theirs' }, marks: marks({ notes: 30 }, { seen: 10 }) };
    const result = both(here, there);
    expect(result.value).toEqual({ notes: 'theirs' });
    expect(result.marks.at).toEqual({ notes: 30 });
    expect(result.marks.kept).toEqual([{ path: 'notes', value: 'mine', at: 20 }]);
    expect(result.report).toEqual([
      { path: 'notes', change: 'changed', conflict: true, here: 'mine', there: 'theirs' },
    ]);
    expect(merge(there, here).report).toEqual([
      { path: 'notes', change: 'kept-here', conflict: true, here: 'theirs', there: 'mine' },
    ]);
  });

  test('a change made after seeing the other’s is an update, not a conflict', () => {
    // Here wrote "mine" at 20; there merged it (seen 20), then wrote "theirs" at 30.
    const here = { value: { notes: 'mine' }, marks: marks({ notes: 20 }) };
    const there = { value: { notes: 'theirs' }, marks: marks({ notes: 30 }, { seen: 20 }) };
    const result = both(here, there);
    expect(result.value).toEqual({ notes: 'theirs' });
    expect(result.marks.kept).toEqual([]);
    expect(result.marks.seen).toBe(30);
    expect(result.report[0]).toMatchObject({ change: 'changed', conflict: false });
  });

  test('equal marks on different values: the same winner whichever copy is here', () => {
    const result = both(
      { value: { n: 'b' }, marks: marks({ n: 7 }) },
      { value: { n: 'a' }, marks: marks({ n: 7 }) },
    );
    expect(result.value).toEqual({ n: 'b' });
    expect(result.marks.kept).toEqual([{ path: 'n', value: 'a', at: 7 }]);
  });

  describe('removals travel', () => {
    const here = { value: { goals: [g('a'), g('b')] }, marks: marks({ 'goals#b': 10 }) };

    test('an item removed after the other’s last change of it stays removed', () => {
      // There had merged here's copy (seen 10), then removed the goal.
      const there = {
        value: { goals: [g('a')] },
        marks: marks({}, { removed: { 'goals#b': 20 }, seen: 10 }),
      };
      const result = both(here, there);
      expect(result.value).toEqual({ goals: [g('a')] });
      expect(result.marks.removed).toEqual({ 'goals#b': 20 });
      expect(result.report).toEqual([
        { path: 'goals#b', change: 'removed', conflict: false, here: g('b'), there: undefined },
      ]);
    });

    test('a change after the removal brings it back', () => {
      const there = { value: { goals: [g('a')] }, marks: marks({}, { removed: { 'goals#b': 5 } }) };
      const result = both(here, there);
      expect(result.value).toEqual({ goals: [g('a'), g('b')] });
      expect(result.marks).toMatchObject({ at: { 'goals#b': 10 }, removed: {} });
      expect(merge(there, here).report).toEqual([
        { path: 'goals#b', change: 'added', conflict: false, here: undefined, there: g('b') },
      ]);
    });

    test('a removal of an item the other changed since they met: gone, its last words kept', () => {
      const changed = { ...here, marks: marks({ 'goals#b': 30 }, { seen: 10 }) };
      const there = {
        value: { goals: [g('a')] },
        marks: marks({}, { removed: { 'goals#b': 40 }, seen: 10 }),
      };
      const result = both(changed, there);
      expect(result.value).toEqual({ goals: [g('a')] });
      expect(result.marks.kept).toEqual([{ path: 'goals#b', value: g('b'), at: 30 }]);
      expect(result.report[0]).toMatchObject({ change: 'removed', conflict: true });
    });

    test('a removal and a change in the same millisecond: the removal wins, either way round', () => {
      const there = {
        value: { goals: [g('a')] },
        marks: marks({}, { removed: { 'goals#b': 10 }, seen: 10 }),
      };
      expect(both(here, there).value).toEqual({ goals: [g('a')] });
    });

    test('an item removed on one side only and unknown to the other keeps its tombstone', () => {
      const there = { value: { goals: [g('a')] }, marks: marks({}, { removed: { 'goals#z': 4 } }) };
      expect(both(here, there).marks.removed).toEqual({ 'goals#z': 4 });
    });
  });

  test('lists with ids are united, each item keeping its later change', () => {
    const here = {
      value: { sessions: [g('s3', 'mine'), g('s1', 'old')] },
      marks: marks({ 'sessions#s3': 30, 'sessions#s1': 1 }),
    };
    const there = {
      value: { sessions: [g('s2'), g('s1', 'edited')] },
      marks: marks({ 'sessions#s2': 20, 'sessions#s1': 25 }),
    };
    const result = both(here, there);
    // Neither order is newer: the items only there go after the item they follow there (or first).
    expect(result.value.sessions).toEqual([g('s2'), g('s3', 'mine'), g('s1', 'edited')]);
    expect(result.report.map((c) => [c.path, c.change])).toEqual([
      ['sessions#s1', 'changed'],
      ['sessions#s2', 'added'],
    ]);
  });

  test.each([
    // [here, there, here's order time, there's, merged]
    [['a', 'b', 'c'], ['a', 'b', 'c'], 0, 0, ['a', 'b', 'c']],
    [['b', 'a'], ['a', 'b'], 5, 3, ['b', 'a']],
    [['b', 'a'], ['a', 'b'], 3, 5, ['a', 'b']],
    [['a', 'x', 'b'], ['a', 'b', 'y'], 0, 0, ['a', 'x', 'b', 'y']],
    [['x', 'a'], ['y', 'a'], 0, 0, ['x', 'y', 'a']],
    // Equal times that disagree: neither is later, so the items go in key order.
    [['c', 'a', 'b'], ['b', 'a'], 4, 4, ['a', 'b', 'c']],
  ])('orders %j and %j (%d, %d) as %j', (a, b, ta, tb, expected) => {
    expect(mergeOrder(a, b, ta, tb)).toEqual(expected);
    expect(mergeOrder(b, a, tb, ta)).toEqual(expected);
    expect(mergeOrder(expected, a, Math.max(ta, tb), ta)).toEqual(expected);
    expect(mergeOrder(expected, b, Math.max(ta, tb), tb)).toEqual(expected);
  });

  test('kept values of both copies merge as one set', () => {
    const k = (path: string, at: number) => ({ path, value: path, at });
    const result = both(
      { value: {}, marks: marks({}, { kept: [k('b', 1), k('a', 2)] }) },
      { value: {}, marks: marks({}, { kept: [k('a', 2), k('a', 1)] }) },
    );
    expect(result.marks.kept).toEqual([k('a', 1), k('a', 2), k('b', 1)]);
  });
});

describe('a whole mentorship and its words', () => {
  const portable = () => readDocument(PortableSchema, { id: 'example' })!.value;

  /** Priya's and Tom's copies after a link went one way, then each changed things. */
  function pair() {
    const base = portable();
    base.kickoff = exampleKickoff();
    base.history = { sessions: exampleHistory().slice(2) };
    const docs = (p: ReturnType<typeof portable>) => ({
      kickoff: p.kickoff,
      history: p.history,
      agenda: p.agenda,
    });
    const start = Object.fromEntries(
      Object.entries(docs(base)).map(([k, value]) => [k, { value, marks: noMarks() }]),
    ) as Record<'kickoff' | 'history' | 'agenda', Marked>;
    const edit = (
      copy: typeof start,
      key: keyof typeof start,
      change: (value: never) => unknown,
      now: number,
    ) => {
      const value = change(structuredClone(copy[key].value) as never);
      return {
        ...copy,
        [key]: { value, marks: stamp(copy[key].value, value, copy[key].marks, now) },
      };
    };
    let tom = start;
    let priya = start;
    tom = edit(
      tom,
      'history',
      (h: { sessions: unknown[] }) => {
        h.sessions.unshift(...exampleHistory().slice(0, 2));
        return h;
      },
      100,
    );
    tom = edit(
      tom,
      'kickoff',
      (k: ReturnType<typeof exampleKickoff>) => {
        k.topics.roles.notes = 'Tom brings the questions.';
        return k;
      },
      110,
    );
    priya = edit(
      priya,
      'kickoff',
      (k: ReturnType<typeof exampleKickoff>) => {
        k.topics.contact.notes = 'Chat, answered within a day.';
        k.topics.roles.notes = 'Priya reviews.';
        return k;
      },
      105,
    );
    return { tom, priya };
  }

  test('merges each document and says what comes in, in the guide’s words', () => {
    const { tom, priya } = pair();
    const merged = mergeMentorship(priya, tom);
    const back = mergeMentorship(tom, priya);
    for (const key of ['kickoff', 'history', 'agenda'] as const) {
      expect(back.documents[key].value).toEqual(merged.documents[key].value);
      expect(back.documents[key].marks.at).toEqual(merged.documents[key].marks.at);
    }
    expect((merged.documents.history.value as { sessions: unknown[] }).sessions).toHaveLength(6);
    const text = (line: LinePart[]) =>
      line
        .map((p) => (typeof p === 'string' ? p : 'title' in p ? `*${p.title}*` : `<${p.user}>`))
        .join('');
    expect(mergeLines(merged.report, 'Tom').map(text)).toEqual([
      '2 sessions you don’t have',
      'You both changed notes on *Roles and expectations*: <Tom>’s is newer and replaces yours, which is kept in the mentorship’s history',
    ]);
    expect(mergeLines(back.report).map(text)).toEqual([
      'The other copy’s notes on *Contact between sessions* are newer than yours',
      'You both changed notes on *Roles and expectations*: yours is newer and stays; the other copy’s is kept in the mentorship’s history',
    ]);
  });

  test.each([
    [
      { document: 'kickoff', path: 'cadence.minutes', change: 'changed' },
      'Tom’s *Kickoff checklist › Cadence and session length › Session length (minutes)* is newer than yours',
    ],
    [
      { document: 'kickoff', path: 'topics.roles.agreed', change: 'changed' },
      'Tom’s *Roles and expectations › Agreed* is newer than yours',
    ],
    [
      { document: 'agenda', path: 'draft.parts', change: 'reordered' },
      'Tom’s order of the parts of the next agenda is newer than yours',
    ],
    [
      { document: 'agenda', path: 'draft.actions#a1', change: 'removed' },
      'Tom removed 1 action item for next time you still have',
    ],
    [
      { document: 'history', path: 'sessions#s1', change: 'changed' },
      'Tom’s change to 1 session is newer than yours',
    ],
    [
      { document: 'kickoff', path: 'goals#g1', change: 'removed', conflict: true },
      'You changed a goal that Tom later removed: it goes, and your version is kept in the mentorship’s history',
    ],
  ] as const)('says %j', (change, line) => {
    const [said] = mergeLines([{ conflict: false, here: 1, there: 2, ...change }], 'Tom');
    expect(
      said!
        .map((p) => (typeof p === 'string' ? p : 'title' in p ? `*${p.title}*` : p.user))
        .join(''),
    ).toBe(line);
  });

  test('says nothing when nothing changes here', () => {
    const { tom } = pair();
    expect(mergeLines(mergeMentorship(tom, tom).report)).toEqual([]);
  });
});
