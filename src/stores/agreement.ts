import { computed } from 'nanostores';
import { agreementBlocks } from '../playbook/agreement';
import { $kickoff } from './kickoff';
import { listed } from './registry';
import { $today } from './today';
import type { TextFile } from './versioned';

/** The agreement's blocks for the live preview, dated today. */
export const $agreementBlocks = listed(
  computed([$kickoff, $today], (state, today) => agreementBlocks(state, { writtenOn: today })),
);

/** The agreement as a file to download or copy: what the preview shows (Markdown code loads on first use). */
export async function agreementFile(): Promise<TextFile> {
  const { agreementFileName, toMarkdown } = await import('../playbook/agreement-file');
  return {
    name: agreementFileName($kickoff.get(), $today.get()),
    text: toMarkdown($agreementBlocks.get()),
  };
}
