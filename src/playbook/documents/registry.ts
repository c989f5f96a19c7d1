/**
 * The one registry of the documents a mentorship holds. Each is declared once, beside its schema
 * (`declare` in declaration.ts): the field that carries it in a portable mentorship (share link,
 * backup file, agreement front matter), its schema, the version this site writes and the
 * migrations from older versions; here it gets the name that ends its storage key, one for each
 * of names.ts's names, in their order. Everything else reads these declarations: the stores
 * (`mentorshipDocument` in src/stores/core/mentorships.ts, given their own document's
 * declaration, so that a page loads only the schemas it reads), the portable document and its
 * doors, and the tests' store reset; code that needs only the names or keys (the index's keys,
 * Your data's sizes and deleting) reads names.ts. To add a document, add its schema and
 * declaration to this folder, its name to names.ts and one entry below (README, "Adding a
 * playbook"). This file loads every schema: only code that handles all of a mentorship's
 * documents at once imports it, none of it on a page's first load (see src/site/chunks.ts).
 */
import type * as v from '../core/schema-kit';
import { AGENDA_DOCUMENT, SESSIONS_DOCUMENT } from './agenda';
import { CHOOSER_DOCUMENT } from './chooser';
import type { DocumentDeclaration } from './declaration';
import { KICKOFF_DOCUMENT } from './kickoff';
import type { DocumentName } from './names';
import { REVIEW_DOCUMENT } from './review';

export type { DocumentDeclaration } from './declaration';
export type { DocumentName } from './names';

/**
 * A mentorship's documents, by the name that ends their storage keys
 * (`mentorship-playbook:v2:<id>:<name>`), in the order of names.ts.
 */
export const MENTORSHIP_DOCUMENTS = {
  kickoff: KICKOFF_DOCUMENT,
  'format-chooser': CHOOSER_DOCUMENT,
  agenda: AGENDA_DOCUMENT,
  sessions: SESSIONS_DOCUMENT,
  review: REVIEW_DOCUMENT,
} satisfies Record<DocumentName, DocumentDeclaration>;

/** The registry's shape, for types derived from it. */
export type MentorshipDocuments = typeof MENTORSHIP_DOCUMENTS;

/** What a registered document reads as. */
export type DocumentValue<N extends DocumentName> = v.InferOutput<
  MentorshipDocuments[N]['schema']
> &
  object;

/** A registered document's declaration, typed by its value. */
export const declarationOf = <N extends DocumentName>(name: N) =>
  MENTORSHIP_DOCUMENTS[name] as unknown as DocumentDeclaration<DocumentValue<N>> & {
    field: MentorshipDocuments[N]['field'];
  };
