/**
 * The page's one way to write several keys as one change (src/playbook/storage/write-all.ts),
 * after which every stored value on the page reads storage again. Loaded with the features that
 * write several keys (restoring, adding a shared mentorship, importing an agreement, deleting).
 */
import { writeAll, type Write, type WriteOutcome } from '../../playbook/storage/write-all';
import { $storageHealth, pageStorage, rereadStorage, storedText } from '../core/storage';

export type { Write, WriteOutcome, WriteResult } from '../../playbook/storage/write-all';

/**
 * Writes the keys as one change and has the page read them again. Where the browser already
 * refuses storage, the page keeps everything in its memory (and says so), so the change goes there
 * the same way as every other; it cannot fail part way there.
 */
export function writeAsOneChange(writes: readonly Write[]): WriteOutcome {
  const storage = $storageHealth.get() === 'ok' ? pageStorage() : undefined;
  if (!storage) {
    const before = writes.map(([key]): Write => [key, storedText(key).get()]);
    for (const [key, text] of writes) storedText(key).set(text);
    rereadStorage();
    return { result: 'done', before };
  }
  const outcome = writeAll(storage, writes);
  // After a change made part way too, so that the page shows what storage now holds.
  if (outcome.result === 'done' || outcome.result === 'partial') rereadStorage();
  return outcome;
}

/** Why a change of several keys did not happen; `partial`: it may have, in part (see WriteResult). */
export type WriteProblem = 'read-only' | 'full' | 'failed' | 'partial';

/** What a change that brings a mentorship in or takes one away came to. */
export type Written =
  { ok: true; id: string } | { ok: false; problem: WriteProblem; before: readonly Write[] };

/** Writes the keys as one change for the mentorship `id`, and says what came of it. */
export function writeFor(id: string, writes: readonly Write[]): Written {
  const { result, before } = writeAsOneChange(writes);
  return result === 'done' ? { ok: true, id } : { ok: false, problem: result, before };
}

/** A change refused before anything was written, because the index is from a newer version. */
export const READ_ONLY: Written = { ok: false, problem: 'read-only', before: [] };
