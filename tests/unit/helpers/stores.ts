import { cleanTestStorage, setTestStorageKey, useTestStorageEngine } from '@nanostores/persistent';
import { cleanStores } from 'nanostores';
import { INDEX_KEY, documentKey } from '../../../src/playbook/documents/mentorships';
import { allStores } from '../../../src/stores/core/all-stores';
import {
  $move,
  $storageHealth,
  $storageUse,
  installBrowserStorage,
} from '../../../src/stores/core/storage';

/** The mentorship the tests' stores have open. */
export const TEST_ID = 'test-mentorship';

/** Where the open mentorship's documents are stored in the tests. */
export const KICKOFF_KEY = documentKey(TEST_ID, 'kickoff');
export const CHOOSER_KEY = documentKey(TEST_ID, 'format-chooser');
export const AGENDA_KEY = documentKey(TEST_ID, 'agenda');
export const HISTORY_KEY = documentKey(TEST_ID, 'sessions');

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
}
