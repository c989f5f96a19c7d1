/**
 * Stamping: the change marks (marks.ts) a write leaves, found by comparing the document before and
 * after it, so that a store can stamp every write without each action saying what it changed. It
 * runs on every write of every playbook page, so it is small and walks only what changed (an
 * unchanged part is the same object, as the stores never change a value in place).
 *
 * The path model, shared with the merge (on-demand/merge.ts):
 * - an object is walked key by key (`pair.mentor`);
 * - a list whose items are objects with distinct string `id`s (else distinct `goal`s, as goal
 *   check-ins) is keyed: each item is one unit at `list#key`, and the order of the items both
 *   versions hold is one more unit at the list's own path;
 * - anything else (text, numbers, lists of choices) is one unit, changed as a whole.
 */
import { latestMark, TOMBSTONE_MS, type Marks } from './marks';

type Item = Record<string, unknown>;

const isObject = (x: unknown): x is Item =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

/** A key's value in an object, only if it is the object's own (never its prototype's). */
export const own = (x: Item, key: string): unknown => (Object.hasOwn(x, key) ? x[key] : undefined);

// Key order counts: the stores keep it, and a value that only moved its keys is at worst marked
// once more (the merge compares values regardless of it).
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The field that keys the items of these lists (each versions of one list): `id` when every item
 * of each is an object with a string `id` and no two share one, else `goal` likewise; undefined
 * when neither, and the list is one unit.
 */
export function listKey(...lists: unknown[][]): 'id' | 'goal' | undefined {
  return (['id', 'goal'] as const).find((key) =>
    lists.every((list) => {
      const seen = new Set<unknown>();
      return list.every(
        (x) => isObject(x) && typeof x[key] === 'string' && !seen.has(x[key]) && seen.add(x[key]),
      );
    }),
  );
}

/** A path one key further down: `pair` + `mentor` = `pair.mentor`. */
export const below = (path: string, key: string) => (path ? `${path}.${key}` : key);

/**
 * The marks after a write from `previous` to `next` (two values of one document): every unit that
 * changed is marked `now` (ms since the epoch), or just after the newest mark already there if the
 * clock reads earlier (so a change made after a merge is always later than what came in, whatever
 * the other computer's clock said); an item that left a keyed list gets a tombstone, one that came
 * back loses its tombstone, and tombstones older than TOMBSTONE_MS go. The same marks object when
 * nothing changed. Never throws on JSON values.
 */
export function stamp(previous: unknown, next: unknown, marks: Marks, now: number): Marks {
  if (previous === next) return marks;
  const time = Math.max(now, latestMark(marks) + 1);
  const at = { ...marks.at };
  const removed: Record<string, number> = {};
  for (const [path, t] of Object.entries(marks.removed))
    if (t >= now - TOMBSTONE_MS) removed[path] = t;
  let changed = Object.keys(removed).length !== Object.keys(marks.removed).length;
  const mark = (path: string) => {
    at[path] = time;
    changed = true;
  };

  const walk = (a: unknown, b: unknown, path: string): void => {
    if (a === b) return;
    // A group missing on one side (data from before it existed) is walked as an empty one.
    if ((isObject(a) || a === undefined) && (isObject(b) || b === undefined))
      return walkObject((a ?? {}) as Item, (b ?? {}) as Item, path);
    // A list missing on one side (data from before it existed) is walked as an empty one.
    if (Array.isArray(a) || Array.isArray(b)) [a, b] = [a ?? [], b ?? []];
    const key = Array.isArray(a) && Array.isArray(b) ? listKey(a, b) : undefined;
    if (!key) {
      if (!same(a, b)) mark(path);
      return;
    }
    const before = new Map((a as Item[]).map((item) => [item[key] as string, item]));
    const after = new Set<string>();
    for (const item of b as Item[]) {
      const id = item[key] as string;
      const old = before.get(id);
      after.add(id);
      if (old === item) continue;
      const itemPath = `${path}#${id}`;
      if (old === undefined || !same(old, item)) mark(itemPath);
      if (old === undefined && removed[itemPath] !== undefined) {
        // Back after a removal: the other copy may still hold it where it was, so where it is now
        // is a change of order, not only of the item.
        delete removed[itemPath];
        mark(path);
      }
    }
    for (const id of before.keys())
      if (!after.has(id)) {
        removed[`${path}#${id}`] = time;
        delete at[`${path}#${id}`];
        changed = true;
      }
    const kept = (b as Item[]).map((item) => item[key]).filter((id) => before.has(id as string));
    const was = (a as Item[]).map((item) => item[key]).filter((id) => after.has(id as string));
    if (kept.some((id, i) => id !== was[i])) mark(path);
  };
  const walkObject = (a: Item, b: Item, path: string) => {
    for (const key of Object.keys(b)) walk(own(a, key), b[key], below(path, key));
    for (const key of Object.keys(a))
      if (!Object.hasOwn(b, key)) walk(a[key], undefined, below(path, key));
  };

  walk(previous, next, '');
  return changed ? { ...marks, at, removed } : marks;
}
