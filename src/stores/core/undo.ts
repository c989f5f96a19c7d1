/**
 * Undo for one versioned document: the value from before the last destructive change, offered
 * until the next change, while a page shows it, and only in the copy it was made in. Part of the
 * versioned-store factory (versioned.ts).
 */
import { atom, computed, onMount, onNotify, type ReadableAtom } from 'nanostores';
import { listed } from './all-stores';

/** What can be undone, and how to note or forget it. */
export interface Undo<T> {
  /** What the last destructive change did ("Removed ‘Since last time’."), while it can be undone. */
  $message: ReadableAtom<string | undefined>;
  /** Notes a change in copy `id`: undoable with a message, else it ends what could be undone. */
  note: (id: string, value: T, message?: string) => void;
  /** The value to bring back in copy `id`, if the last change there can be undone. */
  take: (id: string) => T | undefined;
}

/** Undo for a document whose copy in use is `$id`. */
export function createUndo<T>($id: ReadableAtom<string>): Undo<T> {
  const $last = listed(atom<{ message: string; value: T; id: string } | undefined>(undefined));
  onMount($last, () => () => $last.set(undefined));
  onNotify($id, () => $last.set(undefined));
  return {
    $message: listed(computed($last, (last) => last?.message)),
    note: (id, value, message) => $last.set(message ? { message, value, id } : undefined),
    take: (id) => {
      const last = $last.get();
      return last?.id === id ? last.value : undefined;
    },
  };
}
