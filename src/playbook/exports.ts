/**
 * The playbooks' documents as files: the agreement, a session and the log, as Markdown with safe
 * file names. Only needed when someone downloads or copies one, so pages load it then.
 */
import { isIsoDate } from './dates';
import { agreementBlocks, type AgreementOptions } from './agreement';
import { sessionBlocks, type Agenda, type Session } from './agenda';
import type { KickoffState } from './kickoff-document';
import { cleanLine, type Block } from './markdown';
import { toMarkdown } from './markdown-text';

/** The agreement as a Markdown document. */
export function agreementMarkdown(state: KickoffState, options: AgreementOptions = {}): string {
  return toMarkdown(agreementBlocks(state, options));
}

/** A safe file name for the agreement: letters, digits and hyphens, named after the pair and the date. */
export function agreementFileName(state: KickoffState, writtenOn: string): string {
  const slug = (name: string) =>
    cleanLine(name)
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40)
      .replace(/-+$/g, '');
  const names = [slug(state.pair.mentee), slug(state.pair.mentor)].filter(Boolean).join('-and-');
  const date = /^\d{4}-\d{2}-\d{2}$/.test(writtenOn) ? writtenOn : '';
  return `${['mentorship-agreement', names, date].filter(Boolean).join('-')}.md`;
}

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
