/**
 * A coordinator's rules for the pairs of a programme (issue 27), on a table of dates
 * (tests/unit/program-rules.test.ts): how many sessions each pair has held against its cadence,
 * how long since its last one, whether it has **stalled** (active, and no session for more than the
 * pack's `stalledAfterDays`, 21 by default, counted from its last session or, when it has held
 * none, its kickoff date; never when its sessions are not known, as from an agreement file), and whether it is **overdue** for a review (active, and a review the programme or its own
 * agreement asks for is more than `reviewGraceDays`, 7 by default, past its day with no review held
 * since; never when its sessions and reviews are not known, as from an agreement file or a count
 * that did not fit). Pure; all days are YYYY-MM-DD, counted in calendar days free of time zones.
 */
import {
  REVIEW_GRACE_DAYS,
  STALLED_AFTER_DAYS,
  type Program,
  type ReviewPoint,
} from '../documents/program';
import { addDays, expectedSessions } from '../review/every-page/due';
import type { ProgressSummary } from './summary';

const DAY = 86_400_000;

/** Whole days from one day to another (negative when `to` is earlier). */
export const daysFrom = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY);

/** The rules a coordinator applies: the pack's, or the defaults for what it leaves out. */
export type Rules = Pick<
  Program,
  'reviewPoints' | 'roundEnds' | 'stalledAfterDays' | 'reviewGraceDays'
>;

/** A review the programme or the pair's agreement asks for, and its day. */
export interface DueReview {
  /** "Six weeks in", "End of the round", or "The pair's own review". */
  label: string;
  on: string;
}

/** Where a pair stands on a day, by the rules. */
export interface Standing {
  /**
   * Days since its last session, else (no session held) since its kickoff date; null when neither
   * is known.
   */
  quietDays: number | null;
  /** Whether that counts from a session (false: from the kickoff date, no session yet). */
  sinceSession: boolean;
  /** The sessions its cadence implies from its kickoff date to today (or its end); null if none. */
  expected: number | null;
  /** Paused until a day that has passed: the pair counts as active again. */
  pauseEnded: boolean;
  /** Where the mentorship stands as the rules count it: a pause that has run out is active. */
  state: ProgressSummary['status']['state'];
  stalled: boolean;
  /** The earliest review more than the grace days past its day with no review since; or null. */
  overdue: DueReview | null;
  /** The next review ahead (the programme's or its own), or null. */
  next: DueReview | null;
}

/** A review point's day for a pair: weeks after its kickoff date, or the round's end. */
export const pointDay = (point: ReviewPoint, kickoffDate: string, roundEnds: string) =>
  point.end
    ? roundEnds
    : kickoffDate && point.weeks !== null
      ? addDays(kickoffDate, point.weeks * 7)
      : '';

/**
 * Where one pair stands on `today` by `rules` (Standing). A paused or ended pair is neither stalled
 * nor overdue, unless its pause has run out (its `until` day has passed): then it counts as active,
 * and for the stall rule as quiet since the later of its last session and the pause's end. The programme's review points count in order: the nth is met by the nth review
 * held, so a pair that held one review at six weeks still owes the one at the end.
 */
export function standing(summary: ProgressSummary, rules: Rules, today: string): Standing {
  const { sessions, kickoffDate, reviews, status } = summary;
  // Counted from the kickoff only when it is known that no session was held since: a summary read
  // from an agreement file does not know its sessions.
  const from = sessions.last || (sessions.held === 0 ? kickoffDate : '');
  const quietDays = from ? Math.max(0, daysFrom(from, today)) : null;
  // A pause whose last day has passed is over: the pair counts as active again, its quiet time
  // for the stall rule counted from the later of its last session and the pause's end.
  const pauseEnded = status.state === 'paused' && status.until !== '' && status.until < today;
  const active = status.state === 'active' || pauseEnded;
  const quietSince = pauseEnded && (!from || status.until > from) ? status.until : from;
  const quietForStall = quietSince ? Math.max(0, daysFrom(quietSince, today)) : null;
  // A summary read from an agreement file knows the kickoff only: nothing of sessions or reviews.
  const known = sessions.held !== null;
  const stalledAfter = rules.stalledAfterDays ?? STALLED_AFTER_DAYS;
  const grace = rules.reviewGraceDays ?? REVIEW_GRACE_DAYS;
  const end = status.state === 'ended' && status.since ? status.since : today;
  const expected = kickoffDate
    ? expectedSessions(summary.cadence, kickoffDate, end < today ? end : today, true)
    : null;

  const points: DueReview[] = rules.reviewPoints
    .map((point) => ({
      label: point.label || (point.end ? 'End of the round' : `${point.weeks} weeks in`),
      on: pointDay(point, kickoffDate, rules.roundEnds),
    }))
    .filter((point) => point.on !== '')
    .sort((a, b) => a.on.localeCompare(b.on));
  const own = reviews.dueSince || reviews.nextOn;
  const owed = [
    ...points.slice(reviews.done),
    ...(own ? [{ label: "The pair's own review", on: own }] : []),
  ].sort((a, b) => a.on.localeCompare(b.on));
  const late = owed.find((review) => daysFrom(review.on, today) > grace);
  return {
    quietDays,
    sinceSession: sessions.last !== '',
    expected,
    pauseEnded,
    state: pauseEnded ? 'active' : status.state,
    stalled: active && quietForStall !== null && quietForStall > stalledAfter,
    overdue: active && known && late ? late : null,
    next: owed.find((review) => review.on >= today) ?? null,
  };
}
