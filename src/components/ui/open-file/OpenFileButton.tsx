import type { ComponentType } from 'preact';
import { useRef, useState } from 'preact/hooks';
import { announce, unavailable } from '../announce';
import { focusSoon } from '../focus';
import { Status } from '../Status';

/** What a panel that reads a picked file is given. */
export interface FilePanelProps {
  file: File;
  /** Ends the panel with its result ("Restored 2 mentorships."), shown beside the button. */
  onDone: (result: string) => void;
}

interface OpenFileButtonProps<P> {
  label: string;
  /** The file types offered first in the picker, as the input's `accept`. */
  accept: string;
  enabled: boolean;
  /** Loads (on demand) the panel that reads the picked file and offers what to do with it. */
  panel: () => Promise<ComponentType<P & FilePanelProps>>;
  /** What else the panel is given. */
  props: P;
}

/**
 * A button that opens the system's file picker, then shows the picked file in a panel whose code
 * loads only then. Picking again starts a fresh panel; when the panel is done (a choice made,
 * cancelled, closed or Escape), focus returns to the button, and what came of it shows beside it.
 */
export function OpenFileButton<P>({
  label,
  accept,
  enabled,
  panel,
  props,
}: OpenFileButtonProps<P>) {
  const input = useRef<HTMLInputElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const [picked, setPicked] = useState<
    { file: File; n: number; Panel: ComponentType<P & FilePanelProps> } | undefined
  >(undefined);
  const pick = (file: File) =>
    panel()
      .then((Panel) => setPicked((last) => ({ file, n: (last?.n ?? 0) + 1, Panel })))
      .catch(() => unavailable(label, () => pick(file)));
  return (
    <>
      <button
        ref={opener}
        type="button"
        class="secondary"
        disabled={!enabled}
        onClick={() => input.current?.click()}
      >
        {label}
      </button>
      <input
        ref={input}
        type="file"
        accept={accept}
        hidden
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          // Cleared, so picking the same file again is noticed.
          event.currentTarget.value = '';
          if (file) pick(file);
        }}
      />
      <Status at={label} />
      {picked && (
        <picked.Panel
          key={picked.n}
          {...props}
          file={picked.file}
          // Whatever the panel ends with, focus goes back to the button that opened it.
          onDone={(result) => {
            setPicked(undefined);
            announce(result, label);
            focusSoon(() => opener.current);
          }}
        />
      )}
    </>
  );
}
