/**
 * The index and keys as stored, for code that works on whole keys (adding, deleting, restoring,
 * rebuilding the index): the index's text, and which mentorship a key belongs to. Kept out of
 * ../documents/ (which every playbook page loads) because only features loaded on demand use it.
 */
import { DOCUMENT_NAMES } from '../documents/names';
import { INDEX_VERSION, LAYOUT, type Mentorships } from '../documents/mentorships';

/** The index as stored: the versioned store's encoding, `{ "version": 1, …index }` as JSON. */
export const indexText = (index: Mentorships) =>
  JSON.stringify({ version: INDEX_VERSION, ...index });

/**
 * The mentorship a key of the current layout belongs to (`mentorship-playbook:v2:<id>:<document>`,
 * kept copies included); undefined for the index and every other key.
 */
export function mentorshipOfKey(key: string): string | undefined {
  if (!key.startsWith(`${LAYOUT}:`)) return undefined;
  const rest = key.slice(LAYOUT.length + 1).replace(/-backups$/, '');
  const name = DOCUMENT_NAMES.find((n) => rest.endsWith(`:${n}`));
  const id = name && rest.slice(0, -(name.length + 1));
  return id || undefined;
}
