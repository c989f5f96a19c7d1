import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  SUMMARY_FORMAT,
  decodeSummary,
  encodeSummary,
  progressSummary,
  readSummary,
  readSummaryData,
  summaryDocument,
  summaryFile,
  type ProgressSummary,
} from '../../src/playbook/program/summary';
import { exampleHistory, exampleKickoff } from '../../src/playbook/guide/example-pair';
import { exampleReview, EXAMPLE_REVIEW_DAY } from '../../src/playbook/guide/example-review';
import { readPortable, type Portable } from '../../src/playbook/portable/portable';
import { emptyReview } from '../../src/playbook/review/review';
import { CHECK_IN_STATES } from '../../src/playbook/documents/agenda';
import { TOPIC_IDS } from '../../src/playbook/documents/kickoff';
import { resetSaid } from '../../src/playbook/portable/reset-names';
import { anyProgram } from './helpers/arbitraries';

const PAIR = (): Pick<Portable, 'id' | 'kickoff' | 'history' | 'review'> => {
  const { review, kickoff } = exampleReview();
  return { id: 'priya-and-tom', kickoff, history: { sessions: exampleHistory() }, review };
};

describe('progressSummary', () => {
  test("gives Priya and Tom's facts after their first review, and nothing else", () => {
    const summary = progressSummary({ mentorship: PAIR(), today: '2026-12-10' });
    expect(summary).toMatchObject({
      mentorship: 'priya-and-tom',
      madeOn: '2026-12-10',
      pair: { mentor: 'Priya', mentee: 'Tom' },
      kickoffDate: '2026-09-23',
      cadence: 'every-two-weeks',
      minutes: 45,
      sessions: { held: exampleHistory().length, last: exampleHistory()[0]!.date },
      reviews: { done: 1, last: EXAMPLE_REVIEW_DAY },
      status: { state: 'active', since: '', until: '' },
    });
    // Their goals as the review left them: two reached, one added.
    expect(summary.goals.map((g) => [g.id, g.outcome])).toEqual([
      ['goal-1', 'reached'],
      ['goal-2', 'reached'],
      ['goal-3', ''],
    ]);
    expect(summary.goals[0]!.latest).not.toBe('');
  });

  test('an agreement holds no sessions, so their number is not known', () => {
    const summary = progressSummary({
      mentorship: PAIR(),
      today: '2026-12-10',
      sessionsKnown: false,
    });
    expect(summary.sessions.held).toBeNull();
  });

  test('says when the review is due, or after how many sessions', () => {
    const mentorship = PAIR();
    const due = progressSummary({
      mentorship: { ...mentorship, kickoff: exampleKickoff(), review: emptyReview() },
      today: '2026-12-20',
    });
    expect(due.reviews).toMatchObject({ done: 0, dueSince: '2026-12-09', nextOn: '' });
    const kickoff = exampleKickoff();
    kickoff.reevaluate = {
      ...kickoff.reevaluate,
      mode: 'condition',
      after: { count: 20, unit: 'sessions' },
    };
    const later = progressSummary({
      mentorship: { ...mentorship, kickoff, review: emptyReview() },
      today: '2026-12-20',
    });
    expect(later.reviews.nextAfterSessions).toBe(20 - exampleHistory().length);
  });
});

