/**
 * A mentorship as one portable document, for everything that carries it out of the browser: the
 * share link, the backup file and the agreement's front matter. Its fields are the index entry's
 * and one per document of the registry (../documents/registry.ts), read by the same schemas as
 * localStorage, so each door follows the same rule: a missing field reads as its default, a value
 * that does not fit resets that field only, and the reader is told which. Beside them, `marks`
 * carries each document's change marks (src/playbook/merge/marks.ts) under the document's field,
 * so that two copies can be merged: optional (data from before marks, or a document never
 * changed, has none, and reads as older than any marked change), and never refused: marks that do
 * not read as marks read as none.
 */
import * as v from '../core/schema-kit';
import { field, readDocument } from '../core/schema';
import { MentorshipId } from '../documents/mentorships';
import { emptyOf, encodeStored } from '../core/stored-document';
import { latestMark, readMarks, type Marks } from '../merge/marks';
import { DOCUMENT_NAMES, type DocumentName } from '../documents/names';
import { declarationOf, type DocumentValue, type MentorshipDocuments } from '../documents/registry';

/** The version of the portable format this site writes and reads. */
export const PORTABLE_VERSION = 1;

/** Each registered document's field in a portable mentorship, and what it reads. */
type DocumentFields = {
  [N in DocumentName as MentorshipDocuments[N]['field']]: v.GenericSchema<DocumentValue<N>>;
};

/** A document's field in a portable mentorship (`kickoff`, `chooser`, `agenda`, `history`, …). */
export type DocumentField = MentorshipDocuments[DocumentName]['field'];

/** The change marks of a mentorship's documents, by their fields; a document with none is left out. */
export type MarksByField = Partial<Record<DocumentField, Marks>>;

const isRecord = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

const FIELDS = DOCUMENT_NAMES.map((name) => declarationOf(name).field);

/**
 * Whether marks hold anything: a marked change, a removal, a merge seen or a value kept. Marks that
 * hold nothing are left out of what travels.
 */
export const hasMarks = (marks: Marks | undefined): marks is Marks =>
  !!marks && (latestMark(marks) > 0 || marks.kept.length > 0);

/** Reads each document's marks (readMarks) under its field; anything else is left out. */
const MarksSchema: v.GenericSchema<MarksByField> = {
  read: (x) => {
    const out: MarksByField = {};
    if (isRecord(x))
      for (const key of FIELDS) {
        const marks = Object.hasOwn(x, key) ? readMarks(x[key]) : undefined;
        if (hasMarks(marks)) out[key] = marks;
      }
    return out;
  },
};

/** One mentorship with everything it holds: its entry in the index and each registered document. */
export const PortableSchema = v.object({
  id: MentorshipId,
  name: field(v.string(), () => ''),
  createdAt: field(v.string(), () => ''),
  ...(Object.fromEntries(
    DOCUMENT_NAMES.map((name) => {
      const { field: key, schema } = declarationOf(name);
      return [key, field<object>(schema, () => emptyOf(schema))];
    }),
  ) as unknown as DocumentFields),
  marks: v.optional(MarksSchema),
});

/** A mentorship as it travels. */
export type Portable = v.InferOutput<typeof PortableSchema>;

/** Why a document could not be read, in words a person can act on. */
export type ReadProblem =
  | { kind: 'newer'; version: number }
  | { kind: 'not-a-mentorship' }
  | { kind: 'unreadable'; detail: string }
  | { kind: 'too-large'; detail: string };

/**
 * The most of each list a mentorship may hold, far past any real one (weekly sessions for twenty
 * years are about 1,000; three goals open at a time, closed at a review every few months, are a
 * few dozen over years), so that reading what comes from outside takes well under a second. A
 * session has at most one check-in per goal. 100 goals stay under an agreement's cap on keys.
 */
export const LIMITS = {
  sessions: 2000,
  parts: 100,
  items: 500,
  goals: 100,
  checkIns: 100,
} as const;

