/**
 * A mentorship as one portable document, for everything that carries it out of the browser: the
 * share link, the backup file and the agreement's front matter. Its fields are the index entry's
 * and one per document of the registry (../documents/registry.ts), read by the same schemas as
 * localStorage, so each door follows the same rule: a missing field reads as its default, a value
 * that does not fit resets that field only, and the reader is told which.
 */
import * as v from '../core/schema-kit';
import { Id, field, readDocument } from '../core/schema';
import { emptyOf, encodeStored } from '../core/stored-document';
import {
  DOCUMENTS,
  declarationOf,
  type DocumentName,
  type DocumentValue,
  type MentorshipDocuments,
} from '../documents/registry';

/** The version of the portable format this site writes and reads. */
export const PORTABLE_VERSION = 1;

/** Each registered document's field in a portable mentorship, and what it reads. */
type DocumentFields = {
  [N in DocumentName as MentorshipDocuments[N]['field']]: v.GenericSchema<DocumentValue<N>>;
};

/** One mentorship with everything it holds: its entry in the index and each registered document. */
export const PortableSchema = v.object({
  id: Id,
  name: field(v.string(), () => ''),
  createdAt: field(v.string(), () => ''),
  ...(Object.fromEntries(
    DOCUMENTS.map((name) => {
      const { field: key, schema } = declarationOf(name);
      return [key, field<object>(schema, () => emptyOf(schema))];
    }),
  ) as unknown as DocumentFields),
});

/** A mentorship as it travels. */
export type Portable = v.InferOutput<typeof PortableSchema>;

/** Why a document could not be read, in words a person can act on. */
export type ReadProblem =
  | { kind: 'newer'; version: number }
  | { kind: 'not-a-mentorship' }
  | { kind: 'unreadable'; detail: string };

/** What reading a portable document gave: the mentorship and the fields reset, or the problem. */
export type PortableRead =
  { ok: true; value: Portable; reset: string[] } | { ok: false; problem: ReadProblem };

/** The document as written: the mentorship under a format version. */
export const toPortableDocument = (mentorship: Portable) => ({
  version: PORTABLE_VERSION,
  ...mentorship,
});

/** Reads parsed JSON as a portable mentorship; never throws. */
export function readPortable(data: unknown): PortableRead {
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    return { ok: false, problem: { kind: 'not-a-mentorship' } };
  const version = (data as { version?: unknown }).version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return { ok: false, problem: { kind: 'not-a-mentorship' } };
  if (version > PORTABLE_VERSION) return { ok: false, problem: { kind: 'newer', version } };
  const read = readDocument(PortableSchema, data);
  if (!read) return { ok: false, problem: { kind: 'not-a-mentorship' } };
  return { ok: true, value: read.value, reset: read.reset };
}

/**
 * A mentorship's documents as stored: each one's name and JSON text, with its version; undefined
 * for a document that holds nothing (its empty value), which is never written.
 */
export function storedDocuments(mentorship: Portable): [DocumentName, string | undefined][] {
  return DOCUMENTS.map((name) => {
    const declaration = declarationOf(name);
    const value = mentorship[declaration.field];
    const same = JSON.stringify(value) === JSON.stringify(emptyOf(declaration.schema));
    return [name, same ? undefined : encodeStored(declaration, { status: 'ok', value })];
  });
}

/** What a problem means, said plainly. */
export function problemMessage(problem: ReadProblem, what: string): string {
  switch (problem.kind) {
    case 'newer':
      return `This ${what} was made by a newer version of Mentorship Playbook (format ${problem.version}). Reload the page to get the newest version, then try again.`;
    case 'not-a-mentorship':
      return `This ${what} does not hold a mentorship from Mentorship Playbook.`;
    case 'unreadable':
      return `This ${what} could not be read: ${problem.detail}`;
  }
}
