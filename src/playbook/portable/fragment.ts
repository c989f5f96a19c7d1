/**
 * The codec of every link that carries a document in its fragment (which never reaches a server):
 * the share link (`share=v1.…`, share-link.ts), the programme pack's link (`program=v1.…`) and the
 * progress summary's (`summary=v1.…`, ../program/). The document as JSON, compressed with
 * deflate-raw and written in base64url after its name and version, then the number of data
 * characters: `<name>=v<version>.<data>.<length>`.
 *
 * The link passes through mail and chat apps. Ending in a digit, it never ends in a character that
 * autolinkers leave out of a link (GitHub-flavoured Markdown drops a trailing `?!.,:*_~`), and the
 * length tells a link cut short from one changed. Links made before the length was added
 * (`share=v1.<data>`) still read, also when they arrive without a trailing `_`. Reading one never
 * trusts it: a cap on the expanded size is checked while it expands (a small link can inflate to
 * megabytes of zeros), and what comes out goes through the document's own reader (its schemas).
 */

/** Why a link's document could not be read, in words a person can act on. */
export type FragmentProblem =
  | { kind: 'newer'; version: number }
  | { kind: 'not-a-mentorship' }
  | { kind: 'unreadable'; detail: string };

/** A fragment's format: the name before "=v", and the newest version this site reads. */
export interface FragmentFormat {
  name: string;
  version: number;
}

/** The most characters of a fragment worth reading: twice the longest link a browser keeps. */
const MAX_FRAGMENT = 4_000_000;

// What mail clients insert into a long link to wrap it: white space of any kind, soft hyphens and
// zero-width characters. None of them is ever part of such a link.
const INSERTED = /[\s\u00AD\u200B-\u200D\u2060\uFEFF]+/gu;

/**
 * A fragment (with or without "#") as the link wrote it, undoing what mail and chat apps do on
 * the way: percent-encoding (once or twice, as link-rewriting services such as Microsoft's Safe
 * Links can: `share%3Dv1…`, `%2523share…`) and white space or invisible characters inserted to
 * wrap a long line. The fragment's text, or `undefined` when it is not a `name` link's.
 */
export function fragmentOf(hash: string, name: string): string | undefined {
  if (hash.length > MAX_FRAGMENT) return undefined;
  let text = hash;
  // Three rounds undo the double encoding seen in the wild and stop there (each round is linear).
  for (let round = 0; round < 3 && /%[0-9A-Fa-f]{2}/.test(text); round++) {
    try {
      text = decodeURIComponent(text);
    } catch {
      break;
    }
  }
  text = text.replace(INSERTED, '').replace(/^#+/, '');
  return text.startsWith(`${name}=v`) ? text : undefined;
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  // In slices, as String.fromCharCode takes its bytes as arguments.
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return undefined;
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

async function readAll(stream: ReadableStream<Uint8Array>, cap: number) {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > cap) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  const all = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    all.set(chunk, at);
    at += chunk.length;
  }
  return all;
}

// Typed as the compression streams take it (any buffer), which a blob's bytes are.
const streamOf = (bytes: Uint8Array) =>
  new Blob([bytes as Uint8Array<ArrayBuffer>]).stream() as ReadableStream<BufferSource>;

/** The fragment (without "#") of a link that carries `document` (any JSON value). */
export async function encodeFragment(format: FragmentFormat, document: unknown): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(document));
  const compressed = await readAll(
    streamOf(json).pipeThrough(new CompressionStream('deflate-raw')),
    Infinity,
  );
  const data = toBase64Url(compressed!);
  return `${format.name}=v${format.version}.${data}.${data.length}`;
}

/** What a document's reader gives: at least whether it read. */
type Read = { ok: boolean };

const damaged = (detail: string) => ({
  ok: false as const,
  problem: { kind: 'unreadable' as const, detail },
});

const CUT_SHORT =
  'it was cut short on the way. If it was broken across lines in a message, copy all of it into the address bar, or ask for the link again.';

