/**
 * When a review is due: on the re-evaluation date the pair agreed, or after the number of
 * sessions or weeks they set, counted from the start date or the last review; unless it is put
 * off, the mentorship is paused, or it has ended. Small and apart from the rest of the review's
 * rules, as every playbook page's notice (loaded on demand) asks it.
 */
import type { KickoffState } from '../../documents/kickoff';
import type { ReviewState } from '../../documents/review';

/** A date `days` after a date, both YYYY-MM-DD (calendar days, free of time zones). */
export const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** A day as the pages and files say it: "3 Mar 2027" (or "3 March 2027"); '' for none. */
export function dayText(date: string, style: 'short' | 'long' = 'short'): string {
  if (!date) return '';
  const at = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(at.getTime())) return date;
  return at.toLocaleDateString('en-GB', {
    day: 'numeric',
    month: style,
    year: 'numeric',
    timeZone: 'UTC',
  });
}

/** A finished session's day: its date, or the day it was finished when it had none. */
export const sessionDay = (session: { date: string; finishedAt: string }) =>
  session.date || session.finishedAt.slice(0, 10);

/** Where the review stands on a day. */
export type ReviewDue =
  /** The mentorship ended on `on`. */
  | { kind: 'ended'; on: string }
  /** The mentorship is paused, until `until` ('' for no date). */
  | { kind: 'paused'; until: string }
  /** No review date or counted condition is agreed (a condition in words cannot be counted). */
  | { kind: 'none' }
  /** Not due yet: on the day `on`, or after `left` more sessions. */
  | { kind: 'later'; on: string; left: number }
  /** Due since `since` (YYYY-MM-DD), but put off until `until`. */
  | { kind: 'put-off'; since: string; until: string }
  /** Due since `since`. */
  | { kind: 'due'; since: string };

/** What the due check reads. */
export interface DueInput {
  kickoff: Pick<KickoffState, 'pair' | 'reevaluate'>;
  /** The finished sessions, in any order. */
  sessions: readonly { date: string; finishedAt: string }[];
  review: Pick<ReviewState, 'reviews' | 'putOff' | 'state'>;
  /** Today, YYYY-MM-DD. */
  today: string;
}

/**
 * Where the review stands today (ReviewDue). A pause that has run out makes a review due from its
 * last day; a date already reviewed on or after is not due again until a new date is set.
 */
export function reviewDue({ kickoff, sessions, review, today }: DueInput): ReviewDue {
  const { state } = review;
  if (state.status === 'ended') return { kind: 'ended', on: state.on };
  const due = (since: string): ReviewDue =>
    review.putOff > today
      ? { kind: 'put-off', since, until: review.putOff }
      : { kind: 'due', since };
  if (state.status === 'paused')
    return !state.until || state.until > today
      ? { kind: 'paused', until: state.until }
      : due(state.until);
  const last = review.reviews[0]?.on ?? '';
  const { mode, date, after } = kickoff.reevaluate;
  if (mode === 'date') {
    if (!date || (last && last >= date)) return { kind: 'none' };
    return date > today ? { kind: 'later', on: date, left: 0 } : due(date);
  }
  if (mode !== 'condition' || after.count === null || !after.unit) return { kind: 'none' };
  const base = last || kickoff.pair.startDate;
  if (after.unit === 'weeks') {
    if (!base) return { kind: 'none' };
    const on = addDays(base, after.count * 7);
    return on > today ? { kind: 'later', on, left: 0 } : due(on);
  }
  // Sessions since the last review (on its day, it was part of that review), or all of them.
  const counted = sessions
    .map(sessionDay)
    .filter((day) => (last ? day > last : day >= base))
    .sort();
  const left = after.count - counted.length;
  return left > 0 ? { kind: 'later', on: '', left } : due(counted[after.count - 1]!);
}

// With the due check rather than the review's rules, so the programme overview (src/playbook/program/
// rules.ts) counts sessions against a cadence without loading the review page's code.
const DAY = 86_400_000;
const daysBetween = (from: string, to: string) =>
  Math.max(0, Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY));

/** Whole months from one day to another, as a monthly meeting counts them. */
function monthsBetween(from: string, to: string): number {
  const [y1, m1, d1] = from.split('-').map(Number) as [number, number, number];
  const [y2, m2, d2] = to.split('-').map(Number) as [number, number, number];
  return Math.max(0, (y2 - y1) * 12 + (m2 - m1) - (d2 < d1 ? 1 : 0));
}

/**
 * The sessions a cadence implies from one day to another: every meeting day after `from`, and
 * `from` itself when it is the start (a review's own day was counted by that review). Null for an
 * ad hoc or unset cadence.
 */
export function expectedSessions(
  frequency: KickoffState['cadence']['frequency'],
  from: string,
  to: string,
  fromStart: boolean,
): number | null {
  if (!from || !to || to < from) return null;
  const first = fromStart ? 1 : 0;
  switch (frequency) {
    case 'weekly':
      return Math.floor(daysBetween(from, to) / 7) + first;
    case 'every-two-weeks':
      return Math.floor(daysBetween(from, to) / 14) + first;
    case 'monthly':
      return monthsBetween(from, to) + first;
    default:
      return null;
  }
}
