/**
 * Reading stored and imported documents against their schemas (schema-kit.ts), with one rule for
 * all of them: a missing field reads as its default, a number written as plain decimal text reads
 * as that number, and a wrong value resets that field only (a list item that does not fit leaves
 * its list). Every stored document's shape is in ../documents/, declared in its registry, and is
 * read through here.
 */
import { isIsoDate, isTimeOfDay } from './dates';
import * as v from './schema-kit';
import { fingerprint } from './fingerprint';

/** A schema of any document. */
export type Schema<T = unknown> = v.GenericSchema<T>;

/** A date as the playbooks store it (YYYY-MM-DD), or '' when none is set. */
export const DateOrEmpty = v.pipe(v.string(), (s) => s === '' || isIsoDate(s));

/** A time of day as HH:MM on a 24-hour clock, or '' when none is set. */
export const TimeOrEmpty = v.pipe(v.string(), (s) => s === '' || isTimeOfDay(s));

// Digits with an optional minus and decimal part, nothing else: to a person "45" in quotes is 45,
// but "45abc", "", " 45", "+45", "1e3", "0x2D" and ".5" are not how anyone writes a plain number.
const DECIMAL = /^-?\d+(?:\.\d+)?$/;
const number = v.number();

/**
 * A number, or one written as plain decimal text (`"45"`, `"12.5"`), as an editor or a person
 * writing a file by hand may quote it; any other text does not fit.
 */
export const NumberOrDecimal: Schema<number> = {
  read: (x, path, reset) =>
    number.read(typeof x === 'string' && DECIMAL.test(x) ? Number(x) : x, path, reset),
};

/** A whole number within a range (also when written as decimal text, `"45"`). */
export const WholeNumber = (range: { min: number; max: number }) =>
  v.pipe(NumberOrDecimal, (n) => Number.isInteger(n) && n >= range.min && n <= range.max);

/** A whole number of minutes within a range. */
export const Minutes = WholeNumber;

/** What an id may be: letters, digits, "-" and "_", 1 to 100 of them (a UUID is 36). */
export const SAFE_ID = /^[A-Za-z0-9_-]{1,100}$/;

/** The longest text read as an id at all, before it is rewritten. */
const ID_MAX_READ = 1000;

/**
 * An id read as data, never syntax: it goes into storage keys and calendar files. One in the safe
 * alphabet (`SAFE_ID`) and not `reserved` reads as it is; any other non-empty text (up to 1,000
 * characters) is rewritten to `id-<fingerprint>`, the same for the same text, so a link opened twice
 * still finds its mentorship; anything else does not fit.
 */
export const idSchema = (reserved: (id: string) => boolean = () => false): Schema<string> => ({
  read: (x) => {
    if (typeof x !== 'string' || x.length === 0 || x.length > ID_MAX_READ) return v.INVALID;
    return SAFE_ID.test(x) && !reserved(x) ? x : `id-${fingerprint([x])}`;
  },
});

/** An identifier of a part, item or session. */
export const Id = idSchema();

/**
 * A list of items with ids in which no two share one. A repeated id (three sessions under one id,
 * from a file edited by hand) is rewritten to one of its own, so each item stays apart; with
 * `repeats: 'drop'`, for lists whose ids point at stored data (the index of mentorships), an item
 * repeating an id leaves the list (reported by its path), as the first already points there.
 */
export const uniqueIds = <T extends { id: string }>(
  list: Schema<T[]>,
  repeats: 'rewrite' | 'drop' = 'rewrite',
): Schema<T[]> => ({
  read: (x, path, reset) => {
    const items = list.read(x, path, reset);
    if (items === v.INVALID) return items;
    // A set, not a scan: reading stays linear in the length of the list.
    const seen = new Set<string>();
    return items.flatMap((item, index) => {
      if (repeats === 'drop' && seen.has(item.id)) {
        reset.push(path ? `${path}.${index}` : String(index));
        return [];
      }
      let id = item.id;
      for (let n = 2; seen.has(id); n++) id = `${item.id.slice(0, 90)}-${n}`;
      seen.add(id);
      return [id === item.id ? item : { ...item, id }];
    });
  },
});

/** A field that reads as `fallback` when it is missing (or reset). */
export const field = <T>(schema: Schema<T>, fallback: () => T) => v.optional(schema, fallback);

/** An object whose fields all have defaults; missing (or reset), it reads as all defaults. */
export const group = <E extends Record<string, Schema>>(entries: E) => {
  const schema = v.object(entries);
  return v.optional(schema, () => v.getDefaults(schema));
};

/** What reading a document gave: its value, and the paths of the fields reset on the way. */
export interface ReadResult<T> {
  value: T;
  reset: string[];
}

/**
 * Reads parsed JSON against a schema, never throwing and never changing it. A value that does not
 * fit reads as its field's default; undefined when not even the document's frame fits.
 */
export function readDocument<T>(schema: Schema<T>, data: unknown): ReadResult<T> | undefined {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return undefined;
  const reset: string[] = [];
  const value = schema.read(data, '', reset);
  return value === v.INVALID ? undefined : { value, reset };
}
