import {
  persistentAtom,
  setPersistentEngine,
  windowPersistentEvents,
} from '@nanostores/persistent';
import { atom, computed, task } from 'nanostores';
import {
  INDEX_KEY,
  MOVE_KEY,
  V1_PREFIX,
  indexNeedsRebuild,
} from '../../playbook/documents/mentorships';

/** Whether the playbooks' answers are being kept by the browser, and if not, why. */
export type StorageHealth = 'ok' | 'unavailable' | 'full';

/** The browser storage's health, for the notice that says progress will not be kept. */
export const $storageHealth = atom<StorageHealth>('ok');

/**
 * How many stored values this page holds only in memory, because the browser refused them: they
 * are gone when the page is left, reloaded or closed, so leaving asks first while there are any.
 */
export const $keptInMemory = atom(0);

/**
 * What browsers commonly allow one site in localStorage, in UTF-16 code units (about 5 MB);
 * an estimate, as browsers neither agree nor tell.
 */
const STORAGE_LIMIT = 5_000_000;

/** About how much of the site's localStorage is in use, in code units (keys and values). */
export const $storageUse = atom(0);

/** Whether storage is nearly full (80% of the estimate), so the page can offer exports before a write fails. */
export const $storageNearlyFull = computed($storageUse, (use) => use >= STORAGE_LIMIT * 0.8);

const PROBE_KEY = 'mentorship-playbook:probe';

