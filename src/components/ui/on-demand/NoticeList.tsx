import { useEffect } from 'preact/hooks';
import { useStore } from '../store';
import { $held, mentorshipsStore } from '../../../stores/core/mentorships';
import { $indexRebuilt, $storageHealth, $storageNearlyFull } from '../../../stores/core/storage';
import { count } from '../../../playbook/core/words';
import { announce } from '../announce';
import { HeldNotice } from './HeldNotice';
import { downloadFile } from '../kit/files';
import type { NoticeDocument, NoticesProps } from '../Notices';
import { Status } from '../Status';

const EMPTY = { readOnly: false, backups: 0, repaired: 0 };

/**
 * The index of mentorships could not be read, and was rebuilt from the documents each mentorship
 * has in storage (src/playbook/mentorships/recover-index.ts): said while the damaged copy is kept,
 * with how many were found on the load that rebuilt it, which is also announced.
 */
function IndexNotice() {
  const { backups } = useStore(mentorshipsStore.$notices, { ssr: () => EMPTY });
  const rebuilt = useStore($indexRebuilt);
  const found = rebuilt === undefined ? '' : `: ${count(rebuilt, 'mentorship')} found`;
  useEffect(() => {
    if (found) announce(`The list of your mentorships was damaged, and was rebuilt${found}.`);
  }, [found]);
  if (!backups) return null;
  return (
    <div class="notice danger" role="status">
      <p class="notice-title">The list of your mentorships was damaged</p>
      <p>
        It could not be read, so it was rebuilt from what each mentorship holds in this browser
        {found}. Each one's answers, agenda and sessions are still here; a name you gave a
        mentorship may be gone. A copy of the damaged list is kept
        {backups > 1 ? ` (${backups} copies)` : ''}.
      </p>
      <KeptCopyActions store={mentorshipsStore} at="kept-index" />
    </div>
  );
}

/** The two things to do with a store's kept copies of what it could not read; `at` names its Status. */
function KeptCopyActions({
  store,
  at,
}: {
  store: Pick<typeof mentorshipsStore, 'backupFile' | 'deleteBackups'>;
  at: string;
}) {
  return (
    <p class="notice-actions">
      <button type="button" onClick={() => downloadFile(store.backupFile, at)}>
        Download the kept copy
      </button>
      <button type="button" class="secondary" onClick={store.deleteBackups}>
        Delete the kept copy
      </button>
      <Status at={at} />
    </p>
  );
}

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
          <KeptCopyActions store={store} at={`kept-${what}`} />
        </div>
      )}
    </>
  );
}

/** The notices themselves, loaded only when there is something to say. */
export function NoticeList({ what, documents, rescue }: NoticesProps) {
  const health = useStore($storageHealth, { ssr: () => 'ok' as const });
  const nearlyFull = useStore($storageNearlyFull, { ssr: () => false });
  const held = useStore($held);
  return (
    <>
      {held && <HeldNotice key={held.id} />}
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
            <button type="button" onClick={() => downloadFile(rescue.file, 'rescue')}>
              Download {rescue.label}
            </button>
            <Status at="rescue" />
          </p>
        </div>
      )}
      <IndexNotice />
      {documents.map((d) => (
        <DocumentNotices key={d.what} document={d} />
      ))}
    </>
  );
}
