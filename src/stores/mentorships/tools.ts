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
import type { MentorshipEntry } from '../../playbook/documents/mentorships';
import { count } from '../../playbook/core/words';
import { $openLabel } from '../core/mentorship-list';
import { $openId, keyOf, keysOf, mentorshipsStore } from '../core/mentorships';
import { listed } from '../core/all-stores';
import { storedText } from '../core/storage';

/** A deleted mentorship, kept in memory until the next change so that it can be undone. */
interface Deleted {
  entry: MentorshipEntry;
  at: number;
  stored: [key: string, text: string | undefined][];
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
    `Delete “${$openLabel.get()}” from this browser? Its kickoff answers, format choice, agenda` +
    ` and ${sessions} go with it.`
  );
}

/** Deletes the open mentorship and everything it holds, opening its neighbour; undoable. */
export function deleteOpen(): boolean {
  const id = $openId.get();
  const label = $openLabel.get();
  const index = mentorshipsStore.$value.get();
  const at = index.mentorships.findIndex((m) => m.id === id);
  if (at < 0) return false;
  const stored = keysOf(id).map((key): [string, string | undefined] => [
    key,
    storedText(key).get(),
  ]);
  // The index changes first, so every page has left the mentorship before its data goes.
  if (!mentorshipsStore.replace((current) => removeMentorship(current, id))) return false;
  for (const [key] of stored) storedText(key).set(undefined);
  $deleted.set({ entry: index.mentorships[at]!, at, stored });
  $deletedMessage.set(`Deleted “${label}”.`);
  return true;
}

/** Brings the last deleted mentorship back, with everything it held, and opens it. */
export function undoDelete(): boolean {
  const deleted = $deleted.get();
  if (!deleted) return false;
  for (const [key, text] of deleted.stored) if (text !== undefined) storedText(key).set(text);
  mentorshipsStore.replace((index) => restoreMentorship(index, deleted.entry, deleted.at));
  $deleted.set(undefined);
  $deletedMessage.set(undefined);
  return true;
}
