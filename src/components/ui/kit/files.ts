import type { TextFile } from '../../../playbook/core/text-file';
import { announce } from '../announce';

/** A file, or the promise of one that is still being made. */
type FileSource = TextFile | Promise<TextFile>;

// Downloading and copying happen now and then, so their code loads on the first click.
const actions = () => import('../on-demand/file-actions');

/** What is said when on-demand code could not be loaded. */
export const UNAVAILABLE =
  'That did not work: part of the page could not be loaded. Check your connection and try again.';

/** Offers a file for download, and says so. */
export async function downloadFile(file: FileSource): Promise<void> {
  try {
    const [{ saveFile }, made] = await Promise.all([actions(), file]);
    saveFile(made);
  } catch {
    announce(UNAVAILABLE);
  }
}

/** Copies a file's text to the clipboard and says whether it worked; `what` names it ("the log"). */
export async function copyFile(file: FileSource, what: string): Promise<void> {
  try {
    const [{ copyToClipboard }, made] = await Promise.all([actions(), file]);
    await copyToClipboard(made, what);
  } catch {
    announce(UNAVAILABLE);
  }
}
