/**
 * The share link's fragment: a mentorship (portable.ts) as JSON, compressed with deflate-raw and
 * written in base64url after a version prefix, `share=v1.<data>`. The fragment never reaches a
 * server. Reading one never trusts it: a cap on the expanded size is checked while it expands (a
 * small link can inflate to megabytes of zeros), and what comes out goes through the schemas.
 */
import { readPortable, toPortableDocument, type Portable, type PortableRead } from './portable';
import { SHARE_PREFIX } from '../core/share-fragment';

export { SHARE_PREFIX, isShareFragment } from '../core/share-fragment';

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
  return `${SHARE_PREFIX}${SHARE_VERSION}.${toBase64Url(compressed!)}`;
}

const damaged = (detail: string): PortableRead => ({
  ok: false,
  problem: { kind: 'unreadable', detail },
});

/** Reads a share fragment (with or without "#"); never throws, and changes nothing. */
export async function decodeShare(
  fragment: string,
  cap: number = SHARE_MAX_BYTES,
): Promise<PortableRead> {
  const match = new RegExp(`^#?${SHARE_PREFIX}(\\d+)\\.(.*)$`, 's').exec(fragment);
  if (!match) return { ok: false, problem: { kind: 'not-a-mentorship' } };
  const version = Number(match[1]);
  if (version > SHARE_VERSION) return { ok: false, problem: { kind: 'newer', version } };
  if (version < 1) return { ok: false, problem: { kind: 'not-a-mentorship' } };
  const bytes = fromBase64Url(match[2]!);
  if (!bytes || bytes.length === 0)
    return damaged('it has characters a share link never has, or was cut short.');
  let json: Uint8Array | undefined;
  try {
    json = await readAll(streamOf(bytes).pipeThrough(new DecompressionStream('deflate-raw')), cap);
  } catch {
    return damaged('it was cut short or changed after it was made. Ask for the link again.');
  }
  if (!json) return damaged('it expands to far more than any mentorship holds.');
  let data: unknown;
  try {
    data = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(json));
  } catch {
    return damaged('it was changed after it was made. Ask for the link again.');
  }
  return readPortable(data);
}
