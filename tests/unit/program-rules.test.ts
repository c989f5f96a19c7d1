import { describe, expect, test } from 'vitest';
import { standing, type Rules } from '../../src/playbook/program/rules';
import { overviewOf, totalsOf } from '../../src/playbook/program/overview';
import { emptyProgram } from '../../src/playbook/documents/program';
import type { ProgressSummary } from '../../src/playbook/program/summary';

const summary = (change: Partial<ProgressSummary> = {}): ProgressSummary => ({
  mentorship: 'm',
  madeOn: '2027-01-01',
  pair: { mentor: 'Priya', mentee: 'Tom' },
  program: { id: '', name: '' },
  kickoffDate: '2026-09-23',
  cadence: 'every-two-weeks',
  minutes: 45,
  sessions: { held: 6, last: '2026-12-02' },
  goals: [],
  reviews: { done: 0, last: '', nextOn: '', nextAfterSessions: null, dueSince: '' },
  status: { state: 'active', since: '', until: '' },
  ...change,
});

const DEFAULTS: Rules = emptyProgram();
const PACK: Rules = {
  ...emptyProgram(),
  reviewPoints: [
    { label: 'Six weeks in', weeks: 6, end: false },
    { label: '', weeks: null, end: true },
  ],
  roundEnds: '2027-03-31',
  stalledAfterDays: 14,
  reviewGraceDays: 3,
};

describe('stalled', () => {
  // Default rule: more than 21 days since the last session (or the kickoff, before any).
  test.each<[string, Partial<ProgressSummary>, Rules, string, boolean, number | null]>([
    ['21 days after the last session', {}, DEFAULTS, '2026-12-23', false, 21],
    ['22 days after it', {}, DEFAULTS, '2026-12-24', true, 22],
    ['15 days after it, by a 14-day pack', {}, PACK, '2026-12-17', true, 15],
    ['14 days after it, by a 14-day pack', {}, PACK, '2026-12-16', false, 14],
    [
      'no session yet, 22 days after the kickoff',
      { sessions: { held: 0, last: '' } },
      DEFAULTS,
      '2026-10-15',
      true,
      22,
    ],
    [
      'no session and no kickoff date',
      { sessions: { held: 0, last: '' }, kickoffDate: '' },
      DEFAULTS,
      '2027-06-01',
      false,
      null,
    ],
    [
      'paused, months after its last session',
      { status: { state: 'paused', since: '', until: '2027-02-01' } },
      DEFAULTS,
      '2027-01-20',
      false,
      49,
    ],
    [
      'a pause over since 1 Oct, last session 21 Sep: quiet 61 days since the pause ended',
      {
        sessions: { held: 1, last: '2026-09-21' },
        status: { state: 'paused', since: '', until: '2026-10-01' },
      },
      DEFAULTS,
      '2026-12-01',
      true,
      71,
    ],
    [
      'a pause over since 25 Nov: 6 days since it ended, not stalled',
      {
        sessions: { held: 1, last: '2026-09-21' },
        status: { state: 'paused', since: '', until: '2026-11-25' },
      },
      DEFAULTS,
      '2026-12-01',
      false,
      71,
    ],
    [
      'paused with no end day, months after its last session',
      {
        sessions: { held: 1, last: '2026-09-21' },
        status: { state: 'paused', since: '', until: '' },
      },
      DEFAULTS,
      '2026-12-01',
      false,
      71,
    ],
    [
      'ended, months after its last session',
      { status: { state: 'ended', since: '2026-12-02', until: '' } },
      DEFAULTS,
      '2027-05-01',
      false,
      150,
    ],
    ['the last session after today (a date typed ahead)', {}, DEFAULTS, '2026-11-30', false, 0],
    [
      'sessions not known (from an agreement file)',
      { sessions: { held: null, last: '' } },
      DEFAULTS,
      '2027-06-01',
      false,
      null,
    ],
  ])('%s', (_, change, rules, today, stalled, days) => {
    const result = standing(summary(change), rules, today);
    expect(result.stalled).toBe(stalled);
    expect(result.quietDays).toBe(days);
  });
});