// A mentorship whose every note, agenda text, action item, check-in note, reflection and answer
// is a marker; the summary must hold none of them, whatever the shape of the mentorship.
const NOTE = fc.string({ minLength: 1, maxLength: 12 }).map((s) => `NOTE:${s}`);
const id = fc.constantFrom('a', 'b', 'c', 'd');
const item = fc.record({
  id,
  text: NOTE,
  owner: fc.constantFrom('mentor', 'mentee'),
  done: fc.boolean(),
});
const day = fc.constantFrom('', '2026-10-01', '2026-10-15', '2026-11-12');
const agenda = fc.record({
  date: day,
  parts: fc.array(
    fc.record({
      id,
      kind: fc.constant('custom'),
      title: NOTE,
      minutes: fc.constant(5),
      notes: NOTE,
    }),
    { maxLength: 3 },
  ),
  carried: fc.array(item, { maxLength: 2 }),
  actions: fc.array(item, { maxLength: 2 }),
  checkIns: fc.array(
    fc.record({
      goal: fc.constantFrom('g1', 'g2', 'g3'),
      what: NOTE,
      state: fc.constantFrom(...CHECK_IN_STATES.map((s) => s.id)),
      note: NOTE,
    }),
    { maxLength: 3 },
  ),
});
const reflection = fc.record({
  working: NOTE,
  change: NOTE,
  learned: NOTE,
  keep: NOTE,
  start: NOTE,
  stop: NOTE,
});
const draft = fc.record({
  mentor: reflection,
  mentee: reflection,
  goals: fc.array(
    fc.record({
      goal: fc.constantFrom('g1', 'g2'),
      what: NOTE,
      decision: fc.constant('keep'),
      changed: NOTE,
      trail: fc.constant([]),
    }),
    { maxLength: 2 },
  ),
  added: fc.array(fc.record({ id, what: NOTE, evidence: NOTE, by: fc.constant('') }), {
    maxLength: 2,
  }),
  decision: fc.constantFrom('', 'carry-on', 'end'),
  change: NOTE,
  until: fc.constant(''),
  next: NOTE,
  nextReview: fc.constant(''),
  answers: fc.array(fc.record({ id, question: NOTE, answer: NOTE }), { maxLength: 2 }),
});
const anyMentorship = fc
  .record({
    id: fc.constantFrom('m1', 'm-2'),
    name: NOTE,
    kickoff: fc.record({
      pair: fc.record({
        mentor: fc.constantFrom('Priya', ''),
        mentee: fc.constantFrom('Tom', 'Zoë'),
        startDate: day,
      }),
      topics: fc.record(
        Object.fromEntries(
          TOPIC_IDS.map((t) => [t, fc.record({ agreed: fc.boolean(), notes: NOTE })]),
        ),
      ),
      cadence: fc.record({
        frequency: fc.constantFrom('', 'weekly', 'monthly'),
        minutes: fc.constant(45),
        time: fc.constant(''),
      }),
      reevaluate: fc.record({
        mode: fc.constantFrom('', 'date', 'condition'),
        date: day,
        condition: NOTE,
        after: fc.record({
          count: fc.constantFrom(null, 3),
          unit: fc.constantFrom('', 'sessions', 'weeks'),
        }),
      }),
      goals: fc.array(
        fc.record({
          id: fc.constantFrom('g1', 'g2', 'g3'),
          what: fc.constantFrom('Ship it', 'Learn Rust'),
          evidence: NOTE,
          by: day,
          outcome: fc.constantFrom('', 'reached'),
          closedOn: fc.constant(''),
        }),
        { maxLength: 3 },
      ),
      program: anyProgram().map((program) => ({
        ...program,
        name: 'Programme',
        contact: 'NOTE:contact',
        reviewQuestions: program.reviewQuestions.map((q) => ({ ...q, text: `NOTE:${q.text}` })),
        reviewPoints: program.reviewPoints.map((p) => ({ ...p, label: `NOTE:${p.label}` })),
      })),
    }),
    agenda: fc.record({ draft: agenda }),
    history: fc.record({
      sessions: fc.array(
        fc
          .tuple(agenda, fc.constantFrom('s1', 's2', 's3', 's4'))
          .map(([a, sid]) => ({ ...a, id: sid, finishedAt: '2026-10-02T10:00:00.000Z' })),
        { maxLength: 4 },
      ),
    }),
    review: fc.record({
      draft,
      reviews: fc.array(
        fc
          .tuple(draft, fc.constantFrom('r1', 'r2'))
          .map(([d, rid]) => ({ ...d, id: rid, on: '2026-11-01', facts: {} })),
        { maxLength: 2 },
      ),
      putOff: fc.constant(''),
      state: fc.record({
        status: fc.constantFrom('', 'paused', 'ended'),
        until: day,
        on: day,
        next: NOTE,
      }),
    }),
  })
  .map((data) => {
    const read = readPortable({ version: 1, ...data });
    if (!read.ok) throw new Error('the generated mentorship does not read');
    return read.value;
  });

// Every text a summary may hold, and where it may come from.
const allowed = (mentorship: Portable, summary: ProgressSummary) =>
  new Set([
    '',
    mentorship.id,
    mentorship.kickoff.pair.mentor,
    mentorship.kickoff.pair.mentee,
    mentorship.kickoff.program.id,
    mentorship.kickoff.program.name,
    ...mentorship.kickoff.goals.flatMap((g) => [g.id, g.what]),
    summary.madeOn,
  ]);