/** Inflates and reads one candidate data part; `undefined` when it does not inflate. */
async function inflate<R extends Read>(
  data: string,
  cap: number,
  what: string,
  read: (parsed: unknown) => R,
): Promise<R | ReturnType<typeof damaged> | undefined> {
  const bytes = fromBase64Url(data);
  if (!bytes || bytes.length === 0) return undefined;
  let json: Uint8Array | undefined;
  try {
    json = await readAll(streamOf(bytes).pipeThrough(new DecompressionStream('deflate-raw')), cap);
  } catch {
    return undefined;
  }
  if (!json) return damaged(`it expands to far more than any ${what} holds.`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(json));
  } catch {
    return damaged('it was changed after it was made. Ask for the link again.');
  }
  return read(parsed);
}

/** How to read one kind of link: its format, the cap on what it expands to, its reader. */
export interface FragmentReader<R extends Read> extends FragmentFormat {
  /** The most bytes of JSON the link may expand to. */
  maxBytes: number;
  /** What the link holds, for messages ("mentorship", "programme pack"). */
  what: string;
  /** What the link is called, for messages ("share link"). */
  link: string;
  /** Reads the parsed JSON through the document's schemas; never throws. */
  read: (parsed: unknown) => R;
}

/**
 * Reads a fragment (with or without "#"), also after mail and chat apps have mangled it (see
 * `fragmentOf`); never throws, and changes nothing. A link of another kind reads as
 * `not-a-mentorship` (not this reader's), one of a newer version as `newer`.
 */
export async function decodeFragment<R extends Read>(
  fragment: string,
  reader: FragmentReader<R>,
): Promise<R | { ok: false; problem: FragmentProblem }> {
  const text = fragmentOf(fragment, reader.name);
  // Whatever follows the length is not ours: some autolinkers keep a trailing "_", "*" or "~".
  const match = text && /^[a-z]+=v(\d+)\.([^.]*)(?:\.(\d*)(?:\D.*)?)?$/s.exec(text);
  if (!match) return { ok: false, problem: { kind: 'not-a-mentorship' } };
  const version = Number(match[1]);
  if (version > reader.version) return { ok: false, problem: { kind: 'newer', version } };
  if (version < 1) return { ok: false, problem: { kind: 'not-a-mentorship' } };
  const [data, length] = [match[2]!, match[3]];
  if (data === '') return damaged(CUT_SHORT);
  if (!/^[A-Za-z0-9_-]+$/.test(data))
    return damaged(`it has characters a ${reader.link} never has.`);
  // A link with its length: cut short when data is missing; "" when the length itself was cut.
  if (length !== undefined && length !== '' && data.length < Number(length))
    return damaged(CUT_SHORT);
  const read = await inflate(data, reader.maxBytes, reader.what, reader.read);
  if (read) return read;
  // A link from before the length was added, whose trailing "_" an autolinker left behind.
  if (length === undefined) {
    const retried = await inflate(`${data}_`, reader.maxBytes, reader.what, reader.read);
    if (retried?.ok) return retried;
  }
  return damaged(
    length === undefined || length === ''
      ? 'it was cut short or changed after it was made. Ask for the link again.'
      : 'it was changed after it was made. Ask for the link again.',
  );
}

/** What a link's problem means, said plainly, for a link that holds `what`. */
export function fragmentProblemText(problem: FragmentProblem, what: string): string {
  switch (problem.kind) {
    case 'newer':
      return `This link was made by a newer version of Mentorship Playbook (format ${problem.version}). Reload the page to get the newest version, then try again.`;
    case 'not-a-mentorship':
      return `This link does not hold a ${what} from Mentorship Playbook.`;
    case 'unreadable':
      return `This link could not be read: ${problem.detail}`;
  }
}

/**
 * decodeFragment for a reader whose refusals are messages (`{ ok: false, message }`, as the
 * programme pack's and the progress summary's are): a problem of the link itself is said plainly
 * (fragmentProblemText) in the same shape. Never throws.
 */
export async function decodeFragmentSaid<R extends { ok: true } | { ok: false; message: string }>(
  fragment: string,
  reader: FragmentReader<R>,
): Promise<R | { ok: false; message: string }> {
  const read = await decodeFragment(fragment, reader);
  return 'problem' in read
    ? { ok: false, message: fragmentProblemText(read.problem, reader.what) }
    : read;
}
