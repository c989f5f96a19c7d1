/**
 * The kickoff answers as a stored document: its schema, its empty value and the choices its
 * fields take. Kept apart from the topics' words (../kickoff/topics.ts), so pages that only read the
 * answers (the chooser's formats, the planner's session length) do not load them.
 */
import * as v from '../core/schema-kit';
import { FORMAT_IDS } from '../core/formats';
import {
  DateOrEmpty,
  Id,
  Minutes,
  TimeOrEmpty,
  WholeNumber,
  field,
  group,
  uniqueIds,
} from '../core/schema';
import { declare } from './declaration';
import { CADENCE_IDS, REVIEW_AFTER, SESSION_MINUTES } from './kickoff-choices';
import { programEntries } from './program';

export { CADENCE_IDS, REVIEW_AFTER, SESSION_MINUTES } from './kickoff-choices';

/** Every topic's identifier, in page order; answers are stored by these, so never rename one. */
export const TOPIC_IDS = [
  'backgrounds',
  'hopes',
  'roles',
  'known',
  'is-mentorship',
  'goal',
  'topics',
  'first-win',
  'progress',
  'cadence',
  'scheduling',
  'format',
  'between-sessions',
  'contact',
  'decisions',
  'managers',
  're-evaluate',
  'challenges',
] as const;

/** A topic's identifier. */
export type TopicId = (typeof TOPIC_IDS)[number];

// The choices' ids only: their words are in ../kickoff/topics.ts, which only the pages that show
// them load.

/** A cadence's identifier. */
export type CadenceId = (typeof CADENCE_IDS)[number];

/** Who sends and moves the invites (SCHEDULERS names them). */
export const SCHEDULER_IDS = ['mentee', 'mentor', 'both'] as const;

/** A scheduler's identifier. */
export type SchedulerId = (typeof SCHEDULER_IDS)[number];

/** What the pair decides at the end of a first meeting (GO_AHEAD names them). */
export const GO_AHEAD_IDS = ['go', 'not-yet'] as const;

const TopicAnswerSchema = group({
  agreed: field(v.boolean(), () => false),
  notes: field(v.string(), () => ''),
});

/** One topic's answer. */
export type TopicAnswer = v.InferOutput<typeof TopicAnswerSchema>;

const choiceOf = <T extends string>(ids: readonly T[]) =>
  field(v.picklist(['', ...ids] as const), () => '' as const);

/** How a goal ended, when it has (GOAL_OUTCOMES names them). */
export const GOAL_OUTCOME_IDS = ['reached', 'dropped'] as const;

/** A goal outcome's identifier, or '' for an open goal. */
export type GoalOutcome = (typeof GOAL_OUTCOME_IDS)[number] | '';

/** How many goals may be open at once: a pair works on one to three. */
export const OPEN_GOALS_MAX = 3;

const GoalSchema = v.object({
  id: Id,
  /** What the mentee wants to reach, in their words. */
  what: field(v.string(), () => ''),
  /** How the pair will know it is reached: the evidence they will look for. */
  evidence: field(v.string(), () => ''),
  /** By when, YYYY-MM-DD, or '' for no date; a first win is a goal with a near date. */
  by: field(DateOrEmpty, () => ''),
  outcome: field(v.picklist(['', ...GOAL_OUTCOME_IDS] as const), () => '' as const),
  /** The day it was reached or dropped, YYYY-MM-DD, or '' while open. */
  closedOn: field(DateOrEmpty, () => ''),
});

/** One of the mentorship's goals: what, the evidence that it is reached, and by when. */
export type Goal = v.InferOutput<typeof GoalSchema>;

