/**
 * Renaming and deleting a mentorship, with undo. Used now and then, so the switcher loads this
 * only when someone opens its tools. Deleting works on the mentorship's keys as stored, so it
 * needs none of the document stores (a page may not have loaded them all).
 */
import { atom } from 'nanostores';
import {
  removeMentorship,
  renameMentorship,
  restoreMentorship,
} from '../../playbook/mentorships/edits';
import { INDEX_KEY, type MentorshipEntry } from '../../playbook/documents/mentorships';
import { indexText } from '../../playbook/mentorships/stored-index';
import { count } from '../../playbook/core/words';
import { $openLabel } from './open-label';
import { $openId, keyOf, mentorshipsStore } from '../core/mentorships';
import { keysOf } from './keys';
import { listed } from '../core/all-stores';
import { storedText } from '../core/storage';
import { READ_ONLY, writeFor, type Write, type Written } from '../storage/write-all';

/** A deleted mentorship, kept in memory until the next change so that it can be undone. */
interface Deleted {
  entry: MentorshipEntry;
  at: number;
  stored: Write[];
}

const $deleted = listed(atom<Deleted | undefined>(undefined));

/** What the last deletion did ("Deleted “Ada and Tom”."), while it can be undone. */
export const $deletedMessage = listed(atom<string | undefined>(undefined));

/** Gives the open mentorship a name ('' to call it after the pair again). */
export const renameOpen = (name: string) =>
  mentorshipsStore.replace((index) => renameMentorship(index, $openId.get(), name));

/** What deleting the open mentorship takes away, for the question that asks first. */
export function deleteQuestion(): string {
  let sessions = 'its session history';
  try {
    const history = JSON.parse(storedText(keyOf('sessions')($openId.get())).get() ?? '{}');
    if (Array.isArray(history.sessions))
      sessions = count(history.sessions.length, 'finished session');
  } catch {
    // Unreadable history: say what goes without counting it.
  }
  return (
    `Delete “${$openLabel.get()}” from this browser? Its kickoff answers, format choice, agenda,` +
    ` reviews and ${sessions} go with it.`
  );
}

/**
 * Deletes the open mentorship and everything it holds, opening its neighbour, as one change;
 * undoable. `$deleteProblem` says why when it could not.
 */
export function deleteOpen(): boolean {
  const id = $openId.get();
  const label = $openLabel.get();
  const index = mentorshipsStore.$value.get();
  const at = index.mentorships.findIndex((m) => m.id === id);
  if (at < 0) return false;
  const stored = keysOf(id).map((key): Write => [key, storedText(key).get()]);
  const written = changed(id, [
    // The index first, so every page has left the mentorship before its data goes.
    [INDEX_KEY, indexText(removeMentorship(index, id))],
    ...stored.map(([key]): Write => [key, undefined]),
  ]);
  if (!written) return false;
  $deleted.set({ entry: index.mentorships[at]!, at, stored });
  $deletedMessage.set(`Deleted “${label}”.`);
  return true;
}

/** Brings the last deleted mentorship back, with everything it held, and opens it, as one change. */
export function undoDelete(): boolean {
  const deleted = $deleted.get();
  if (!deleted) return false;
  const index = mentorshipsStore.$value.get();
  const written = changed(deleted.entry.id, [
    ...deleted.stored.filter(([, text]) => text !== undefined),
    [INDEX_KEY, indexText(restoreMentorship(index, deleted.entry, deleted.at))],
  ]);
  if (!written) return false;
  $deleted.set(undefined);
  $deletedMessage.set(undefined);
  return true;
}

/** Why the last delete or undo could not be made, while it is news; undefined otherwise. */
export const $deleteProblem = listed(atom<Written | undefined>(undefined));

/** Makes a change of several keys, noting why when it could not be made. */
function changed(id: string, writes: Write[]): boolean {
  const written = mentorshipsStore.$readOnly.get() ? READ_ONLY : writeFor(id, writes);
  $deleteProblem.set(written.ok ? undefined : written);
  return written.ok;
}
