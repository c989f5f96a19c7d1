import { useStore } from '../../ui/store';
import { useState } from 'preact/hooks';
import { $lastBackupAt, daysSince } from '../../../stores/portable/backup-note';
import { changedSinceBackup, snoozeReminder } from '../../../stores/portable/backups';
import { announce } from '../../ui/announce';
import { focusSoon } from '../../ui/focus';
import { href } from '../../ui/href';
import { switcherControl } from '../../ui/on-demand/switcher';

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
      <button
        type="button"
        class="secondary"
        onClick={() => {
          snoozeReminder();
          setShown(false);
          announce('The backup reminder is away for a week.', 'mentorship');
          // Its place goes with it: focus moves to the switcher's own button.
          focusSoon(switcherControl);
        }}
      >
        Not now: remind me in a week
      </button>
    </div>
  );
}
