/**
 * Restoring a backup (backup.ts): the writes that bring its mentorships into this browser, made
 * as one change by the one write of several keys (src/playbook/storage/write-all.ts).
 */
import type { Backup } from './backup';
import {
  INDEX_KEY,
  documentKey,
  type MentorshipEntry,
  type Mentorships,
} from '../documents/mentorships';
import { documentKeys } from '../mentorships/keys';
import { indexText } from '../mentorships/stored-index';
import { storedDocuments } from './portable';
import type { Write } from '../storage/write-all';

/**
 * `add` puts the file's mentorships beside this browser's, each overwriting the one here with the
 * same id (a restore that merges passes the merged ones: stores/portable/restore.ts); `replace`
 * keeps only the file's.
 */
export type RestoreMode = 'add' | 'replace';

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
  const kept = mode === 'add' ? index.mentorships.filter((m) => !incoming.has(m.id)) : [];
  const next: Mentorships = {
    open:
      mode === 'add' && index.mentorships.some((m) => m.id === index.open)
        ? index.open
        : backup.open,
    // Mentorships both have keep their place here; the file's new ones follow.
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
    [INDEX_KEY, indexText(next)],
  ];
}