const listLength = (list: unknown) => (Array.isArray(list) ? list.length : 0);

/**
 * The most change marks one document may carry, far past any real one: a mark is kept per answer
 * and per item of a list (a session, a part, an action item, a goal, a review, not each of their
 * fields), so a mentorship at LIMITS has a few thousand; a tombstone lasts 180 days (a few hundred
 * removals); a value kept from a conflict is one answer or item, and a pair merging weekly for
 * years keeps a few hundred. `keptCharacters` caps the kept values' JSON, all together.
 */
export const MARK_LIMITS = {
  marks: 20_000,
  removed: 20_000,
  kept: 2_000,
  keptCharacters: 2_000_000,
} as const;

/** The first mark limit (MARK_LIMITS) the raw marks of one document go past, in words. */
function pastMarkLimits(marks: unknown, where: string, past: Past): string | undefined {
  if (!isRecord(marks)) return undefined;
  const keys = (x: unknown) => (isRecord(x) ? Object.keys(x).length : 0);
  const tooMany =
    past(keys(marks.at), MARK_LIMITS.marks, 'change marks', where) ??
    past(keys(marks.removed), MARK_LIMITS.removed, 'removals marked', where) ??
    past(listLength(marks.kept), MARK_LIMITS.kept, 'values kept from conflicts', where);
  if (tooMany || !Array.isArray(marks.kept)) return tooMany;
  // Counted only once the list is within its cap, so this costs no more than reading it.
  return past(
    JSON.stringify(marks.kept).length,
    MARK_LIMITS.keptCharacters,
    'characters of values kept from conflicts',
    where,
  );
}

/** The most reviews a mentorship may hold, and goals one review may decide on or add. */
export const REVIEW_LIMITS = { reviews: 500, goals: 100 } as const;

type Past = (count: number, limit: number, what: string, where: string) => string | undefined;

/** The first review limit (REVIEW_LIMITS) the review document goes past, in words (see pastLimits). */
function pastReviewLimits(review: unknown, past: Past): string | undefined {
  const { draft, reviews } = (review ?? {}) as Record<string, unknown>;
  const goals = (holder: unknown, where: string) => {
    const { goals, added } = (holder ?? {}) as Record<string, unknown>;
    const trails = Array.isArray(goals) ? goals : [];
    return (
      past(listLength(goals), REVIEW_LIMITS.goals, 'goal decisions', where) ??
      past(listLength(added), REVIEW_LIMITS.goals, 'goals added', where) ??
      trails
        .map((goal) => (goal ?? {}) as Record<string, unknown>)
        .reduce<string | undefined>(
          (found, goal) =>
            found ?? past(listLength(goal.trail), LIMITS.sessions, 'check-ins on a goal', where),
          undefined,
        )
    );
  };
  const tooMany = past(listLength(reviews), REVIEW_LIMITS.reviews, 'reviews', '');
  if (tooMany) return tooMany;
  const inDraft = goals(draft, ' in the review');
  if (inDraft || !Array.isArray(reviews)) return inDraft;
  for (const [i, record] of reviews.entries()) {
    const inRecord = goals(record, ` in review ${i + 1}`);
    if (inRecord) return inRecord;
  }
  return undefined;
}

/**
 * The first limit (LIMITS) a parsed portable mentorship goes past, in words ("150,000 sessions,
 * where a mentorship here holds at most 2,000"); undefined within them all. Looks only at the
 * lengths of its lists, so it takes time in proportion to the sessions it lets through.
 */
