/**
 * The coordinator's overview (issue 27): every pair's latest summary with where it stands by the
 * rules (rules.ts), and the programme's totals. Pure, so the page, the build-time overview of a
 * repository's folder and the CSV export all count alike.
 */
import type { CheckInState } from '../documents/agenda';
import { standing, type Rules, type Standing } from './rules';
import type { ProgressSummary } from './summary';
import { preferredSummary } from './which-summary';

/** One pair in the overview. */
export interface OverviewRow {
  summary: ProgressSummary;
  standing: Standing;
  /** Its goals by where they stand (open goals by their latest check-in; closed by outcome). */
  goals: GoalCounts;
}

/** Goals counted by where they stand. */
export type GoalCounts = Record<CheckInState | 'no-check-in' | 'reached' | 'dropped', number>;

/** The programme's totals over the pairs shown. */
export interface OverviewTotals {
  pairs: number;
  active: number;
  paused: number;
  ended: number;
  stalled: number;
  overdue: number;
  sessions: number;
  goals: GoalCounts;
}

/** The overview: a row per pair, and how many older summaries of the same pairs were left out. */
export interface Overview {
  rows: OverviewRow[];
  /** Summaries left out because a newer one of the same mentorship (or one that knows its sessions) is there. */
  older: number;
}

const noGoals = (): GoalCounts => ({
  'not-started': 0,
  moving: 0,
  stuck: 0,
  done: 0,
  'no-check-in': 0,
  reached: 0,
  dropped: 0,
});

/** A pair's goals by where they stand. */
export function goalCounts(summary: ProgressSummary): GoalCounts {
  const counts = noGoals();
  for (const goal of summary.goals) counts[goal.outcome || goal.latest || 'no-check-in'] += 1;
  return counts;
}

/**
 * The overview of `summaries` on `today` by `rules`: one summary of each mentorship, in the order
 * given, chosen by preferredSummary (which-summary.ts): one that knows the sessions over one that
 * does not (an agreement file's), else the newer by the day it was made (of two made the same day,
 * the later in the list).
 */
export function overviewOf(
  summaries: readonly ProgressSummary[],
  rules: Rules,
  today: string,
): Overview {
  const latest = new Map<string, ProgressSummary>();
  for (const summary of summaries) {
    const kept = latest.get(summary.mentorship);
    if (!kept || preferredSummary(kept, summary).keep === 'incoming')
      latest.set(summary.mentorship, summary);
  }
  return {
    rows: [...latest.values()].map((summary) => ({
      summary,
      standing: standing(summary, rules, today),
      goals: goalCounts(summary),
    })),
    older: summaries.length - latest.size,
  };
}

/** The totals of the rows shown. */
export function totalsOf(rows: readonly OverviewRow[]): OverviewTotals {
  const totals: OverviewTotals = {
    pairs: rows.length,
    active: 0,
    paused: 0,
    ended: 0,
    stalled: 0,
    overdue: 0,
    sessions: 0,
    goals: noGoals(),
  };
  for (const { summary, standing, goals } of rows) {
    totals[standing.state] += 1;
    if (standing.stalled) totals.stalled += 1;
    if (standing.overdue) totals.overdue += 1;
    totals.sessions += summary.sessions.held ?? 0;
    for (const [key, n] of Object.entries(goals)) totals.goals[key as keyof GoalCounts] += n;
  }
  return totals;
}
