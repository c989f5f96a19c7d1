/**
 * Following another tab's change to the index before the page's stored values do: when it deletes
 * the open mentorship and this page had changed it, the page holds it (`$held` in
 * src/stores/core/mentorships.ts) rather than silently following, where the fields would clear and
 * the next keystroke start a new mentorship; when it lists a held mentorship again (undone there)
 * and nothing was changed here since, the page follows it again. Loaded with the page's first
 * change, as only a page that changed a mentorship holds it.
 */
import { decodeStored } from '../../playbook/core/stored-document';
import {
  INDEX_DECLARATION,
  INDEX_KEY,
  type Mentorships,
} from '../../playbook/documents/mentorships';
import { DOCUMENT_NAMES, type DocumentName } from '../../playbook/documents/names';
import { textInMemory } from '../core/copies';
import { $held, $openId, changedHere, keyOf } from '../core/mentorships';
import { storedText } from '../core/storage';

/** Whether an index's stored text (null: none) lists the mentorship `id`, as the store reads it. */
const lists = (text: string | null, id: string) =>
  !!text &&
  decodeStored(INDEX_DECLARATION, text, () => ({}) as Mentorships).value.mentorships?.some(
    (m) => m.id === id,
  ) === true;

let holds = 0;

/**
 * What the page does with a storage event (another tab's write; a null key: storage was cleared),
 * before its stored values follow it (src/stores/core/mentorships.ts calls it from a listener
 * added before theirs).
 */
export function followAnotherTab({ key, newValue, oldValue }: StorageEvent): void {
  if (key !== INDEX_KEY && key !== null) return;
  const held = $held.get();
  const open = held?.from ?? $openId.get();
  if (lists(newValue, open)) {
    if (held && !changedHere.has(held.id)) $held.set(undefined);
    return;
  }
  if (held || !changedHere.has(open)) return;
  // Outside the safe alphabet of ids, so no stored mentorship can have it; new each time, as
  // each id's copies are made once.
  const id = `~${++holds}`;
  // Storage may have lost a key already (cleared): the copy this page loaded still holds it, as
  // this runs before any copy follows the change.
  const text = (name: DocumentName) =>
    storedText(keyOf(name)(open)).get() ?? textInMemory(keyOf(name)(open));
  const texts = new Map(DOCUMENT_NAMES.map((name) => [keyOf(name)(id), text(name)]));
  $held.set({ id, from: open, index: oldValue, texts });
}
