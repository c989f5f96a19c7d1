/**
 * The review playbook's stored document: the review being filled in, the finished reviews (newest
 * first), the day the "review is due" notice is put off until, and whether the mentorship is paused
 * or has ended. Only the shape: the rules and words are in ../review/, which only the review page
 * and the notice load with this file.
 */
import * as v from '../core/schema-kit';
import { DateOrEmpty, Id, WholeNumber, field, group, uniqueIds } from '../core/schema';
import { CHECK_IN_STATES } from './agenda';
import { declare } from './declaration';

const text = () => field(v.string(), () => '');
const date = () => field(DateOrEmpty, () => '');
const choice = <const T extends string>(ids: readonly T[]) =>
  field(v.picklist(['', ...ids] as const), () => '' as const);

/** What a review decides for a goal: reached, keep going, change its words, or drop it. */
export const GOAL_DECISIONS = ['reached', 'keep', 'change', 'drop'] as const;

/** What a review decides for the mentorship: carry on, change format or cadence, pause, or end. */
export const MENTORSHIP_DECISIONS = ['carry-on', 'change', 'pause', 'end'] as const;

/** One person's reflection: what works, what to change, what they learned, and feedback. */
const Reflection = group({
  working: text(),
  change: text(),
  learned: text(),
  keep: text(),
  start: text(),
  stop: text(),
});

const GoalDecisionSchema = v.object({
  /** The goal's id (KickoffState['goals']). */
  goal: Id,
  /** The goal's words at the review, so a finished review reads alone. */
  what: text(),
  decision: choice(GOAL_DECISIONS),
  /** The goal's new words, when the decision is to change it. */
  changed: text(),
  /** The goal's check-ins over the period, oldest first, '' for a session without one. */
  trail: field(v.array(v.picklist(['', ...CHECK_IN_STATES.map((s) => s.id)])), () => []),
});

/** What a review decides about one goal. */
export type GoalDecision = v.InferOutput<typeof GoalDecisionSchema>;

const NewGoalSchema = v.object({ id: Id, what: text(), evidence: text(), by: date() });

/** A goal a review adds. */
export type NewGoal = v.InferOutput<typeof NewGoalSchema>;

const AnswerSchema = v.object({
  /** The programme's question's id (ProgramQuestion in program.ts). */
  id: Id,
  /** The question's words when it was answered, so a finished review reads alone. */
  question: text(),
  answer: text(),
});

/** The pair's answer to one of their programme's review questions. */
export type ProgramAnswer = v.InferOutput<typeof AnswerSchema>;

const count = () => field(WholeNumber({ min: 0, max: 1e6 }), () => 0);

const reviewEntries = {
  mentor: Reflection,
  mentee: Reflection,
  goals: field(v.array(GoalDecisionSchema), () => []),
  added: field(uniqueIds(v.array(NewGoalSchema)), () => []),
  decision: choice(MENTORSHIP_DECISIONS),
  /** For a change: what changes in the format or cadence. */
  change: text(),
  /** For a pause: until when, YYYY-MM-DD. */
  until: date(),
  /** For an ending: what comes next for the mentee. */
  next: text(),
  /** For carrying on: the next review's date, YYYY-MM-DD. */
  nextReview: date(),
  /** The answers to the programme's review questions (kickoff's `program`), when it has any. */
  answers: field(uniqueIds(v.array(AnswerSchema)), () => []),
};

/** The review being filled in. */
export type ReviewDraft = v.ObjectOutput<typeof reviewEntries>;

/** A finished review's schema, also for reading one back from its file. */
export const ReviewRecordSchema = v.object({
  ...reviewEntries,
  id: Id,
  /** The day it was saved, YYYY-MM-DD. */
  on: date(),
  /** What happened over the period it looked back on, as gathered when it was saved. */
  facts: group({
    from: date(),
    to: date(),
    held: count(),
    /** The sessions the agreed cadence implies; null without a regular cadence. */
    expected: field(v.nullable(WholeNumber({ min: 0, max: 1e6 })), () => null),
    done: count(),
    carried: count(),
  }),
});

/** A finished review, as kept in the history of reviews and its file. */
export type ReviewRecord = v.InferOutput<typeof ReviewRecordSchema>;

/** The stored document of reviews (its `version` is added by the store). */
export const ReviewSchema = v.object({
  draft: group(reviewEntries),
  /** Finished reviews, newest first. */
  reviews: field(uniqueIds(v.array(ReviewRecordSchema)), () => []),
  /** The "review is due" notice stays away until this day, YYYY-MM-DD. */
  putOff: date(),
  /** The mentorship's state: going on (''), paused until a date, or ended on a date. */
  state: group({
    status: choice(['paused', 'ended'] as const),
    until: date(),
    on: date(),
    /** What comes next for the mentee, once it has ended. */
    next: text(),
  }),
});

/** The review playbook's stored document. */
export type ReviewState = v.InferOutput<typeof ReviewSchema>;

/** The reviews as one of a mentorship's documents (registered as `review`, ./registry.ts). */
export const REVIEW_DOCUMENT = declare({ field: 'review', version: 1, schema: ReviewSchema });
