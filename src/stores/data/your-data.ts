/**
 * The "Your data" page: what each mentorship holds and the room it takes, the browser's promise
 * (or not) to keep the data, and deleting everything.
 */
import { atom, computed } from 'nanostores';
import { TOPIC_IDS } from '../../playbook/documents/kickoff';
import { INDEX_KEY, LAYOUT, MOVE_KEY } from '../../playbook/documents/mentorships';
import { count } from '../../playbook/core/words';
import { $mentorshipList } from '../core/mentorship-list';
import { keyOf, mentorshipsStore } from '../core/mentorships';
import { keysOf } from '../mentorships/keys';
import { listed } from '../core/all-stores';
import { $storageUse, rereadStorage, storedText } from '../core/storage';

/** One mentorship as the page lists it: what it holds, and its size in stored characters. */
export interface DataRow {
  id: string;
  label: string;
  agreed: number;
  topics: number;
  sessions: number;
  size: number;
}

/** A stored document's fields, or none when it is missing or unreadable. */
function stored(key: string): Record<string, unknown> {
  try {
    return Object(JSON.parse(storedText(key).get() ?? '{}'));
  } catch {
    return {};
  }
}

// Counted from the documents as stored, without their schemas, which this page does not need
// to load for a count; what the schemas would reset, the count may still include.
const agreedTopics = (id: string) => {
  const topics = Object(stored(keyOf('kickoff')(id)).topics);
  return TOPIC_IDS.filter((topic) => Object(topics[topic]).agreed === true).length;
};
const finishedSessions = (id: string) => {
  const sessions = stored(keyOf('sessions')(id)).sessions;
  return Array.isArray(sessions) ? sessions.length : 0;
};

/** Every mentorship in this browser with what it holds and the room it takes. */
export const $dataRows = listed(
  // The storage use changes with every write, so the sizes follow the answers as they change.
  computed([$mentorshipList, $storageUse], (list): DataRow[] =>
    list.map(({ id, label }) => ({
      id,
      label,
      agreed: agreedTopics(id),
      topics: TOPIC_IDS.length,
      sessions: finishedSessions(id),
      size: keysOf(id).reduce((sum, key) => {
        const text = storedText(key).get();
        return text === undefined ? sum : sum + key.length + text.length;
      }, 0),
    })),
  ),
);

/**
 * Whether the browser has promised to keep this site's data until the person clears it
 * (`navigator.storage.persist()`): not known yet, asking, kept, not promised, or no such feature.
 */
export const $persistence = listed(
  atom<'unknown' | 'asking' | 'kept' | 'not-kept' | 'unsupported'>('unknown'),
);

const storageManager = () =>
  // Missing in older browsers and on plain-http pages, whatever the types say.
  typeof navigator !== 'undefined' && typeof navigator.storage?.persist === 'function'
    ? navigator.storage
    : undefined;

/**
 * Finds out whether the data is kept for good already, and if not, asks for it where the browser
 * would grant it without asking the person (its permission already "granted"); elsewhere the
 * page offers a button, as asking may show a prompt.
 */
export async function checkPersistence(): Promise<void> {
  const manager = storageManager();
  if (!manager) return $persistence.set('unsupported');
  try {
    if (await manager.persisted()) return $persistence.set('kept');
    const permission = await navigator.permissions
      ?.query({ name: 'persistent-storage' })
      .catch(() => undefined);
    if (permission?.state === 'granted') return askToKeep();
    $persistence.set('not-kept');
  } catch {
    $persistence.set('unsupported');
  }
}

/** Asks the browser to keep the data (some decide silently, some ask the person). */
export async function askToKeep(): Promise<void> {
  const manager = storageManager();
  if (!manager) return $persistence.set('unsupported');
  $persistence.set('asking');
  try {
    $persistence.set((await manager.persist()) ? 'kept' : 'not-kept');
  } catch {
    $persistence.set('not-kept');
  }
}

/** What deleting everything takes away, for the question that asks first. */
export function deleteEverythingQuestion(): string {
  const rows = $dataRows.get();
  const names = rows.map((r) => `“${r.label}”`).join(', ');
  const sessions = rows.reduce((sum, r) => sum + r.sessions, 0);
  return (
    `Delete ${rows.length === 1 ? 'the one mentorship' : `all ${rows.length} mentorships`} ` +
    `(${names}) from this browser, with their kickoff answers, format choices, agendas, reviews and ` +
    `${count(sessions, 'finished session')}? ` +
    'This cannot be undone: download everything first if you may want any of it again.'
  );
}

/** Deletes everything the playbooks keep in this browser; false if storage refused. */
export function deleteEverything(): boolean {
  const keys = [
    // The index first, so every page has left the mentorships before their data goes (a page that
    // changed the open one then holds what it shows: src/stores/core/mentorships.ts).
    INDEX_KEY,
    ...mentorshipsStore.$value.get().mentorships.flatMap((m) => keysOf(m.id)),
    MOVE_KEY,
  ];
  try {
    // Anything else under the layout too (the backup note, keys no index lists any more).
    for (const key of Object.keys(localStorage))
      if (key.startsWith(`${LAYOUT}:`) && !keys.includes(key)) keys.push(key);
  } catch {
    return false;
  }
  for (const key of keys) storedText(key).set(undefined);
  rereadStorage();
  return true;
}
