/**
 * Front matter's YAML read as data, for every file this site reads back (agreements, reviews,
 * closing summaries): the `yaml` package's parser, which evaluates nothing, with aliases limited
 * and typographic quotes an editor put around a plain value taken off. Kept apart from
 * front-matter.ts, which writes files, so that writing a file never loads the parser.
 */
import { Scalar, parseDocument, visit } from 'yaml';
import { withoutTypographicQuotes } from './front-matter';

/** The most times a front matter may use its aliases (`*name`) over; files from this site use none. */
export const MAX_ALIASES = 50;

/**
 * The YAML text as plain data (objects, arrays, strings, numbers, booleans, null).
 * @throws the parser's first error (a `YAMLParseError`) for text that is not YAML, or a
 *   `ReferenceError` when aliases are used more than MAX_ALIASES times over.
 */
export function parseFrontMatterYaml(yaml: string): unknown {
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
  return document.toJS({ maxAliasCount: MAX_ALIASES });
}
