import { useRef } from 'preact/hooks';
import { Status } from '../ui/Status';
import { ADD_AT, CHOOSE_ID } from './at';

/**
 * The Programme overview's place to add pairs: progress summaries (`.json`) or agreement files
 * (`.md`) dropped on it or picked with its "Choose files" button (id `overview-choose`), with
 * their result shown and announced at {@link ADD_AT}.
 */
export function AddPairs({
  hydrated,
  onFiles,
}: {
  /** False in the build and until the island runs: the button is disabled. */
  hydrated: boolean;
  /** Reads the files dropped or picked (possibly none, which does nothing). */
  onFiles: (files: File[]) => void;
}) {
  const picker = useRef<HTMLInputElement>(null);
  return (
    // Dropping is a shortcut for pointer users; the button does the same by keyboard.
    <div
      class="drop-zone"
      onDragOver={(event) => {
        event.preventDefault();
        if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
      }}
      onDrop={(event) => {
        event.preventDefault();
        onFiles([...(event.dataTransfer?.files ?? [])]);
      }}
    >
      <p>
        Drop your pairs’ progress summaries (<code>.json</code>) or agreement files (
        <code>.md</code>) here, as many as you have, or
      </p>
      <button
        type="button"
        id={CHOOSE_ID}
        disabled={!hydrated}
        onClick={() => picker.current?.click()}
      >
        Choose files
      </button>
      <input
        ref={picker}
        type="file"
        multiple
        accept=".json,.md,.markdown,application/json,text/markdown"
        hidden
        onChange={(event) => {
          const files = [...(event.currentTarget.files ?? [])];
          event.currentTarget.value = '';
          onFiles(files);
        }}
      />
      <Status at={ADD_AT} />
    </div>
  );
}
