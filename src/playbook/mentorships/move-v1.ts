/**
 * Moving the first release's one mentorship (keys `mentorship-playbook:v1:…`) into the first
 * mentorship of the current layout. Nothing is lost on the way: the documents are copied as they
 * are (their own versions and any damage included, for the stores to read as usual), read back,
 * and only then listed in the index; the old keys go last. A marker names the move while it runs,
 * so a move cut short (a full storage, a closed tab) is finished or undone on the next load, and
 * running it again changes nothing.
 */
import {
  INDEX_KEY,
  MOVE_KEY,
  V1_DOCUMENTS,
  V1_KEYS,
  addMentorship,
  documentKey,
  INDEX_VERSION,
  type Mentorships,
} from '../documents/mentorships';

/** The part of Web Storage the move uses. */
export type MoveStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** What the move did: nothing to move, moved (into `id`), or failed and put everything back. */
export type MoveResult =
  { status: 'none' } | { status: 'moved'; id: string } | { status: 'failed' };

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
 * opens it. Never throws.
 */
export function moveV1(storage: MoveStorage, newId: () => string, now: string): MoveResult {
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
  // these keys were written later, by a tab of the old release: leave them, never overwrite.
  if (indexRaw !== null && (!markedId || !index)) return { status: 'none' };

  const id = markedId ?? newId();
  const written: string[] = [];
  try {
    storage.setItem(MOVE_KEY, JSON.stringify({ id, startedAt: now }));
    for (const [from, to] of pairs(id)) {
      const raw = storage.getItem(from);
      if (raw === null) continue;
      written.push(to);
      storage.setItem(to, raw);
      if (storage.getItem(to) !== raw) throw new Error(`${to} did not read back.`);
    }
    const before: Mentorships = {
      open: typeof index?.open === 'string' ? index.open : '',
      mentorships: Array.isArray(index?.mentorships)
        ? (index.mentorships as Mentorships['mentorships'])
        : [],
    };
    const next = addMentorship(before, { id, name: '', createdAt: now });
    storage.setItem(INDEX_KEY, JSON.stringify({ version: INDEX_VERSION, ...index, ...next }));
  } catch {
    try {
      for (const key of written) storage.removeItem(key);
      storage.removeItem(MOVE_KEY);
    } catch {
      // Storage refuses even removals: the marker left behind makes the next load try again.
    }
    return { status: 'failed' };
  }
  return finish(storage, id);
}
