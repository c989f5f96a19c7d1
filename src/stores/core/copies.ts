/**
 * The stored copies of one document kept once per mentorship: a persistent pair of atoms for each
 * id (the document and its kept copies), made when first needed, and stores that follow whichever
 * copy is in use. Part of the versioned-store factory (versioned.ts).
 */
import { persistentAtom } from '@nanostores/persistent';
import { atom, onMount, type ReadableAtom, type WritableAtom } from 'nanostores';
import {
  decodeKeptCopies,
  decodeStored,
  encodeStored,
  type KeptCopy,
  type StoredDeclaration,
  type StoredDocument,
} from '../../playbook/core/stored-document';
import { listed } from './all-stores';
import { installBrowserStorage } from './storage';

/** One id's document and its kept copies, as stored under `<key>` and `<key>-backups`. */
export interface StoredCopy<T> {
  doc: WritableAtom<StoredDocument<T>>;
  kept: WritableAtom<KeptCopy[]>;
}

/**
 * The copies of a document, one per id, read through its declaration. With no id (nothing is
 * stored yet) the copy lives in memory only, so that reading before anything exists writes nothing.
 */
export function storedCopies<T>(
  declaration: StoredDeclaration<T>,
  keyOf: (id: string) => string,
  empty: () => T,
): (id: string) => StoredCopy<T> {
  const copies = new Map<string, StoredCopy<T>>();
  return (id) => {
    let copy = copies.get(id);
    if (!copy) {
      installBrowserStorage();
      // A copy's initial value stands for "no key": it encodes to undefined, which persistent
      // takes as deleting the key, so storage losing the key (another tab, a restore) never makes
      // this page write an empty document.
      const initial: StoredDocument<T> = { status: 'ok', value: empty() };
      copy = id
        ? {
            doc: persistentAtom<StoredDocument<T>>(keyOf(id), initial, {
              encode: (document) =>
                (document === initial ? undefined : encodeStored(declaration, document)) as string,
              decode: (raw) => decodeStored(declaration, raw, empty),
            }),
            kept: persistentAtom<KeptCopy[]>(`${keyOf(id)}-backups`, [], {
              // An empty list removes the key rather than storing "[]".
              encode: (list) => (list.length ? JSON.stringify(list) : undefined) as string,
              decode: decodeKeptCopies,
            }),
          }
        : { doc: atom(initial), kept: atom<KeptCopy[]>([]) };
      listed(copy.doc);
      listed(copy.kept);
      copies.set(id, copy);
    }
    return copy;
  };
}

/** A store that shows one atom of the copy in use, following `$id` to another copy when it changes. */
export function following<V>(
  $id: ReadableAtom<string>,
  pick: (id: string) => ReadableAtom<V>,
  initial: V,
): ReadableAtom<V> {
  const $following = listed(atom<V>(initial));
  onMount($following, () => {
    installBrowserStorage();
    let stop: (() => void) | undefined;
    const stopScope = $id.subscribe((id) => {
      stop?.();
      stop = pick(id).subscribe((value) => $following.set(value));
    });
    return () => {
      stopScope();
      stop?.();
    };
  });
  return $following;
}
