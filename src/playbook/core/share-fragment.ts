/**
 * How a share link's fragment begins (share-link.ts reads and writes the rest). Kept apart so the
 * switcher can spot a share link on every page without loading the codec.
 */

/** What a share fragment starts with, before its version number. */
export const SHARE_PREFIX = 'share=v';

/** Whether a URL's fragment (with or without "#") is a share link's. */
export const isShareFragment = (hash: string) => hash.replace(/^#/, '').startsWith(SHARE_PREFIX);
