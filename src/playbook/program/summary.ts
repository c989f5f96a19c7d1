/**
 * The progress summary (issue 27): what a pair chooses to send its programme's coordinator, as a
 * file or a `#summary=` link. It holds the pair's names, the programme, the kickoff date, the
 * cadence, the sessions held and the last one's day, each goal's words with its latest check-in,
 * the reviews done and the next one due, and whether the mentorship is paused or has ended, and
 * **nothing else**: no topic notes, agenda text, action items, check-in notes, reflections or
 * answers (a property test checks it over generated mentorships). Format, version 1:
 * ```
 * { "format": "mentorship-playbook-progress-summary", "version": 1, "madeOn": "2026-11-30",
 *   "mentorship": "<id>", "pair": { "mentor": "Priya", "mentee": "Tom" },
 *   "program": { "id": "acme-spring-2027", "name": "…" }, "kickoffDate": "2026-09-23",
 *   "cadence": "every-two-weeks", "minutes": 45,
 *   "sessions": { "held": 6, "last": "2026-11-25" },
 *   "goals": [{ "id": "goal-1", "what": "…", "by": "", "outcome": "", "latest": "moving",
 *               "latestOn": "2026-11-25" }],
 *   "reviews": { "done": 1, "last": "2026-11-04", "nextOn": "2027-01-13", "nextAfterSessions": null,
 *                "dueSince": "" },
 *   "status": { "state": "active", "since": "", "until": "" } }
 * ```
 * `sessions.held` is null when it is not known: a summary read from an agreement file, which holds
 * the kickoff answers only. The same schema reads a file, a link and the overview kept in a browser.
 */
import * as v from '../core/schema-kit';
import { DateOrEmpty, Id, SAFE_ID, WholeNumber, field, group, readDocument } from '../core/schema';
import { CHECK_IN_STATES } from '../documents/agenda';
import { CADENCE_IDS, GOAL_OUTCOME_IDS, SESSION_MINUTES } from '../documents/kickoff';
import { decodeFragmentSaid } from '../portable/fragment';
import { checkFormat, readJsonFile, type JsonFormat } from '../files/json-file';
import { SUMMARY_FORMAT, SUMMARY_GOALS_MAX, SUMMARY_LINK, SUMMARY_VERSION } from './make-summary';

export {
  SUMMARY_FORMAT,
  SUMMARY_GOALS_MAX,
  SUMMARY_VERSION,
  encodeSummary,
  progressSummary,
  summaryDocument,
  summaryFile,
  type SummaryInput,
} from './make-summary';

/** The summary file's format: far above any real summary (a kilobyte or two) in size. */
export const SUMMARY_FILE: JsonFormat = {
  format: SUMMARY_FORMAT,
  version: SUMMARY_VERSION,
  maxChars: 200_000,
  what: 'progress summary',
};

const text = () =>
  field(
    v.pipe(v.string(), (s) => s.length <= 1000),
    () => '',
  );
const date = () => field(DateOrEmpty, () => '');
const count = () => field(WholeNumber({ min: 0, max: 1e6 }), () => 0);
const STATES = CHECK_IN_STATES.map((s) => s.id);

const GoalSummarySchema = v.object({
  id: Id,
  /** The goal's words. */
  what: text(),
  /** By when, YYYY-MM-DD, or ''. */
  by: date(),
  /** '' while open. */
  outcome: field(v.picklist(['', ...GOAL_OUTCOME_IDS] as const), () => '' as const),
  /** Where it stood at its latest check-in, '' when it has none. */
  latest: field(v.picklist(['', ...STATES] as const), () => '' as const),
  /** The day of that check-in, YYYY-MM-DD, or ''. */
  latestOn: date(),
});

/** One goal as a summary gives it. */
export type GoalSummary = v.InferOutput<typeof GoalSummarySchema>;

const summaryEntries = {
  /** The mentorship's id, which tells two summaries of one pair (the newer counts). */
  mentorship: Id,
  /** The day it was made, YYYY-MM-DD. */
  madeOn: date(),
  pair: group({ mentor: text(), mentee: text() }),
  program: group({
    id: field(
      v.pipe(v.string(), (s) => s === '' || SAFE_ID.test(s)),
      () => '',
    ),
    name: text(),
  }),
  kickoffDate: date(),
  cadence: field(v.picklist(['', ...CADENCE_IDS] as const), () => '' as const),
  minutes: field(v.nullable(WholeNumber(SESSION_MINUTES)), () => null),
  sessions: group({
    held: field(v.nullable(WholeNumber({ min: 0, max: 1e6 })), () => null),
    last: date(),
  }),
  goals: field(
    v.pipe(v.array(GoalSummarySchema), (goals) => goals.length <= SUMMARY_GOALS_MAX),
    () => [],
  ),
  reviews: group({
    done: count(),
    /** The last review's day. */
    last: date(),
    /** The next review's day, when the agreement sets one. */
    nextOn: date(),
    /** Or after how many more sessions it comes due. */
    nextAfterSessions: field(v.nullable(WholeNumber({ min: 0, max: 1e6 })), () => null),
    /** The day it came due, when it is due and not yet held. */
    dueSince: date(),
  }),
  status: group({
    state: field(v.picklist(['active', 'paused', 'ended'] as const), () => 'active' as const),
    /** The day it ended. */
    since: date(),
    /** Paused until, '' for no date. */
    until: date(),
  }),
};

/** A progress summary, as its file, its link and a kept overview hold it. */
export const SummarySchema = v.object(summaryEntries);

/** A progress summary. */
export type ProgressSummary = v.InferOutput<typeof SummarySchema>;

/** What reading a summary gave: the summary and the paths left out, or why it cannot be used. */
export type SummaryRead =
  { ok: true; summary: ProgressSummary; reset: string[] } | { ok: false; message: string };

/** Reads a parsed summary, its format and version checked; never throws. */
export function readSummaryData(data: unknown): SummaryRead {
  const checked = checkFormat(data, SUMMARY_FILE);
  if (!checked.ok) return checked;
  const goals = checked.data.goals;
  if (Array.isArray(goals) && goals.length > SUMMARY_GOALS_MAX)
    return {
      ok: false,
      message: `This progress summary lists ${goals.length.toLocaleString('en')} goals, where this site reads at most ${SUMMARY_GOALS_MAX}; it was not read.`,
    };
  const { format: _, version: __, ...fields } = checked.data;
  const read = readDocument(SummarySchema, fields);
  if (!read)
    return {
      ok: false,
      message:
        'This progress summary does not say which mentorship it is from (its "mentorship" id).',
    };
  // Under `summary.`, where resetName (../portable/reset-names.ts) finds the summary's words.
  return { ok: true, summary: read.value, reset: read.reset.map((path) => `summary.${path}`) };
}

/** Reads a summary file's text, in full; never throws. */
export function readSummary(text: string): SummaryRead {
  const file = readJsonFile(text, SUMMARY_FILE);
  return file.ok ? readSummaryData(file.data) : file;
}

/** Reads a `#summary=` fragment (with or without "#"), however mangled on the way; never throws. */
export async function decodeSummary(fragment: string): Promise<SummaryRead> {
  return decodeFragmentSaid(fragment, {
    ...SUMMARY_LINK,
    maxBytes: SUMMARY_FILE.maxChars,
    what: 'progress summary',
    link: 'progress summary link',
    read: readSummaryData,
  });
}
