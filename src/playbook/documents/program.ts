/**
 * The mentoring programme a pair belongs to, as its programme pack sets it (issue 27): its name,
 * the cadence and session length it suggests, its review points and review questions, the day its
 * round ends and when it counts a pair as stalled. One schema for every door: the pack file and
 * its `#program=` link (../program/pack.ts), and the copy a pair keeps in its kickoff answers
 * (`program` in kickoff.ts), which travels with the mentorship in share links, backups and the
 * agreement's front matter. Only the shape: the rules are in ../program/, loaded on demand.
 */
import * as v from '../core/schema-kit';
import { DateOrEmpty, Id, SAFE_ID, WholeNumber, field, uniqueIds } from '../core/schema';
import { CADENCE_IDS, REVIEW_AFTER, SESSION_MINUTES } from './kickoff-choices';

/** The most review points and review questions a programme may set. */
export const PROGRAM_LIMITS = { points: 20, questions: 20, text: 500 } as const;

/** Days without a session after which a pair counts as stalled, when a pack sets none. */
export const STALLED_AFTER_DAYS = 21;

/** Days a review point may pass before its review counts as overdue, when a pack sets none. */
export const REVIEW_GRACE_DAYS = 7;

const text = (max: number = PROGRAM_LIMITS.text) =>
  field(
    v.pipe(v.string(), (s) => s.length <= max),
    () => '',
  );
const capped = <T>(list: v.GenericSchema<T[]>, max: number) =>
  v.pipe(list, (items) => items.length <= max);

const ReviewPointSchema = v.pipe(
  v.object({
    /** What the programme calls this review ("Six weeks in"). */
    label: text(200),
    /** Weeks after the kickoff date, or null for the round's end. */
    weeks: field(v.nullable(WholeNumber(REVIEW_AFTER)), () => null),
    /** The review at the end of the round (the pack's `roundEnds`). */
    end: field(v.boolean(), () => false),
  }),
  (point) => (point.weeks !== null) !== point.end,
);

/** A point in the round when the programme asks each pair to hold a review. */
export type ReviewPoint = v.InferOutput<typeof ReviewPointSchema>;

const QuestionSchema = v.object({ id: Id, text: v.pipe(v.string(), (s) => s.trim() !== '') });

/** A question the programme asks at each review, answered by the pair in the review playbook. */
export type ProgramQuestion = v.InferOutput<typeof QuestionSchema>;

/** The programme's fields, shared by the pack file and the copy kept in the kickoff answers. */
export const programEntries = {
  /** The programme's own id (letters, digits, "-", "_"), or '' when the pair has none. */
  id: field(
    v.pipe(v.string(), (s) => s === '' || SAFE_ID.test(s)),
    () => '',
  ),
  name: text(200),
  /** The cadence it suggests, '' for none. */
  cadence: field(v.picklist(['', ...CADENCE_IDS] as const), () => '' as const),
  /** The session length it suggests, in minutes. */
  minutes: field(v.nullable(WholeNumber(SESSION_MINUTES)), () => null),
  reviewPoints: field(capped(v.array(ReviewPointSchema), PROGRAM_LIMITS.points), () => []),
  reviewQuestions: field(
    capped(uniqueIds(v.array(QuestionSchema)), PROGRAM_LIMITS.questions),
    () => [],
  ),
  /** The day the round ends, YYYY-MM-DD, or ''. */
  roundEnds: field(DateOrEmpty, () => ''),
  /** Days without a session (since the last one, or the kickoff) after which a pair is stalled. */
  stalledAfterDays: field(v.nullable(WholeNumber({ min: 1, max: 366 })), () => null),
  /** Days past a review point before its review is overdue. */
  reviewGraceDays: field(v.nullable(WholeNumber({ min: 0, max: 366 })), () => null),
  /** Who the pairs write to about the programme (a name, an address), as the pack gives it. */
  contact: text(200),
};

/** A programme as its pack sets it; all empty for a pair in no programme. */
export const ProgramSchema = v.object(programEntries);

/** A programme as its pack sets it. */
export type Program = v.InferOutput<typeof ProgramSchema>;

/** Whether a pair belongs to a programme (its kickoff's copy names one). */
export const inProgram = (program: Pick<Program, 'name'>) => program.name.trim() !== '';

/** No programme: what a pair outside any programme keeps. */
export const emptyProgram = (): Program => v.getDefaults(ProgramSchema);
