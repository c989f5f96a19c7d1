/**
 * The kept copies of a stored document (src/playbook/core/stored-document.ts) as a file to
 * download: loaded only when one is asked for, as copies are kept only of data that could not be
 * read as it was.
 */
import type { KeptCopy } from '../stored-document';
import type { TextFile } from '../text-file';

/**
 * The kept copies of one document as a text file to download:
 * `mentorship-playbook-<document>-backup-<YYYY-MM-DD>.txt`, each copy after the date it was kept.
 */
export function keptCopiesFile(document: string, copies: KeptCopy[], today: string): TextFile {
  const text = copies
    .map((copy) => (copy.savedAt ? `Saved aside on ${copy.savedAt}:\n${copy.raw}` : copy.raw))
    .join('\n\n');
  return {
    name: `mentorship-playbook-${document}-backup-${today}.txt`,
    text: `${text}\n`,
    type: 'text/plain',
  };
}
