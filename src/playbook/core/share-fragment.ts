/**
 * How a share link's fragment begins (share-link.ts reads and writes the rest, undoing what other
 * apps do to it). Kept apart so the switcher can spot a share link on every page without loading
 * the codec.
 */

/**
 * Whether a URL's fragment (with or without "#") starts as a share link's (SHARE_PREFIX of
 * share-link.ts, kept there as only the codec, loaded on demand, needs it), its "=" percent-encoded
 * or not (`share%3Dv1`, `share%253Dv1`): cheap, as it runs on every playbook page; the codec then
 * reads the whole of it.
 */
export const isShareFragment = (hash: string) => /^#?share(?:=|%(?:25)*3d)v\d/i.test(hash);

/**
 * Whether a URL's fragment starts as a programme pack's link (`program=v1…`, ../program/pack.ts),
 * its "=" percent-encoded or not; as cheap as isShareFragment, for the same reason.
 */
export const isProgramFragment = (hash: string) => /^#?program(?:=|%(?:25)*3d)v\d/i.test(hash);
