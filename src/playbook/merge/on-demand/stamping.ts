/**
 * Stamping as the stores do it (src/stores/core/versioned.ts), loaded with a page's first change
 * to a mentorship's document, and by the doors that carry marks out (src/stores/portable/): a
 * stored document's marks as `readMarks` reads them, with the changes it holds since its last
 * stamp (if any) stamped.
 */
import type { StoredDocument } from '../../core/stored-document';
import { readMarks, type Marks } from '../marks';
import { stamp } from '../stamp';

/**
 * The change marks of a document that holds `value`: `marks` as stored (any JSON: what does not
 * read as marks reads as none), and when `base` is given (the value those marks were made for,
 * held with the document while changes since wait to be stamped), every change from `base` to
 * `value` stamped at `now` (ms since the epoch; see `stamp`). Never throws on JSON values.
 */
export function marksOf(value: unknown, marks: unknown, base: unknown, now: number): Marks {
  const read = readMarks(marks);
  return base === undefined ? read : stamp(base, value, read, now);
}

/**
 * The time to stamp waiting changes with: when they were written (`unstampedAt` as stored, ms since
 * the epoch), or `now` when that is missing or unusable; never later than `now`, so a stored time
 * from a clock set ahead cannot outrank every later change.
 */
export const stampTime = (unstampedAt: unknown, now: number): number =>
  typeof unstampedAt === 'number' && Number.isFinite(unstampedAt) && unstampedAt > 0
    ? Math.min(unstampedAt, now)
    : now;

/**
 * A stored document with the changes it holds unstamped (`unstamped`: the value its marks were
 * made for) stamped at the time they were written (`stampTime`; `now` is ms since the epoch): the
 * same document when none wait, or when it is not one this site writes (read-only, unreadable,
 * repaired: only a write makes it `ok`).
 */
export const stampedDocument = <T>(document: StoredDocument<T>, now: number): StoredDocument<T> =>
  document.status === 'ok' && document.unstamped !== undefined
    ? {
        status: 'ok',
        value: document.value,
        marks: marksOf(
          document.value,
          document.marks,
          document.unstamped,
          stampTime(document.unstampedAt, now),
        ),
      }
    : document;
