import { cleanTestStorage, useTestStorageEngine } from '@nanostores/persistent';
import { cleanStores } from 'nanostores';
import { allStores } from '../../../src/stores/registry';
import { $storageHealth, $storageUse, installBrowserStorage } from '../../../src/stores/storage';

/**
 * Unmounts every store the tests have imported (they list themselves in allStores), and points
 * persistence at @nanostores/persistent's test engine with nothing in it. The stores install the
 * browser engine once, on first mount; installing it here first lets the test engine replace it
 * for good.
 */
export function resetStores(): void {
  cleanStores(...allStores);
  installBrowserStorage();
  useTestStorageEngine();
  cleanTestStorage();
  $storageHealth.set('ok');
  $storageUse.set(0);
}
