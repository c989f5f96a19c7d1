/**
 * Properties of the merge over generated histories: two copies grown from a common one by random
 * edits (answers, lists of choices, items added, changed, removed and added again, parts moved,
 * check-ins keyed by goal), each stamped on its copy's own clock, sometimes close enough to tie,
 * and sometimes exchanged half way (one copy merging the other's), from an ancestor with or
 * without marks (data from before marks).
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { noMarks, type Marks } from '../../src/playbook/merge/marks';
import { merge, type Marked } from '../../src/playbook/merge/on-demand/merge';
import { stamp } from '../../src/playbook/merge/stamp';

interface Doc {
  topics: Record<'a' | 'b', { agreed: boolean; notes: string }>;
  cadence: { minutes: number | null };
  formats: string[];
  goals: { id: string; what: string }[];
  parts: { id: string; title: string }[];
  checkIns: { goal: string; state: string }[];
}

const LISTS = ['goals', 'parts'] as const;
const IDS = ['a', 'b', 'c', 'd', 'e'];
const text = fc.constantFrom('', 'x', 'y', 'z', 'Tom’s words');

const empty = (): Doc => ({
  topics: { a: { agreed: false, notes: '' }, b: { agreed: false, notes: '' } },
  cadence: { minutes: null },
  formats: [],
  goals: [],
  parts: [],
  checkIns: [],
});

type Edit =
  | { kind: 'notes'; topic: 'a' | 'b'; notes: string }
  | { kind: 'agreed'; topic: 'a' | 'b' }
  | { kind: 'minutes'; minutes: number | null }
  | { kind: 'formats'; formats: string[] }
  | { kind: 'put'; list: (typeof LISTS)[number]; id: string; words: string }
  | { kind: 'remove'; list: (typeof LISTS)[number]; id: string }
  | { kind: 'move'; id: string; by: -1 | 1 }
  | { kind: 'check-in'; goal: string; state: string }
  | { kind: 'no-check-in'; goal: string };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('notes'), topic: fc.constantFrom('a', 'b'), notes: text }),
  fc.record({ kind: fc.constant('agreed'), topic: fc.constantFrom('a', 'b') }),
  fc.record({
    kind: fc.constant('minutes'),
    minutes: fc.option(fc.constantFrom(30, 45, 60), { nil: null }),
  }),
  fc.record({
    kind: fc.constant('formats'),
    formats: fc.subarray(['code-review', 'project', 'pairing']),
  }),
  // Items added and parts moved more often, so that lists long enough to reorder are common.
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('put'),
      list: fc.constantFrom(...LISTS),
      id: fc.constantFrom(...IDS),
      words: text,
    }),
  },
  fc.record({
    kind: fc.constant('remove'),
    list: fc.constantFrom(...LISTS),
    id: fc.constantFrom(...IDS),
  }),
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('move'),
      id: fc.constantFrom(...IDS),
      by: fc.constantFrom(-1, 1),
    }),
  },
  fc.record({
    kind: fc.constant('check-in'),
    goal: fc.constantFrom(...IDS),
    state: fc.constantFrom('moving', 'stuck', 'done'),
  }),
  fc.record({ kind: fc.constant('no-check-in'), goal: fc.constantFrom(...IDS) }),
) as fc.Arbitrary<Edit>;

/** The document after an edit, as a store would write it: a new object, the rest shared. */
function apply(doc: Doc, e: Edit): Doc {
  switch (e.kind) {
    case 'notes':
      return {
        ...doc,
        topics: { ...doc.topics, [e.topic]: { ...doc.topics[e.topic], notes: e.notes } },
      };
    case 'agreed': {
      const topic = doc.topics[e.topic];
      return { ...doc, topics: { ...doc.topics, [e.topic]: { ...topic, agreed: !topic.agreed } } };
    }
    case 'minutes':
      return { ...doc, cadence: { minutes: e.minutes } };
    case 'formats':
      return { ...doc, formats: e.formats };
    case 'put': {
      const list = doc[e.list] as { id: string }[];
      const field = e.list === 'goals' ? 'what' : 'title';
      const item = { id: e.id, [field]: e.words };
      const next = list.some((x) => x.id === e.id)
        ? list.map((x) => (x.id === e.id ? { ...x, ...item } : x))
        : [...list, item];
      return { ...doc, [e.list]: next };
    }
    case 'remove':
      return { ...doc, [e.list]: (doc[e.list] as { id: string }[]).filter((x) => x.id !== e.id) };
    case 'move': {
      const i = doc.parts.findIndex((p) => p.id === e.id);
      const j = i + e.by;
      if (i < 0 || j < 0 || j >= doc.parts.length) return doc;
      const parts = [...doc.parts];
      [parts[i], parts[j]] = [parts[j]!, parts[i]!];
      return { ...doc, parts };
    }
    case 'check-in':
      return {
        ...doc,
        checkIns: [
          ...doc.checkIns.filter((c) => c.goal !== e.goal),
          { goal: e.goal, state: e.state },
        ],
      };
    case 'no-check-in':
      return { ...doc, checkIns: doc.checkIns.filter((c) => c.goal !== e.goal) };
  }
}

/** A step of one copy's history: an edit after some ms, or a merge of the other copy's. */
type Step = { edit: Edit; after: number } | { sync: true };

