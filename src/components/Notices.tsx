import { useStore } from '@nanostores/preact';
import { $storageHealth } from '../stores/storage';
import type { VersionedStore } from '../stores/versioned';

/** What the notices read from a playbook's store; none of it depends on the document's shape. */
type NoticeSource = Pick<VersionedStore<object>, '$backups' | '$readOnly' | 'deleteBackups'>;
import { downloadText } from './browser-files';

interface NoticesProps {
  store: NoticeSource;
  /** The file of kept copies to download. */
  backupFile: () => { name: string; text: string };
  /** What the playbook calls what it keeps: "answers", "agendas and history". */
  what: string;
}

/** Notices about where a playbook's data is kept: storage problems, kept copies of unreadable data, read-only data. */
export function Notices({ store, backupFile, what }: NoticesProps) {
  const health = useStore($storageHealth, { ssr: 'initial' });
  const backups = useStore(store.$backups, { ssr: () => [] });
  const readOnly = useStore(store.$readOnly, { ssr: () => false });

  return (
    <div class="notices">
      {health !== 'ok' && (
        <div class="notice caution" role="status">
          <p class="notice-title">Your {what} are not being saved in this browser</p>
          <p>
            {health === 'full'
              ? 'The browser refused to store more data (its storage is full).'
              : 'This browser does not let the page store data (it may be disabled, or the page is in a private or sandboxed window).'}{' '}
            Everything still works while this tab is open, but will be gone when you close it. Download what you need
            before you leave.
          </p>
        </div>
      )}
      {readOnly && (
        <div class="notice caution" role="status">
          <p class="notice-title">Your {what} are read-only here</p>
          <p>
            They were saved by a newer version of Mentorship Playbook. To keep them safe, this page shows what it can
            but will not change them. Open the up-to-date site (reload, or clear your browser's cache) to edit them.
          </p>
        </div>
      )}
      {backups.length > 0 && (
        <div class="notice danger" role="status">
          <p class="notice-title">Saved {what} could not be read</p>
          <p>
            What was stored in this browser was damaged or not in a form this page understands, so this page started
            clean. We kept a copy of what was stored{backups.length > 1 ? ` (${backups.length} copies)` : ''}.
          </p>
          <p class="notice-actions">
            <button
              type="button"
              onClick={() => {
                const file = backupFile();
                downloadText(file.name, file.text, 'text/plain');
              }}
            >
              Download the kept copy
            </button>
            <button type="button" class="secondary" onClick={store.deleteBackups}>
              Delete the kept copy
            </button>
          </p>
        </div>
      )}
    </div>
  );
}
