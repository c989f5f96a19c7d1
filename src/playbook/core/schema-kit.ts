/**
 * The small schema kit every stored or imported document is read with (schema.ts holds the rule
 * they are read by). Every playbook page loads it, and valibot cost three times the bytes for the
 * same dozen pieces. Its names follow valibot's, but it is not valibot, and three pieces behave
 * differently, on purpose, because our rule is to keep what fits rather than refuse a document:
 * - `optional(schema, fallback)`: the fallback is used when the value is missing **or does not
 *   fit** (inside `object`); valibot uses its default only for a missing value and fails on a
 *   wrong one.
 * - `array(item)`: an item that does not fit leaves the list and the others stay; valibot fails
 *   the whole array.
 * - `object(entries)`: a field that does not fit takes its fallback, and only a field with none
 *   fails the object; unknown keys are dropped (as valibot's `object` does), and keys are read
 *   with `Object.hasOwn`, so nothing read can reach a prototype.
 * A schema reads a value in one pass and never throws. What it resets is reported once, by the
 * most precise path (`pair.mentor`, not also `pair`), in the `reset` list.
 */

/** What a schema gives for a value that does not fit. */
export const INVALID: unique symbol = Symbol('invalid');

/** Reads `input`, found at `path`; adds the paths of values it had to reset to `reset`. */
type Read<T> = (input: unknown, path: string, reset: string[]) => T | typeof INVALID;

/** A schema of values of type T. */
export interface GenericSchema<T = unknown> {
  readonly read: Read<T>;
  /** For an optional field: what it reads as when missing or reset. */
  readonly fallback?: () => T;
}

/** The type of what a schema reads. */
export type InferOutput<S> = S extends GenericSchema<infer T> ? T : never;

const when =
  <T>(test: (input: unknown) => boolean): Read<T> =>
  (input) =>
    test(input) ? (input as T) : INVALID;

const at = (path: string, key: string | number) => (path ? `${path}.${key}` : String(key));

/** Any string. */
export const string = (): GenericSchema<string> => ({
  read: when((x) => typeof x === 'string'),
});

/** Any number but NaN. */
export const number = (): GenericSchema<number> => ({
  read: when((x) => typeof x === 'number' && !Number.isNaN(x)),
});

/** true or false. */
export const boolean = (): GenericSchema<boolean> => ({
  read: when((x) => typeof x === 'boolean'),
});

/** One of a list of strings. */
export const picklist = <const O extends readonly string[]>(
  options: O,
): GenericSchema<O[number]> => ({ read: when((x) => options.includes(x as string)) });

/** A schema's values, or null. */
export const nullable = <T>(schema: GenericSchema<T>): GenericSchema<T | null> => ({
  read: (x, path, reset) => (x === null ? null : schema.read(x, path, reset)),
});

/** A test a value must also pass, for `pipe`. */
export const check = <T>(test: (value: T) => boolean) => test;

/** A schema whose values must also pass a test. */
export const pipe = <T>(
  schema: GenericSchema<T>,
  test: (value: T) => boolean,
): GenericSchema<T> => ({
  read: (x, path, reset) => {
    const value = schema.read(x, path, reset);
    return value !== INVALID && test(value) ? value : INVALID;
  },
});

/** A list; an item that does not fit leaves the list (reported by its path), and the others stay. */
export const array = <T>(item: GenericSchema<T>): GenericSchema<T[]> => ({
  read: (x, path, reset) =>
    Array.isArray(x)
      ? x.flatMap((entry, i) => {
          const reported = reset.length;
          const value = item.read(entry, at(path, i), reset);
          // An object item names the field that failed it; anything else is named here.
          if (value === INVALID && reset.length === reported) reset.push(at(path, i));
          return value === INVALID ? [] : [value];
        })
      : INVALID,
});

/** A field that may be missing: it then reads as `fallback()`, or stays out. */
export function optional<T>(schema: GenericSchema<T>): GenericSchema<T | undefined>;
export function optional<T>(schema: GenericSchema<T>, fallback: () => T): GenericSchema<T>;
export function optional<T>(schema: GenericSchema<T>, fallback = (): T | undefined => undefined) {
  return {
    read: (x, path, reset) => (x === undefined ? fallback() : schema.read(x, path, reset)),
    fallback,
  } satisfies GenericSchema<T | undefined>;
}

type Entries = Record<string, GenericSchema<unknown>>;
type OptionalKeys<E extends Entries> = {
  [K in keyof E]: undefined extends InferOutput<E[K]> ? K : never;
}[keyof E];

/** What an object schema reads: its fields, those that may be undefined as optional keys. */
export type ObjectOutput<E extends Entries> = {
  [K in Exclude<keyof E, OptionalKeys<E>>]: InferOutput<E[K]>;
} & { [K in OptionalKeys<E>]?: InferOutput<E[K]> };

/**
 * An object with these fields, and no others (unknown keys are left out, so nothing read can
 * reach a prototype). A field that does not fit takes its fallback, or fails the object.
 */
export const object = <E extends Entries>(entries: E): GenericSchema<ObjectOutput<E>> => ({
  read: (x, path, reset) => {
    if (typeof x !== 'object' || x === null || Array.isArray(x)) return INVALID;
    const out: Record<string, unknown> = {};
    for (const [key, schema] of Object.entries(entries)) {
      const fieldPath = at(path, key);
      const reported = reset.length;
      let value = schema.read(
        Object.hasOwn(x, key) ? (x as never)[key] : undefined,
        fieldPath,
        reset,
      );
      if (value === INVALID) {
        // A nested object names the field that failed it; anything else is named here.
        if (reset.length === reported) reset.push(fieldPath);
        if (!schema.fallback) return INVALID;
        value = schema.fallback();
      }
      if (value !== undefined) out[key] = value;
    }
    return out as ObjectOutput<E>;
  },
});

/** What an object whose fields all have fallbacks reads as when empty. */
export const getDefaults = <T>(schema: GenericSchema<T>) => schema.read({}, '', []) as T;
