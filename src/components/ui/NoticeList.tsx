import { useStore } from '@nanostores/preact';
import type { ReadableAtom } from 'nanostores';
import { $storageHealth } from '../stores/storage';
import type { VersionedStore } from '../stores/versioned';
import { downloadText } from './browser-files';

/** What the notices read from a playbook's store; none of it depends on the document's shape. */
type NoticeSource = Pick<VersionedStore<object>, '$backups' | 'deleteBackups'>;

/** One stored document the notices speak for. */
export interface NoticeDocument {
  store: NoticeSource;
  /** The file of kept copies to download. */
  backupFile: () => { name: string; text: string };
  /** What the document holds, as in "Saved ___ could not be read": "answers", "agenda". */
  what: string;
}

function KeptCopies({ document }: { document: NoticeDocument }) {
  const backups = useStore(document.store.$backups, { ssr: () => [] });
  if (backups.length === 0) return null;
  return (
    <div class="notice danger" role="status">
      <p class="notice-title">Saved {document.what} could not be read</p>
      <p>
        What was stored in this browser was damaged or not in a form this page understands, so this
        page started clean. We kept a copy of what was stored
        {backups.length > 1 ? ` (${backups.length} copies)` : ''}.
      </p>
      <p class="notice-actions">
        <button
          type="button"
          onClick={() => {
            const file = document.backupFile();
            downloadText(file.name, file.text, 'text/plain');
          }}
        >
          Download the kept copy
        </button>
        <button type="button" class="secondary" onClick={document.store.deleteBackups}>
          Delete the kept copy
        </button>
      </p>
    </div>
  );
}

/**
 * Notices about where a playbook's data is kept: storage problems and data written by a newer site
 * (once each), and kept copies of unreadable data (per document).
 */
export function Notices({
  what,
  readOnly,
  documents,
}: {
  what: string;
  readOnly: ReadableAtom<boolean>;
  documents: readonly NoticeDocument[];
}) {
  const health = useStore($storageHealth, { ssr: 'initial' });
  const isReadOnly = useStore(readOnly, { ssr: () => false });

  return (
    <div class="notices">
      {health !== 'ok' && (
        <div class="notice caution" role="status">
          <p class="notice-title">Your {what} are not being saved in this browser</p>
          <p>
            {health === 'full'
              ? 'The browser refused to store more data (its storage is full).'
              : 'This browser does not let the page store data (it may be disabled, or the page is in a private or sandboxed window).'}{' '}
            Everything still works while this tab is open, but will be gone when you close it.
            Download what you need before you leave.
          </p>
        </div>
      )}
      {isReadOnly && (
        <div class="notice caution" role="status">
          <p class="notice-title">Your {what} are read-only here</p>
          <p>
            They were saved by a newer version of Mentorship Playbook. To keep them safe, this page
            shows what it can but will not change them. Open the up-to-date site (reload, or clear
            your browser's cache) to edit them.
          </p>
        </div>
      )}
      {documents.map((d) => (
        <KeptCopies document={d} />
      ))}
    </div>
  );
}
