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

/** What each copy loaded on this page holds, by its key (see textInMemory). */
const loaded = new Map<string, () => string | undefined>();

/**
 * The text a copy loaded on this page holds for a document's key, as it would store it; undefined
 * when no copy of it was loaded here, or it holds nothing ("no key").
 */
export const textInMemory = (key: string): string | undefined => loaded.get(key)?.();

/**
 * The copies of a document, one per id, read through its declaration. With no id (nothing is
 * stored yet) the copy lives in memory only, so that reading before anything exists writes nothing;
 * so does a copy `held` gives a text for ('' for none): one this page holds but never stores.
 */
export function storedCopies<T>(
  declaration: StoredDeclaration<T>,
  keyOf: (id: string) => string,
  empty: () => T,
  held: (id: string, key: string) => string | undefined = () => undefined,
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
      const start = id ? held(id, keyOf(id)) : '';
      copy =
        start === undefined
          ? {
              doc: persistentAtom<StoredDocument<T>>(keyOf(id), initial, {
                encode: (document) =>
                  (document === initial
                    ? undefined
                    : encodeStored(declaration, document)) as string,
                decode: (raw) => decodeStored(declaration, raw, empty),
              }),
              kept: persistentAtom<KeptCopy[]>(`${keyOf(id)}-backups`, [], {
                // An empty list removes the key rather than storing "[]".
                encode: (list) => (list.length ? JSON.stringify(list) : undefined) as string,
                decode: decodeKeptCopies,
              }),
            }
          : {
              doc: atom(start ? decodeStored(declaration, start, empty) : initial),
              kept: atom<KeptCopy[]>([]),
            };
      listed(copy.doc);
      listed(copy.kept);
      copies.set(id, copy);
      const { doc } = copy;
      if (id)
        loaded.set(keyOf(id), () =>
          doc.value === initial ? undefined : encodeStored(declaration, doc.value!),
        );
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
