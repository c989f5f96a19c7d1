/**
 * Mentorships in and out of this browser as portable documents (src/playbook/portable/portable.ts): what
 * the share link and backup file carry, and adding what they bring. Loaded on demand. It works on
 * the stored keys, so it needs none of the document stores, and has the page's stores read their
 * keys again after a change.
 */
import { TOPIC_IDS } from '../../playbook/documents/kickoff';
import {
  INDEX_DECLARATION,
  INDEX_KEY,
  MentorshipsSchema,
  mentorshipLabels,
  newId,
  type Mentorships,
} from '../../playbook/documents/mentorships';
import { indexText, mentorshipOfKey } from '../../playbook/mentorships/stored-index';
import { DOCUMENT_NAMES } from '../../playbook/documents/names';
import { declarationOf } from '../../playbook/documents/registry';
import {
  hasMarks,
  storedDocuments,
  type MarksByField,
  type Portable,
} from '../../playbook/portable/portable';
import { marksOf, stampTime } from '../../playbook/merge/on-demand/stamping';
import { noMarks } from '../../playbook/merge/marks';
import { stamp } from '../../playbook/merge/stamp';
import { decodeStored, emptyOf } from '../../playbook/core/stored-document';
import { backupFileName, backupText } from '../../playbook/portable/backup';
import { encodeShare } from '../../playbook/portable/share-link';
import { keyOf, mentorshipsStore } from '../core/mentorships';
import { $mentorshipList } from '../core/mentorship-list';
import { storedText } from '../core/storage';
import { READ_ONLY, writeFor, type Write, type Written } from '../storage/write-all';
import { $today } from '../core/today';
import type { TextFile } from '../../playbook/core/text-file';

/** Whether this browser has a mentorship with this id. */
export const hasMentorship = (id: string) =>
  mentorshipsStore.$value.get().mentorships.some((m) => m.id === id);

/**
 * A mentorship of this browser as a portable document (what fits of each stored document, with
 * its change marks: changes still waiting to be stamped are stamped now), read from storage, or
 * from `texts` for the keys it has (what storage held before a change).
 */
export function portableOf(
  id: string,
  texts: ReadonlyMap<string, string | undefined> = new Map(),
  index: Mentorships = mentorshipsStore.$value.get(),
): Portable {
  const entry = index.mentorships.find((m) => m.id === id);
  const mentorship: Record<string, unknown> = {
    id,
    name: entry?.name ?? '',
    createdAt: entry?.createdAt ?? '',
  };
  const marks: MarksByField = {};
  const now = Date.now();
  for (const name of DOCUMENT_NAMES) {
    // Through the stores' own reading (migrations included); unreadable text gives the empty value.
    const declaration = declarationOf(name);
    const empty = () => emptyOf(declaration.schema);
    const key = keyOf(name)(id);
    const text = texts.has(key) ? texts.get(key) : storedText(key).get();
    const stored = text === undefined ? undefined : decodeStored(declaration, text, empty);
    const value = stored ? stored.value : empty();
    mentorship[declaration.field] = value;
    const marked =
      stored && marksOf(value, stored.marks, stored.unstamped, stampTime(stored.unstampedAt, now));
    if (hasMarks(marked)) marks[declaration.field] = marked;
  }
  if (Object.keys(marks).length) mentorship.marks = marks;
  return mentorship as Portable;
}

/**
 * What this browser held before a change that storage refused part way (`before`, as the one
 * write of several keys gives it): every mentorship the change touched, as a backup file that
 * Your data › Restore brings back. Keys the change did not touch are read from storage as they are.
 */
export function beforeFile(before: readonly Write[]): TextFile {
  const texts = new Map<string, string | undefined>();
  // The first note of a key is what it held before the change (a key may be written twice).
  for (const [key, text] of before) if (!texts.has(key)) texts.set(key, text);
  const indexBefore = texts.has(INDEX_KEY)
    ? decodeStored(INDEX_DECLARATION, texts.get(INDEX_KEY) ?? '{}', () =>
        emptyOf(MentorshipsSchema),
      ).value
    : mentorshipsStore.$value.get();
  const ids = new Set(
    [...texts.keys()].flatMap((key) => {
      const id = mentorshipOfKey(key);
      return id && texts.get(key) !== undefined ? [id] : [];
    }),
  );
  return {
    name: backupFileName($today.get()),
    text: backupText({
      exportedAt: new Date().toISOString(),
      open: indexBefore.open,
      mentorships: [...ids].map((id) => portableOf(id, texts, indexBefore)),
    }),
    type: 'application/json',
  };
}

