import { useStore } from '../ui/store';
import { useEffect } from 'preact/hooks';
import { $lastBackupAt, $lastRestoreAt, daysSince } from '../../stores/portable/backup-note';
import { $persistence, $dataRows, askToKeep, checkPersistence } from '../../stores/data/your-data';
import { downloadFile } from '../ui/kit/files';
import { useHydrated } from '../ui/hydrated';
import { Status } from '../ui/Status';
import '../playbook.css';

/** When, in words: "on 12 November 2026 (10 days ago)". */
function when(at: number): string {
  const days = daysSince(at);
  const date = new Date(at).toLocaleDateString('en-GB', { dateStyle: 'long' });
  return `on ${date} (${days < 1 ? 'today' : days === 1 ? 'yesterday' : `${days} days ago`})`;
}

const PERSISTENCE: Record<string, string> = {
  kept: 'This browser has promised to keep the data until you clear it yourself.',
  'not-kept':
    'This browser has not promised to keep the data: it can clear it when space runs low, or (Safari, unless the site is on the Home Screen) after seven days of use without a tap or click on this site. Keep a backup.',
  unsupported: 'This browser cannot promise to keep the data. Keep a backup.',
};

/** Downloading everything as one file, when that was last done, and asking the browser to keep the data. */
export default function BackupTools() {
  const hydrated = useHydrated();
  const last = useStore($lastBackupAt, { ssr: () => undefined });
  const restored = useStore($lastRestoreAt, { ssr: () => undefined });
  const persistence = useStore($persistence);
  const empty = useStore($dataRows, { ssr: () => [] }).length === 0;
  useEffect(() => {
    checkPersistence();
  }, []);
  return (
    <div class="playbook backup-tools">
      <p>
        {!hydrated
          ? 'The date of your last backup appears here once the page has loaded.'
          : `${
              last
                ? `Your last backup was made ${when(last)}.`
                : 'No backup has been made from this browser yet.'
            }${restored ? ` You restored from a file ${when(restored)}.` : ''}`}
      </p>
      <p class="part-actions">
        <button
          type="button"
          disabled={!hydrated || empty}
          // The file's code loads on the first click.
          onClick={() =>
            downloadFile(
              () => import('../../stores/portable/backups').then((m) => m.backupFile()),
              'backup',
            )
          }
        >
          Download everything (.json)
        </button>
        {persistence === 'not-kept' || persistence === 'asking' ? (
          <button
            type="button"
            class="secondary"
            disabled={persistence === 'asking'}
            onClick={askToKeep}
          >
            Ask the browser to keep this data
          </button>
        ) : null}
        <Status at="backup" />
      </p>
      <p role="status">{PERSISTENCE[persistence] ?? ''}</p>
    </div>
  );
}
