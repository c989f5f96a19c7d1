import { computed } from 'nanostores';
import {
  INDEX_DECLARATION,
  INDEX_KEY,
  V1_PREFIX,
  addMentorship,
  documentKey,
  documentKeys,
  newId,
} from '../../playbook/documents/mentorships';
import {
  declarationOf,
  type DocumentName,
  type DocumentValue,
} from '../../playbook/documents/registry';
import { listed } from './all-stores';
import { $move } from './storage';
import { createVersionedStore, type DocumentScope, type VersionedStoreOptions } from './versioned';

/**
 * The index of mentorships in this browser, and which one the playbooks show; other tabs follow
 * when it changes.
 *
 * Stored shape (JSON), version 1 (MentorshipsSchema in src/playbook/documents/mentorships.ts), under
 * `mentorship-playbook:v2:mentorships`:
 * ```
 * { "version": 1, "open": id,
 *   "mentorships": [{ "id": string, "name": string, "createdAt": ISO date-time }] }
 * ```
 * Each mentorship's documents live under `mentorship-playbook:v2:<id>:kickoff`, `…:format-chooser`,
 * `…:agenda` and `…:sessions` (shapes documented in their stores). The first release's keys
 * (`mentorship-playbook:v1:…`) are moved into the first mentorship on first load (move-v1.ts).
 */
export const mentorshipsStore = createVersionedStore({ key: INDEX_KEY, ...INDEX_DECLARATION });

/** The id the first release's documents answer to while they cannot be moved (storage full). */
export const V1_ID = 'v1';

/** The open mentorship's id: the chosen one, else the first; '' when there is none yet. */
export const $openId = listed(
  computed([mentorshipsStore.$value, $move], (index, move) => {
    // While the first release's data is being moved, nothing is open, so nothing is written.
    if (move !== 'done') return move === 'failed' ? V1_ID : '';
    return index.mentorships.some((m) => m.id === index.open)
      ? index.open
      : (index.mentorships[0]?.id ?? '');
  }),
);

/** Where one document of a mentorship is stored. */
export const keyOf = (name: DocumentName) => (id: string) =>
  id === V1_ID ? `${V1_PREFIX}${name}` : documentKey(id, name);

/** Every key one mentorship has in storage: its documents and their kept copies. */
export const keysOf = (id: string) => documentKeys((name) => keyOf(name)(id));

/**
 * The options of a document kept once per mentorship, from its declaration in the registry
 * (src/playbook/documents/registry.ts): its key for each mentorship, its scope, version, schema
 * and migrations.
 */
export const mentorshipDocument = <N extends DocumentName>(
  name: N,
): VersionedStoreOptions<DocumentValue<N>> => {
  const { version, schema, migrations } = declarationOf(name);
  return { key: keyOf(name), scope: mentorshipScope, version, schema, migrations };
};

/** Starts a mentorship and opens it; its id, or '' when the index cannot change here. */
export function startMentorship(): string {
  const id = newId();
  const started = mentorshipsStore.replace((index) =>
    addMentorship(index, { id, name: '', createdAt: new Date().toISOString() }),
  );
  return started ? id : '';
}

/** Documents kept once per mentorship follow the open one; a first answer starts one. */
export const mentorshipScope: DocumentScope = {
  $id: $openId,
  ensure: () => {
    const move = $move.get();
    return move === 'done' ? startMentorship() : move === 'failed' ? V1_ID : '';
  },
};
