/**
 * Which of two summaries of one mentorship the overview keeps (issue 27): one rule for the page
 * (on-demand/add-pairs.ts, when a file or link is added and when another tab's list is merged) and
 * for `overviewOf` (overview.ts, which the build-time folder's overview goes through). A summary
 * that knows the pair's sessions always wins over one that does not (`sessions.held === null`, as
 * an agreement file gives), whatever their days: an agreement holds the kickoff answers only, and
 * must never wipe out the sessions a real summary counted. Otherwise the newer by `madeOn` wins;
 * of two made the same day, the one that comes later.
 */
import type { ProgressSummary } from './summary';

/** Which summary stays, and why: the newer one, or the one that knows the sessions. */
export interface Preferred {
  keep: 'kept' | 'incoming';
  why: 'newer' | 'sessions';
}

/**
 * Which of `kept` (in the overview already) and `incoming` (of the same mentorship, added after
 * it) the overview keeps, by the rule in this file's header. Pure.
 */
export function preferredSummary(kept: ProgressSummary, incoming: ProgressSummary): Preferred {
  const keptKnows = kept.sessions.held !== null;
  if (keptKnows !== (incoming.sessions.held !== null))
    return { keep: keptKnows ? 'kept' : 'incoming', why: 'sessions' };
  return { keep: kept.madeOn > incoming.madeOn ? 'kept' : 'incoming', why: 'newer' };
}
