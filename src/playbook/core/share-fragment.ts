/**
 * How a share link's fragment begins, and how to find one in what other apps hand back
 * (share-link.ts reads and writes the rest). Kept apart so the switcher can spot a share link on
 * every page without loading the codec.
 */

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

/** Whether a URL's fragment (with or without "#", however it was mangled) is a share link's. */
export const isShareFragment = (hash: string) => shareFragmentOf(hash) !== undefined;
