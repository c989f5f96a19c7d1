/**
 * The session formats' ids, which the stored answers hold. Their names and guide pages are in
 * ../guide/formats.ts, which only the pages that show them load.
 */

/** The identifiers of the four common formats, in the order the guide presents them. */
export const FORMAT_IDS = [
  'mentee-project',
  'regular-pairing',
  'code-review',
  'qa-sessions',
] as const;

/** A format's identifier. */
export type FormatId = (typeof FORMAT_IDS)[number];