describe('overdue', () => {
  test.each<[string, Partial<ProgressSummary>, Rules, string, string | null]>([
    // Six weeks after 23 Sep is 4 Nov; the pack allows 3 days of grace.
    ['the six-week point, 3 days past', {}, PACK, '2026-11-07', null],
    ['the six-week point, 4 days past', {}, PACK, '2026-11-08', 'Six weeks in on 2026-11-04'],
    [
      'the six-week point held, the end not yet reached',
      {
        reviews: { done: 1, last: '2026-11-04', nextOn: '', nextAfterSessions: null, dueSince: '' },
      },
      PACK,
      '2027-03-01',
      null,
    ],
    [
      'one review held, the end of the round 8 days past',
      {
        reviews: { done: 1, last: '2026-11-04', nextOn: '', nextAfterSessions: null, dueSince: '' },
      },
      PACK,
      '2027-04-08',
      'End of the round on 2027-03-31',
    ],
    [
      "the pair's own review due 8 days ago, by the default 7 days",
      {
        reviews: { done: 0, last: '', nextOn: '', nextAfterSessions: null, dueSince: '2026-12-09' },
      },
      DEFAULTS,
      '2026-12-17',
      "The pair's own review on 2026-12-09",
    ],
    [
      "the pair's own review due 7 days ago",
      {
        reviews: { done: 0, last: '', nextOn: '', nextAfterSessions: null, dueSince: '2026-12-09' },
      },
      DEFAULTS,
      '2026-12-16',
      null,
    ],
    [
      'no kickoff date: the six-week point has no day, the end still counts',
      { kickoffDate: '' },
      PACK,
      '2027-04-08',
      'End of the round on 2027-03-31',
    ],
    [
      'sessions and reviews not known (from an agreement file), past every point',
      { sessions: { held: null, last: '' } },
      PACK,
      '2027-05-01',
      null,
    ],
    [
      'paused past every point',
      { status: { state: 'paused', since: '', until: '' } },
      PACK,
      '2027-05-01',
      null,
    ],
    [
      'a pause over, past the six-week point with no review',
      { status: { state: 'paused', since: '', until: '2026-10-01' } },
      PACK,
      '2026-11-08',
      'Six weeks in on 2026-11-04',
    ],
    [
      'ended past every point',
      { status: { state: 'ended', since: '2027-01-01', until: '' } },
      PACK,
      '2027-05-01',
      null,
    ],
  ])('%s', (_, change, rules, today, overdue) => {
    const result = standing(summary(change), rules, today);
    expect(result.overdue && `${result.overdue.label} on ${result.overdue.on}`).toBe(overdue);
  });

  test('the next review is the earliest one still ahead', () => {
    expect(standing(summary(), PACK, '2026-10-01').next).toEqual({
      label: 'Six weeks in',
      on: '2026-11-04',
    });
    expect(standing(summary(), PACK, '2026-12-01').next).toEqual({
      label: 'End of the round',
      on: '2027-03-31',
    });
  });
});

describe('sessions against the cadence', () => {
  test.each<[string, Partial<ProgressSummary>, string, number | null]>([
    ['every two weeks from 23 Sep, on 2 Dec: 23 Sep + 5 more', {}, '2026-12-02', 6],
    ['weekly from 23 Sep, on 30 Sep', { cadence: 'weekly' }, '2026-09-30', 2],
    ['monthly from 23 Sep, on 22 Nov', { cadence: 'monthly' }, '2026-11-22', 2],
    ['ad hoc: no expectation', { cadence: 'ad-hoc' }, '2026-12-02', null],
    ['no kickoff date', { kickoffDate: '' }, '2026-12-02', null],
    [
      'ended on 4 Nov: counted to its end',
      { status: { state: 'ended', since: '2026-11-04', until: '' } },
      '2027-06-01',
      4,
    ],
  ])('%s', (_, change, today, expected) => {
    expect(standing(summary(change), DEFAULTS, today).expected).toBe(expected);
  });
});

describe('overviewOf', () => {
  test('keeps the latest summary of each mentorship and counts the totals', () => {
    const goals = [
      { id: 'a', what: 'A', by: '', outcome: '' as const, latest: 'moving' as const, latestOn: '' },
      {
        id: 'b',
        what: 'B',
        by: '',
        outcome: 'reached' as const,
        latest: 'done' as const,
        latestOn: '',
      },
      { id: 'c', what: 'C', by: '', outcome: '' as const, latest: '' as const, latestOn: '' },
    ];
    const overview = overviewOf(
      [
        summary({
          mentorship: 'x',
          madeOn: '2026-11-01',
          sessions: { held: 3, last: '2026-10-28' },
        }),
        summary({ mentorship: 'y', sessions: { held: 1, last: '2026-10-01' }, goals }),
        summary({
          mentorship: 'x',
          madeOn: '2026-12-01',
          sessions: { held: 5, last: '2026-11-25' },
        }),
        summary({ mentorship: 'z', status: { state: 'ended', since: '2026-11-01', until: '' } }),
      ],
      DEFAULTS,
      '2026-12-03',
    );
    expect(overview.older).toBe(1);
    expect(overview.rows.map((row) => [row.summary.mentorship, row.summary.sessions.held])).toEqual(
      [
        ['x', 5],
        ['y', 1],
        ['z', 6],
      ],
    );
    expect(totalsOf(overview.rows)).toEqual({
      pairs: 3,
      active: 2,
      paused: 0,
      ended: 1,
      stalled: 1,
      overdue: 0,
      sessions: 12,
      goals: {
        'not-started': 0,
        moving: 1,
        stuck: 0,
        done: 0,
        'no-check-in': 1,
        reached: 1,
        dropped: 0,
      },
    });
  });
});
