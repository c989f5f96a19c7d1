/**
 * Making a progress summary (its format is in summary.ts): the builder, the file and the link.
 * Apart from the summary's schema, which Your data's panel does not need: the schema's pieces
 * would otherwise be exported from every playbook page's shared chunk for it, costing bytes on
 * every page (src/site/chunks.ts). summary.ts re-exports all of it.
 */
import type { Portable } from '../portable/portable';
import { reviewDue, sessionDay } from '../review/every-page/due';
import { encodeFragment } from '../portable/fragment';
import { pairSlug } from '../files/file-names';
import type { TextFile } from '../core/text-file';
import type { ProgressSummary } from './summary';

/** What every progress summary says it is. */
export const SUMMARY_FORMAT = 'mentorship-playbook-progress-summary';

/** The summary format this site writes and reads. */
export const SUMMARY_VERSION = 1;

/** The most goals a summary may list: as many as a mentorship holds (LIMITS in portable.ts). */
export const SUMMARY_GOALS_MAX = 100;

/** What a summary is made from: a mentorship, and whether its sessions are known. */
export interface SummaryInput {
  mentorship: Pick<Portable, 'id' | 'kickoff' | 'history' | 'review'>;
  /** Today, YYYY-MM-DD: the day it is made, and the day the next review is counted from. */
  today: string;
  /** False for a mentorship read from an agreement file, which holds no sessions. */
  sessionsKnown?: boolean;
}

/**
 * The progress summary of a mentorship, on a day: only the facts listed in this file's header,
 * never a note. Pure: the same mentorship on the same day gives the same summary.
 */
export function progressSummary({
  mentorship,
  today,
  sessionsKnown = true,
}: SummaryInput): ProgressSummary {
  const { kickoff, history, review } = mentorship;
  // Newest first, as the history keeps them; sorted again, as a file edited by hand may not be.
  const sessions = [...history.sessions].sort((a, b) => sessionDay(b).localeCompare(sessionDay(a)));
  const latest = (goal: string) => {
    for (const session of sessions) {
      const checkIn = session.checkIns.find((c) => c.goal === goal);
      if (checkIn) return { latest: checkIn.state, latestOn: sessionDay(session) };
    }
    return { latest: '' as const, latestOn: '' };
  };
  const due = reviewDue({ kickoff, sessions, review, today });
  const { state } = review;
  return {
    mentorship: mentorship.id,
    madeOn: today,
    pair: { mentor: kickoff.pair.mentor, mentee: kickoff.pair.mentee },
    program: { id: kickoff.program.id, name: kickoff.program.name },
    kickoffDate: kickoff.pair.startDate,
    cadence: kickoff.cadence.frequency,
    minutes: kickoff.cadence.minutes,
    sessions: {
      held: sessionsKnown ? sessions.length : null,
      last: sessions[0] ? sessionDay(sessions[0]) : '',
    },
    goals: kickoff.goals.slice(0, SUMMARY_GOALS_MAX).map((goal) => ({
      id: goal.id,
      what: goal.what,
      by: goal.by,
      outcome: goal.outcome,
      ...latest(goal.id),
    })),
    reviews: {
      done: review.reviews.length,
      last: review.reviews[0]?.on ?? '',
      nextOn: due.kind === 'later' ? due.on : '',
      nextAfterSessions: due.kind === 'later' && !due.on ? due.left : null,
      dueSince: due.kind === 'due' || due.kind === 'put-off' ? due.since : '',
    },
    status: {
      state: state.status === '' ? 'active' : state.status,
      since: state.status === 'ended' ? state.on : '',
      until: state.status === 'paused' ? state.until : '',
    },
  };
}

// The schema's order (summary.ts; a unit test holds them equal), so that files written from
// summaries put together in any order diff cleanly in a programme's repository.
const FIELD_ORDER = [
  'mentorship',
  'madeOn',
  'pair',
  'program',
  'kickoffDate',
  'cadence',
  'minutes',
  'sessions',
  'goals',
  'reviews',
  'status',
] as const satisfies readonly (keyof ProgressSummary)[];

/** The summary as a document, as its file and link carry it: its fields in the schema's order. */
export const summaryDocument = (summary: ProgressSummary) => ({
  format: SUMMARY_FORMAT,
  version: SUMMARY_VERSION,
  ...Object.fromEntries(FIELD_ORDER.map((key) => [key, summary[key]])),
});

/** The summary's file: `progress-<mentee>-and-<mentor>-<day>.json`. */
export function summaryFile(summary: ProgressSummary): TextFile {
  const pair = pairSlug(summary.pair);
  const day = /^\d{4}-\d{2}-\d{2}$/.test(summary.madeOn) ? `-${summary.madeOn}` : '';
  return {
    name: `progress${pair ? `-${pair}` : ''}${day}.json`,
    text: `${JSON.stringify(summaryDocument(summary), null, 2)}\n`,
    type: 'application/json',
  };
}

/** The summary link's format, for its codec (portable/fragment.ts). */
export const SUMMARY_LINK = { name: 'summary', version: SUMMARY_VERSION } as const;

/**
 * The fragment (without "#") of a link that carries the summary, `summary=v1.<data>.<length>`; a
 * promise, as compressing is asynchronous.
 */
export const encodeSummary = (summary: ProgressSummary) =>
  encodeFragment(SUMMARY_LINK, summaryDocument(summary));
