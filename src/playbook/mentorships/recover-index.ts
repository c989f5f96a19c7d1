/**
 * Rebuilding the index of mentorships when it cannot be read (or lost entries when it was read).
 * The index is derived data: every document of a mentorship is stored under a key that names it
 * (`mentorship-playbook:v2:<id>:<document>`), so the keys alone say which mentorships this browser
 * holds. What the index alone knew (a name given by renaming, when it was started, which one was
 * open) comes back from what of the damaged text can still be read. Loaded on demand, only when
 * the first load finds the index damaged (settle.ts); pure: it works on texts and a list of keys,
 * and the caller writes what it returns.
 */
import { readDocument } from '../core/schema';
import { decodeKeptCopies, type KeptCopy } from '../core/stored-document';
import {
  INDEX_KEY,
  MentorshipId,
  MentorshipsSchema,
  type MentorshipEntry,
  type Mentorships,
} from '../documents/mentorships';
import { indexText, mentorshipOfKey } from './stored-index';
import type { Write } from '../storage/write-all';

/** Where the index's kept copies are stored, as for every document (`<key>-backups`). */
export const INDEX_BACKUPS_KEY = `${INDEX_KEY}-backups`;

/**
 * Whether an id found in a storage key can be listed as it is: the index reads it as itself (the
 * safe alphabet, and none of our reserved names such as `v1`, whose keys are the first release's).
 * A mentorship stored under any other id would be listed under a rewritten one, and show up empty.
 */
export const isListableId = (id: string): boolean => MentorshipId.read(id, '', []) === id;

/** The ids of every mentorship with a document (or a kept copy of one) among `keys`, sorted, once each. */
export const mentorshipIdsIn = (keys: readonly string[]): string[] =>
  [
    ...new Set(
      keys.map(mentorshipOfKey).filter((id): id is string => id !== undefined && isListableId(id)),
    ),
  ].sort();

/** What of a damaged index's text still reads, whatever its version says (an index without one is unreadable to the codec, but its entries may be whole). */
function salvage(text: string | undefined): Mentorships {
  let data: unknown;
  try {
    data = JSON.parse(text ?? '');
  } catch {
    data = undefined;
  }
  return readDocument(MentorshipsSchema, data)?.value ?? { open: '', mentorships: [] };
}

/**
 * The index rebuilt from a damaged one (its text, or undefined when there is none) and the keys
 * in storage: the entries of the damaged text that still read, in their order, then every
 * mentorship with documents among `keys` that they do not list, in the order of their ids,
 * started `now` (when it was listed again; the real date is not stored anywhere else). The open
 * one stays open if it is listed, else the first is. Never throws.
 */
export function rebuildIndex(
  damaged: string | undefined,
  keys: readonly string[],
  now: string,
): Mentorships {
  const kept = salvage(damaged);
  const listed = new Set(kept.mentorships.map((m) => m.id));
  const found = mentorshipIdsIn(keys)
    .filter((id) => !listed.has(id))
    .map((id): MentorshipEntry => ({ id, name: '', createdAt: now }));
  const mentorships = [...kept.mentorships, ...found];
  return {
    open: mentorships.some((m) => m.id === kept.open) ? kept.open : (mentorships[0]?.id ?? ''),
    mentorships,
  };
}

/** What rebuilding the index writes, and what it lists. */
export interface IndexRecovery {
  /** The keys to write, in order: the damaged text added to the index's kept copies, then the index. */
  writes: Write[];
  /** The ids the rebuilt index lists. */
  listed: string[];
}

/**
 * Rebuilds the index from `index` (its stored text; undefined when missing), `kept` (the text of
 * its kept copies) and `keys` (every key in storage), at `now`. The damaged text joins the kept
 * copies (once, however often this runs) before the index is replaced, as the versioned-store
 * factory keeps any text it cannot use, so it can be downloaded. Undefined when there is nothing
 * to write: no index and no mentorship's documents. Never throws.
 */
export function recoverIndex(
  index: string | undefined,
  kept: string | undefined,
  keys: readonly string[],
  now: string,
): IndexRecovery | undefined {
  const rebuilt = rebuildIndex(index, keys, now);
  if (index === undefined && rebuilt.mentorships.length === 0) return undefined;
  const writes: Write[] = [];
  if (index !== undefined) {
    const copies: KeptCopy[] = kept === undefined ? [] : decodeKeptCopies(kept);
    if (!copies.some((copy) => copy.raw === index))
      writes.push([INDEX_BACKUPS_KEY, JSON.stringify([...copies, { savedAt: now, raw: index }])]);
  }
  writes.push([INDEX_KEY, indexText(rebuilt)]);
  return { writes, listed: rebuilt.mentorships.map((m) => m.id) };
}
