/**
 * Opening a downloaded agreement file again (its front matter holds the answers): read in full and
 * checked before anything is written. Loaded on demand, when someone picks a file.
 */
import type { KickoffState } from '../../playbook/documents/kickoff';
import type { Block } from '../../playbook/core/markdown';
import { toMarkdown } from '../../playbook/kickoff/agreement-file';
import {
  AGREEMENT_MAX_CHARS,
  readAgreement,
  type AgreementRead,
} from '../../playbook/kickoff/agreement-read';

export { addKickoff, addPortable, hasMentorship, summaryHere } from '../portable/portable';

/** The agreement's blocks for some answers: agreementBlocks, which the page has loaded already. */
export type BlocksOf = (kickoff: KickoffState, options: { writtenOn: string }) => Block[];

/** Reads a picked file as an agreement; never throws. */
export async function readAgreementFile(file: Blob, blocksOf: BlocksOf): Promise<AgreementRead> {
  // Counted in bytes before reading, so a huge file is never read into memory.
  if (file.size > AGREEMENT_MAX_CHARS * 4)
    return { ok: false, message: 'This file is far larger than any agreement; it was not read.' };
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { ok: false, message: 'This file could not be read. Try picking it again.' };
  }
  return readAgreement(text, (kickoff, writtenOn) => toMarkdown(blocksOf(kickoff, { writtenOn })));
}
