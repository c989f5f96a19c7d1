/** The session formats of the guide: names and pages here, their comparison in format-comparison.ts. */
import type { FormatId } from '../core/formats';

/** Items as a list in a sentence: "a", "a and b", "a, b and c"; '' for none. */
function listOf(items: readonly string[]): string {
  return items.length <= 1
    ? (items[0] ?? '')
    : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

export type { FormatId } from '../core/formats';

/** A session format and the guide page that describes it. */
export interface Format {
  id: FormatId;
  name: string;
  /** The guide page that describes it, from the site root. */
  page: string;
}

/** The four common formats, in the order the guide presents them. */
export const FORMATS: readonly (Format & { id: FormatId })[] = [
  { id: 'mentee-project', name: 'Mentee project', page: '/formats/mentee-project/' },
  { id: 'regular-pairing', name: 'Regular pairing', page: '/formats/regular-pairing/' },
  {
    id: 'code-review',
    name: 'Code review and deep dives',
    page: '/formats/code-review-and-deep-dives/',
  },
  { id: 'qa-sessions', name: 'Q&A sessions', page: '/formats/qa-sessions/' },
];

/** Chosen formats in words, in the guide's order: "Regular pairing and Q&A sessions"; '' for none. */
export function formatNames(ids: readonly FormatId[]): string {
  return listOf(FORMATS.filter((f) => ids.includes(f.id)).map((f) => f.name));
}
