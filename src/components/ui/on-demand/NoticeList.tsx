import { useStore } from '../store';
import { $storageHealth, $storageNearlyFull } from '../../../stores/core/storage';
import { count } from '../../../playbook/core/words';
import { downloadFile } from '../kit/files';
import type { NoticeDocument, NoticesProps } from '../Notices';

const EMPTY = { readOnly: false, backups: 0, repaired: 0 };

function DocumentNotices({ document }: { document: NoticeDocument }) {
  const { readOnly, backups, repaired } = useStore(document.store.$notices, { ssr: () => EMPTY });
  const { what, store } = document;
  return (
    <>
      {readOnly && (
        <div class="notice caution" role="status">
          <p class="notice-title">Your {what} are read-only here</p>
          <p>
            They were saved by a newer version of Mentorship Playbook. To keep them safe, this page
            shows what it can but will not change them. Open the up-to-date site (reload, or clear
            your browser's cache) to edit them.
          </p>
        </div>
      )}
      {backups > 0 && (
        <div class="notice danger" role="status">
          <p class="notice-title">
            {repaired > 0
              ? `Some saved ${what} could not be read`
              : `Saved ${what} could not be read`}
          </p>
          <p>
            {repaired > 0
              ? `${count(repaired, 'saved value')} did not fit and ${repaired === 1 ? 'was' : 'were'} cleared; everything else is as you left it.`
              : 'What was stored in this browser was damaged or not in a form this page understands, so this page started clean.'}{' '}
            A copy of what was stored is kept{backups > 1 ? ` (${backups} copies)` : ''}.
          </p>
          <p class="notice-actions">
            <button type="button" onClick={() => downloadFile(store.backupFile())}>
              Download the kept copy
            </button>
            <button type="button" class="secondary" onClick={store.deleteBackups}>
              Delete the kept copy
            </button>
          </p>
        </div>
      )}
    </>
  );
}

/** The notices themselves, loaded only when there is something to say. */
export function NoticeList({ what, documents, rescue }: NoticesProps) {
  const health = useStore($storageHealth, { ssr: () => 'ok' as const });
  const nearlyFull = useStore($storageNearlyFull, { ssr: () => false });
  return (
    <>
      {health !== 'ok' && (
        <div class="notice caution" role="status">
          <p class="notice-title">Your {what} are not being saved in this browser</p>
          <p>
            {health === 'full'
              ? 'The browser refused to store more data (its storage is full).'
              : 'This browser does not let the page store data (it may be disabled, or the page is in a private or sandboxed window).'}{' '}
            Everything works on this page, but only until you leave it: going to another page,
            reloading or closing the tab loses what you typed (the browser asks first). Download
            what you need before you leave.
          </p>
        </div>
      )}
      {rescue && (nearlyFull || health === 'full') && (
        <div class="notice caution" role="status">
          <p class="notice-title">
            This browser's storage for the site is {health === 'full' ? 'full' : 'nearly full'}
          </p>
          <p>
            Download {rescue.label} now, so nothing is lost, then make room by deleting old entries.
          </p>
          <p class="notice-actions">
            <button type="button" onClick={() => downloadFile(rescue.file())}>
              Download {rescue.label}
            </button>
          </p>
        </div>
      )}
      {documents.map((d) => (
        <DocumentNotices key={d.what} document={d} />
      ))}
    </>
  );
}
