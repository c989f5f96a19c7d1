/**
 * Reading a downloaded agreement back: its front matter (agreement-file.ts) through a real YAML
 * parser that evaluates nothing and limits aliases, then through the same schemas as
 * localStorage, share links and backups (portable.ts). Loaded only when someone opens a file.
 */
import { Scalar, YAMLParseError, parseDocument, visit } from 'yaml';
import { AGREEMENT_FORMAT } from './agreement-file';
import { splitFrontMatter, withoutTypographicQuotes } from '../files/front-matter';
import type { KickoffState } from '../documents/kickoff';
import { problemMessage, readPortable, type Portable } from '../portable/portable';

/** The largest agreement file read (characters); far above any real one. */
export const AGREEMENT_MAX_CHARS = 5_000_000;

/** What reading an agreement file gave: the mentorship it holds, or why it cannot be used. */
export type AgreementRead =
  | { ok: true; value: Portable; reset: string[]; writtenOn: string; bodyEdited: boolean }
  | { ok: false; message: string };

const fail = (message: string): AgreementRead => ({ ok: false, message });

// Lines and trailing spaces as editors may change them without changing the text.
const comparable = (text: string) =>
  text
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t]+$/gm, '')
    .trim();

/**
 * Reads an agreement file's text, never throwing. `bodyOf` writes the agreement's Markdown from
 * answers, to tell whether the text under the front matter was edited by hand.
 */
export function readAgreement(
  text: string,
  bodyOf: (kickoff: KickoffState, writtenOn: string) => string,
): AgreementRead {
  if (text.length > AGREEMENT_MAX_CHARS)
    return fail('This file is far larger than any agreement; it was not read.');
  const { yaml, body } = splitFrontMatter(text);
  if (yaml === undefined)
    return fail(
      'This file has no answers to read back. Agreements downloaded from this site start with ' +
        'front matter (lines between two “---” lines); a blank template or a file written by hand has none.',
    );
  let data: unknown;
  try {
    const document = parseDocument(yaml, { logLevel: 'error' });
    if (document.errors.length) throw document.errors[0];
    // This site quotes every string it writes with straight quotes, so a value left unquoted
    // (plain) but wrapped in typographic quotes had them put in by an editor (macOS, Word).
    visit(document, {
      Scalar(_, node) {
        if (node.type === Scalar.PLAIN && typeof node.value === 'string')
          node.value = withoutTypographicQuotes(node.value);
      },
    });
    data = document.toJS({ maxAliasCount: 50 });
  } catch (error) {
    // The opening "---" is line 1 of the file, so the front matter's lines count from 2.
    const at = error instanceof YAMLParseError ? error.linePos?.[0] : undefined;
    return fail(
      `The front matter of this file is not valid YAML${at ? ` (the first problem is at line ${at.line + 1}, column ${at.col})` : ''}, so its answers cannot be read.`,
    );
  }
  const fields = (typeof data === 'object' && data !== null ? data : {}) as Record<string, unknown>;
  if (fields.format !== AGREEMENT_FORMAT)
    return fail('This file is not an agreement downloaded from Mentorship Playbook.');
  const { version, id, name, createdAt, kickoff } = fields;
  const read = readPortable({ version, id, name, createdAt, kickoff });
  if (!read.ok) return fail(problemMessage(read.problem, 'agreement'));
  const writtenOn = typeof fields.writtenOn === 'string' ? fields.writtenOn : '';
  return {
    ok: true,
    value: read.value,
    reset: read.reset,
    writtenOn,
    bodyEdited: comparable(bodyOf(read.value.kickoff, writtenOn)) !== comparable(body),
  };
}