export function pastLimits(data: Record<string, unknown>): string | undefined {
  const past = (count: number, limit: number, what: string, where: string) =>
    count > limit
      ? `${count.toLocaleString('en')} ${what}${where}, where this site reads at most ${limit.toLocaleString('en')}`
      : undefined;
  const lists = (holder: unknown, where: string) => {
    const entries = (holder ?? {}) as Record<string, unknown>;
    return (
      past(listLength(entries.parts), LIMITS.parts, 'agenda parts', where) ??
      past(listLength(entries.carried), LIMITS.items, 'action items carried', where) ??
      past(listLength(entries.actions), LIMITS.items, 'action items', where) ??
      past(listLength(entries.checkIns), LIMITS.checkIns, 'goal check-ins', where)
    );
  };
  const { marks } = data;
  if (isRecord(marks))
    for (const key of FIELDS) {
      const field = Object.hasOwn(marks, key) ? marks[key] : undefined;
      const inMarks = pastMarkLimits(field, ` for the ${key}`, past);
      if (inMarks) return inMarks;
    }
  const goals = ((data.kickoff ?? {}) as Record<string, unknown>).goals;
  const tooManyGoals = past(listLength(goals), LIMITS.goals, 'goals', '');
  if (tooManyGoals) return tooManyGoals;
  const inReviews = pastReviewLimits(data.review, past);
  if (inReviews) return inReviews;
  const sessions = ((data.history ?? {}) as Record<string, unknown>).sessions;
  const tooMany = past(listLength(sessions), LIMITS.sessions, 'sessions', '');
  if (tooMany) return tooMany;
  const draft = ((data.agenda ?? {}) as Record<string, unknown>).draft;
  const inDraft = lists(draft, ' in the agenda');
  if (inDraft) return inDraft;
  if (!Array.isArray(sessions)) return undefined;
  for (const [i, session] of sessions.entries()) {
    const inSession = lists(session, ` in session ${i + 1}`);
    if (inSession) return inSession;
  }
  return undefined;
}

/** What reading a portable document gave: the mentorship and the fields reset, or the problem. */
export type PortableRead =
  { ok: true; value: Portable; reset: string[] } | { ok: false; problem: ReadProblem };

/** The document as written: the mentorship under a format version. */
export const toPortableDocument = (mentorship: Portable) => ({
  version: PORTABLE_VERSION,
  ...mentorship,
});

/** Reads parsed JSON as a portable mentorship; never throws. */
export function readPortable(data: unknown): PortableRead {
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    return { ok: false, problem: { kind: 'not-a-mentorship' } };
  const version = (data as { version?: unknown }).version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return { ok: false, problem: { kind: 'not-a-mentorship' } };
  if (version > PORTABLE_VERSION) return { ok: false, problem: { kind: 'newer', version } };
  // Before the schemas read it, so that an outsized list costs no more than counting it.
  const past = pastLimits(data as Record<string, unknown>);
  if (past) return { ok: false, problem: { kind: 'too-large', detail: past } };
  const read = readDocument(PortableSchema, data);
  if (!read) return { ok: false, problem: { kind: 'not-a-mentorship' } };
  return { ok: true, value: read.value, reset: read.reset };
}

/**
 * A mentorship's documents as stored: each one's name and JSON text, with its version and its
 * change marks (when it has any); undefined for a document that holds nothing (its empty value)
 * and has no marks, which is never written.
 */
export function storedDocuments(mentorship: Portable): [DocumentName, string | undefined][] {
  return DOCUMENT_NAMES.map((name) => {
    const declaration = declarationOf(name);
    const value = mentorship[declaration.field];
    const marks = mentorship.marks?.[declaration.field];
    const same =
      !hasMarks(marks) && JSON.stringify(value) === JSON.stringify(emptyOf(declaration.schema));
    return [name, same ? undefined : encodeStored(declaration, { status: 'ok', value, marks })];
  });
}

/** What a problem means, said plainly. */
export function problemMessage(problem: ReadProblem, what: string): string {
  switch (problem.kind) {
    case 'newer':
      return `This ${what} was made by a newer version of Mentorship Playbook (format ${problem.version}). Reload the page to get the newest version, then try again.`;
    case 'not-a-mentorship':
      return `This ${what} does not hold a mentorship from Mentorship Playbook.`;
    case 'unreadable':
      return `This ${what} could not be read: ${problem.detail}`;
    case 'too-large':
      return `This ${what} holds more than any mentorship: ${problem.detail}. It was not read.`;
  }
}
