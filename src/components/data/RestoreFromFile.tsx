import { useHydrated } from '../ui/hydrated';
import { OpenFileButton } from '../ui/open-file/OpenFileButton';
import '../playbook.css';

/** Picking a backup file to restore; the reader and its preview load only then. */
export default function RestoreFromFile() {
  return (
    <div class="playbook restore part-actions">
      <OpenFileButton
        label="Restore from a file…"
        accept=".json,application/json"
        enabled={useHydrated()}
        panel={() => import('./RestorePanel').then((m) => m.RestorePanel)}
        props={{}}
      />
    </div>
  );
}
