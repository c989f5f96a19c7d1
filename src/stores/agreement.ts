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

/** The agreement as a file to download or copy (its Markdown code loads on first use). */
export async function agreementFile(): Promise<TextFile> {
  const { agreementFileName, agreementMarkdown } = await import('../playbook/agreement-file');
  const state = $kickoff.get();
  const today = $today.get();
  return {
    name: agreementFileName(state, today),
    text: agreementMarkdown(state, { writtenOn: today }),
  };
}
