import { useStore } from '@nanostores/preact';
import { useState } from 'preact/hooks';
import { sessionBlocks, type Session } from '../../playbook/agenda';
import { $history, deleteHistorySession, logFile, sessionFile } from '../../stores/agenda';
import { copyText, downloadText } from '../browser-files';
import { DocumentView } from '../DocumentView';

interface HistoryProps {
  disabled: boolean;
  announce: (message: string) => void;
  onDownloadLog: () => void;
}

function SessionItem({ session, disabled, announce }: { session: Session; disabled: boolean; announce: (m: string) => void }) {
  // Details are rendered only when open: a long history stays light.
  const [open, setOpen] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const items = session.carried.length + session.actions.length;
  return (
    <li class="past-session">
      <details onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary>
          Session on {session.date} ({session.parts.length} parts, {items} action {items === 1 ? 'item' : 'items'})
        </summary>
        {open && <DocumentView blocks={sessionBlocks(session, 1)} top={4} label={`Session on ${session.date}`} />}
      </details>
      <p class="part-actions">
        <button type="button" class="secondary small" aria-label={`Download the session on ${session.date}`}
          onClick={() => { const f = sessionFile(session); downloadText(f.name, f.markdown); announce(`Downloading ${f.name}.`); }}>
          Download
        </button>
        {!confirming ? (
          <button type="button" class="secondary small" disabled={disabled} aria-label={`Delete… the session on ${session.date}`}
            onClick={() => setConfirming(true)}>
            Delete…
          </button>
        ) : (
          <span role="group" aria-label={`Delete the session on ${session.date}?`} class="confirm inline">
            Delete it for good?{' '}
            <button type="button" class="danger small" autoFocus
              onClick={() => { deleteHistorySession(session.id); announce(`Deleted the session on ${session.date}.`); }}>
              Delete
            </button>
            <button type="button" class="secondary small" onClick={() => setConfirming(false)}>
              Keep it
            </button>
          </span>
        )}
      </p>
    </li>
  );
}

/** Finished sessions, newest first, with exports; a session's details render only when opened. */
export function History({ disabled, announce, onDownloadLog }: HistoryProps) {
  const history = useStore($history, { ssr: () => [] });
  return (
    <section aria-labelledby="history-title">
      <h2 id="history-title" tabIndex={-1}>
        Past sessions
      </h2>
      {history.length === 0 ? (
        <p>No sessions finished yet. They appear here, newest first, when you finish one.</p>
      ) : (
        <>
          <p class="part-actions">
            <button type="button" onClick={onDownloadLog}>
              Download the whole log (.md)
            </button>
            <button type="button" class="secondary"
              onClick={async () => announce((await copyText(logFile().markdown)) ? 'Log copied to the clipboard.' : 'Copying was blocked by the browser. Download the log instead.')}>
              Copy the whole log
            </button>
          </p>
          <ol class="history">
            {history.map((session) => (
              <SessionItem key={session.id} session={session} disabled={disabled} announce={announce} />
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
