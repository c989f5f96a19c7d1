/**
 * Reading stored and imported documents against their schemas (valibot), with one rule for all of
 * them: a missing field reads as its default, and a wrong value resets that field only. Every
 * document shape lives next to its domain (kickoff, chooser, agenda) and is read through here.
 */
import * as v from 'valibot';
import { isIsoDate } from './dates';

/** A schema of any document. */
export type Schema = v.GenericSchema;

// Plain checks rather than valibot's finer actions: the messages are never shown, and every
// action left out is bytes the playbook pages do not load.

/** A date as the playbooks store it (YYYY-MM-DD), or '' when none is set. */
export const DateOrEmpty = v.pipe(
  v.string(),
  v.check((s) => s === '' || isIsoDate(s)),
);

/** A whole number of minutes within a range. */
export const Minutes = (range: { min: number; max: number }) =>
  v.pipe(
    v.number(),
    v.check((n) => Number.isInteger(n) && n >= range.min && n <= range.max),
  );

/** An identifier of a part, item or session. */
export const Id = v.pipe(
  v.string(),
  v.check((s) => s.length > 0 && s.length <= 100),
);

/** A field that reads as `fallback` when it is missing (or reset). */
export const field = <S extends Schema>(schema: S, fallback: () => v.InferOutput<S>) =>
  v.optional(schema, fallback);

/** An object whose fields all have defaults; missing (or reset), it reads as all defaults. */
export const group = <E extends v.ObjectEntries>(entries: E) => {
  const schema = v.object(entries);
  return v.optional(schema, () => v.getDefaults(schema) as v.InferOutput<typeof schema>);
};

/** What reading a document gave: its value, and the paths of the fields reset on the way. */
export interface ReadResult<T> {
  value: T;
  reset: string[];
}

type Container = Record<string, unknown> | unknown[];
const isContainer = (x: unknown): x is Container => typeof x === 'object' && x !== null;

/** Takes away the value at `path`, or the nearest enclosing one still there; false at the root. */
function drop(root: unknown, path: readonly PropertyKey[]): boolean {
  for (let depth = path.length; depth > 0; depth--) {
    let parent: unknown = root;
    for (const key of path.slice(0, depth - 1)) {
      parent = isContainer(parent) ? (parent as Record<PropertyKey, unknown>)[key] : undefined;
    }
    const key = path[depth - 1]!;
    if (Array.isArray(parent) && typeof key === 'number' && key < parent.length) {
      parent.splice(key, 1);
      return true;
    }
    if (isContainer(parent) && !Array.isArray(parent) && Object.hasOwn(parent, key)) {
      delete (parent as Record<PropertyKey, unknown>)[key];
      return true;
    }
  }
  return false;
}

/**
 * Reads parsed JSON against a schema, never throwing. A value that does not fit is taken away so
 * that its field reads as the default (a list item that does not fit leaves its list); undefined
 * when not even the document's frame fits.
 */
export function readDocument<S extends Schema>(
  schema: S,
  data: unknown,
): ReadResult<v.InferOutput<S>> | undefined {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return undefined;
  let copy: unknown;
  try {
    copy = structuredClone(data);
  } catch {
    return undefined;
  }
  const reset: string[] = [];
  // Each pass takes one value away, so this ends; the bound only guards against a huge document.
  for (let pass = 0; pass < 1000; pass++) {
    const result = v.safeParse(schema, copy);
    if (result.success) return { value: result.output, reset };
    const path = result.issues[0].path?.map((item) => item.key as PropertyKey) ?? [];
    if (!drop(copy, path)) return undefined;
    const name = path.join('.');
    if (!reset.includes(name)) reset.push(name);
  }
  return undefined;
}
