import { persistentAtom } from '@nanostores/persistent';
import {
  atom,
  computed,
  onMount,
  onNotify,
  task,
  type ReadableAtom,
  type WritableAtom,
} from 'nanostores';
import { readDocument } from '../../playbook/core/schema';
import type * as v from '../../playbook/core/schema-kit';
import { listed } from './all-stores';
import { installBrowserStorage } from './storage';
import { $today } from './today';

/**
 * A document as read from storage: usable; usable after fields that did not fit were reset
 * (`reset` names them); written by a newer site (shown, never rewritten); or unreadable.
 * Whenever it is not `ok`, `raw` is what storage held, kept until the user saves a change.
 */
export type StoredDocument<T> =
  | { status: 'ok'; value: T }
  | { status: 'repaired'; value: T; raw: string; reset: string[] }
  | { status: 'newer'; value: T; version: number; raw: string }
  | { status: 'unreadable'; value: T; raw: string };

/** One kept copy of stored data that could not be read as it was. */
export interface Backup {
  savedAt: string;
  raw: string;
}

/** What a playbook's notices say about one document; components render it as it is. */
export interface DocumentNotices {
  /** Written by a newer version of the site: shown, but not changed here. */
  readOnly: boolean;
  /** Copies of data that could not be read as it was, kept for download. */
  backups: number;
  /** Fields reset when the document was read, because their values did not fit. */
  repaired: number;
}

/** A file to offer for download or copying. */
export interface TextFile {
  name: string;
  text: string;
  type?: string;
}

/** What "Add to calendar" makes: the file, when there is an event for it, and what it holds or lacks, in words. */
export interface CalendarOffer {
  file?: TextFile;
  lines: string[];
}

/**
 * Which of several copies of a document is in use: a document per mentorship follows the open one.
 */
export interface DocumentScope {
  /** The id of the copy in use; '' when there is none yet (nothing is stored until there is). */
  $id: ReadableAtom<string>;
  /** Makes a copy to write to when there is none (the first answer starts a mentorship); '' if it cannot. */
  ensure: () => string;
}

/** How a versioned document is stored and checked. */
export interface VersionedStoreOptions<T extends object> {
  /**
   * The localStorage key, namespaced and versioned ("mentorship-playbook:v2:mentorships"), or for
   * a scoped document the key of each copy ("mentorship-playbook:v2:<id>:kickoff").
   */
  key: string | ((id: string) => string);
  /** For a document kept once per mentorship: which copy is in use. */
  scope?: DocumentScope;
  /** The schema version this site writes into the document's `version` field. */
  version: number;
  /** The document's shape; every field has a default, so `{}` reads as an empty document. */
  schema: v.GenericSchema<T>;
  /** A document with nothing in it, when that is more than the schema's defaults. */
  empty?: () => T;
  /** Steps from each older version to the next: `{ 1: (v1) => v2 }`. */
  migrations?: Record<number, (data: Record<string, unknown>) => Record<string, unknown>>;
}

/** A persisted, versioned document with its kept copies, notices, undo and actions. */
export interface VersionedStore<T extends object> {
  /** The copy in use, as read from storage. */
  $document: ReadableAtom<StoredDocument<T>>;
  $value: ReadableAtom<T>;
  $readOnly: ReadableAtom<boolean>;
  $backups: ReadableAtom<Backup[]>;
  $notices: ReadableAtom<DocumentNotices>;
  /** What the last destructive change did ("Removed ‘Since last time’."), while it can be undone. */
  $undo: ReadableAtom<string | undefined>;
  /**
   * Replaces the value with one built from it; refused (false) when the document is read-only.
   * With `undoMessage`, the change can be undone until the next one.
   */
  replace: (next: (current: T) => T, undoMessage?: string) => boolean;
  /** Brings back the value from before the last destructive change. */
  undo: () => boolean;
  deleteBackups: () => void;
  /** The kept copies as one text file. */
  backupFile: () => TextFile;
  /** The value of another copy (another mentorship's), read without opening it. */
  valueOf: (id: string) => T;
}

const FIXED: DocumentScope = { $id: atom('fixed'), ensure: () => 'fixed' };

const isRecord = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

function decodeBackups(raw: string): Backup[] {
  try {
    const list: unknown = JSON.parse(raw);
    if (
      Array.isArray(list) &&
      list.every((b) => typeof b?.raw === 'string' && typeof b?.savedAt === 'string')
    ) {
      return list as Backup[];
    }
  } catch {
    // Fall through: even a damaged backup list is kept, as one backup.
  }
  return [{ savedAt: '', raw }];
}

/**
 * A document in localStorage that never loses what the user wrote: decode never throws; data
 * that does not fully fit the schema is copied to `<key>-backups` before anything can replace it
 * (the main key is left alone until the next edit); data from a newer schema version is shown as
 * far as it is understood and never rewritten.
 */
