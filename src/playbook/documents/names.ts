/**
 * The names of a mentorship's documents, without their schemas: for the code that works on every
 * key of a mentorship (Your data's sizes and deleting, restoring, following another tab, the
 * index's recovery), which so loads no schema. The registry (registry.ts) declares a document for
 * each name, in this order; a unit test (tests/unit/document-names.test.ts) keeps the two alike.
 */

/**
 * A mentorship's documents, by the name that ends their storage keys
 * (`mentorship-playbook:v2:<id>:<name>`), in the order they are listed and carried.
 */
export const DOCUMENT_NAMES = [
  'kickoff',
  'format-chooser',
  'agenda',
  'sessions',
  'review',
] as const;

/** One of a mentorship's documents, by the name that ends its key. */
export type DocumentName = (typeof DOCUMENT_NAMES)[number];
