/**
 * The one registry of the documents a mentorship holds. Each is declared here once: the name that
 * ends its storage key, the field that carries it in a portable mentorship (share link, backup
 * file, agreement front matter), its schema, the version this site writes and the migrations from
 * older versions. Everything else reads this declaration: the index's keys, the stores
 * (`mentorshipDocument` in src/stores/core/mentorships.ts), the portable document and its doors,
 * Your data's sizes and deletion, and the tests' store reset. To add a document, add its schema
 * to this folder and one entry below (README, "Adding a playbook").
 */
import type * as v from '../core/schema-kit';
import type { StoredDeclaration } from '../core/stored-document';
import { DraftSchema, HistorySchema } from './agenda';
import { ChooserSchema } from './chooser';
import { KickoffSchema } from './kickoff';
import { ReviewSchema } from './review';

/** How one of a mentorship's documents is stored (version, schema, migrations) and carried. */
export interface DocumentDeclaration<T extends object = object> extends StoredDeclaration<T> {
  /** Its field in a portable mentorship (src/playbook/portable/portable.ts). */
  readonly field: string;
}

const declare = <const F extends string, T extends object>(
  declaration: DocumentDeclaration<T> & { field: F },
) => declaration;

/**
 * A mentorship's documents, by the name that ends their storage keys
 * (`mentorship-playbook:v2:<id>:<name>`), in the order they are listed and carried.
 */
export const MENTORSHIP_DOCUMENTS = {
  kickoff: declare({ field: 'kickoff', version: 1, schema: KickoffSchema }),
  'format-chooser': declare({ field: 'chooser', version: 1, schema: ChooserSchema }),
  agenda: declare({ field: 'agenda', version: 1, schema: DraftSchema }),
  sessions: declare({ field: 'history', version: 1, schema: HistorySchema }),
  review: declare({ field: 'review', version: 1, schema: ReviewSchema }),
};

/** The registry's shape, for types derived from it. */
export type MentorshipDocuments = typeof MENTORSHIP_DOCUMENTS;

/** One of a mentorship's documents, by the name that ends its key. */
export type DocumentName = keyof MentorshipDocuments;

/** The name of each document a mentorship holds, in the registry's order. */
export const DOCUMENTS = Object.keys(MENTORSHIP_DOCUMENTS) as DocumentName[];

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
