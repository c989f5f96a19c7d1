/** The parts of safe file names that several downloads share. */
import { cleanLine } from '../core/markdown';

/** A name as letters, digits and hyphens, at most 40 of them: "Zoë O'Neil" → "zoe-o-neil". */
export const slug = (name: string) =>
  cleanLine(name)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/g, '');

/** The pair for a file name, mentee first as in the agreement's title: "tom-and-priya", or ''. */
export const pairSlug = (pair: { mentor: string; mentee: string }) =>
  [slug(pair.mentee), slug(pair.mentor)].filter(Boolean).join('-and-');
