/**
 * The agreement as a file: its blocks (agreement.ts, the same the page previews) as Markdown, after
 * YAML front matter that holds the answers themselves, so the file can be opened on the site again
 * (agreement-read.ts). Only needed when someone downloads or copies it, so pages load it then; it
 * does not import the agreement builder, which the page has loaded already.
 */
import { withFrontMatter } from '../files/front-matter';
import type { KickoffState } from '../documents/kickoff';
import { pairSlug } from '../files/file-names';
import type { Block } from '../core/markdown';
import { toMarkdown } from '../files/markdown-text';
import { newId, type MentorshipEntry, type Mentorships } from '../documents/mentorships';
import { PORTABLE_VERSION } from '../portable/portable';

export { toMarkdown } from '../files/markdown-text';

/** What an agreement's front matter says it is. */
export const AGREEMENT_FORMAT = 'mentorship-playbook-agreement';

// Read by whoever opens the file in an editor.
const NOTE =
  '# The answers below are read back by "Open an agreement file" on Mentorship Playbook\'s\n' +
  '# kickoff page. Change them there; edits to the text under the front matter are not read.\n';

/**
 * The front matter's data, format version 1: the portable mentorship's fields (portable.ts)
 * that an agreement holds, plus the date it was written.
 * ```
 * format: "mentorship-playbook-agreement"
 * version: 1
 * id, name, createdAt: the mentorship's, as in the index
 * writtenOn: "YYYY-MM-DD"
 * kickoff: the kickoff answers, as stored
 * ```
 */
export const agreementAnswers = (
  entry: MentorshipEntry,
  kickoff: KickoffState,
  writtenOn: string,
) => ({
  format: AGREEMENT_FORMAT,
  version: PORTABLE_VERSION,
  id: entry.id,
  name: entry.name,
  createdAt: entry.createdAt,
  writtenOn,
  kickoff,
});

/**
 * The agreement file's text: front matter with the answers of the open mentorship of `mentorships`
 * (when given), then the agreement in Markdown.
 */
export function agreementText(
  mentorships: { index: Mentorships; open: string } | false,
  kickoff: KickoffState,
  writtenOn: string,
  blocks: Block[],
): string {
  if (!mentorships) return toMarkdown(blocks);
  const entry = mentorships.index.mentorships.find((m) => m.id === mentorships.open) ?? {
    // Nothing answered yet, so no mentorship: the file still reads back, as a new one.
    id: newId(),
    name: '',
    createdAt: '',
  };
  const answers = agreementAnswers(entry, kickoff, writtenOn);
  return withFrontMatter(answers, toMarkdown(blocks)).replace('---\n', `---\n${NOTE}`);
}

/** A safe file name for the agreement: letters, digits and hyphens, named after the pair and the date. */
export function agreementFileName(state: KickoffState, writtenOn: string): string {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(writtenOn) ? writtenOn : '';
  return `${['mentorship-agreement', pairSlug(state.pair), date].filter(Boolean).join('-')}.md`;
}
