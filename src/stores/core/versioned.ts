/**
 * The one factory every stored document goes through: a persisted, versioned document that never
 * loses what the user wrote. Reading follows the rule of src/playbook/core/stored-document.ts
 * (never throws; resets only what does not fit; migrates older versions; never rewrites a newer
 * one). Whatever could not be used as it was stored (unreadable, repaired, or from before a
 * migration) is copied to `<key>-backups` before anything can replace it, and the main key is left
 * alone until the next edit. The copies per mentorship are in copies.ts, undo in undo.ts.
 *
 * A `marked` document (each of a mentorship's, which travel and merge) is stamped on every write:
 * `replace` compares the value before and after and updates its change marks
 * (src/playbook/merge/stamp.ts), so no action has to say what it changed.
 * - The marks are kept in the same localStorage value as the document
 *   (src/playbook/core/stored-document.ts), not under a key of their own: one `setItem` is all or
 *   nothing, so a full storage refuses both or neither, another tab's write brings its marks with
 *   its document in one storage event, and nothing else has to learn of a second key (deleting,
 *   sizes, moving, the held mentorship). Two keys through the all-or-nothing write of several keys
 *   would cost every keystroke a read-back, and every page that write's code.
 * - The stamping code (about 1 KB gzipped) loads with the page's first change
 *   (../../playbook/merge/on-demand/stamping.ts), as the pages had no room for it on first load. A
 *   change made before it has loaded is written at once with the value the marks were made for
 *   (`unstamped`), in the same value; the first write after it loads (or the task it starts)
 *   stamps everything since then, and the doors that carry marks out stamp it as they read it. So
 *   no change ever goes unmarked, even when the tab closes or the code cannot load (offline).
 * - An undo is stamped as a change made now, which is what it is to a merge: the value it brings
 *   back is newer than the change it takes back.
 */
import { atom, computed, onMount, onNotify, task, type ReadableAtom } from 'nanostores';
import type { TextFile } from '../../playbook/core/text-file';
import {
  copyToKeep,
  emptyOf,
  type KeptCopy,
  type StoredDeclaration,
  type StoredDocument,
} from '../../playbook/core/stored-document';
import type * as Stamping from '../../playbook/merge/on-demand/stamping';
import { listed } from './all-stores';
import { following, storedCopies } from './copies';
import { $today } from './today';
import { createUndo } from './undo';

/** What a playbook's notices say about one document; components render it as it is. */
export interface DocumentNotices {
  /** Written by a newer version of the site: shown, but not changed here. */
  readOnly: boolean;
  /** Copies of data that could not be read as it was, kept for download. */
  backups: number;
  /** Fields reset when the document was read, because their values did not fit. */
  repaired: number;
}

/**
 * Which of several copies of a document is in use: a document per mentorship follows the open one.
 */
export interface DocumentScope {
  /** The id of the copy in use; '' when there is none yet (nothing is stored until there is). */
  $id: ReadableAtom<string>;
  /** Makes a copy to write to when there is none (the first answer starts a mentorship); '' if it cannot. */
  ensure: () => string;
  /**
   * For a copy this page holds in memory only and never stores (one another tab deleted): the
   * text stored under `key` it starts from, '' for none; undefined for every stored copy.
   */
  held?: (id: string, key: string) => string | undefined;
  /** Told of each change this page makes to a copy. */
  changed?: (id: string) => void;
}

/** How a versioned document is stored and checked: its declaration, and where it lives. */
export interface VersionedStoreOptions<T extends object> extends StoredDeclaration<T> {
  /**
   * The localStorage key, namespaced and versioned ("mentorship-playbook:v2:mentorships"), or for
   * a scoped document the key of each copy ("mentorship-playbook:v2:<id>:kickoff").
   */
  key: string | ((id: string) => string);
  /** For a document kept once per mentorship: which copy is in use. */
  scope?: DocumentScope;
  /** A document with nothing in it, when that is more than the schema's defaults. */
  empty?: () => T;
  /** Whether each write stamps the document's change marks (see the file's header). */
  marked?: boolean;
}

