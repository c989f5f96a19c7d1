/**
 * The review playbook's rules: the facts gathered for the period since the last review (or the
 * start), each goal's check-ins over it and the geometry of their chart, what a review must have
 * before it is saved, and what saving it does to the review document and the kickoff answers.
 * Pure functions over the stored documents. Saving (save.ts), the documents (documents.ts) and
 * their files (review-files.ts) load on demand.
 */
import {
  CHECK_IN_STATES,
  type CheckIn,
  type CheckInState,
  type Session,
} from '../documents/agenda';
import type { Goal, KickoffState } from '../documents/kickoff';
import {
  ReviewSchema,
  type GOAL_DECISIONS,
  type GoalDecision,
  type ReviewDraft,
  type ReviewRecord,
  type ReviewState,
} from '../documents/review';
import { getDefaults } from '../core/schema-kit';
import { dayText, expectedSessions, sessionDay, type ReviewDue } from './every-page/due';
import { count } from '../core/words';
import { cleanLine } from '../core/markdown';

export {
  reviewDue,
  addDays,
  dayText,
  expectedSessions,
  sessionDay,
  type ReviewDue,
} from './every-page/due';

/** How each decision on a goal reads. */
export const GOAL_DECISION_LABELS: Record<(typeof GOAL_DECISIONS)[number], string> = {
  reached: 'Reached',
  keep: 'Keep going',
  change: 'Change it',
  drop: 'Drop it',
};

/** How each decision on the mentorship reads. */
export const MENTORSHIP_DECISION_LABELS = {
  'carry-on': 'Carry on as we are',
  change: 'Change the format or cadence',
  pause: 'Pause until a date',
  end: 'End the mentorship',
} as const;

/** The questions each person answers, by field of their reflection. */
export const REFLECTION_QUESTIONS = [
  { id: 'working', label: 'What is working?' },
  { id: 'change', label: 'What would you change?' },
  { id: 'learned', label: 'What have you learned?' },
  { id: 'keep', label: 'Feedback for the other: keep doing' },
  { id: 'start', label: 'Feedback for the other: start doing' },
  { id: 'stop', label: 'Feedback for the other: stop doing' },
] as const;

/** A reflection question's field. */
export type ReflectionField = (typeof REFLECTION_QUESTIONS)[number]['id'];

/** A review document with nothing in it. */
export const emptyReview = (): ReviewState => getDefaults(ReviewSchema);

/** A review being filled in with nothing in it. */
export const emptyDraft = (): ReviewDraft => emptyReview().draft;

/** The pair's names as the documents use them, with the role when a name is missing. */
export function names(pair: Pick<KickoffState['pair'], 'mentor' | 'mentee'>) {
  return {
    mentor: cleanLine(pair.mentor) || 'The mentor',
    mentee: cleanLine(pair.mentee) || 'The mentee',
  };
}

/** A person as their parts are headed: "Priya (mentor)", or "The mentor" without a name. */
export function personLabel(
  pair: Pick<KickoffState['pair'], 'mentor' | 'mentee'>,
  role: 'mentor' | 'mentee',
): string {
  const name = cleanLine(pair[role]);
  return name ? `${name} (${role})` : `The ${role}`;
}

/** A check-in state's words. */
export const stateLabel = (state: CheckInState | '') =>
  CHECK_IN_STATES.find((s) => s.id === state)?.label ?? 'No check-in';

/** A goal over the period: its words, how it stands, and its check-in at each session. */
export interface GoalFacts {
  id: string;
  what: string;
  evidence: string;
  by: string;
  /** How it ended ('' while open, as in the kickoff). */
  outcome: Goal['outcome'];
  closedOn: string;
  /** Whether the kickoff still has it (a check-in may name a goal since deleted). */
  known: boolean;
  /** Its check-in at each session of the period, oldest first; undefined where there was none. */
  trail: (CheckIn | undefined)[];
}

/** What happened over the period a review looks back on. */
export interface ReviewFacts {
  /** The period: from the last review (or the start), to today, YYYY-MM-DD. */
  from: string;
  to: string;
  /** Whether the period starts at the mentorship's start rather than at a review. */
  fromStart: boolean;
  /** The days of the sessions held in the period, oldest first. */
  days: string[];
  held: number;
  /** How many sessions the agreed cadence implies over the period; null without a regular one. */
  expected: number | null;
  /** Action items finished, and still open (carried), counted once each. */
  done: number;
  carried: number;
  goals: GoalFacts[];
}

