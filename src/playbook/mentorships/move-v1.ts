/**
 * Moving the first release's one mentorship (keys `mentorship-playbook:v1:…`) into the first
 * mentorship of the current layout. Nothing is lost on the way: the documents are copied as they
 * are (their own versions and any damage included, for the stores to read as usual) and listed in
 * the index as one change (the one write of several keys, ../storage/write-all.ts); the old keys
 * go last. A marker names the move while it runs, so a move cut short (a full storage, a closed
 * tab) is finished or undone on the next load, and running it again changes nothing.
 */
import {
  INDEX_KEY,
  MOVE_KEY,
  V1_PREFIX,
  addMentorship,
  documentKey,
  INDEX_VERSION,
  type Mentorships,
} from '../documents/mentorships';
import { writeAll, type Write } from '../storage/write-all';

/** The part of Web Storage the move uses. */
export type MoveStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** What the move did: nothing to move, moved (into `id`), or failed and put everything back. */
export type MoveResult =
  { status: 'none' } | { status: 'moved'; id: string } | { status: 'failed' };

/** The documents of the first release, which had no others. */
export const V1_DOCUMENTS = ['kickoff', 'format-chooser', 'agenda', 'sessions'] as const;

/** Where the first release kept its one mentorship's documents: `mentorship-playbook:v1:<name>`. */
export const V1_KEYS = Object.fromEntries(
  V1_DOCUMENTS.map((name) => [name, `${V1_PREFIX}${name}`]),
) as Record<(typeof V1_DOCUMENTS)[number], string>;

const BACKUPS = '-backups';

function readJson(raw: string | null): Record<string, unknown> | undefined {
  if (raw === null) return undefined;
  try {
    const data: unknown = JSON.parse(raw);
    return typeof data === 'object' && data !== null && !Array.isArray(data)
      ? (data as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

/** Every key pair the move copies: each old document and its kept copies, to their new keys. */
const pairs = (id: string): [from: string, to: string][] =>
  V1_DOCUMENTS.flatMap((name) => [
    [V1_KEYS[name], documentKey(id, name)],
    [V1_KEYS[name] + BACKUPS, documentKey(id, name) + BACKUPS],
  ]);

/** Takes the old keys away, once the index lists their new home; what fails is retried next load. */
function finish(storage: MoveStorage, id: string): MoveResult {
  try {
    for (const [from] of pairs(id)) storage.removeItem(from);
    storage.removeItem(MOVE_KEY);
  } catch {
    // The index already lists the moved mentorship; the marker makes the next load finish this.
  }
  return { status: 'moved', id };
}

/**
 * Moves the first release's documents into a new mentorship (id from `newId`, created `now`) and
 * opens it. With `indexRebuilt` (the index was damaged and has just been rebuilt from the
 * documents, recover-index.ts), old keys next to it are moved too: nothing says they were moved
 * before, and left where they are they would be shown nowhere. Never throws.
 */
export function moveV1(
  storage: MoveStorage,
  newId: () => string,
  now: string,
  { indexRebuilt = false } = {},
): MoveResult {
  let marker: Record<string, unknown> | undefined;
  let indexRaw: string | null;
  let old: boolean;
  try {
    marker = readJson(storage.getItem(MOVE_KEY));
    indexRaw = storage.getItem(INDEX_KEY);
    old = pairs('').some(([from]) => storage.getItem(from) !== null);
  } catch {
    // Storage that cannot even be read holds nothing this page could show or move.
    return { status: 'none' };
  }
  const markedId = typeof marker?.id === 'string' && marker.id ? marker.id : undefined;
  const index = readJson(indexRaw);
  const listed = (id: string) =>
    Array.isArray(index?.mentorships) &&
    index.mentorships.some((m: unknown) => (m as { id?: unknown })?.id === id);

  if (markedId && listed(markedId)) return finish(storage, markedId);
  if (!old) {
    try {
      if (marker) storage.removeItem(MOVE_KEY);
    } catch {
      // A leftover marker with nothing to move is harmless.
    }
    return { status: 'none' };
  }
  // An index that is there but not this move's (or unreadable) means the move happened before and
  // these keys were written later, by a tab of the old release: leave them, never overwrite. A
  // rebuilt index cannot say so, and a second copy is better than data shown nowhere.
  if (indexRaw !== null && (!index || (!markedId && !indexRebuilt))) return { status: 'none' };

  const id = markedId ?? newId();
  let copies: Write[];
  try {
    copies = pairs(id).flatMap(([from, to]): Write[] => {
      const raw = storage.getItem(from);
      return raw === null ? [] : [[to, raw]];
    });
  } catch {
    return { status: 'failed' };
  }
  const before: Mentorships = {
    open: typeof index?.open === 'string' ? index.open : '',
    mentorships: Array.isArray(index?.mentorships)
      ? (index.mentorships as Mentorships['mentorships'])
      : [],
  };
  const next = addMentorship(before, { id, name: '', createdAt: now });
  // The marker, the copies and the index as one change (write-all.ts): all of them, or none.
  const { result } = writeAll(storage, [
    [MOVE_KEY, JSON.stringify({ id, startedAt: now })],
    ...copies,
    [INDEX_KEY, JSON.stringify({ version: INDEX_VERSION, ...index, ...next })],
  ]);
  if (result !== 'done') return { status: 'failed' };
  return finish(storage, id);
}