const kickoffEntries = {
  pair: group({
    mentor: field(v.string(), () => ''),
    mentee: field(v.string(), () => ''),
    startDate: field(DateOrEmpty, () => ''),
  }),
  topics: group(
    Object.fromEntries(TOPIC_IDS.map((id) => [id, TopicAnswerSchema])) as Record<
      TopicId,
      typeof TopicAnswerSchema
    >,
  ),
  cadence: group({
    frequency: choiceOf(CADENCE_IDS),
    minutes: field(v.nullable(Minutes(SESSION_MINUTES)), () => null),
    /** The usual time of day the sessions start, HH:MM, for calendar files. */
    time: field(TimeOrEmpty, () => ''),
  }),
  scheduler: choiceOf(SCHEDULER_IDS),
  goAhead: choiceOf(GO_AHEAD_IDS),
  reevaluate: group({
    mode: choiceOf(['date', 'condition'] as const),
    date: field(DateOrEmpty, () => ''),
    condition: field(v.string(), () => ''),
    /**
     * For a condition: after how many sessions or weeks (counted from the start date, or the last
     * review) the review comes due; null or '' when the condition is not a count.
     */
    after: group({
      count: field(v.nullable(WholeNumber(REVIEW_AFTER)), () => null),
      unit: choiceOf(['sessions', 'weeks'] as const),
    }),
  }),
  formats: field(
    v.pipe(v.array(v.picklist(FORMAT_IDS)), (ids) => new Set(ids).size === ids.length),
    () => [],
  ),
  /** The goals, open and closed, in the order they were set; at most OPEN_GOALS_MAX open. */
  goals: field(uniqueIds(v.array(GoalSchema)), () => []),
  /** The programme the pair belongs to, as its pack set it (program.ts); all empty for none. */
  program: group(programEntries),
};

const KickoffEntries = v.object(kickoffEntries);

/** Everything the pair has filled in. */
export type KickoffState = v.InferOutput<typeof KickoffEntries>;

/**
 * Answers stored before goals were things of their own (no `goals` field) had the goal as the
 * goal topic's note, the evidence as the progress topic's and the short-term win as the first-win
 * topic's. They move over, nothing lost: the goal note becomes the first goal with the progress
 * note as its evidence, the first-win note a second goal, and the notes they came from are cleared.
 * Their ids are fixed (`goal-1`, `goal-2`), so the same answers always read the same.
 */
export function goalsFromNotes(state: KickoffState): KickoffState {
  const { goal, progress, 'first-win': firstWin } = state.topics;
  const goals: Goal[] = [];
  const make = (what: string, evidence: string, n: number): Goal => ({
    id: `goal-${n}`,
    what,
    evidence,
    by: '',
    outcome: '',
    closedOn: '',
  });
  if (goal.notes.trim() || progress.notes.trim()) goals.push(make(goal.notes, progress.notes, 1));
  if (firstWin.notes.trim()) goals.push(make(firstWin.notes, '', goals.length + 1));
  if (goals.length === 0) return state;
  const cleared = (topic: TopicAnswer, moved: boolean) => (moved ? { ...topic, notes: '' } : topic);
  return {
    ...state,
    goals,
    topics: {
      ...state.topics,
      goal: cleared(goal, true),
      progress: cleared(progress, true),
      'first-win': cleared(firstWin, firstWin.notes.trim() !== ''),
    },
  };
}

/**
 * Everything the pair has filled in: the document stored in the browser (with a `version` added
 * by the store), and the kickoff in a share link, backup file or agreement front matter. A field
 * added with a default needs no new version; a changed meaning does. Answers with no `goals`
 * field at all (from before goals) read with their goal notes moved into goals (goalsFromNotes),
 * through every door alike.
 */
export const KickoffSchema: v.GenericSchema<KickoffState> = {
  read: (x, path, reset) => {
    const value = KickoffEntries.read(x, path, reset);
    if (value === v.INVALID) return value;
    const hasGoals = typeof x === 'object' && x !== null && Object.hasOwn(x, 'goals');
    return hasGoals ? value : goalsFromNotes(value);
  },
};

/** The kickoff answers as one of a mentorship's documents (`kickoff`, ./registry.ts). */
export const KICKOFF_DOCUMENT = declare({ field: 'kickoff', version: 1, schema: KickoffSchema });

/** The goals still open (neither reached nor dropped), in order. */
export const openGoals = (state: Pick<KickoffState, 'goals'>) =>
  state.goals.filter((goal) => goal.outcome === '');

/** A checklist with nothing filled in. */
export function emptyKickoff(): KickoffState {
  return v.getDefaults(KickoffSchema);
}

/** Whether nothing at all has been filled in, so there is nothing to lose by starting over. */
export function isEmptyKickoff(state: KickoffState): boolean {
  return JSON.stringify(state) === JSON.stringify(emptyKickoff());
}
