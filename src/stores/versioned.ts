import { persistentAtom } from '@nanostores/persistent';
import { computed, onMount, onNotify, type ReadableAtom, type WritableAtom } from 'nanostores';
import { installBrowserStorage } from './storage';

installBrowserStorage();

/** A document as read from storage: usable, written by a newer site, or unreadable. */
export type StoredDocument<T> =
  | { status: 'ok'; value: T }
  | { status: 'newer'; value: T; version: number; raw: string }
  | { status: 'unreadable'; value: T; raw: string };

/** One kept copy of unreadable data. */
export interface Backup {
  savedAt: string;
  raw: string;
}

/** How a versioned document is stored and checked. */
export interface VersionedStoreOptions<T extends object> {
  /** The localStorage key, namespaced and versioned, e.g. "mentorship-playbook:v1:kickoff". */
  key: string;
  /** The schema version this site writes into the document's `version` field. */
  version: number;
  /** A document with nothing in it. */
  empty: () => T;
  /** Checks parsed JSON (with its `version` field) and fills in what is missing; undefined when it cannot be used. */
  parse: (data: unknown) => T | undefined;
}

/** A persisted, versioned document with its kept copies of unreadable data and its actions. */
export interface VersionedStore<T extends object> {
  $document: WritableAtom<StoredDocument<T>>;
  $value: ReadableAtom<T>;
  $readOnly: ReadableAtom<boolean>;
  $backups: WritableAtom<Backup[]>;
  decode: (raw: string) => StoredDocument<T>;
  encode: (document: StoredDocument<T>) => string;
  /** Applies a change to a copy; refused (false) when the document was written by a newer site. */
  update: (change: (draft: T) => void) => boolean;
  /** Replaces the value with one built from it, without copying what the change leaves alone. */
  replace: (next: (current: T) => T) => boolean;
  deleteBackups: () => void;
  /** The kept copies as one text file. */
  backupFile: (date: string) => { name: string; text: string };
}

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
 * A document in localStorage that never loses what the user wrote: decode never throws;
 * unreadable data is copied to `<key>-backups` before anything can replace it (the main key is
 * left alone until the next edit); data from a newer schema version is shown as far as it is
 * understood and never rewritten.
 */
export function createVersionedStore<T extends object>(
  options: VersionedStoreOptions<T>,
): VersionedStore<T> {
  const decode = (raw: string): StoredDocument<T> => {
    let data: unknown;
    try {
      data = JSON.parse(raw);
    } catch {
      return { status: 'unreadable', value: options.empty(), raw };
    }
    const version =
      typeof data === 'object' && data !== null
        ? (data as { version?: unknown }).version
        : undefined;
    if (typeof version === 'number' && Number.isInteger(version) && version > options.version) {
      return { status: 'newer', value: options.parse(data) ?? options.empty(), version, raw };
    }
    const value = version === options.version ? options.parse(data) : undefined;
    return value ? { status: 'ok', value } : { status: 'unreadable', value: options.empty(), raw };
  };
  const encode = (document: StoredDocument<T>): string =>
    document.status === 'ok'
      ? JSON.stringify({ version: options.version, ...document.value })
      : document.raw;

  const $document = persistentAtom<StoredDocument<T>>(
    options.key,
    { status: 'ok', value: options.empty() },
    { encode, decode },
  );
  const $backups = persistentAtom<Backup[]>(`${options.key}-backups`, [], {
    // An empty list removes the key rather than storing "[]".
    encode: (list) => (list.length ? JSON.stringify(list) : undefined) as string,
    decode: decodeBackups,
  });

  const keepUnreadableAside = () => {
    const document = $document.get();
    if (document.status !== 'unreadable') return;
    const backups = $backups.get();
    if (backups.some((b) => b.raw === document.raw)) return;
    $backups.set([...backups, { savedAt: new Date().toISOString(), raw: document.raw }]);
  };
  // After the store settles, not inside its own notification.
  onMount($document, () => queueMicrotask(keepUnreadableAside));
  onNotify($document, () => queueMicrotask(keepUnreadableAside));

  const update = (change: (draft: T) => void): boolean => {
    const document = $document.get();
    if (document.status === 'newer') return false;
    const draft = structuredClone(document.value);
    change(draft);
    $document.set({ status: 'ok', value: draft });
    return true;
  };

  const replace = (next: (current: T) => T): boolean => {
    const document = $document.get();
    if (document.status === 'newer') return false;
    $document.set({ status: 'ok', value: next(document.value) });
    return true;
  };

  return {
    $document,
    $value: computed($document, (document) => document.value),
    $readOnly: computed($document, (document) => document.status === 'newer'),
    $backups,
    decode,
    encode,
    update,
    replace,
    deleteBackups: () => $backups.set([]),
    backupFile: (date) => {
      const text = $backups
        .get()
        .map((b) => (b.savedAt ? `Saved aside on ${b.savedAt}:\n${b.raw}` : b.raw))
        .join('\n\n');
      const name = options.key.replace(/^mentorship-playbook:v\d+:/, '');
      return { name: `mentorship-playbook-${name}-backup-${date}.txt`, text: `${text}\n` };
    },
  };
}
