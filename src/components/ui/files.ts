import type { TextFile } from '../../stores/versioned';

/** A file, or the promise of one that is still being made. */
type FileSource = TextFile | Promise<TextFile>;

// Downloading and copying happen now and then, so their code loads on the first click.
const actions = () => import('./file-actions');

/** Offers a file for download, and says so. */
export async function downloadFile(file: FileSource): Promise<void> {
  const [{ saveFile }, made] = await Promise.all([actions(), file]);
  saveFile(made);
}

/** Copies a file's text to the clipboard and says whether it worked; `what` names it ("the log"). */
export async function copyFile(file: FileSource, what: string): Promise<void> {
  const [{ copyToClipboard }, made] = await Promise.all([actions(), file]);
  await copyToClipboard(made, what);
}
