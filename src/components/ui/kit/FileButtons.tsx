import type { TextFile } from '../../../playbook/core/text-file';
import { copyFile, downloadFile } from './files';
import { Status } from '../Status';

interface FileButtonsProps {
  /** Makes the file when a button is pressed. */
  file: () => Promise<TextFile>;
  /** What Copy puts on the clipboard, when not the file itself. */
  copy?: () => Promise<TextFile>;
  /** What the file is, in labels and messages: "the agreement", "this agenda", "the whole log". */
  what: string;
  /** False until the island runs: the buttons do nothing before. */
  enabled: boolean;
  /** Whether download is the page's main action (a filled button) or one among others. */
  primary?: boolean;
}

/** A pair of buttons that download a document as Markdown or copy it to the clipboard, and what came of it. */
export function FileButtons({ file, copy = file, what, enabled, primary }: FileButtonsProps) {
  return (
    <>
      <button
        type="button"
        class={primary ? undefined : 'secondary'}
        disabled={!enabled}
        onClick={() => downloadFile(file, what)}
      >
        Download {what} (.md)
      </button>
      <button
        type="button"
        class="secondary"
        disabled={!enabled}
        onClick={() => copyFile(copy, what, what)}
      >
        Copy {what}
      </button>
      <Status at={what} />
    </>
  );
}
