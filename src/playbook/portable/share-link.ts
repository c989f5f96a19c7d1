/**
 * The share link's fragment: a mentorship (portable.ts) as JSON, compressed with deflate-raw and
 * written in base64url after a version prefix, then the number of data characters:
 * `share=v1.<data>.<length>`. The fragment never reaches a server.
 *
 * The link passes through mail and chat apps. Ending in a digit, it never ends in a character that
 * autolinkers leave out of a link (GitHub-flavoured Markdown drops a trailing `?!.,:*_~`), and the
 * length tells a link cut short from one changed. Links made before the length was added
 * (`share=v1.<data>`) still read, also when they arrive without a trailing `_`. Reading one never
 * trusts it: a cap on the expanded size is checked while it expands (a small link can inflate to
 * megabytes of zeros), and what comes out goes through the schemas.
 */
import { readPortable, toPortableDocument, type Portable, type PortableRead } from './portable';

export { isShareFragment } from '../core/share-fragment';

/** What a share fragment starts with, before its version number. */
export const SHARE_PREFIX = 'share=v';

/** The most characters of a fragment worth reading: twice the longest link a browser keeps. */
const MAX_FRAGMENT = 4_000_000;

// What mail clients insert into a long link to wrap it: white space of any kind, soft hyphens and
// zero-width characters. None of them is ever part of a share link.
const INSERTED = /[\s\u00AD\u200B-\u200D\u2060\uFEFF]+/gu;

/**
 * A fragment (with or without "#") as a share link wrote it, undoing what mail and chat apps do on
 * the way: percent-encoding (once or twice, as link-rewriting services such as Microsoft's Safe
 * Links can: `share%3Dv1…`, `%2523share…`) and white space or invisible characters inserted to
 * wrap a long line. The fragment's text, or `undefined` when it is not a share link's.
 */
export function shareFragmentOf(hash: string): string | undefined {
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
  return text.startsWith(SHARE_PREFIX) ? text : undefined;
}

/** The share format this site writes. */
export const SHARE_VERSION = 1;

/** The most a shared mentorship may expand to: far above any real one (bytes of JSON). */
export const SHARE_MAX_BYTES = 2_000_000;

/** Links longer than this (characters) may be cut by some mail clients and chat apps. */
export const LONG_LINK = 2000;

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

/** The fragment (without "#") of a link that carries this mentorship. */
export async function encodeShare(mentorship: Portable): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(toPortableDocument(mentorship)));
  const compressed = await readAll(
    streamOf(json).pipeThrough(new CompressionStream('deflate-raw')),
    Infinity,
  );
  const data = toBase64Url(compressed!);
  return `${SHARE_PREFIX}${SHARE_VERSION}.${data}.${data.length}`;
}

const damaged = (detail: string): PortableRead => ({
  ok: false,
  problem: { kind: 'unreadable', detail },
});

const CUT_SHORT =
  'it was cut short on the way. If it was broken across lines in a message, copy all of it into the address bar, or ask for the link again.';

/** Inflates and reads one candidate data part; `undefined` when it does not inflate. */
async function inflate(data: string, cap: number): Promise<PortableRead | undefined> {
  const bytes = fromBase64Url(data);
  if (!bytes || bytes.length === 0) return undefined;
  let json: Uint8Array | undefined;
  try {
    json = await readAll(streamOf(bytes).pipeThrough(new DecompressionStream('deflate-raw')), cap);
  } catch {
    return undefined;
  }
  if (!json) return damaged('it expands to far more than any mentorship holds.');
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(json));
  } catch {
    return damaged('it was changed after it was made. Ask for the link again.');
  }
  return readPortable(parsed);
}

/**
 * Reads a share fragment (with or without "#"), also after mail and chat apps have mangled it (see
 * `shareFragmentOf`); never throws, and changes nothing.
 */
export async function decodeShare(
  fragment: string,
  cap: number = SHARE_MAX_BYTES,
): Promise<PortableRead> {
  const text = shareFragmentOf(fragment);
  // Whatever follows the length is not ours: some autolinkers keep a trailing "_", "*" or "~".
  const match = text && /^share=v(\d+)\.([^.]*)(?:\.(\d*)(?:\D.*)?)?$/s.exec(text);
  if (!match) return { ok: false, problem: { kind: 'not-a-mentorship' } };
  const version = Number(match[1]);
  if (version > SHARE_VERSION) return { ok: false, problem: { kind: 'newer', version } };
  if (version < 1) return { ok: false, problem: { kind: 'not-a-mentorship' } };
  const [data, length] = [match[2]!, match[3]];
  if (data === '') return damaged(CUT_SHORT);
  if (!/^[A-Za-z0-9_-]+$/.test(data)) return damaged('it has characters a share link never has.');
  // A link with its length: cut short when data is missing; "" when the length itself was cut.
  if (length !== undefined && length !== '' && data.length < Number(length))
    return damaged(CUT_SHORT);
  const read = await inflate(data, cap);
  if (read) return read;
  // A link from before the length was added, whose trailing "_" an autolinker left behind.
  if (length === undefined) {
    const retried = await inflate(`${data}_`, cap);
    if (retried?.ok) return retried;
  }
  return damaged(
    length === undefined || length === ''
      ? 'it was cut short or changed after it was made. Ask for the link again.'
      : 'it was changed after it was made. Ask for the link again.',
  );
}
