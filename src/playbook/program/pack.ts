/**
 * The programme pack (issue 27): a small JSON file a programme's coordinator writes once and hands
 * to every pair, as a file or a `#program=` link. Format, version 1:
 * ```
 * { "format": "mentorship-playbook-program", "version": 1,
 *   "id": "acme-spring-2027", "name": "Acme engineering mentoring, spring 2027",
 *   "cadence": "every-two-weeks", "minutes": 45,
 *   "reviewPoints": [{ "label": "Six weeks in", "weeks": 6 }, { "label": "End of the round", "end": true }],
 *   "reviewQuestions": ["What can the mentee do now that they could not at the start?"],
 *   "roundEnds": "2027-06-30", "stalledAfterDays": 21, "reviewGraceDays": 7,
 *   "contact": "mentoring@acme.example" }
 * ```
 * Its fields are the programme's schema (../documents/program.ts), the same one that reads the
 * copy a pair keeps in its kickoff answers; a review question may be written as plain text (it is
 * given an id from its words, the same each time) or as `{ "id", "text" }`. Only `name` is
 * required. A value that does not fit is left out and named; a newer version is refused.
 */
import { fingerprint } from '../core/fingerprint';
import { readDocument } from '../core/schema';
import { ProgramSchema, type Program } from '../documents/program';
import { slug } from '../files/file-names';
import type { TextFile } from '../core/text-file';
import { decodeFragmentSaid, encodeFragment } from '../portable/fragment';
import { checkFormat, readJsonFile, type JsonFormat } from '../files/json-file';

/** What every programme pack says it is. */
export const PACK_FORMAT = 'mentorship-playbook-program';

/** The pack format this site writes and reads. */
export const PACK_VERSION = 1;

/** The pack file's format: far above any real pack (a few kilobytes) in size. */
export const PACK_FILE: JsonFormat = {
  format: PACK_FORMAT,
  version: PACK_VERSION,
  maxChars: 200_000,
  what: 'programme pack',
};

/**
 * What reading a pack gave: the programme, and the paths of the values left out (`program.…`, for
 * resetName in ../portable/reset-names.ts), or why it cannot be used.
 */
export type PackRead =
  { ok: true; program: Program; reset: string[] } | { ok: false; message: string };

// A question written as plain text gets an id from its words, so the same pack always gives the
// same ids and a review's answers stay with their questions.
const questionsOf = (questions: unknown) =>
  Array.isArray(questions)
    ? questions.map((q) =>
        typeof q === 'string' ? { id: `q-${fingerprint([q.trim()])}`, text: q } : q,
      )
    : questions;

/** Reads a parsed pack (a file's JSON, or a link's), its format and version checked; never throws. */
export function readPackData(data: unknown): PackRead {
  const checked = checkFormat(data, PACK_FILE);
  if (!checked.ok) return checked;
  const { format: _, version: __, ...fields } = checked.data;
  const read = readDocument(ProgramSchema, {
    ...fields,
    reviewQuestions: questionsOf(fields.reviewQuestions),
  });
  if (!read || read.value.name.trim() === '')
    return { ok: false, message: 'This programme pack has no name, which every pack needs.' };
  return { ok: true, program: read.value, reset: read.reset.map((path) => `program.${path}`) };
}

/** Reads a pack file's text, in full; never throws. */
export function readPack(text: string): PackRead {
  const file = readJsonFile(text, PACK_FILE);
  return file.ok ? readPackData(file.data) : file;
}

/** The pack as a document, as its file and link carry it. */
export const packDocument = (program: Program) => ({
  format: PACK_FORMAT,
  version: PACK_VERSION,
  ...program,
});

/** The pack's file: `<programme>-programme-pack.json`. */
export function packFile(program: Program): TextFile {
  const name = slug(program.name);
  return {
    name: `${name ? `${name}-` : ''}programme-pack.json`,
    text: `${JSON.stringify(packDocument(program), null, 2)}\n`,
    type: 'application/json',
  };
}

const PACK_LINK = { name: 'program', version: PACK_VERSION } as const;

/**
 * The fragment (without "#") of a link that carries the pack, `program=v1.<data>.<length>`; a
 * promise, as compressing is asynchronous.
 */
export const encodePack = (program: Program) => encodeFragment(PACK_LINK, packDocument(program));

/**
 * Reads a `#program=` fragment (with or without "#"), also after mail and chat apps have mangled
 * it (../portable/fragment.ts); never throws.
 */
export async function decodePack(fragment: string): Promise<PackRead> {
  return decodeFragmentSaid(fragment, {
    ...PACK_LINK,
    maxBytes: PACK_FILE.maxChars,
    what: 'programme pack',
    link: 'programme pack link',
    read: readPackData,
  });
}
