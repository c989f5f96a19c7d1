/**
 * A document as kept in Web Storage: the JSON text under its key, read against its declaration
 * (schema, version, migrations) and written back. Pure, and never throws: what cannot be read is
 * reported with the text it came from, so the stores can keep that text aside before anything
 * replaces it (src/stores/core/versioned.ts). The rule for every document:
 * - a missing field reads as its default; a value that does not fit resets that field only;
 * - an older version goes through the migrations, one step at a time; what was stored before is
 *   kept aside, so a faulty migration can never overwrite the only copy;
 * - a newer version is read as far as it is understood, and never rewritten;
 * - text that is not JSON, or has no version, is unreadable.
 * A mentorship's document also keeps its change marks (src/playbook/merge/marks.ts) in the same
 * value, beside `version`: `marks`, and `unstamped` while changes wait to be stamped (see
 * src/stores/core/versioned.ts). No document has fields of those names, and they are carried as
 * stored: whoever uses them reads them with `readMarks`, so marks that cannot be read read as none
 * and never make the document unreadable.
 */
import { readDocument } from './schema';
import type * as v from './schema-kit';

/** A step from one version of a stored document to the next; undefined when it cannot be made. */
export type Migration = (data: Record<string, unknown>) => Record<string, unknown> | undefined;

/** What a stored document is read by. */
export interface StoredDeclaration<T> {
  /** The schema version this site writes into the document's `version` field (1 or more). */
  readonly version: number;
  /** Its shape; every field has a default, so `{}` reads as an empty document. */
  readonly schema: v.GenericSchema<T>;
  /** Steps from each older version to the next: `{ 1: (v1) => v2 }`. */
  readonly migrations?: Readonly<Record<number, Migration>>;
}

/**
 * A document as read from storage: usable; usable after a migration from an older version;
 * usable after fields that did not fit were reset (`reset` names them); written by a newer site
 * (shown, never rewritten); or unreadable. Whenever it is not `ok`, `raw` is what storage held.
 */
export type StoredDocument<T> = (
  | { status: 'ok'; value: T }
  | { status: 'migrated'; value: T; raw: string; from: number }
  | { status: 'repaired'; value: T; raw: string; reset: string[] }
  | { status: 'newer'; value: T; version: number; raw: string }
  | { status: 'unreadable'; value: T; raw: string }
) &
  StoredMarks;

/**
 * A document's change marks as stored (any JSON, read with `readMarks` where used; undefined: none,
 * as in data from before marks), and the value they were made for while later changes wait to be
 * stamped (undefined: none wait).
 */
export interface StoredMarks {
  marks?: unknown;
  unstamped?: unknown;
  /**
   * When the last change waiting to be stamped was written (ms since the epoch; any JSON as stored,
   * read with `stampTime`): the time those changes are stamped with, however late the stamping.
   */
  unstampedAt?: unknown;
}

/** One kept copy of stored data: unreadable as it was, or as it was before a migration. */
export interface KeptCopy {
  /** When it was kept, as an ISO date-time; '' when not known. */
  savedAt: string;
  raw: string;
  /** For a copy kept before a migration: the version it was written in. */
  migratedFrom?: number;
}

/** What a schema reads `{}` as: the document with nothing in it. */
export const emptyOf = <T>(schema: v.GenericSchema<T>): T => readDocument(schema, {})!.value;

const isRecord = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

/** Runs the migrations from `from` up to the declaration's version; undefined if a step is missing or fails. */
function migrate<T>(
  declaration: StoredDeclaration<T>,
  data: Record<string, unknown>,
  from: number,
): Record<string, unknown> | undefined {
  let current: Record<string, unknown> | undefined = data;
  for (let version = from; current && version < declaration.version; version++) {
    const step = declaration.migrations?.[version];
    try {
      current = step?.(current);
    } catch {
      current = undefined;
    }
    if (!isRecord(current)) current = undefined;
  }
  return current;
}

/** Reads a stored document's text; `empty` is what the document reads as when nothing fits. */
export function decodeStored<T>(
  declaration: StoredDeclaration<T>,
  raw: string,
  empty: () => T,
): StoredDocument<T> {
  const unreadable = { status: 'unreadable' as const, value: empty(), raw };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return unreadable;
  }
  if (!isRecord(data) || !Number.isInteger(data.version) || (data.version as number) < 1)
    return unreadable;
  const version = data.version as number;
  // The marks as stored, whatever the value reads as (see StoredMarks).
  const { marks, unstamped, unstampedAt } = data;
  if (version > declaration.version) {
    const value = readDocument(declaration.schema, data)?.value ?? empty();
    return { status: 'newer', value, version, raw, marks, unstamped, unstampedAt };
  }
  const migrated = version < declaration.version ? migrate(declaration, data, version) : data;
  const read = migrated && readDocument(declaration.schema, migrated);
  if (!read) return unreadable;
  const { value, reset } = read;
  if (reset.length) return { status: 'repaired', value, raw, reset, marks, unstamped, unstampedAt };
  if (version < declaration.version)
    return { status: 'migrated', value, raw, from: version, marks, unstamped, unstampedAt };
  return { status: 'ok', value, marks, unstamped, unstampedAt };
}

/**
 * A document's text to store: its value under the current version with its marks (StoredMarks,
 * when it has them), or what was stored, unchanged.
 */
export const encodeStored = <T>(declaration: StoredDeclaration<T>, document: StoredDocument<T>) =>
  document.status === 'ok'
    ? JSON.stringify({
        version: declaration.version,
        ...document.value,
        marks: document.marks,
        unstamped: document.unstamped,
        unstampedAt: document.unstampedAt,
      })
    : document.raw;

/** The copy of a document's text to keep aside before it is replaced, if it needs one. */
export function copyToKeep(document: StoredDocument<unknown>, now: string): KeptCopy | undefined {
  switch (document.status) {
    case 'unreadable':
    case 'repaired':
      return { savedAt: now, raw: document.raw };
    case 'migrated':
      return { savedAt: now, raw: document.raw, migratedFrom: document.from };
    default:
      return undefined;
  }
}

/** Reads the list of kept copies; a damaged list is kept too, as one copy. */
export function decodeKeptCopies(raw: string): KeptCopy[] {
  try {
    const list: unknown = JSON.parse(raw);
    if (
      Array.isArray(list) &&
      list.every(
        (copy) =>
          isRecord(copy) &&
          typeof copy.raw === 'string' &&
          typeof copy.savedAt === 'string' &&
          (copy.migratedFrom === undefined || Number.isInteger(copy.migratedFrom)),
      )
    )
      return list as KeptCopy[];
  } catch {
    // Fall through: even a damaged list is kept, as one copy.
  }
  return [{ savedAt: '', raw }];
}
