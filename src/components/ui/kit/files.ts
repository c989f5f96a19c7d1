import type { TextFile } from '../../../playbook/core/text-file';
import { UNAVAILABLE, announce } from '../announce';

/** A file, or the promise of one that is still being made. */
type FileSource = TextFile | Promise<TextFile>;

// Downloading and copying happen now and then, so their code loads on the first click.
const actions = () => import('../on-demand/file-actions');

/** Offers a file for download, and says so, shown at the `Status` named `at` (Status.tsx). */
export async function downloadFile(file: FileSource, at: string): Promise<void> {
  try {
    const [{ saveFile }, made] = await Promise.all([actions(), file]);
    saveFile(made, at);
  } catch {
    announce(UNAVAILABLE, at);
  }
}

/**
 * Copies a file's text to the clipboard and says whether it worked, shown at the `Status` named
 * `at`; `what` names it ("the log").
 */
export async function copyFile(file: FileSource, what: string, at: string): Promise<void> {
  try {
    const [{ copyToClipboard }, made] = await Promise.all([actions(), file]);
    await copyToClipboard(made, what, at);
  } catch {
    announce(UNAVAILABLE, at);
  }
}
