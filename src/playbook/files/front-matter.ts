/**
 * YAML front matter for Markdown files: writing any JSON value as YAML that every YAML 1.2
 * parser reads back exactly, and finding the front matter at the top of a file as people's
 * editors leave it (a byte-order mark, Windows line ends, `---` rules further down the body,
 * typographic quotes in place of straight ones). Reading the YAML itself is left to a real parser
 * (agreement-read.ts).
 */

// Characters a YAML stream may not hold as they are (YAML 1.2, c-printable), which JSON leaves
// unescaped: DEL, C1 controls other than NEL, lone surrogates and the two non-characters.
const NOT_PRINTABLE = /[\u007f-\u0084\u0086-\u009f\ufffe\uffff]|\p{Cs}/gu;

/** A string as a YAML double-quoted scalar: JSON's escapes, which YAML shares, plus the above. */
const quoted = (text: string) =>
  JSON.stringify(text).replace(
    NOT_PRINTABLE,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );

const key = (name: string) => (/^[A-Za-z_][A-Za-z0-9_-]*$/.test(name) ? name : quoted(name));

function scalar(value: unknown): string | undefined {
  if (value === null) return 'null';
  if (typeof value === 'string') return quoted(value);
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'null';
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value) && value.length === 0) return '[]';
  if (typeof value === 'object' && Object.keys(value).length === 0) return '{}';
  return undefined;
}

function lines(value: unknown, indent: string): string[] {
  const single = scalar(value);
  if (single !== undefined) return [`${indent}${single}`];
  if (Array.isArray(value)) {
    return value.flatMap((item) => {
      const [first = '', ...rest] = lines(item, `${indent}  `);
      return [`${indent}- ${first.trimStart()}`, ...rest];
    });
  }
  return Object.entries(value as object)
    .filter(([, item]) => item !== undefined)
    .flatMap(([name, item]) => {
      const inner = lines(item, `${indent}  `);
      return scalar(item) === undefined
        ? [`${indent}${key(name)}:`, ...inner]
        : [`${indent}${key(name)}: ${inner[0]!.trimStart()}`];
    });
}

/** A JSON value (an object at the top) as YAML block lines, strings always double-quoted. */
export const toYaml = (value: Record<string, unknown>): string =>
  `${lines(value, '').join('\n')}\n`;

/** A Markdown file's front matter and body; `yaml` is undefined when the file has none. */
export interface FrontMatterSplit {
  yaml: string | undefined;
  body: string;
}

/** Splits a file into its front matter (between the first two `---` lines) and its body. */
export function splitFrontMatter(text: string): FrontMatterSplit {
  const normalised = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const open = /^---[ \t]*\n/.exec(normalised);
  if (!open) return { yaml: undefined, body: normalised };
  const rest = normalised.slice(open[0].length);
  const close = /^(?:---|\.\.\.)[ \t]*$/m.exec(rest);
  if (!close) return { yaml: undefined, body: normalised };
  return {
    yaml: rest.slice(0, close.index),
    body: rest.slice(close.index + close[0].length).replace(/^\n+/, ''),
  };
}

/** A Markdown file with front matter holding `data`, then `body`. */
export const withFrontMatter = (data: Record<string, unknown>, body: string) =>
  `---\n${toYaml(data)}---\n\n${body}`;

// The marks macOS and Word put in place of a typed straight quote, by language, each opening mark
// with the closing mark it pairs with; the first of each two stands for a double quote.
const QUOTE_PAIRS: readonly (readonly [open: string, close: string])[] = [
  ['“', '”'], // English
  ['‘', '’'],
  ['„', '“'], // German, Czech
  ['‚', '‘'],
  ['„', '”'], // Polish, Hungarian, Dutch
  ['‚', '’'],
  ['”', '”'], // Swedish, Finnish
  ['’', '’'],
  ['«', '»'], // French, Swiss, Russian
  ['‹', '›'],
  ['»', '«'], // Danish
  ['›', '‹'],
];
const DOUBLE_MARKS = '“”„«»';

// An apostrophe inside a word (Tom’s) is no quote mark.
const APOSTROPHES = /(?<=\p{L})’(?=\p{L})/gu;

// What stood between double quotes, its escapes (\n, \", \u0085) read as this site writes them
// (JSON's, which YAML's double quotes share); as it is when it holds anything else.
function unescaped(text: string): string {
  try {
    return JSON.parse(`"${text}"`) as string;
  } catch {
    return text;
  }
}

/**
 * A value wrapped whole in a matching pair of typographic quotes, as macOS and Word turn typed
 * or pasted straight quotes (`“Priya”`, `‘Priya’`, `„Priya“`, `« Priya »`), read as the quoted
 * value it was: without the marks and, between double marks, with the escapes this site writes
 * read (`“Line 1\nLine 2”` is two lines; `\"` turned into `\”` too). Any other text comes back as
 * it is, quotes within it included (`Call me “Pri”`, `“Ada” and “Tom”`).
 */
export function withoutTypographicQuotes(text: string): string {
  for (const [open, close] of QUOTE_PAIRS) {
    if (text.length < 2 || !text.startsWith(open) || !text.endsWith(close)) continue;
    const double = DOUBLE_MARKS.includes(open);
    // An escaped straight quote (\") inside was turned by the editor too.
    const inner = double ? text.slice(1, -1).replace(/\\[“”„«»]/g, '\\"') : text.slice(1, -1);
    const marks = inner.replace(APOSTROPHES, '');
    if (marks.includes(open) || marks.includes(close)) continue;
    const value = double ? unescaped(inner) : inner;
    // French sets guillemets off with (no-break) spaces, which belong to the marks.
    return '«»‹›'.includes(open) ? value.trim() : value;
  }
  return text;
}