export function createVersionedStore<T extends object>(
  options: VersionedStoreOptions<T>,
): VersionedStore<T> {
  const empty = options.empty ?? (() => readDocument(options.schema, {})!.value);

  const migrate = (data: Record<string, unknown>, from: number) => {
    let current: Record<string, unknown> | undefined = data;
    for (let version = from; current && version < options.version; version++) {
      const step = options.migrations?.[version];
      current = step ? step(current) : undefined;
    }
    return current;
  };

  const decode = (raw: string): StoredDocument<T> => {
    const unreadable = { status: 'unreadable' as const, value: empty(), raw };
    let data: unknown;
    try {
      data = JSON.parse(raw);
    } catch {
      return unreadable;
    }
    if (!isRecord(data) || !Number.isInteger(data.version)) return unreadable;
    const version = data.version as number;
    if (version > options.version) {
      const value = readDocument(options.schema, data)?.value ?? empty();
      return { status: 'newer', value, version, raw };
    }
    const migrated = migrate(data, version);
    const read = migrated && readDocument(options.schema, migrated);
    if (!read) return unreadable;
    return read.reset.length
      ? { status: 'repaired', value: read.value, raw, reset: read.reset }
      : { status: 'ok', value: read.value };
  };
  const encode = (document: StoredDocument<T>): string =>
    document.status === 'ok'
      ? JSON.stringify({ version: options.version, ...document.value })
      : document.raw;

  const scope = options.scope ?? FIXED;
  const keyOf = (id: string) => (typeof options.key === 'string' ? options.key : options.key(id));

  // The stored copies, one persistent pair per id, made when first needed; with no id, a pair that
  // lives in memory only, so that reading before anything exists writes nothing.
  const copies = new Map<
    string,
    { doc: WritableAtom<StoredDocument<T>>; backups: WritableAtom<Backup[]> }
  >();
  const copyOf = (id: string) => {
    let copy = copies.get(id);
    if (!copy) {
      installBrowserStorage();
      // A stored copy's initial value stands for "no key": it encodes to undefined, which
      // persistent takes as deleting the key, so storage losing the key (another tab, a restore)
      // never makes this page write an empty document.
      const initial: StoredDocument<T> = { status: 'ok', value: empty() };
      copy = id
        ? {
            doc: persistentAtom<StoredDocument<T>>(keyOf(id), initial, {
              encode: (document) => (document === initial ? undefined : encode(document)) as string,
              decode,
            }),
            backups: persistentAtom<Backup[]>(`${keyOf(id)}-backups`, [], {
              // An empty list removes the key rather than storing "[]".
              encode: (list) => (list.length ? JSON.stringify(list) : undefined) as string,
              decode: decodeBackups,
            }),
          }
        : { doc: atom(initial), backups: atom<Backup[]>([]) };
      listed(copy.doc);
      listed(copy.backups);
      copies.set(id, copy);
    }
    return copy;
  };

  /** A store that shows the copy in use, following the scope to another copy when it changes. */
  const following = <V>(pick: (copy: ReturnType<typeof copyOf>) => WritableAtom<V>, initial: V) => {
    const $following = listed(atom<V>(initial));
    onMount($following, () => {
      installBrowserStorage();
      let stop: (() => void) | undefined;
      const stopScope = scope.$id.subscribe((id) => {
        stop?.();
        stop = pick(copyOf(id)).subscribe((value) => $following.set(value));
      });
      return () => {
        stopScope();
        stop?.();
      };
    });
    return $following;
  };

  const $document = following((copy) => copy.doc, {
    status: 'ok',
    value: empty(),
  } as StoredDocument<T>);
  const $backups = following((copy) => copy.backups, [] as Backup[]);
  const current = () => copyOf(scope.$id.get());

  const keepAside = () => {
    const document = $document.get();
    if (document.status !== 'unreadable' && document.status !== 'repaired') return;
    const backups = $backups.get();
    if (backups.some((b) => b.raw === document.raw)) return;
    current().backups.set([...backups, { savedAt: new Date().toISOString(), raw: document.raw }]);
  };
  // After the store settles, not inside its own notification; a nanostores task, so tests can
  // wait for it with allTasks().
  const keepAsideSoon = () => {
    task(async () => {
      await Promise.resolve();
      keepAside();
    });
  };
  onMount($document, keepAsideSoon);
  onNotify($document, keepAsideSoon);

  const $undo = listed(atom<{ message: string; value: T; id: string } | undefined>(undefined));
  // Undo is offered only while a page shows it, and only for the copy it was made in.
  onMount($undo, () => () => $undo.set(undefined));
  onNotify(scope.$id, () => $undo.set(undefined));

  const replace = (next: (current: T) => T, undoMessage?: string): boolean => {
    const document = $document.get();
    if (document.status === 'newer') return false;
    const id = scope.$id.get() || scope.ensure();
    if (!id) return false;
    $undo.set(undoMessage ? { message: undoMessage, value: document.value, id } : undefined);
    copyOf(id).doc.set({ status: 'ok', value: next(document.value) });
    return true;
  };

  const $readOnly = listed(computed($document, (document) => document.status === 'newer'));
  return {
    $document,
    $value: listed(computed($document, (document) => document.value)),
    $readOnly,
    $backups,
    $notices: listed(
      computed([$document, $backups], (document, backups) => ({
        readOnly: document.status === 'newer',
        backups: backups.length,
        repaired: document.status === 'repaired' ? document.reset.length : 0,
      })),
    ),
    $undo: listed(computed($undo, (undo) => undo?.message)),
    replace,
    undo: () => {
      const undo = $undo.get();
      return undo?.id === scope.$id.get() && replace(() => undo.value);
    },
    deleteBackups: () => current().backups.set([]),
    backupFile: () => {
      const text = $backups
        .get()
        .map((b) => (b.savedAt ? `Saved aside on ${b.savedAt}:\n${b.raw}` : b.raw))
        .join('\n\n');
      const name = keyOf(scope.$id.get()).split(':').at(-1);
      return {
        name: `mentorship-playbook-${name}-backup-${$today.get()}.txt`,
        text: `${text}\n`,
        type: 'text/plain',
      };
    },
    valueOf: (id) => (id === scope.$id.get() ? $document : copyOf(id).doc).get().value,
  };
}