function isQuotaError(error: unknown): boolean {
  return (
    error instanceof DOMException &&
    (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED')
  );
}

/**
 * Why storage refused a write: `full` only when it is a quota error and the site's data is near
 * what browsers allow; a storage that refuses a write while nearly empty takes nothing at all (a
 * site-data policy, or an older Safari's private window, which answers every write so).
 */
const refusalOf = (error: unknown, use: number): StorageHealth =>
  isQuotaError(error) && use >= STORAGE_LIMIT * 0.5 ? 'full' : 'unavailable';

/**
 * A storage engine for @nanostores/persistent over Web Storage that may be missing, throw on any
 * access (disabled, sandboxed) or refuse writes (quota). A value it cannot write is kept in memory,
 * so the page keeps working; `report` says why nothing is being kept, `reportMemory` how many
 * values only this page's memory holds, and `reportUse` how much storage is in use (code units).
 */
export function createSafeEngine(
  open: () => Storage | undefined,
  report: (health: StorageHealth) => void,
  reportUse: (codeUnits: number) => void = () => {},
  reportMemory: (values: number) => void = () => {},
): Record<string, string> {
  const held = new Map<string, string>();
  const memory = {
    has: (key: string) => held.has(key),
    get: (key: string) => held.get(key),
    get size() {
      return held.size;
    },
    set(key: string, value: string) {
      held.set(key, value);
      reportMemory(held.size);
    },
    delete(key: string) {
      if (held.delete(key)) reportMemory(held.size);
    },
  };
  // Sizes of what is stored, measured once at the start and kept up to date on this page's writes.
  const sizes = new Map<string, number>();
  let use = 0;
  const measure = (key: string, value: string | undefined) => {
    if (value === undefined) sizes.delete(key);
    else sizes.set(key, key.length + value.length);
    use = [...sizes.values()].reduce((a, b) => a + b, 0);
    reportUse(use);
  };
  const refusal = (error: unknown) => refusalOf(error, use);
  let storage: Storage | undefined;
  const measureAll = () => {
    sizes.clear();
    for (let i = 0; i < storage!.length; i++) {
      const key = storage!.key(i);
      if (key !== null) sizes.set(key, key.length + (storage!.getItem(key) ?? '').length);
    }
    measure(PROBE_KEY, undefined);
  };
  let probe: unknown;
  try {
    storage = open();
    if (!storage) throw new Error('No Web Storage.');
    storage.setItem(PROBE_KEY, '1');
    storage.removeItem(PROBE_KEY);
  } catch (error) {
    probe = error ?? 'refused';
  }
  if (storage) {
    try {
      measureAll();
    } catch {
      // Listing keys can fail where reading and writing work: the sizes are then unknown, and
      // saving still works, so nothing is said about it.
    }
  }
  if (probe !== undefined) report(refusal(probe));
  if (storage) {
    // Keys written around the engine (a restore, a page back from the cache) are measured again
    // whenever the stores read storage again.
    if (typeof window !== 'undefined')
      addEventListener('pageshow', () => {
        try {
          measureAll();
        } catch {
          // Storage gone since: the sizes stay as last measured.
        }
      });
  }

  const read = (key: string): string | undefined => {
    if (memory.has(key)) return memory.get(key);
    if (!storage) return undefined;
    try {
      return storage.getItem(key) ?? undefined;
    } catch {
      report('unavailable');
      return undefined;
    }
  };

  return new Proxy({} as Record<string, string>, {
    get: (_target, key) => (typeof key === 'string' ? read(key) : undefined),
    has: (_target, key) => typeof key === 'string' && read(key) !== undefined,
    set(_target, key, value) {
      if (typeof key !== 'string') return false;
      if (!storage) {
        memory.set(key, String(value));
        return true;
      }
      try {
        storage.setItem(key, String(value));
        memory.delete(key);
        measure(key, String(value));
        if (memory.size === 0) report('ok');
      } catch (error) {
        memory.set(key, String(value));
        report(refusal(error));
      }
      return true;
    },
    deleteProperty(_target, key) {
      if (typeof key !== 'string') return false;
      memory.delete(key);
      try {
        storage?.removeItem(key);
        measure(key, undefined);
      } catch {
        report('unavailable');
      }
      return true;
    },
  });
}

/**
 * Putting stored data in order on the first load: rebuilding a damaged index, and moving the first
 * release's saved mentorship into the current layout. Under way (its code loads on demand, only in
 * browsers that need it), done (or nothing to do), or failed (storage full, or the code could not
 * load): the first release's data is then used where it is, and the move is tried again on the
 * next load.
 */
export const $move = atom<'moving' | 'done' | 'failed'>('done');

/**
 * How many mentorships the index lists after this page rebuilt it from their documents, because
 * it was damaged (src/playbook/mentorships/recover-index.ts); undefined when it did not.
 */
export const $indexRebuilt = atom<number | undefined>(undefined);

/**
 * A key's text as stored, through @nanostores/persistent's engine (undefined: no such key), for
 * code that works on whole keys (moving, deleting, importing) rather than on one document.
 */
export const storedText = (key: string) =>
  persistentAtom<string | undefined>(key, undefined, { listen: false });

/** Has every mounted stored value read storage again, after keys were written around them. */
export const rereadStorage = () =>
  // @nanostores/persistent re-reads every mounted value on "pageshow".
  window.dispatchEvent(new Event('pageshow'));

/**
 * Puts stored data in order (./on-demand/settle.ts, loaded only in browsers that need it), then has
 * every stored value read storage again.
 */
function settleFirst(storage: Storage, rebuild: boolean, move: boolean): void {
  $move.set('moving');
  task(() =>
    import('./on-demand/settle').then(
      (m) => m.settle(storage, rebuild, move),
      () => {
        // The code could not load (offline): a damaged index reads as it is, as before.
        $move.set(move ? 'failed' : 'done');
        rereadStorage();
      },
    ),
  );
}

let installed = false;

/** The part of Web Storage a write of several keys needs. */
export type PageStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

let pageStorageInUse: PageStorage | undefined;

/**
 * The Web Storage the page's values are kept in, for writes of several keys made as one change
 * (src/stores/storage/write-all.ts); undefined when the browser gives the page none.
 */
export const pageStorage = (): PageStorage | undefined => pageStorageInUse;

/** Points writes of several keys at another storage: the tests' engine, which holds the values. */
export const usePageStorage = (storage: PageStorage | undefined) => {
  pageStorageInUse = storage;
};

/**
 * Points @nanostores/persistent at the browser's localStorage through the safe engine (once per
 * page), after rebuilding a damaged index and moving the first release's saved data into the
 * current layout.
 */
export function installBrowserStorage(): void {
  if (typeof window === 'undefined' || installed) return;
  installed = true;
  let storage: Storage | undefined;
  try {
    storage = window.localStorage;
  } catch {
    // Blocked site data: the engine below reports it.
  }
  try {
    if (storage) {
      const index = storage.getItem(INDEX_KEY);
      const rebuild = index !== null && indexNeedsRebuild(index);
      // Anything of the first release, or a move cut short.
      const move = Object.keys(storage).some((k) => k.startsWith(V1_PREFIX) || k === MOVE_KEY);
      if (rebuild || move) settleFirst(storage, rebuild, move);
    }
  } catch {
    // Storage that cannot be listed holds nothing this page can read either.
  }
  setPersistentEngine(
    createSafeEngine(
      () => (pageStorageInUse = window.localStorage),
      (health) => $storageHealth.set(health),
      (use) => $storageUse.set(use),
      (values) => $keptInMemory.set(values),
    ),
    windowPersistentEvents,
  );
  $keptInMemory.subscribe((values) => {
    if (values > 0) addEventListener('beforeunload', askBeforeLeaving);
    else removeEventListener('beforeunload', askBeforeLeaving);
  });
}

/**
 * Has the browser ask before the page is left while answers exist only in its memory (HTML's
 * "beforeunload": a cancelled event makes the browser ask; it says so in its own words).
 */
function askBeforeLeaving(event: BeforeUnloadEvent): void {
  event.preventDefault();
  // Browsers before the standard's preventDefault (Safari before 17.4) look at returnValue.
  event.returnValue = '';
}
