/**
 * The choice for a mentorship another tab deleted while this page had changed it, which the page
 * holds in memory (`$held` in src/stores/core/mentorships.ts): keep it as a new mentorship, or let
 * it go. Nothing is written before the choice. Loaded with the notice that offers it.
 */
import { decodeStored, emptyOf } from '../../playbook/core/stored-document';
import {
  INDEX_DECLARATION,
  INDEX_KEY,
  MentorshipsSchema,
  addMentorship,
  mentorshipLabels,
  newId,
  type MentorshipEntry,
  type NamedEntry,
} from '../../playbook/documents/mentorships';
import { indexText } from '../../playbook/mentorships/stored-index';
import { DOCUMENT_NAMES } from '../../playbook/documents/names';
import { textInMemory } from '../core/copies';
import { kickoffStore } from '../core/kickoff';
import { $held, keyOf, mentorshipsStore, type HeldMentorship } from '../core/mentorships';
import { READ_ONLY, writeFor, type Write, type Written } from '../storage/write-all';

/**
 * The held mentorship's entry in the index from before it was deleted (its name and start date),
 * and every entry listed there; when that index is not known (storage was cleared), its id alone.
 */
export function heldEntry(held: HeldMentorship): {
  entry: MentorshipEntry;
  listed: MentorshipEntry[];
} {
  const { mentorships } = decodeStored(INDEX_DECLARATION, held.index ?? '', () =>
    emptyOf(MentorshipsSchema),
  ).value;
  const entry = mentorships.find((m) => m.id === held.from);
  if (entry) return { entry, listed: mentorships };
  const alone = { id: held.from, name: '', createdAt: '' };
  return { entry: alone, listed: [alone] };
}

/**
 * What the held mentorship was called when it was deleted: told apart from the others listed
 * then (mentorshipLabels), with its pair as `pair` (what the page shows) and theirs as stored.
 */
export function heldLabel(held: HeldMentorship, pair: NamedEntry['pair']): string {
  const { entry, listed } = heldEntry(held);
  const labels = mentorshipLabels(
    listed.map((m) => ({ ...m, pair: m === entry ? pair : kickoffStore.valueOf(m.id).pair })),
  );
  return labels[listed.indexOf(entry)]!;
}

/**
 * Stores the held mentorship as a new one, under a new id and with its name and start date, and
 * opens it, as one change: each document as this page holds it now (what was typed after the
 * deletion included), else as it was when it was deleted, then the index. The page goes on
 * holding it when the change could not be made (`Written` says why); refused, writing nothing,
 * when nothing is held or the index is read-only here.
 */
export function keepHeld(): Written {
  const held = $held.get();
  if (!held || mentorshipsStore.$readOnly.get()) return READ_ONLY;
  const id = newId();
  const writes = DOCUMENT_NAMES.flatMap((name): Write[] => {
    const key = keyOf(name)(held.id);
    const text = textInMemory(key) ?? held.texts.get(key);
    return text === undefined ? [] : [[keyOf(name)(id), text]];
  });
  const entry = { ...heldEntry(held).entry, id };
  // The index last: until it lists the mentorship, no page reads the keys above.
  const index = indexText(addMentorship(mentorshipsStore.$value.get(), entry));
  const written = writeFor(id, [...writes, [INDEX_KEY, index]]);
  if (written.ok) $held.set(undefined);
  return written;
}

/** Lets the held mentorship go, writing nothing: the page shows the open one again. */
export const letHeldGo = () => $held.set(undefined);
