/**
 * The coordinator's table of pairs (issue 27): each row's cells in words, the same for the page
 * and the CSV export, and which rows show in which order (a filter by standing and by name, a sort
 * by any column). Pure, so a sort or a filter reads the same on screen, in the file and in tests.
 */
import { CHECK_IN_STATES } from '../documents/agenda';
import { dayText } from '../review/every-page/due';
import type { GoalCounts, OverviewRow } from './overview';

/** The columns a coordinator can sort by, in the table's order. */
export const SORT_KEYS = [
  'pair',
  'program',
  'kickoff',
  'sessions',
  'quiet',
  'goals',
  'next',
  'flags',
] as const;

/** A column to sort by. */
export type SortKey = (typeof SORT_KEYS)[number];

/** A sort: its column and direction (the words `aria-sort` takes). */
export interface RowSort {
  key: SortKey;
  dir: 'ascending' | 'descending';
}

/** Which pairs show: all, those that need attention (stalled or overdue), or by their state. */
export const SHOW_CHOICES = [
  { id: 'all', label: 'All pairs' },
  { id: 'attention', label: 'Needs attention (stalled or overdue)' },
  { id: 'active', label: 'Active' },
  { id: 'paused', label: 'Paused' },
  { id: 'ended', label: 'Ended' },
] as const;

/** Which pairs show. */
export type Show = (typeof SHOW_CHOICES)[number]['id'];

/** A filter: which pairs by standing, and text their names must hold ('' for any). */
export interface RowFilter {
  show: Show;
  query: string;
}

/** Goal counts in the order the table and chart name them, with their words. */
export const GOAL_STATES: readonly { id: keyof GoalCounts; label: string }[] = [
  ...CHECK_IN_STATES,
  { id: 'reached', label: 'Reached' },
  { id: 'dropped', label: 'Dropped' },
  { id: 'no-check-in', label: 'No check-in' },
];

/** "Tom", "(no name)" when the pair left it blank. */
const named = (name: string) => name.trim() || '(no name)';

/** The pair's names: mentee, then mentor. */
export const pairText = (row: OverviewRow) => ({
  mentee: named(row.summary.pair.mentee),
  mentor: named(row.summary.pair.mentor),
});

/**
 * Sessions held against what the cadence implies: "6 of 5 expected", "3 (no regular cadence)";
 * "Not known" when the summary does not say (an agreement file's, or a value left out of a file).
 */
export function sessionsText({ summary, standing }: OverviewRow): string {
  const { held } = summary.sessions;
  if (held === null) return 'Not known';
  return standing.expected === null
    ? `${held} (no regular cadence)`
    : `${held} of ${standing.expected} expected`;
}

/**
 * Days since the last session: "12 days", "30 days since the kickoff (no session yet)"; "Not
 * known" when the sessions are not (an agreement file's summary, or a value left out of a file),
 * "No dates" with neither a session nor a kickoff date.
 */
export function quietText({ summary, standing }: OverviewRow): string {
  if (summary.sessions.held === null) return 'Not known';
  if (standing.quietDays === null) return 'No dates';
  const days = `${standing.quietDays} ${standing.quietDays === 1 ? 'day' : 'days'}`;
  return standing.sinceSession ? days : `${days} since the kickoff (no session yet)`;
}

/** Goals by status, the ones with none left out: "1 moving, 2 done"; "No goals". */
export function goalsText(goals: GoalCounts): string {
  const parts = GOAL_STATES.filter(({ id }) => goals[id] > 0).map(
    ({ id, label }) => `${goals[id]} ${label.toLowerCase()}`,
  );
  return parts.length ? parts.join(', ') : 'No goals';
}

/** The next review: "Six weeks in, 4 Nov 2026"; "None set". */
export const nextText = ({ standing }: OverviewRow) =>
  standing.next ? `${standing.next.label}, ${dayText(standing.next.on)}` : 'None set';

