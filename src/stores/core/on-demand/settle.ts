/**
 * Putting stored data in order on the first load (see `$move` in ../storage.ts): loaded only in
 * browsers whose index is damaged or that hold the first release's data.
 */
import { settleStorage } from '../../../playbook/mentorships/settle';
import { $indexRebuilt, $move, rereadStorage, storedText } from '../storage';

/**
 * Rebuilds a damaged index and moves the first release's data (src/playbook/mentorships/settle.ts)
 * in `storage`, says how it went (`$indexRebuilt`, `$move`), then has every stored value read
 * storage again. Never throws: a failure leaves the data where it is, for the next load.
 */
export function settle(storage: Storage, rebuild: boolean, move: boolean): void {
  try {
    const settled = settleStorage(
      storage,
      Object.keys(storage),
      { rebuild, move },
      // What storage refuses is held by the engine, so the page still shows the rebuilt index.
      (key, text) => storedText(key).set(text),
    );
    $indexRebuilt.set(settled.rebuilt);
    $move.set(settled.moveFailed ? 'failed' : 'done');
  } catch {
    $move.set(move ? 'failed' : 'done');
  }
  rereadStorage();
}
