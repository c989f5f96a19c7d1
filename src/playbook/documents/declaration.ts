/**
 * How a mentorship's document is declared: beside its schema, in its own file of this folder, so
 * that a page's store loads only the schemas it reads; the registry (registry.ts) lists every
 * declaration for the code that handles all of a mentorship's documents at once.
 */
import type { StoredDeclaration } from '../core/stored-document';

/** How one of a mentorship's documents is stored (version, schema, migrations) and carried. */
export interface DocumentDeclaration<T extends object = object> extends StoredDeclaration<T> {
  /** Its field in a portable mentorship (src/playbook/portable/portable.ts). */
  readonly field: string;
}

/** A document's declaration, as given, with its field's name kept as a literal type. */
export const declare = <const F extends string, T extends object>(
  declaration: DocumentDeclaration<T> & { field: F },
) => declaration;
