import { useStore } from '../../ui/store';
import { useState } from 'preact/hooks';
import { $lastBackupAt, daysSince } from '../../../stores/portable/backup-note';
import { changedSinceBackup } from '../../../stores/portable/backups';
import { href } from '../../ui/href';

/** A gentle reminder to back up, shown when something changed that no backup holds. */
export function BackupReminder() {
  const [shown, setShown] = useState(changedSinceBackup);
  const last = useStore($lastBackupAt);
  if (!shown) return null;
  return (
    <div class="notice backup-reminder">
      <p>
        {last
          ? `Your answers have changed since your last backup, ${daysSince(last)} days ago.`
          : 'You have no backup of your answers yet.'}{' '}
        Browsers can clear a site’s data, so keep a copy:{' '}
        <a href={href('/playbooks/your-data/')}>download everything from “Your data”</a>.
      </p>
      <button type="button" class="secondary" onClick={() => setShown(false)}>
        Not now
      </button>
    </div>
  );
}
