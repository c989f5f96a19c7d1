import { atom, computed, task } from 'nanostores';
import {
  INDEX_DECLARATION,
  INDEX_KEY,
  V1_PREFIX,
  addMentorship,
  documentKey,
  newId,
} from '../../playbook/documents/mentorships';
import type { DocumentDeclaration } from '../../playbook/documents/declaration';
import type { DocumentName } from '../../playbook/documents/names';
import type { DocumentValue, MentorshipDocuments } from '../../playbook/documents/registry';
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

/**
 * The open mentorship as it was when another tab deleted it, while this page had changed it: held
 * in this page's memory under an id of its own that is never stored, so what was typed stays on
 * screen and nothing is written, until the person keeps it as a new mentorship or lets it go
 * (src/stores/mentorships/held.ts).
 */
export interface HeldMentorship {
  /** The id its documents are held under on this page: never one a stored mentorship can have. */
  id: string;
  /** Its id before it was deleted, and the index's text from then (null: storage was cleared). */
  from: string;
  index: string | null;
  /** Its documents' stored texts as this page last had them (undefined: none), by their keys under `id`. */
  texts: ReadonlyMap<string, string | undefined>;
}

/** The mentorship held after another tab deleted it; undefined when there is none. */
export const $held = listed(atom<HeldMentorship | undefined>(undefined));

/** The ids of the mentorships this page has changed: only those are held when deleted elsewhere. */
export const changedHere = new Set<string>();

/** The open mentorship's id: the chosen one, else the first; '' when there is none yet. */
export const $openId = listed(
  computed([mentorshipsStore.$value, $move, $held], (index, move, held) => {
    if (held) return held.id;
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

/**
 * The options of a document kept once per mentorship, from its name in the registry
 * (src/playbook/documents/registry.ts) and its declaration (the registry's entry for that name,
 * passed by the store, so that a page loads only the schemas its stores read, not the registry
 * with every one): its key for each mentorship, its scope, version, schema and migrations; each
 * is stamped with its change marks, as they travel and merge.
 */
export const mentorshipDocument = <N extends DocumentName>(
  name: N,
  declaration: MentorshipDocuments[N],
): VersionedStoreOptions<DocumentValue<N>> => {
  const { version, schema, migrations } = declaration as unknown as DocumentDeclaration<
    DocumentValue<N>
  >;
  return { key: keyOf(name), scope: mentorshipScope, version, schema, migrations, marked: true };
};

/** Starts a mentorship and opens it; its id, or '' when the index cannot change here. */
export function startMentorship(): string {
  const id = newId();
  const started = mentorshipsStore.replace((index) =>
    addMentorship(index, { id, name: '', createdAt: new Date().toISOString() }),
  );
  return started ? id : '';
}

/**
 * Documents kept once per mentorship follow the open one; a first answer starts one. The held
 * mentorship's copies start from the texts it was held with, and live in memory only.
 */
export const mentorshipScope: DocumentScope = {
  $id: $openId,
  ensure: () => {
    const move = $move.get();
    return move === 'done' ? startMentorship() : move === 'failed' ? V1_ID : '';
  },
  held: (id, key) => {
    const held = $held.get();
    return held?.id === id ? (held.texts.get(key) ?? '') : undefined;
  },
  changed: (id) => {
    // The first release's documents are never in the index: no other tab can delete them from it.
    if (id === V1_ID || changedHere.has(id)) return;
    // What follows another tab deleting it loads with the page's first change (follow.ts).
    if (!changedHere.size)
      task(async () => {
        follow = await import('../mentorships/follow').then(
          (m) => m.followAnotherTab,
          () => follow,
        );
      });
    changedHere.add(id);
  },
};

/** What the page does with another tab's writes beyond following them (follow.ts), once loaded. */
let follow: ((event: StorageEvent) => void) | undefined;

// Added as this module loads, before any stored value listens, so that it sees another tab's
// change before they follow it (at the window, listeners run in the order they were added).
if (typeof window !== 'undefined') addEventListener('storage', (event) => follow?.(event));
