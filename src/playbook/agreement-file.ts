/**
 * The agreement as a file: its blocks (agreement.ts, the same the page previews) as Markdown, with a
 * safe name. Only needed when someone downloads or copies it, so pages load it then; it does not
 * import the agreement builder, which the page has loaded already.
 */
import type { KickoffState } from './kickoff-document';
import { cleanLine } from './markdown';

export { toMarkdown } from './markdown-text';

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
