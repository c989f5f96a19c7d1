/**
 * The lines a page shows next to "Add to calendar" (plan.ts makes them): in parts, so the words
 * that ask for an answer can link to its field. Apart from the plan, which the files' code needs,
 * for the list that shows them (src/components/ui/on-demand/CalendarList.tsx).
 */

/** An answer a calendar file needs, which the page links to where a line asks for it. */
export type CalendarField =
  | 'start-date'
  | 'frequency'
  | 'minutes'
  | 'time'
  | 'reevaluation'
  | 'reevaluation-date'
  | 'session-date';

/** A line for the page, in parts: words, and words that ask for an answer (a link to its field). */
export type CalendarLine = readonly (string | { text: string; field: CalendarField })[];

/** A line's words, as read aloud. */
export const lineText = (line: CalendarLine) =>
  line.map((part) => (typeof part === 'string' ? part : part.text)).join('');
