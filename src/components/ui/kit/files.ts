import type { TextFile } from '../../../playbook/core/text-file';
import { unavailable } from '../announce';

/** What makes a file when asked: at once, or once its code has loaded. */
type FileSource = () => TextFile | Promise<TextFile>;

// Downloading and copying happen now and then, so their code loads on the first click.
const actions = () => import('../on-demand/file-actions');

/**
 * Offers a file for download, and says so, shown at the `Status` named `at` (Status.tsx); when
 * code it needs cannot be loaded, says so there and offers to try again.
 */
export async function downloadFile(file: FileSource, at: string): Promise<void> {
  try {
    const [{ saveFile }, made] = await Promise.all([actions(), file()]);
    saveFile(made, at);
  } catch {
    unavailable(at, () => downloadFile(file, at));
  }
}

/**
 * Copies a file's text to the clipboard and says whether it worked, shown at the `Status` named
 * `at`; `what` names it ("the log"). When code it needs cannot be loaded, says so and offers to
 * try again.
 */
export async function copyFile(file: FileSource, what: string, at: string): Promise<void> {
  try {
    const [{ copyToClipboard }, made] = await Promise.all([actions(), file()]);
    await copyToClipboard(made, what, at);
  } catch {
    unavailable(at, () => copyFile(file, what, at));
  }
}

/**
 * Fetches the code a page's main job needs (its files, downloading and copying) at the first
 * sign of use, a key or a pointer pressed, so that it works if the connection goes later. Not on
 * load: a page that is only read loads none of it.
 */
export function prepareFiles(...loaders: (() => Promise<unknown>)[]): void {
  const load = () => {
    for (const loader of [actions, ...loaders]) loader().catch(() => {});
  };
  for (const type of ['keydown', 'pointerdown'])
    addEventListener(type, load, { once: true, capture: true });
}
