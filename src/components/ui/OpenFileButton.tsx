import { useRef } from 'preact/hooks';

interface OpenFileButtonProps {
  label: string;
  /** The file types offered first in the picker, as the input's `accept`. */
  accept: string;
  enabled: boolean;
  onFile: (file: File) => void;
}

/** A button that opens the system's file picker and hands over the file picked. */
export function OpenFileButton({ label, accept, enabled, onFile }: OpenFileButtonProps) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button
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
          if (file) onFile(file);
        }}
      />
    </>
  );
}
