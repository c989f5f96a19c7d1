import { useState } from 'preact/hooks';
import type { RestorePanel } from './RestorePanel';
import { announce } from '../ui/announce';
import { useHydrated } from '../ui/hydrated';
import { OpenFileButton } from '../ui/OpenFileButton';
import '../playbook.css';

/** Picking a backup file to restore; the reader and its preview load only then. */
export default function RestoreFromFile() {
  const hydrated = useHydrated();
  const [picked, setPicked] = useState<{ file: File; n: number } | undefined>(undefined);
  const [Panel, setPanel] = useState<typeof RestorePanel | undefined>(undefined);
  const pick = (file: File) =>
    import('./RestorePanel')
      .then((m) => {
        setPanel(() => m.RestorePanel);
        setPicked((last) => ({ file, n: (last?.n ?? 0) + 1 }));
      })
      .catch(() => announce('The file could not be read: part of the page did not load.'));
  return (
    <div class="playbook restore">
      <p class="part-actions">
        <OpenFileButton
          label="Restore from a file…"
          accept=".json,application/json"
          enabled={hydrated}
          onFile={pick}
        />
      </p>
      {picked && Panel && (
        <Panel key={picked.n} file={picked.file} onDone={() => setPicked(undefined)} />
      )}
    </div>
  );
}
