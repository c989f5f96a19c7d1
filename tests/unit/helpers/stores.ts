import {
  cleanTestStorage,
  getTestStorage,
  setTestStorageKey,
  useTestStorageEngine,
} from '@nanostores/persistent';
import { cleanStores } from 'nanostores';
import { emptyOf } from '../../../src/playbook/core/stored-document';
import { KickoffSchema } from '../../../src/playbook/documents/kickoff';
import { INDEX_KEY, documentKey } from '../../../src/playbook/documents/mentorships';
import { DOCUMENT_NAMES, type DocumentName } from '../../../src/playbook/documents/names';
import { allStores } from '../../../src/stores/core/all-stores';
import { $held, changedHere } from '../../../src/stores/core/mentorships';
import {
  $move,
  $storageHealth,
  $storageUse,
  installBrowserStorage,
  usePageStorage,
} from '../../../src/stores/core/storage';

/** The mentorship the tests' stores have open. */
export const TEST_ID = 'test-mentorship';

/** Where each of the open mentorship's documents is stored in the tests, from the registry. */
export const TEST_KEYS = Object.fromEntries(
  DOCUMENT_NAMES.map((name) => [name, documentKey(TEST_ID, name)]),
) as Record<DocumentName, string>;
export const KICKOFF_KEY = TEST_KEYS.kickoff;
export const CHOOSER_KEY = TEST_KEYS['format-chooser'];
export const AGENDA_KEY = TEST_KEYS.agenda;
export const HISTORY_KEY = TEST_KEYS.sessions;

/**
 * Stores the open mentorship's kickoff as a tab leaves it when it closes before stamping: the
 * mentor's name typed, waiting to be stamped from the empty kickoff (`unstamped`), with `extra`
 * fields of the stored value (marks, `unstampedAt`).
 */
export function storeWaitingKickoff(extra: Record<string, unknown> = {}): void {
  const empty = emptyOf(KickoffSchema);
  setTestStorageKey(
    KICKOFF_KEY,
    JSON.stringify({
      version: 1,
      ...empty,
      pair: { ...empty.pair, mentor: 'Ada' },
      unstamped: empty,
      ...extra,
    }),
  );
}

/**
 * Unmounts every store the tests have imported (they list themselves in allStores), and points
 * persistence at @nanostores/persistent's test engine holding one open mentorship and nothing
 * else. The stores install the browser engine once, on first mount; installing it here first lets
 * the test engine replace it for good.
 */
export function resetStores({ mentorship = true }: { mentorship?: boolean } = {}): void {
  cleanStores(...allStores);
  installBrowserStorage();
  useTestStorageEngine();
  // Writes of several keys go to the same test storage, as they go to localStorage on a page.
  usePageStorage({
    getItem: (key) => getTestStorage()[key] ?? null,
    setItem: setTestStorageKey,
    removeItem: (key) => setTestStorageKey(key, undefined),
  });
  cleanTestStorage();
  if (mentorship)
    setTestStorageKey(
      INDEX_KEY,
      JSON.stringify({
        version: 1,
        open: TEST_ID,
        mentorships: [{ id: TEST_ID, name: '', createdAt: '2026-11-01T00:00:00.000Z' }],
      }),
    );
  $storageHealth.set('ok');
  $storageUse.set(0);
  $move.set('done');
  $held.set(undefined);
  changedHere.clear();
}