/** What the facts are gathered from. */
export interface FactsInput {
  kickoff: Pick<KickoffState, 'pair' | 'cadence' | 'goals'>;
  /** The finished sessions, newest first (as the history keeps them). */
  sessions: readonly Session[];
  /** The finished reviews, newest first. */
  reviews: readonly Pick<ReviewRecord, 'on'>[];
  today: string;
}

/**
 * The facts for the period since the last review (or the start date, or the first session): the
 * sessions held against those the cadence implies, the action items done and carried (each item
 * once, as it last stood), and each goal's check-ins at each session. The goals are the open ones,
 * those closed in the period, and any a check-in names that the kickoff no longer has.
 */
export function gatherFacts({ kickoff, sessions, reviews, today }: FactsInput): ReviewFacts {
  const last = reviews[0]?.on ?? '';
  const oldest = sessions.length ? sessionDay(sessions.at(-1)!) : '';
  const from = last || kickoff.pair.startDate || oldest || today;
  const inPeriod = sessions
    .filter((s) => (last ? sessionDay(s) > last : sessionDay(s) >= from))
    .reverse();
  const items = new Map<string, boolean>();
  for (const session of inPeriod)
    for (const item of [...session.carried, ...session.actions]) items.set(item.id, item.done);
  const done = [...items.values()].filter(Boolean).length;
  const trailOf = (id: string) => inPeriod.map((s) => s.checkIns.find((c) => c.goal === id));
  const known: GoalFacts[] = kickoff.goals
    .filter((goal) => goal.outcome === '' || goal.closedOn >= from)
    .map((goal) => ({ ...goal, known: true, trail: trailOf(goal.id) }));
  const named = new Map<string, string>();
  for (const session of inPeriod)
    for (const checkIn of session.checkIns)
      if (!kickoff.goals.some((g) => g.id === checkIn.goal)) named.set(checkIn.goal, checkIn.what);
  const gone: GoalFacts[] = [...named].map(([id, what]) => ({
    id,
    what,
    evidence: '',
    by: '',
    outcome: '',
    closedOn: '',
    known: false,
    trail: trailOf(id),
  }));
  return {
    from,
    to: today,
    fromStart: !last,
    days: inPeriod.map(sessionDay),
    held: inPeriod.length,
    expected: expectedSessions(kickoff.cadence.frequency, from, today, !last),
    done,
    carried: items.size - done,
    goals: [...known, ...gone],
  };
}

/** The facts in sentences: the period, the sessions against the cadence, the action items. */
export function factLines(
  facts: Pick<ReviewFacts, 'from' | 'to' | 'held' | 'expected' | 'done' | 'carried'>,
) {
  return {
    period: `${dayText(facts.from)} to ${dayText(facts.to)}`,
    sessions:
      facts.expected === null
        ? `${count(facts.held, 'session')} held (no regular cadence agreed to compare with)`
        : `${count(facts.held, 'session')} held, of ${facts.expected} the agreed cadence implies`,
    items: `${count(facts.done, 'action item')} done, ${facts.carried} still open (carried)`,
  };
}

// The chart: one row per state, one column per session.
const ROW_ORDER: readonly CheckInState[] = ['done', 'moving', 'stuck', 'not-started'];
const GUTTER = 92;
const COLUMN = 60;
const ROW = 30;
const TOP = 16;
const BOTTOM = 34;
const RADIUS = 7;

/** The shape of each state's mark, as an SVG path around (x, y): shape, not colour alone, tells them apart. */
function markPath(state: CheckInState, x: number, y: number): string {
  const r = RADIUS;
  switch (state) {
    case 'done': // a diamond
      return `M${x} ${y - r - 2}L${x + r + 2} ${y}L${x} ${y + r + 2}L${x - r - 2} ${y}Z`;
    case 'moving': // a triangle pointing up
      return `M${x} ${y - r - 1}L${x + r + 1} ${y + r}L${x - r - 1} ${y + r}Z`;
    case 'stuck': // a square
      return `M${x - r} ${y - r}H${x + r}V${y + r}H${x - r}Z`;
    case 'not-started': // a ring, drawn as two arcs
      return `M${x - r} ${y}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0Z`;
  }
}

