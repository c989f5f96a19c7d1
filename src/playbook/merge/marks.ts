/**
 * Change marks: when each part of a mentorship document last changed, kept beside the document
 * (never inside it), so that two copies of one mentorship can be merged (on-demand/merge.ts). What
 * every playbook page needs of them (their shape, reading them, the newest mark) is here and in
 * stamp.ts; the merge itself loads on demand.
 *
 * A mark names a unit that changes as a whole by its path in the document: an answer
 * (`topics.roles.notes`, `cadence.minutes`), a list without keys (`formats`), an item of a list
 * keyed by `id` (or, for check-ins, by `goal`) as `list#key` (`goals#goal-1`,
 * `draft.parts#p-3`), and the order of a keyed list under the list's own path (`draft.parts`).
 * Times are milliseconds since the epoch, made by `stamp` never to go back (stamp.ts). A path with
 * no mark reads as 0: older than any marked change, as all data from before marks is.
 */
import type { GenericSchema } from '../core/schema-kit';

/** A value that lost a merge where both copies had changed it: kept, so nothing typed is lost. */
export interface KeptValue {
  /** The unit's path in its document (`topics.roles.notes`, `sessions#s-4`). */
  path: string;
  /** What the losing copy held there (an item, an answer), as JSON; undefined for "removed". */
  value: unknown;
  /** When the losing copy made that change, ms since the epoch. */
  at: number;
}

/** The change marks of one document. */
export interface Marks {
  /** When each unit last changed, ms since the epoch, by path. */
  at: Record<string, number>;
  /** When each keyed item was removed (`list#key`), ms since the epoch: tombstones. */
  removed: Record<string, number>;
  /**
   * The newest mark of the other copy this one last merged, ms since the epoch (0: never merged):
   * every change of that copy up to then is here. It tells a conflict (both changed a unit since
   * they last met) from an update (one changed what the other sent), and is this browser's own
   * bookkeeping: it is not part of what two merged copies agree on.
   */
  seen: number;
  /** Values that lost a conflict (see KeptValue), in a fixed order: by path, then time. */
  kept: KeptValue[];
}

/**
 * How long a tombstone is kept, in ms: 180 days. A removal must reach the other copy before its
 * tombstone goes, or a copy that still holds the item brings it back at the next merge. Pairs
 * exchange links within days and meet every one to four weeks; half a year covers a pause, a long
 * leave and a backup file restored from a season ago, while keeping the marks of a busy
 * mentorship (a dozen removals a month) to a few hundred entries.
 */
export const TOMBSTONE_MS = 180 * 24 * 60 * 60 * 1000;

/** Marks of a document with no marked change: everything in it reads as older than any change. */
export const noMarks = (): Marks => ({ at: {}, removed: {}, seen: 0, kept: [] });

/** The newest time a document's marks know of (changes, removals, the copy last seen); 0 if none. */
export function latestMark(marks: Marks): number {
  let latest = marks.seen;
  for (const record of [marks.at, marks.removed])
    for (const key in record) if (record[key]! > latest) latest = record[key]!;
  return latest;
}

const isTime = (x: unknown): x is number =>
  typeof x === 'number' && Number.isSafeInteger(x) && x >= 0;
const isRecord = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

// A path's characters: the schemas' keys and ids (SAFE_ID), joined by "." and "#".
const PATH = /^[\w-]+(?:[.#][\w-]+)*$/;
const isPath = (x: unknown): x is string =>
  typeof x === 'string' && x.length <= 400 && PATH.test(x) && x !== '__proto__';

function times(x: unknown): Record<string, number> {
  const out: Record<string, number> = {};
  if (isRecord(x))
    for (const [key, t] of Object.entries(x)) if (isPath(key) && isTime(t)) out[key] = t;
  return out;
}

/**
 * Reads marks from parsed JSON (storage, a share link, a file), never throwing: a mark that is not
 * a path with a whole, non-negative number of ms is left out (its unit reads as unmarked), and
 * anything that is not marks at all reads as `noMarks()`.
 */
export function readMarks(x: unknown): Marks {
  if (!isRecord(x)) return noMarks();
  const kept = Array.isArray(x.kept)
    ? x.kept.flatMap((k: unknown) =>
        isRecord(k) && isPath(k.path) && isTime(k.at)
          ? [{ path: k.path, value: k.value, at: k.at }]
          : [],
      )
    : [];
  return { at: times(x.at), removed: times(x.removed), seen: isTime(x.seen) ? x.seen : 0, kept };
}

/**
 * Marks as a field of a schema (the portable mentorship's, a backup's): read by `readMarks`, so
 * never refused, and `noMarks()` when missing.
 */
export const MarksSchema: GenericSchema<Marks> = { read: readMarks, fallback: noMarks };

/** The marks without tombstones older than TOMBSTONE_MS before `now` (ms since the epoch). */
export function pruneMarks(marks: Marks, now: number): Marks {
  const removed: Record<string, number> = {};
  for (const [path, t] of Object.entries(marks.removed))
    if (t >= now - TOMBSTONE_MS) removed[path] = t;
  return { ...marks, removed };
}
