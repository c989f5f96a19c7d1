/**
 * Every key of a mentorship, from its documents' names alone (no schema): for the code that
 * sizes, deletes, moves or restores all of it. Kept out of ../documents/ (which every playbook
 * page loads), as only Your data (on load) and features loaded on demand use it.
 */
import { DOCUMENT_NAMES, type DocumentName } from '../documents/names';

/**
 * Every key of one mentorship's documents and their kept copies (`-backups`: unreadable,
 * repaired, or from before a migration), given where each document of it is stored.
 */
export const documentKeys = (keyOf: (document: DocumentName) => string) =>
  DOCUMENT_NAMES.flatMap((name) => [keyOf(name), `${keyOf(name)}-backups`]);
