/**
 * Restoring a backup (backup.ts) into Web Storage as one change: every key it touches is noted
 * first, then written and read back; if any write fails (a full storage) every key is put back as
 * it was, so the data from before the restore is exactly what remains.
 */
import type { Backup } from './backup';
import {
  INDEX_KEY,
  INDEX_VERSION,
  documentKey,
  documentKeys,
  type MentorshipEntry,
  type Mentorships,
} from '../documents/mentorships';
import { storedDocuments } from './portable';

/** The part of Web Storage a restore uses. */
export type RestoreStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** Merge adds the file's mentorships (replacing those with the same id); replace keeps only them. */
export type RestoreMode = 'merge' | 'replace';

/** A key's new text, or undefined to remove it. */
export type Write = [key: string, text: string | undefined];

/** Every key a mentorship has in the current layout. */
export const mentorshipKeys = (id: string) => documentKeys((name) => documentKey(id, name));

/** The writes that restore `backup` over the mentorships of `index`, in the order to make them. */
export function restoreWrites(index: Mentorships, backup: Backup, mode: RestoreMode): Write[] {
  const entries = backup.mentorships.map(({ id, name, createdAt }): MentorshipEntry => ({
    id,
    name,
    createdAt,
  }));
  const incoming = new Set(entries.map((m) => m.id));
  const kept = mode === 'merge' ? index.mentorships.filter((m) => !incoming.has(m.id)) : [];
  const next: Mentorships = {
    open:
      mode === 'merge' && index.mentorships.some((m) => m.id === index.open)
        ? index.open
        : backup.open,
    // Merged mentorships keep their place; the file's new ones follow.
    mentorships: [
      ...index.mentorships.flatMap((m) =>
        kept.includes(m) ? [m] : incoming.has(m.id) ? [entries.find((e) => e.id === m.id)!] : [],
      ),
      ...entries.filter((e) => !index.mentorships.some((m) => m.id === e.id)),
    ],
  };
  const removed = index.mentorships.filter((m) => !kept.includes(m) && !incoming.has(m.id));
  return [
    ...removed.flatMap((m) => mentorshipKeys(m.id).map((key): Write => [key, undefined])),
    ...backup.mentorships.flatMap((m) =>
      storedDocuments(m).map(([name, text]): Write => [documentKey(m.id, name), text]),
    ),
    // The index last: until it changes, no page looks at the keys written above.
    [INDEX_KEY, JSON.stringify({ version: INDEX_VERSION, ...next })],
  ];
}

/** Makes the writes as one change: 'done', or why not, with every key as it was before. */
export function writeAll(storage: RestoreStorage, writes: Write[]): 'done' | 'full' | 'failed' {
  let before: Write[];
  try {
    before = writes.map(([key]): Write => [key, storage.getItem(key) ?? undefined]);
  } catch {
    return 'failed';
  }
  try {
    for (const [key, text] of writes) {
      if (text === undefined) storage.removeItem(key);
      else storage.setItem(key, text);
      if ((storage.getItem(key) ?? undefined) !== text)
        throw new Error(`${key} did not read back.`);
    }
    return 'done';
  } catch (error) {
    // Backwards, so a key written twice ends as it first was.
    for (const [key, text] of before.reverse()) {
      try {
        if (text === undefined) storage.removeItem(key);
        else storage.setItem(key, text);
      } catch {
        // Putting back what was there takes no more room than it had; nothing else to try.
      }
    }
    return error instanceof DOMException && /quota/i.test(error.name) ? 'full' : 'failed';
  }
}
