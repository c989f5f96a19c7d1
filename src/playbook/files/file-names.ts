/** The parts of safe file names that several downloads share. */
import { cleanLine } from '../core/markdown';

/** The most characters of a name in a file name. */
const SLUG_MAX = 40;

/**
 * A name as letters, digits and hyphens, at most 40 of them: "Zoë O'Neil" → "zoe-o-neil". A longer
 * name is cut after its last whole word that fits ("…-mentoring-autumn", not "…-autumn-2"), or
 * at 40 when its first word alone is longer.
 */
export function slug(name: string): string {
  const whole = cleanLine(name)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (whole.length <= SLUG_MAX) return whole;
  const cut = whole.slice(0, SLUG_MAX + 1);
  const lastWord = cut.lastIndexOf('-');
  return (lastWord > 0 ? cut.slice(0, lastWord) : cut.slice(0, SLUG_MAX)).replace(/-+$/g, '');
}

/** The pair for a file name, mentee first as in the agreement's title: "tom-and-priya", or ''. */
export const pairSlug = (pair: { mentor: string; mentee: string }) =>
  [slug(pair.mentee), slug(pair.mentor)].filter(Boolean).join('-and-');
