/**
 * A session and the whole log as files: their blocks (agenda.ts) as Markdown, with safe names. Only
 * needed when someone downloads or copies one, so the planner loads it then; it does not import the
 * agenda's domain, which the page has loaded already.
 */
import { isIsoDate } from '../../core/dates';

export { toMarkdown } from '../../files/markdown-text';

/** A safe file name for one session or the log. */
export function agendaFileName(kind: 'session' | 'log', stamp: string): string {
  return /^\d{4}-\d{2}-\d{2}(-\d{4})?$/.test(stamp) && isIsoDate(stamp.slice(0, 10))
    ? `mentorship-${kind}-${stamp}.md`
    : `mentorship-${kind}.md`;
}