const strings = (value: unknown): string[] =>
  typeof value === 'string'
    ? [value]
    : typeof value === 'object' && value !== null
      ? Object.values(value).flatMap(strings)
      : [];

test('a summary never holds a note, agenda text, action item, reflection or answer', () => {
  fc.assert(
    fc.property(anyMentorship, (mentorship) => {
      const summary = progressSummary({ mentorship, today: '2026-12-01' });
      const text = JSON.stringify(summaryDocument(summary));
      expect(text).not.toContain('NOTE:');
      // Every text in it is a name, an id, a goal's words, a day or one of the fixed choices.
      const free = allowed(mentorship, summary);
      for (const value of strings(summary))
        expect(
          free.has(value) || /^\d{4}-\d{2}-\d{2}$/.test(value) || /^[a-z-]+$/.test(value),
        ).toBe(true);
    }),
    { numRuns: Number(process.env.SUMMARY_RUNS ?? 200) },
  );
});

describe('readSummary', () => {
  const SUMMARY = progressSummary({ mentorship: PAIR(), today: '2026-12-10' });

  test('writes every field, in the order the schema reads them', () => {
    const written = Object.keys(summaryDocument(SUMMARY)).slice(2);
    // The schema's own order: what it reads comes out with its fields in the order it declares.
    const read = readSummaryData(JSON.parse(summaryFile(SUMMARY).text));
    expect(read.ok && Object.keys(read.summary)).toEqual(written);
    expect(written).toHaveLength(11);
    // Put together in another order, it is still written in the schema's.
    const { status, ...rest } = SUMMARY;
    expect(Object.keys(summaryDocument({ status, ...rest })).slice(2)).toEqual(written);
  });

  test('reads back the file it writes, and the link it makes', async () => {
    const file = summaryFile(SUMMARY);
    expect(file.name).toBe('progress-tom-and-priya-2026-12-10.json');
    expect(readSummary(file.text)).toEqual({ ok: true, summary: SUMMARY, reset: [] });
    const fragment = await encodeSummary(SUMMARY);
    expect(fragment).toMatch(/^summary=v1\./);
    expect(await decodeSummary(`#${fragment}`)).toEqual({ ok: true, summary: SUMMARY, reset: [] });
  });

  test.each<[string, Record<string, unknown>, string[]]>([
    [
      'sessions in words',
      { sessions: { held: 'six', last: '2026-12-02' } },
      ['summary.sessions.held'],
    ],
    ['an unknown state', { status: { state: 'stalled' } }, ['summary.status.state']],
    ['a goal without an id', { goals: [{ what: 'A' }] }, ['summary.goals.0.id']],
    ['a cadence not ours', { cadence: 'fortnightly' }, ['summary.cadence']],
  ])('leaves out %s and names it', (_, change, reset) => {
    const read = readSummary(JSON.stringify({ ...summaryDocument(SUMMARY), ...change }));
    expect(read.ok && read.reset).toEqual(reset);
    expect(read.ok && resetSaid(read.reset)).toMatch(/did not fit/);
  });

  test.each<[string, string, RegExp]>([
    [
      'a newer version',
      JSON.stringify({ ...summaryDocument(SUMMARY), version: 2 }),
      /newer version .*format 2/,
    ],
    [
      'a programme pack',
      JSON.stringify({ format: 'mentorship-playbook-program', version: 1 }),
      /not a Mentorship Playbook progress summary/,
    ],
    [
      'no mentorship id',
      JSON.stringify({ format: SUMMARY_FORMAT, version: 1 }),
      /which mentorship/,
    ],
    [
      'thousands of goals',
      JSON.stringify({
        ...summaryDocument(SUMMARY),
        goals: Array.from({ length: 101 }, (_, i) => ({ id: `g${i}` })),
      }),
      /101 goals, where this site reads at most 100/,
    ],
    ['a huge file', `${' '.repeat(200_001)}{}`, /far larger than any progress summary/],
  ])('refuses %s, saying why', (_, text, message) => {
    const read = readSummary(text);
    expect(read.ok).toBe(false);
    expect(!read.ok && read.message).toMatch(message);
  });
});
