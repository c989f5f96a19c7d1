/**
 * Several keys of Web Storage written as one change. Every key is noted first, then written and
 * read back; if a write fails (a full storage, a policy that refuses writes) every key is put back
 * as it was, so what remains is exactly the data from before. Every write of more than one key
 * (restoring, adding a shared mentorship, importing an agreement, deleting) goes through here.
 */

/** The part of Web Storage a write of several keys uses. */
export type WriteStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** A key's new text, or undefined to remove it. */
export type Write = [key: string, text: string | undefined];

/**
 * How a write of several keys ended: `done`; `full` or `failed` (refused part way: storage full,
 * or unavailable), with every key as it was; or `partial`: refused part way, and putting back
 * what was there was refused too, so some keys may hold the new text.
 */
export type WriteResult = 'done' | 'full' | 'failed' | 'partial';

/** What a write that did not finish found in storage before it began, to offer as a file. */
export interface WriteOutcome {
  result: WriteResult;
  /** Each key's text before the write (undefined: it had none), in the order of `writes`. */
  before: Write[];
}

const isQuota = (error: unknown) => error instanceof DOMException && /quota/i.test(error.name);

const apply = (storage: WriteStorage, [key, text]: Write) => {
  if (text === undefined) storage.removeItem(key);
  else storage.setItem(key, text);
  if ((storage.getItem(key) ?? undefined) !== text) throw new Error(`${key} did not read back.`);
};

/**
 * Makes the writes, in order, as one change. Never throws: the outcome says whether every key is
 * as it was (`full`, `failed`) or may not be (`partial`), with what each key held before.
 */
export function writeAll(storage: WriteStorage, writes: readonly Write[]): WriteOutcome {
  let before: Write[];
  try {
    before = writes.map(([key]): Write => [key, storage.getItem(key) ?? undefined]);
  } catch {
    return { result: 'failed', before: [] };
  }
  let made = 0;
  try {
    for (const write of writes) {
      made++;
      apply(storage, write);
    }
    return { result: 'done', before };
  } catch (error) {
    let restored = true;
    // Only what was tried, backwards, so a key written twice ends as it first was; a key that
    // still holds its old text needs no write (storage that refuses every write may still agree).
    for (const [key, text] of before.slice(0, made).reverse()) {
      try {
        if ((storage.getItem(key) ?? undefined) !== text) apply(storage, [key, text]);
      } catch {
        restored = false;
      }
    }
    return { result: !restored ? 'partial' : isQuota(error) ? 'full' : 'failed', before };
  }
}