const steps = fc.array(
  fc.oneof(
    { weight: 6, arbitrary: fc.record({ edit, after: fc.integer({ min: 0, max: 3 }) }) },
    { weight: 1, arbitrary: fc.constant({ sync: true as const }) },
  ),
  { maxLength: 20 },
) as fc.Arbitrary<Step[]>;

const history = fc.record({
  ancestor: fc.array(edit, { maxLength: 8 }),
  marked: fc.boolean(),
  here: steps,
  there: steps,
  // Where each copy's clock starts: close, so that equal marks happen.
  start: fc.tuple(fc.integer({ min: 0, max: 2 }), fc.integer({ min: 0, max: 2 })),
  // Clocks that stand still (a burst of changes within one ms, or a clock set back): each change
  // is then marked just after the copy's newest mark, so both copies' nth changes tie.
  still: fc.boolean(),
});

type History = typeof history extends fc.Arbitrary<infer H> ? H : never;

interface Copy extends Marked<Doc> {
  clock: number;
}

/**
 * Grows the two copies: steps taken in turn, a sync adopting the merge of the other copy. Returns
 * them and their common ancestor.
 */
function grow(h: History): [Marked<Doc>, Marked<Doc>, Marked<Doc>] {
  let value = empty();
  let marks: Marks = noMarks();
  for (const [i, e] of h.ancestor.entries()) {
    const next = apply(value, e);
    if (h.marked) marks = stamp(value, next, marks, 1000 + i);
    value = next;
  }
  const copies: Copy[] = [
    { value, marks, clock: 2000 + h.start[0] },
    { value, marks, clock: 2000 + h.start[1] },
  ];
  const lists = [h.here, h.there];
  for (let i = 0; i < Math.max(h.here.length, h.there.length); i++)
    for (const side of [0, 1]) {
      const step = lists[side]![i];
      if (!step) continue;
      const copy = copies[side]!;
      if ('sync' in step) {
        const merged = merge(copy, copies[1 - side]!);
        copies[side] = { ...copy, value: merged.value, marks: merged.marks };
        continue;
      }
      if (!h.still) copy.clock += step.after;
      const next = apply(copy.value, step.edit);
      copies[side] = {
        value: next,
        marks: stamp(copy.value, next, copy.marks, copy.clock),
        clock: copy.clock,
      };
    }
  return [copies[0]!, copies[1]!, { value, marks }];
}

/** What two merged copies must agree on: the value and the marks but `seen`. */
const shared = ({ value, marks }: Marked<Doc>) => ({
  value,
  at: marks.at,
  removed: marks.removed,
  kept: marks.kept,
});

const RUNS = { numRuns: Number(process.env.MERGE_RUNS ?? 400) };

describe('merge, over generated histories', () => {
  test('is commutative: the same value, marks and kept conflicts whichever copy is here', () => {
    fc.assert(
      fc.property(history, (h) => {
        const [here, there] = grow(h);
        expect(shared(merge(there, here))).toEqual(shared(merge(here, there)));
      }),
      RUNS,
    );
  });

  test('is idempotent: merging the result with either copy, or itself, changes nothing', () => {
    fc.assert(
      fc.property(history, (h) => {
        const [here, there] = grow(h);
        const result = merge(here, there);
        for (const copy of [here, there, result]) {
          expect(shared(merge(result, copy))).toEqual(shared(result));
          expect(shared(merge(copy, result))).toEqual(shared(result));
        }
      }),
      RUNS,
    );
  });

  test('loses no item: each one either copy holds stays, unless the other removed it after its last change', () => {
    fc.assert(
      fc.property(history, (h) => {
        const [here, there] = grow(h);
        const result = merge(here, there);
        for (const [a, b] of [
          [here, there],
          [there, here],
        ] as const)
          for (const list of [...LISTS, 'checkIns'] as const) {
            const key = list === 'checkIns' ? 'goal' : 'id';
            const ids = (x: Doc) => (x[list] as Record<string, string>[]).map((i) => i[key]);
            for (const id of ids(a.value)) {
              const path = `${list}#${id}`;
              const removedLater =
                !ids(b.value).includes(id) &&
                (b.marks.removed[path] ?? -1) >= (a.marks.at[path] ?? 0);
              expect(ids(result.value).includes(id)).toBe(!removedLater);
            }
          }
      }),
      RUNS,
    );
  });

  test('gives a copy back when merged with its own past: every change was stamped later', () => {
    fc.assert(
      fc.property(history, (h) => {
        const [here, there, ancestor] = grow(h);
        for (const copy of [here, there]) {
          expect(merge(copy, ancestor).value).toEqual(copy.value);
          expect(merge(ancestor, copy).value).toEqual(copy.value);
        }
      }),
      RUNS,
    );
  });

  test('keeps every conflict’s losing value, and reports what changes here', () => {
    fc.assert(
      fc.property(history, (h) => {
        const [here, there] = grow(h);
        const result = merge(here, there);
        for (const change of result.report) {
          if (change.conflict) {
            const lost = change.change === 'kept-here' ? change.there : change.here;
            expect(result.marks.kept).toContainEqual(
              expect.objectContaining({ path: change.path, value: lost }),
            );
          }
        }
        // Nothing reported means nothing here changes.
        if (result.report.every((c) => c.change === 'kept-here'))
          expect(result.value).toEqual(here.value);
      }),
      RUNS,
    );
  });
});
