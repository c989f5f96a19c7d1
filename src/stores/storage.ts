import { setPersistentEngine, windowPersistentEvents } from '@nanostores/persistent';
import { atom } from 'nanostores';

/** Whether the playbooks' answers are being kept by the browser, and if not, why. */
export type StorageHealth = 'ok' | 'unavailable' | 'full';

/** The browser storage's health, for the notice that says progress will not be kept. */
export const $storageHealth = atom<StorageHealth>('ok');

const PROBE_KEY = 'mentorship-playbook:probe';

function isQuotaError(error: unknown): boolean {
  return (
    error instanceof DOMException &&
    (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED')
  );
}

/**
 * A storage engine for @nanostores/persistent over Web Storage that may be missing, throw on any
 * access (disabled, sandboxed) or refuse writes (quota). A value it cannot write is kept in memory,
 * so the page keeps working, and `report` says why nothing is being kept.
 */
export function createSafeEngine(
  open: () => Storage | undefined,
  report: (health: StorageHealth) => void,
): Record<string, string> {
  const memory = new Map<string, string>();
  let storage: Storage | undefined;
  try {
    storage = open();
    if (!storage) throw new Error('No Web Storage.');
    storage.setItem(PROBE_KEY, '1');
    storage.removeItem(PROBE_KEY);
  } catch (error) {
    report(isQuotaError(error) ? 'full' : 'unavailable');
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
        if (memory.size === 0) report('ok');
      } catch (error) {
        memory.set(key, String(value));
        report(isQuotaError(error) ? 'full' : 'unavailable');
      }
      return true;
    },
    deleteProperty(_target, key) {
      if (typeof key !== 'string') return false;
      memory.delete(key);
      try {
        storage?.removeItem(key);
      } catch {
        report('unavailable');
      }
      return true;
    },
  });
}

/** Points @nanostores/persistent at the browser's localStorage through the safe engine. */
export function installBrowserStorage(): void {
  if (typeof window === 'undefined') return;
  setPersistentEngine(
    createSafeEngine(
      () => window.localStorage,
      (health) => $storageHealth.set(health),
    ),
    windowPersistentEvents,
  );
}
