/**
 * Putting stored data in order on a page's first load, before the stores read it
 * (src/stores/core/storage.ts): a damaged index is rebuilt from the documents present
 * (recover-index.ts), then the first release's data is moved (move-v1.ts), so that the move adds
 * to the rebuilt index. Loaded on demand, only in browsers that need one of them.
 */
import { INDEX_KEY, newId as randomId } from '../documents/mentorships';
import { writeAll } from '../storage/write-all';
import { moveV1, type MoveStorage } from './move-v1';
import { INDEX_BACKUPS_KEY, recoverIndex } from './recover-index';

/** What the first load needs done (indexNeedsRebuild, and first-release keys or a move marker). */
export interface SettleNeeds {
  rebuild: boolean;
  move: boolean;
}

/** What was done: how many mentorships a rebuilt index lists (undefined: not rebuilt), and whether the move failed. */
export interface Settled {
  rebuilt: number | undefined;
  moveFailed: boolean;
}

/**
 * Does what `needs` says over `storage` (holding `keys`) at `now`, a new mentorship taking its id
 * from `newId`. The damaged index's kept copy
 * and the rebuilt index are written as one change (write-all.ts), so the index is never replaced
 * while the copy is not stored; when storage refuses them, they go to `hold` (the stores' engine,
 * which keeps in this page's memory what storage refuses, and says so), so the page still shows
 * every mentorship. The move works on `storage` itself, all or nothing (move-v1.ts). Throws only
 * if `storage` does (blocked since).
 */
export function settleStorage(
  storage: MoveStorage,
  keys: readonly string[],
  needs: SettleNeeds,
  hold: (key: string, text: string) => void,
  newId: () => string = randomId,
  now: string = new Date().toISOString(),
): Settled {
  let listed: string[] | undefined;
  if (needs.rebuild) {
    const recovery = recoverIndex(
      storage.getItem(INDEX_KEY) ?? undefined,
      storage.getItem(INDEX_BACKUPS_KEY) ?? undefined,
      keys,
      now,
    );
    if (recovery && writeAll(storage, recovery.writes).result !== 'done')
      for (const [key, text] of recovery.writes) if (text !== undefined) hold(key, text);
    listed = recovery?.listed;
  }
  let moveFailed = false;
  if (needs.move) {
    const moved = moveV1(storage, newId, now, { indexRebuilt: listed !== undefined });
    moveFailed = moved.status === 'failed';
    if (moved.status === 'moved' && listed && !listed.includes(moved.id))
      listed = [...listed, moved.id];
  }
  return { rebuilt: listed?.length, moveFailed };
}
