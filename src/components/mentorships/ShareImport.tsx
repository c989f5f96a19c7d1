import { useEffect, useState } from 'preact/hooks';
import { problemMessage, type PortableRead } from '../../playbook/portable';
import { decodeShare } from '../../playbook/share-link';
import { count } from '../../playbook/words';
import {
  addPortable,
  hasMentorship,
  portableOf,
  summaryOf,
  type MentorshipSummary,
} from '../../stores/portable';
import { announce } from '../ui/announce';
import { focusSoon } from '../ui/focus';

const said = (s: MentorshipSummary) =>
  `“${s.label}”: ${s.agreed} of ${s.topics} topics agreed, ${count(s.sessions, 'finished session')}`;

/** What a share link in the address holds, and the choice of what to do with it; nothing is written before. */
export function ShareImport({ onDone }: { onDone: () => void }) {
  const [read, setRead] = useState<PortableRead | undefined>(undefined);
  useEffect(() => {
    decodeShare(location.hash).then((result) => {
      setRead(result);
      focusSoon('share-import-title');
    });
  }, []);
  // The link's answers leave the address bar (and the history entry) once a choice is made.
  const finish = (message: string) => {
    history.replaceState(history.state, '', `${location.pathname}${location.search}`);
    announce(message);
    onDone();
  };

  if (!read) return <p class="notice">Reading the shared link…</p>;
  if (!read.ok)
    return (
      <div class="notice danger" aria-labelledby="share-import-title">
        <p id="share-import-title" class="notice-title" tabIndex={-1}>
          This share link cannot be used
        </p>
        <p>{problemMessage(read.problem, 'link')} Nothing here was changed.</p>
        <button type="button" class="secondary" onClick={() => finish('Closed.')}>
          Close
        </button>
      </div>
    );

  const incoming = summaryOf(read.value);
  const existing = hasMentorship(read.value.id) ? summaryOf(portableOf(read.value.id)) : undefined;
  return (
    <section class="notice" aria-labelledby="share-import-title">
      <h2 id="share-import-title" tabIndex={-1}>
        A shared mentorship
      </h2>
      <p>
        This link holds {said(incoming)}. Nothing is saved in this browser until you choose.
        {read.reset.length > 0 &&
          ` ${count(read.reset.length, 'value')} in it did not fit and will be left empty.`}
      </p>
      {existing && (
        <p>
          This browser already has this mentorship, as {said(existing)}. Replacing it overwrites all
          of that with what the link holds.
        </p>
      )}
      <p class="part-actions">
        <button
          type="button"
          onClick={() => addPortable(read.value, 'new') && finish('Added, and opened.')}
        >
          {existing ? 'Add as another mentorship' : 'Add this mentorship'}
        </button>
        {existing && (
          <button
            type="button"
            class="danger"
            onClick={() => addPortable(read.value, 'replace') && finish('Replaced, and opened.')}
          >
            Replace “{existing.label}”
          </button>
        )}
        <button type="button" class="secondary" onClick={() => finish('Nothing was added.')}>
          Cancel
        </button>
      </p>
    </section>
  );
}
