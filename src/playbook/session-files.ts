/**
 * A session and the whole log as files: Markdown with safe names. Only needed when someone
 * downloads or copies one, so the planner loads it then.
 */
import { sessionBlocks, type Agenda, type Session } from './agenda';
import { isIsoDate } from './dates';
import type { Block } from './markdown';
import { toMarkdown } from './markdown-text';

/** One session as a Markdown document. */
export function sessionMarkdown(session: Agenda): string {
  return toMarkdown(sessionBlocks(session, 1));
}

/** The whole history, newest first, as one Markdown document. */
export function logMarkdown(history: readonly Session[]): string {
  const blocks: Block[] = [{ type: 'heading', level: 1, text: 'Mentorship log' }];
  if (history.length === 0) blocks.push({ type: 'paragraph', text: 'No sessions finished yet.' });
  for (const session of history) blocks.push(...sessionBlocks(session, 2));
  return toMarkdown(blocks);
}

/** A safe file name for one session or the log. */
export function agendaFileName(kind: 'session' | 'log', stamp: string): string {
  return /^\d{4}-\d{2}-\d{2}(-\d{4})?$/.test(stamp) && isIsoDate(stamp.slice(0, 10))
    ? `mentorship-${kind}-${stamp}.md`
    : `mentorship-${kind}.md`;
}
