/**
 * Merging two copies of one mentorship document (issue 26): what the partner sends is merged into
 * what this browser has, instead of replacing it. Loaded on demand, with the previews of a share
 * link, an agreement file or a backup.
 *
 * Design. Each document carries change marks beside it (../marks.ts: when each unit last changed,
 * tombstones for removed items, the newest mark of the copy last merged), written on every store
 * write by `stamp` (../stamp.ts), which also fixes the path model: objects key by key, lists of
 * items with ids (or goal ids) item by item plus their order, anything else as one value. Merging
 * walks both values along that model, unit by unit:
 * - a unit both copies hold alike stays, with the later of the two marks;
 * - a unit they hold differently takes the later change; equal marks (two unmarked copies from
 *   before marks, or the same millisecond) are broken by comparing the values' canonical JSON, so
 *   that the result does not depend on which copy is "here";
 * - keyed lists are united by key: an item only one copy has comes in, unless the other removed it
 *   at or after that copy's last change of it (its tombstone); a change after the removal brings
 *   it back; the order is the one changed last, with the other copy's items placed after the item
 *   they follow there (when both orders are as old and disagree, the items go in key order);
 * - a **conflict** is a unit both changed since they last met: each copy's mark is later than the
 *   newest mark the other had seen of it when it last merged (`seen`), or both are unmarked and
 *   differ. The later change still wins, and the losing value is kept in the marks' `kept` list
 *   (path, value, time), which merges as a set, so nothing typed is lost silently.
 * The result is the same whichever copy is local (value, marks' `at` and `removed`, and `kept`;
 * `seen` is the merging browser's own note of the other copy), and merging it again with either
 * copy changes none of those: tests/unit/merge-properties.test.ts checks both over generated
 * histories, and that no item either copy holds is lost unless removed after its last change.
 * Clocks are the two computers' own, kept from going back by `stamp`; a clock hours wrong makes
 * its changes win or lose by that much, as in any tool that merges by time.
 */
import { listKey, below, own } from '../stamp';
import { latestMark, type KeptValue, type Marks } from '../marks';

/** One copy of a document with its change marks. */
export interface Marked<T = unknown> {
  value: T;
  marks: Marks;
}

/**
 * What merging changes in the local copy, for one unit (its `path` in the document):
 * - `added`: an item only the other copy has (or brought back there) comes in;
 * - `changed`: the other copy's newer value replaces this one's;
 * - `removed`: the other copy removed an item this one has;
 * - `reordered`: the other copy's newer order of a list replaces this one's;
 * - `kept-here`: both changed it; this copy's is newer and stays, the other's goes to `kept`.
 * `conflict` is true when both copies changed the unit since they last met (for `changed` and
 * `removed`: this copy's value goes to `kept`). `here` and `there` are the two values (undefined
 * where a copy does not hold the item; for `reordered`, the lists).
 */
export interface MergeChange {
  path: string;
  change: 'added' | 'changed' | 'removed' | 'reordered' | 'kept-here';
  conflict: boolean;
  here: unknown;
  there: unknown;
}

/** A merged document: its value, its marks, and what changed from the local copy. */
export interface MergeResult<T = unknown> extends Marked<T> {
  report: MergeChange[];
}

type Item = Record<string, unknown>;
const isObject = (x: unknown): x is Item =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

