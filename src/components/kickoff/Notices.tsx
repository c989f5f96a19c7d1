import { useStore } from '@nanostores/preact';
import { $kickoffBackups, $kickoffReadOnly, deleteKickoffBackups, kickoffBackupFile } from '../../stores/kickoff';
import { $storageHealth } from '../../stores/storage';
import { downloadText } from '../browser-files';

/** Notices about where answers are kept: storage problems, kept copies of unreadable data, read-only data. */
export function Notices() {
  const health = useStore($storageHealth, { ssr: 'initial' });
  const backups = useStore($kickoffBackups, { ssr: () => [] });
  const readOnly = useStore($kickoffReadOnly, { ssr: () => false });

  return (
    <div class="notices">
      {health !== 'ok' && (
        <div class="notice caution" role="status">
          <p class="notice-title">Your answers are not being saved in this browser</p>
          <p>
            {health === 'full'
              ? 'The browser refused to store more data (its storage is full).'
              : 'This browser does not let the page store data (it may be disabled, or the page is in a private or sandboxed window).'}{' '}
            Everything still works while this tab is open, but will be gone when you close it. Download the agreement
            before you leave.
          </p>
        </div>
      )}
      {readOnly && (
        <div class="notice caution" role="status">
          <p class="notice-title">These answers are read-only here</p>
          <p>
            They were saved by a newer version of Mentorship Playbook. To keep them safe, this page shows what it can
            but will not change them. Open the up-to-date site (reload, or clear your browser's cache) to edit them.
          </p>
        </div>
      )}
      {backups.length > 0 && (
        <div class="notice danger" role="status">
          <p class="notice-title">Saved answers could not be read</p>
          <p>
            Answers stored in this browser were damaged or not in a form this page understands, so the checklist started
            clean. We kept a copy of what was stored{backups.length > 1 ? ` (${backups.length} copies)` : ''}.
          </p>
          <p class="notice-actions">
            <button
              type="button"
              onClick={() => {
                const file = kickoffBackupFile();
                downloadText(file.name, file.text, 'text/plain');
              }}
            >
              Download the kept copy
            </button>
            <button type="button" class="secondary" onClick={deleteKickoffBackups}>
              Delete the kept copy
            </button>
          </p>
        </div>
      )}
    </div>
  );
}
