/**
 * Three invented pairs of a programme, as their progress summaries on 30 November 2026, made the
 * way a pair's browser makes them (progressSummary over a mentorship): Tom and Priya on track,
 * Ada and Lin stalled (no session since 5 October), Sam and Kim overdue for the review they agreed
 * for 9 November. Shared by the unit tests and the overview's end-to-end test.
 */
import { emptyOf } from '../../../src/playbook/core/stored-document';
import type { Session } from '../../../src/playbook/documents/agenda';
import { emptyKickoff, type KickoffState } from '../../../src/playbook/documents/kickoff';
import { ReviewSchema } from '../../../src/playbook/documents/review';
import { progressSummary, type ProgressSummary } from '../../../src/playbook/program/summary';

/** The day the summaries are made and the overview is read. */
export const TODAY = '2026-11-30';

interface PairInput {
  id: string;
  mentee: string;
  mentor: string;
  start: string;
  frequency: KickoffState['cadence']['frequency'];
  /** Finished sessions' days, with each goal's check-in state that day. */
  sessions: [string, Record<string, string>][];
  goals: [string, string][];
  /** The review the pair agreed, on a day. */
  reviewOn?: string;
  program?: string;
  today?: string;
}

/** A pair's progress summary, made from its mentorship as its browser would. */
export function pairSummary(pair: PairInput): ProgressSummary {
  const empty = emptyKickoff();
  const kickoff: KickoffState = {
    ...empty,
    pair: { mentor: pair.mentor, mentee: pair.mentee, startDate: pair.start },
    cadence: { ...empty.cadence, frequency: pair.frequency, minutes: 45 },
    reevaluate: pair.reviewOn
      ? { ...empty.reevaluate, mode: 'date', date: pair.reviewOn }
      : empty.reevaluate,
    goals: pair.goals.map(([id, what]) => ({
      id,
      what,
      evidence: 'A note that must never reach the coordinator',
      by: '',
      outcome: '',
      closedOn: '',
    })),
    program: { ...empty.program, id: 'acme-2026', name: pair.program ?? 'Acme mentoring 2026' },
  };
  const sessions = pair.sessions
    .map(
      ([date, states], i) =>
        ({
          id: `${pair.id}-s${i}`,
          date,
          finishedAt: `${date}T18:00:00.000Z`,
          actions: [],
          checkIns: Object.entries(states).map(([goal, state]) => ({
            goal,
            what: goal,
            state,
            note: 'Private check-in note',
          })),
        }) as unknown as Session,
    )
    .reverse();
  return progressSummary({
    mentorship: { id: pair.id, kickoff, history: { sessions }, review: emptyOf(ReviewSchema) },
    today: pair.today ?? TODAY,
  });
}

/** On track: weekly since 2 November, four sessions, the last on 25 November. */
export const onTrack = () =>
  pairSummary({
    id: 'm-tom',
    mentee: 'Tom',
    mentor: 'Priya',
    start: '2026-11-02',
    frequency: 'weekly',
    sessions: [
      ['2026-11-02', { g1: 'not-started' }],
      ['2026-11-09', { g1: 'moving', g2: 'moving' }],
      ['2026-11-16', { g1: 'moving' }],
      ['2026-11-25', { g1: 'moving', g2: 'done' }],
    ],
    goals: [
      ['g1', 'Review a pull request alone'],
      ['g2', 'Write a design note'],
    ],
  });

/** Stalled: every two weeks since 7 September, no session since 5 October. */
export const stalled = () =>
  pairSummary({
    id: 'm-ada',
    mentee: 'Ada',
    mentor: 'Lin',
    start: '2026-09-07',
    frequency: 'every-two-weeks',
    sessions: [
      ['2026-09-07', { g1: 'moving' }],
      ['2026-09-21', { g1: 'stuck' }],
      ['2026-10-05', { g1: 'stuck' }],
    ],
    goals: [['g1', 'Lead a release']],
  });

/** Overdue: weekly since 5 October, sessions until 23 November, its review agreed for 9 November. */
export const overdue = () =>
  pairSummary({
    id: 'm-sam',
    mentee: 'Sam',
    mentor: 'Kim',
    start: '2026-10-05',
    frequency: 'weekly',
    reviewOn: '2026-11-09',
    sessions: [
      ['2026-10-05', {}],
      ['2026-10-19', {}],
      ['2026-11-02', {}],
      ['2026-11-23', {}],
    ],
    goals: [['g1', '=HYPERLINK("http://evil.example","Click")']],
  });
