import { computed } from 'nanostores';
import { agreementBlocks } from '../playbook/agreement';
import { newId } from '../playbook/mentorships';
import { $kickoff } from './kickoff';
import { $openId, mentorshipsStore } from './mentorships';
import { listed } from './registry';
import { $today } from './today';
import type { TextFile } from './versioned';

/** The agreement's blocks for the live preview, dated today. */
export const $agreementBlocks = listed(
  computed([$kickoff, $today], (state, today) => agreementBlocks(state, { writtenOn: today })),
);

/**
 * The agreement as a file to download or copy: what the preview shows, after front matter holding
 * the answers, so that it can be opened here again (its code loads on first use).
 */
export async function agreementFile(): Promise<TextFile> {
  const { agreementFileName, agreementText } = await import('../playbook/agreement-file');
  const open = $openId.get();
  const entry = mentorshipsStore.$value.get().mentorships.find((m) => m.id === open) ?? {
    // Nothing answered yet, so no mentorship: the file still reads back, as a new one.
    id: newId(),
    name: '',
    createdAt: '',
  };
  return {
    name: agreementFileName($kickoff.get(), $today.get()),
    text: agreementText(entry, $kickoff.get(), $today.get(), $agreementBlocks.get()),
  };
}

/** The agreement to paste into a document of one's own: the file without its front matter. */
export async function agreementCopy(): Promise<TextFile> {
  const { toMarkdown } = await import('../playbook/agreement-file');
  return { name: 'agreement', text: toMarkdown($agreementBlocks.get()) };
}
