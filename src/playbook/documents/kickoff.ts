/**
 * The kickoff answers as a stored document: its schema, its empty value and the choices its
 * fields take. Kept apart from the topics' words (../kickoff/topics.ts), so pages that only read the
 * answers (the chooser's formats, the planner's session length) do not load them.
 */
import * as v from '../core/schema-kit';
import { FORMATS } from '../core/formats';
import { DateOrEmpty, Minutes, TimeOrEmpty, field, group } from '../core/schema';

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

/** How often the pair meets. */
export const CADENCES = [
  { id: 'weekly', label: 'Weekly' },
  { id: 'every-two-weeks', label: 'Every two weeks' },
  { id: 'monthly', label: 'Monthly' },
  { id: 'ad-hoc', label: 'When needed (booked by the mentee)' },
] as const;

/** A cadence's identifier. */
export type CadenceId = (typeof CADENCES)[number]['id'];

/** Who sends and moves the invites. */
export const SCHEDULERS = [
  { id: 'mentee', label: 'The mentee' },
  { id: 'mentor', label: 'The mentor' },
  { id: 'both', label: 'Either of us' },
] as const;

/** What the pair decides at the end of a first meeting: to go ahead, or not yet. */
export const GO_AHEAD = [
  { id: 'go', label: 'We go ahead' },
  { id: 'not-yet', label: 'Not yet' },
] as const;

/** A scheduler's identifier. */
export type SchedulerId = (typeof SCHEDULERS)[number]['id'];

/** Session lengths the checklist accepts, in minutes. */
export const SESSION_MINUTES = { min: 10, max: 240, step: 5 } as const;

const TopicAnswerSchema = group({
  agreed: field(v.boolean(), () => false),
  notes: field(v.string(), () => ''),
});

/** One topic's answer. */
export type TopicAnswer = v.InferOutput<typeof TopicAnswerSchema>;

const choiceOf = <T extends string>(ids: readonly T[]) =>
  field(v.picklist(['', ...ids] as const), () => '' as const);

/**
 * Everything the pair has filled in: the document stored in the browser (with a `version` added
 * by the store). A field added with a default needs no new version; a changed meaning does.
 */
export const KickoffSchema = v.object({
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
    frequency: choiceOf(CADENCES.map((c) => c.id)),
    minutes: field(v.nullable(Minutes(SESSION_MINUTES)), () => null),
    /** The usual time of day the sessions start, HH:MM, for calendar files. */
    time: field(TimeOrEmpty, () => ''),
  }),
  scheduler: choiceOf(SCHEDULERS.map((s) => s.id)),
  goAhead: choiceOf(GO_AHEAD.map((g) => g.id)),
  reevaluate: group({
    mode: choiceOf(['date', 'condition'] as const),
    date: field(DateOrEmpty, () => ''),
    condition: field(v.string(), () => ''),
  }),
  formats: field(
    v.pipe(
      v.array(v.picklist(FORMATS.map((f) => f.id))),
      (ids) => new Set(ids).size === ids.length,
    ),
    () => [],
  ),
});

/** Everything the pair has filled in. */
export type KickoffState = v.InferOutput<typeof KickoffSchema>;

/** A checklist with nothing filled in. */
export function emptyKickoff(): KickoffState {
  return v.getDefaults(KickoffSchema);
}

/** Whether nothing at all has been filled in, so there is nothing to lose by starting over. */
export function isEmptyKickoff(state: KickoffState): boolean {
  return JSON.stringify(state) === JSON.stringify(emptyKickoff());
}