/** What a mentorship holds, in a line: its name, topics agreed and sessions finished. */
export interface MentorshipSummary {
  label: string;
  agreed: number;
  topics: number;
  sessions: number;
}

/** What each portable mentorship of one list (a backup's) is called, told apart from the others. */
export const labelsOf = (mentorships: readonly Portable[]) =>
  mentorshipLabels(
    mentorships.map(({ id, name, createdAt, kickoff }) => ({
      id,
      name,
      createdAt,
      pair: kickoff.pair,
    })),
  );

/**
 * Sums up a portable mentorship for a preview, as `label` (by default, what it is called on its
 * own: a link or file holds one).
 */
export function summaryOf(
  mentorship: Portable,
  label = labelsOf([mentorship])[0]!,
): MentorshipSummary {
  return {
    label,
    agreed: TOPIC_IDS.filter((id) => mentorship.kickoff.topics[id].agreed).length,
    topics: TOPIC_IDS.length,
    sessions: mentorship.history.sessions.length,
  };
}

/** Sums up a mentorship of this browser for a preview, called as the list of mentorships calls it. */
export const summaryHere = (id: string) =>
  summaryOf(portableOf(id), $mentorshipList.get().find((m) => m.id === id)?.label);

/**
 * Adds a mentorship brought in by a link or file and opens it, as one change: as new (under its
 * own id when this browser does not have it yet, else a fresh one), or replacing the one with the
 * same id. Under its own id it keeps the day it was started (now, if it has none); a copy under a
 * fresh id was started here and now, which also tells it apart from the one it was copied from
 * where both have the same name (mentorshipLabels). Refused when the index is read-only here.
 */
export function addPortable(mentorship: Portable, mode: 'new' | 'replace'): Written {
  if (mentorshipsStore.$readOnly.get()) return READ_ONLY;
  const id = mode === 'replace' || !hasMentorship(mentorship.id) ? mentorship.id : newId();
  const entry = {
    id,
    name: mentorship.name,
    createdAt: (id === mentorship.id && mentorship.createdAt) || new Date().toISOString(),
  };
  const index = mentorshipsStore.$value.get();
  return writeFor(id, [
    ...storedDocuments(mentorship).map(([name, text]): Write => [keyOf(name)(id), text]),
    // The index last: until it lists the mentorship, no page reads the keys above.
    [
      INDEX_KEY,
      indexText({
        open: id,
        mentorships: index.mentorships.some((m) => m.id === id)
          ? index.mentorships.map((m) => (m.id === id ? entry : m))
          : [...index.mentorships, entry],
      }),
    ],
  ]);
}

/**
 * Puts a mentorship's kickoff answers (from an agreement file) into a mentorship of this browser,
 * leaving its format choice, agenda and history as they are, and opens it, as one change. An
 * agreement carries no change marks, so each answer it changes is marked as changed now, here (as
 * typing it would), and the others keep their marks.
 */
export function addKickoff(mentorship: Portable, id: string): Written {
  if (!hasMentorship(id)) return addPortable(mentorship, 'new');
  if (mentorshipsStore.$readOnly.get()) return READ_ONLY;
  const here = portableOf(id);
  const marks = stamp(
    here.kickoff,
    mentorship.kickoff,
    here.marks?.kickoff ?? noMarks(),
    Date.now(),
  );
  const kickoff = { ...mentorship, marks: { kickoff: marks } };
  return writeFor(id, [
    [keyOf('kickoff')(id), new Map(storedDocuments(kickoff)).get('kickoff')],
    [INDEX_KEY, indexText({ ...mentorshipsStore.$value.get(), open: id })],
  ]);
}

/** A link to this page that carries a mentorship in its fragment (see share-link.ts). */
export async function shareLink(id: string): Promise<string> {
  return `${location.origin}${location.pathname}#${await encodeShare(portableOf(id))}`;
}

/** A mentorship as a backup file of its own, for when a link is too long to send. */
export const mentorshipFile = (id: string): TextFile => ({
  name: backupFileName($today.get()),
  text: backupText({
    exportedAt: new Date().toISOString(),
    open: id,
    mentorships: [portableOf(id)],
  }),
  type: 'application/json',
});