/** A goal's timeline as drawing data: rows, columns, marks and the line through them. */
export interface TimelineChart {
  width: number;
  height: number;
  rows: { state: CheckInState; label: string; y: number }[];
  columns: { x: number; day: string; label: string }[];
  marks: { x: number; y: number; state: CheckInState; d: string; label: string }[];
  /** The line joining check-ins one after the other (a session without one breaks it), as path data. */
  line: string;
  /** The whole chart in words, for its text alternative. */
  text: string;
}

/** The chart of one goal's check-ins over the sessions of the period (`days`, oldest first). */
export function timelineChart(goal: Pick<GoalFacts, 'what' | 'trail'>, days: readonly string[]) {
  const rows = ROW_ORDER.map((state, i) => ({
    state,
    label: stateLabel(state),
    y: TOP + i * ROW + ROW / 2,
  }));
  const yOf = (state: CheckInState) => rows.find((r) => r.state === state)!.y;
  const columns = days.map((day, i) => ({
    x: GUTTER + i * COLUMN + COLUMN / 2,
    day,
    label: dayText(day).replace(/ \d{4}$/, ''),
  }));
  const marks = goal.trail.flatMap((checkIn, i) => {
    if (!checkIn) return [];
    const x = columns[i]!.x;
    const y = yOf(checkIn.state);
    const label = `${stateLabel(checkIn.state)} on ${dayText(days[i]!)}`;
    return [{ x, y, state: checkIn.state, d: markPath(checkIn.state, x, y), label }];
  });
  let line = '';
  goal.trail.forEach((checkIn, i) => {
    if (!checkIn) return;
    const joined = i > 0 && goal.trail[i - 1];
    line += `${joined ? 'L' : 'M'}${columns[i]!.x} ${yOf(checkIn.state)}`;
  });
  const said = goal.trail.map(
    (c, i) => `${c ? stateLabel(c.state) : 'no check-in'} on ${dayText(days[i]!)}`,
  );
  const text = days.length
    ? `Check-ins on “${goal.what.trim() || 'a goal with no words'}”: ${said.join(', ')}.`
    : `No sessions in this period, so no check-ins on “${goal.what.trim() || 'a goal with no words'}”.`;
  return {
    width: GUTTER + Math.max(1, days.length) * COLUMN + 8,
    height: TOP + ROW_ORDER.length * ROW + BOTTOM,
    rows,
    columns,
    marks,
    line,
    text,
  } satisfies TimelineChart;
}

/** A goal's decision in the review being filled in, or one with none made yet. */
export const decisionFor = (draft: Pick<ReviewDraft, 'goals'>, goal: string) =>
  draft.goals.find((d) => d.goal === goal);

/** The review with a goal's decision (or its new words) changed. */
export function decideGoal(
  draft: ReviewDraft,
  goal: Pick<Goal, 'id' | 'what'>,
  change: Partial<Pick<GoalDecision, 'decision' | 'changed'>>,
): ReviewDraft {
  const current = decisionFor(draft, goal.id) ?? {
    goal: goal.id,
    what: goal.what,
    decision: '' as const,
    changed: '',
    trail: [],
  };
  const next = { ...current, ...change };
  const goals = decisionFor(draft, goal.id)
    ? draft.goals.map((d) => (d.goal === goal.id ? next : d))
    : [...draft.goals, next];
  return { ...draft, goals };
}

/** Where the review stands, in a sentence for the review page. */
export function dueText(due: ReviewDue): string {
  switch (due.kind) {
    case 'ended':
      return `This mentorship ended on ${dayText(due.on) || 'a day not recorded'}. It stays here to read.`;
    case 'paused':
      return due.until
        ? `This mentorship is paused until ${dayText(due.until)}.`
        : 'This mentorship is paused.';
    case 'none':
      return 'No review date or count of sessions or weeks is agreed in the kickoff: review whenever you are ready.';
    case 'later':
      return due.on
        ? `The next review is due on ${dayText(due.on)}.`
        : `The next review is due after ${due.left} more ${due.left === 1 ? 'session' : 'sessions'}.`;
    case 'put-off':
      return `A review has been due since ${dayText(due.since)}; its reminder is put off until ${dayText(due.until)}.`;
    case 'due':
      return `A review is due: it came due on ${dayText(due.since)}.`;
  }
}