/** A persisted, versioned document with its kept copies, notices, undo and actions. */
export interface VersionedStore<T extends object> {
  /** The copy in use, as read from storage. */
  $document: ReadableAtom<StoredDocument<T>>;
  $value: ReadableAtom<T>;
  $readOnly: ReadableAtom<boolean>;
  /** Copies of what could not be read as it was stored, shown and offered for download. */
  $backups: ReadableAtom<KeptCopy[]>;
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
  /** Deletes the copies shown in `$backups` (not those kept from before a migration). */
  deleteBackups: () => void;
  /** The copies shown in `$backups` as one text file (its code loads when first asked for). */
  backupFile: () => Promise<TextFile>;
  /** The value of another copy (another mentorship's), read without opening it. */
  valueOf: (id: string) => T;
}

const FIXED: DocumentScope = { $id: atom('fixed'), ensure: () => 'fixed' };

const shown = (copies: KeptCopy[]) => copies.filter((copy) => copy.migratedFrom === undefined);

/** The stamping code, once loaded (see the file's header). */
let stamping: typeof Stamping | undefined;

/** A document in localStorage that never loses what the user wrote (see the file's header). */
export function createVersionedStore<T extends object>(
  options: VersionedStoreOptions<T>,
): VersionedStore<T> {
  const empty = options.empty ?? (() => emptyOf(options.schema));
  const scope = options.scope ?? FIXED;
  const keyOf = (id: string) => (typeof options.key === 'string' ? options.key : options.key(id));
  const copyOf = storedCopies(options, keyOf, empty, scope.held);

  const $document = following(scope.$id, (id) => copyOf(id).doc, {
    status: 'ok',
    value: empty(),
  } as StoredDocument<T>);
  const $kept = following(scope.$id, (id) => copyOf(id).kept, [] as KeptCopy[]);
  const $backups = listed(computed($kept, shown));
  const current = () => copyOf(scope.$id.get());

  /** Copies what storage holds aside, when it cannot be used as it is, before it is replaced. */
  const keepAside = () => {
    const copy = copyToKeep($document.get(), new Date().toISOString());
    const kept = $kept.get();
    if (!copy || kept.some((k) => k.raw === copy.raw)) return;
    current().kept.set([...kept, copy]);
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

  const undo = createUndo<T>(scope.$id);

  const replace = (next: (current: T) => T, undoMessage?: string): boolean => {
    const document = $document.get();
    if (document.status === 'newer') return false;
    const id = scope.$id.get() || scope.ensure();
    if (!id) return false;
    // A change can come before the task above has run: keep the stored text aside first.
    if (id === scope.$id.get()) keepAside();
    undo.note(id, document.value, undoMessage);
    const written: StoredDocument<T> = {
      status: 'ok',
      value: next(document.value),
      marks: document.marks,
      // What the marks were made for, until the changes since are stamped.
      unstamped: options.marked ? (document.unstamped ?? document.value) : undefined,
      // And when: stamped later (after a page change, or at the next share), the changes keep the
      // time they were made, not the time the stamping code got to them.
      unstampedAt: options.marked ? Date.now() : undefined,
    };
    const { doc } = copyOf(id);
    doc.set(stamping ? stamping.stampedDocument(written, Date.now()) : written);
    if (!stamping && options.marked)
      task(() =>
        import('../../playbook/merge/on-demand/stamping').then(
          (loaded) => doc.set((stamping = loaded).stampedDocument(doc.get(), Date.now())),
          // Offline: the changes stay unstamped, with what they changed from, until a later write.
          () => {},
        ),
      );
    scope.changed?.(id);
    return true;
  };

  return {
    $document,
    $value: listed(computed($document, (document) => document.value)),
    $readOnly: listed(computed($document, (document) => document.status === 'newer')),
    $backups,
    $notices: listed(
      computed([$document, $backups], (document, backups) => ({
        readOnly: document.status === 'newer',
        backups: backups.length,
        repaired: document.status === 'repaired' ? document.reset.length : 0,
      })),
    ),
    $undo: undo.$message,
    replace,
    undo: () => {
      const value = undo.take(scope.$id.get());
      return value !== undefined && replace(() => value);
    },
    deleteBackups: () =>
      current().kept.set($kept.get().filter((copy) => copy.migratedFrom !== undefined)),
    backupFile: () =>
      import('../../playbook/core/on-demand/kept-copies-file').then((m) =>
        m.keptCopiesFile(keyOf(scope.$id.get()).split(':').at(-1)!, $backups.get(), $today.get()),
      ),
    valueOf: (id) => (id === scope.$id.get() ? $document : copyOf(id).doc).get().value,
  };
}
