import { atom, computed } from 'nanostores';
import { agreementBlocks, agreementFileName, agreementMarkdown } from '../playbook/agreement';
import { localDate } from '../playbook/dates';
import { $kickoff } from './kickoff';

/** Today's date (local), as the agreement's date. */
export const $today = atom(localDate(new Date()));

/** The agreement's blocks for the live preview. */
export const $agreementBlocks = computed([$kickoff, $today], (state, today) =>
  agreementBlocks(state, { writtenOn: today }),
);

/** The agreement as a file to download or copy. */
export function agreementFile(): { name: string; markdown: string } {
  const state = $kickoff.get();
  const today = $today.get();
  return {
    name: agreementFileName(state, today),
    markdown: agreementMarkdown(state, { writtenOn: today }),
  };
}
