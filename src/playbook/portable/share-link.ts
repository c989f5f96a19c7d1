/**
 * The share link's fragment: a mentorship (portable.ts) as `share=v1.<data>.<length>`, written and
 * read by the codec of every link that carries a document (fragment.ts, which says how it survives
 * mail and chat apps and why reading one never trusts it).
 */
import { decodeFragment, encodeFragment, fragmentOf } from './fragment';
import { readPortable, toPortableDocument, type Portable, type PortableRead } from './portable';

export { isShareFragment } from '../core/share-fragment';

/** What a share fragment starts with, before its version number. */
export const SHARE_PREFIX = 'share=v';

/** The share format this site writes. */
export const SHARE_VERSION = 1;

/** The most a shared mentorship may expand to: far above any real one (bytes of JSON). */
export const SHARE_MAX_BYTES = 2_000_000;

/** Links longer than this (characters) may be cut by some mail clients and chat apps. */
export const LONG_LINK = 2000;

const FORMAT = { name: 'share', version: SHARE_VERSION } as const;

/**
 * A fragment (with or without "#") as a share link wrote it, undoing what mail and chat apps do on
 * the way (fragmentOf); `undefined` when it is not a share link's.
 */
export const shareFragmentOf = (hash: string) => fragmentOf(hash, FORMAT.name);

/** The fragment (without "#") of a link that carries this mentorship. */
export const encodeShare = (mentorship: Portable): Promise<string> =>
  encodeFragment(FORMAT, toPortableDocument(mentorship));

/**
 * Reads a share fragment (with or without "#"), also after mail and chat apps have mangled it (see
 * `fragmentOf`); never throws, and changes nothing.
 */
export const decodeShare = (
  fragment: string,
  cap: number = SHARE_MAX_BYTES,
): Promise<PortableRead> =>
  decodeFragment(fragment, {
    ...FORMAT,
    maxBytes: cap,
    what: 'mentorship',
    link: 'share link',
    read: readPortable,
  });
