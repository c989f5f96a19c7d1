import type { TextFile } from '../../../playbook/core/text-file';
import { announce } from '../announce';

/** Offers a file for download, and says so at the `Status` named `at`. */
export function saveFile(file: TextFile, at: string): void {
  const type = file.type ?? 'text/markdown';
  const url = URL.createObjectURL(new Blob([file.text], { type: `${type};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser a moment to start the download before the URL goes away.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  announce(`Downloading ${file.name}.`, at);
}

/** Copies text to the clipboard, with a hidden text area where the Clipboard API is refused. */
async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.className = 'sr-only';
    document.body.append(area);
    area.select();
    try {
      return document.execCommand('copy');
    } catch {
      return false;
    } finally {
      area.remove();
    }
  }
}

/**
 * Copies a file's text to the clipboard and says whether it worked at the `Status` named `at`;
 * `what` names it ("the log").
 */
export async function copyToClipboard(file: TextFile, what: string, at: string): Promise<void> {
  announce(
    (await copyText(file.text))
      ? `Copied ${what} to the clipboard.`
      : 'Copying was blocked by the browser. Download the file instead.',
    at,
  );
}