/** The row's flags in words: stalled, overdue (which review, since when), paused, ended. */
export function flagsOf({ summary, standing }: OverviewRow): string[] {
  const flags: string[] = [];
  if (standing.stalled) flags.push('Stalled');
  if (standing.overdue)
    flags.push(`Review overdue (${standing.overdue.label}, ${dayText(standing.overdue.on)})`);
  if (standing.pauseEnded) flags.push(`Pause ended ${dayText(summary.status.until)}`);
  else if (summary.status.state === 'paused')
    flags.push(summary.status.until ? `Paused until ${dayText(summary.status.until)}` : 'Paused');
  if (summary.status.state === 'ended')
    flags.push(summary.status.since ? `Ended ${dayText(summary.status.since)}` : 'Ended');
  // Without its sessions (an agreement file's summary, or a file whose count did not fit) a pair is
  // never "on track", which cannot be known; the words do not guess where the summary came from.
  if (summary.sessions.held === null && standing.state === 'active')
    flags.push('Progress not known');
  return flags;
}

/** Whether a row needs the coordinator's attention: stalled, or overdue for a review. */
export const needsAttention = ({ standing }: OverviewRow) =>
  standing.stalled || standing.overdue !== null;

// Rows sort by what each column says; a missing value sorts last either way, as "no data" is
// never the most or the least of anything.
const sortValue: Record<SortKey, (row: OverviewRow) => string | number | null> = {
  pair: (row) => `${pairText(row).mentee}\u0000${pairText(row).mentor}`.toLowerCase(),
  program: (row) => row.summary.program.name.trim().toLowerCase() || null,
  kickoff: (row) => row.summary.kickoffDate || null,
  sessions: (row) => row.summary.sessions.held,
  quiet: (row) => row.standing.quietDays,
  // Open goals that are stuck count most, then those not moving.
  goals: (row) => row.goals.stuck * 1e6 + row.goals['not-started'] * 1e3 + row.goals.moving,
  next: (row) => row.standing.next?.on ?? null,
  flags: (row) =>
    (row.standing.stalled ? 2 : 0) +
    (row.standing.overdue ? 1 : 0) +
    (row.standing.state === 'active' ? 0.5 : 0),
};

/** Compares two rows by a sort; ties keep the order they came in (Array.prototype.sort is stable). */
export function compareRows(sort: RowSort): (a: OverviewRow, b: OverviewRow) => number {
  const value = sortValue[sort.key];
  const sign = sort.dir === 'ascending' ? 1 : -1;
  return (a, b) => {
    const [x, y] = [value(a), value(b)];
    if (x === y) return 0;
    if (x === null) return 1;
    if (y === null) return -1;
    return sign * (typeof x === 'number' ? x - (y as number) : x.localeCompare(y as string));
  };
}

/**
 * A name as a filter compares it: compatibility-decomposed (NFKD), its combining marks dropped and
 * lower-cased, so "ines" finds "Inês" and "ＴＯＭ" finds "Tom".
 */
export const foldName = (text: string) =>
  text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * Whether a row passes a filter; the text is matched in the mentee's and mentor's names, ignoring
 * case and accents (foldName).
 */
export function rowShown(row: OverviewRow, filter: RowFilter): boolean {
  const { state } = row.standing;
  const byStanding =
    filter.show === 'all' ||
    (filter.show === 'attention' ? needsAttention(row) : state === filter.show);
  const query = foldName(filter.query.trim());
  return (
    byStanding &&
    (query === '' ||
      foldName(`${row.summary.pair.mentee}\n${row.summary.pair.mentor}`).includes(query))
  );
}

/** The rows a filter lets through, in a sort's order (or as given, with no sort). */
export function shownRows(
  rows: readonly OverviewRow[],
  filter: RowFilter,
  sort?: RowSort,
): OverviewRow[] {
  const shown = rows.filter((row) => rowShown(row, filter));
  return sort ? shown.sort(compareRows(sort)) : shown;
}