/** A JSON value as text with its object keys sorted, so equal values read the same. */
export function canonical(x: unknown): string {
  if (x === undefined) return '';
  if (Array.isArray(x)) return `[${x.map(canonical).join(',')}]`;
  if (!isObject(x)) return JSON.stringify(x);
  return `{${Object.keys(x)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${canonical(x[k])}`)
    .join(',')}}`;
}

/** Whether two JSON values are equal, objects regardless of key order. */
const equal = (a: unknown, b: unknown) => a === b || canonical(a) === canonical(b);

/** Which of two different values wins at equal marks: the greater canonical JSON (true: `a`). */
const firstWins = (a: unknown, b: unknown) => canonical(a) > canonical(b);

const byPathAndTime = (x: KeptValue, y: KeptValue) =>
  x.path !== y.path
    ? x.path < y.path
      ? -1
      : 1
    : x.at - y.at || (canonical(x.value) < canonical(y.value) ? -1 : 1);

const keptKey = (k: KeptValue) => `${k.path}\n${k.at}\n${canonical(k.value)}`;

/** What a unit of one copy is: held (with the time of its last change) or removed (tombstone). */
interface Side {
  value: unknown;
  /** Whether the copy holds it (a keyed item may be absent). */
  held: boolean;
  /** Its last change (held) or its removal (not held), ms; 0 unmarked; -1 never known here. */
  time: number;
}

/**
 * Merges the other copy (`remote`) of a document into this browser's (`local`): see the header for
 * the rules. The value's keys follow the local copy's order (the remote's extra keys after). The
 * marks hold a mark for every unit whose time is known, tombstones for removed items, the `kept`
 * values of both copies and of this merge's conflicts, and `seen` as the newest mark of the remote
 * copy (or the local `seen` if later). Never throws on JSON values; changes neither copy.
 */
export function merge<T>(local: Marked<T>, remote: Marked<T>): MergeResult<T> {
  const [A, B] = [local.marks, remote.marks];
  const at: Record<string, number> = {};
  const removed: Record<string, number> = {};
  const kept = new Map<string, KeptValue>();
  for (const k of [...A.kept, ...B.kept]) kept.set(keptKey(k), k);
  const report: MergeChange[] = [];

  /** The winner of a unit both copies know, and whether it is a conflict (its loser then kept). */
  const settle = (path: string, a: Side, b: Side): Side => {
    const aWins =
      a.time !== b.time
        ? a.time > b.time
        : a.held !== b.held
          ? !a.held
          : firstWins(a.value, b.value);
    const [win, lose] = aWins ? [a, b] : [b, a];
    const [winSeen, loseSeen] = aWins ? [A.seen, B.seen] : [B.seen, A.seen];
    const conflict =
      lose.held && ((a.time === 0 && b.time === 0) || (lose.time > winSeen && win.time > loseSeen));
    if (conflict) {
      const k = { path, value: lose.value, at: lose.time };
      kept.set(keptKey(k), k);
    }
    const change: MergeChange['change'] | undefined = aWins
      ? conflict
        ? 'kept-here'
        : undefined
      : !b.held
        ? 'removed'
        : a.held
          ? 'changed'
          : 'added';
    if (change) report.push({ path, change, conflict, here: a.value, there: b.value });
    return win;
  };

  /** A unit held by both copies (a value, or an item both hold). */
  const unit = (path: string, a: unknown, b: unknown): unknown => {
    const [ta, tb] = [A.at[path] ?? 0, B.at[path] ?? 0];
    const time = Math.max(ta, tb);
    if (time > 0) at[path] = time;
    if (equal(a, b)) return a;
    return settle(path, { value: a, held: true, time: ta }, { value: b, held: true, time: tb })
      .value;
  };

  const walk = (a: unknown, b: unknown, path: string): unknown => {
    if ((isObject(a) || a === undefined) && (isObject(b) || b === undefined)) {
      const [x, y] = [(a ?? {}) as Item, (b ?? {}) as Item];
      const out: Item = {};
      for (const key of new Set([...Object.keys(x), ...Object.keys(y)])) {
        const value = walk(own(x, key), own(y, key), below(path, key));
        if (value !== undefined) out[key] = value;
      }
      return out;
    }
    // A list missing on one side (data from before it existed) is walked as an empty one.
    if (Array.isArray(a) || Array.isArray(b)) [a, b] = [a ?? [], b ?? []];
    const key = Array.isArray(a) && Array.isArray(b) ? listKey(a, b) : undefined;
    return key ? list(a as Item[], b as Item[], key, path) : unit(path, a, b);
  };

  const list = (a: Item[], b: Item[], key: 'id' | 'goal', path: string): Item[] => {
    const byKey = (items: Item[]) => new Map(items.map((item) => [item[key] as string, item]));
    const [inA, inB] = [byKey(a), byKey(b)];
    const items = new Map<string, Item>();
    const side = (marks: Marks, held: Map<string, Item>, id: string, p: string): Side =>
      held.has(id)
        ? { value: held.get(id), held: true, time: marks.at[p] ?? 0 }
        : { value: undefined, held: false, time: marks.removed[p] ?? -1 };
    for (const id of new Set([...inA.keys(), ...inB.keys()])) {
      const p = `${path}#${id}`;
      const [x, y] = [side(A, inA, id, p), side(B, inB, id, p)];
      if (x.held && y.held) {
        items.set(id, unit(p, x.value, y.value) as Item);
        continue;
      }
      // One holds it: the other never knew it (-1), or removed it then.
      const win = y.time < 0 ? x : x.time < 0 ? y : settle(p, x, y);
      if (x.time < 0)
        report.push({ path: p, change: 'added', conflict: false, here: undefined, there: y.value });
      if (win.held) {
        if (win.time > 0) at[p] = win.time;
        items.set(id, win.value as Item);
      } else removed[p] = win.time;
    }
    // Tombstones of items neither copy holds.
    for (const marks of [A, B])
      for (const [p, t] of Object.entries(marks.removed))
        if (p.startsWith(`${path}#`) && !items.has(p.slice(path.length + 1)))
          removed[p] = Math.max(removed[p] ?? 0, t);

    const order = mergeOrder(
      a.map((item) => item[key] as string).filter((id) => items.has(id)),
      b.map((item) => item[key] as string).filter((id) => items.has(id)),
      A.at[path] ?? 0,
      B.at[path] ?? 0,
    );
    const time = Math.max(A.at[path] ?? 0, B.at[path] ?? 0);
    if (time > 0) at[path] = time;
    const mine = order.filter((id) => inA.has(id));
    const before = a.map((item) => item[key] as string).filter((id) => items.has(id));
    if (mine.some((id, i) => id !== before[i]))
      report.push({ path, change: 'reordered', conflict: false, here: a, there: b });
    return order.map((id) => items.get(id)!);
  };

  const value = walk(local.value, remote.value, '') as T;
  const marks: Marks = {
    at,
    removed,
    seen: Math.max(A.seen, latestMark(B)),
    kept: [...kept.values()].sort(byPathAndTime),
  };
  return { value, marks, report };
}

/**
 * The merged order of a keyed list's items, from the two copies' orders of the items kept (`a`,
 * `b`) and the times their orders last changed. The order changed later is the base (at equal
 * times the one whose canonical JSON is greater; when equal times disagree on the items both hold,
 * key order, as neither is later); each item only the other holds goes right after the item it
 * follows there (or first). So the result holds both copies' orders where they agree, and merging
 * it again with either gives it back.
 */
export function mergeOrder(a: string[], b: string[], ta: number, tb: number): string[] {
  const inB = new Set(b);
  const inA = new Set(a);
  const shared = [a.filter((id) => inB.has(id)), b.filter((id) => inA.has(id))];
  const agree = shared[0]!.every((id, i) => id === shared[1]![i]);
  if (!agree && ta === tb) return [...new Set([...a, ...b])].sort();
  const [base, other] = ta !== tb ? (ta > tb ? [a, b] : [b, a]) : firstWins(a, b) ? [a, b] : [b, a];
  const out = [...base];
  const placed = new Set(base);
  let after: string | undefined;
  for (const id of other) {
    if (!placed.has(id)) {
      out.splice(after === undefined ? 0 : out.indexOf(after) + 1, 0, id);
      placed.add(id);
    }
    after = id;
  }
  return out;
}
