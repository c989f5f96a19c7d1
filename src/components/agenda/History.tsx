import { useStore } from '@nanostores/preact';
import { useEffect, useState } from 'preact/hooks';
import { sessionBlocks, type Session } from '../../playbook/agenda';
import {
  $agendaReadOnly,
  $history,
  deleteHistorySession,
  logFile,
  sessionFile,
} from '../../stores/agenda';
import { copyText, downloadText } from '../browser-files';
import { DocumentView } from '../DocumentView';
import { useAnnouncer } from '../use-announcer';
import '../playbook.css';

interface SessionItemProps {
  session: Session;
  hydrated: boolean;
  readOnly: boolean;
  announce: (message: string) => void;
}

function SessionItem({ session, hydrated, readOnly, announce }: SessionItemProps) {
  // Details are rendered only when open: a long history stays light.
  const [open, setOpen] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const items = session.carried.length + session.actions.length;
  return (
    <li class="past-session">
      <details onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary>
          Session on {session.date} ({session.parts.length} parts, {items} action{' '}
          {items === 1 ? 'item' : 'items'})
        </summary>
        {open && (
          <DocumentView
            blocks={sessionBlocks(session, 1)}
            top={4}
            label={`Session on ${session.date}`}
          />
        )}
      </details>
      <p class="part-actions">
        <button
          type="button"
          class="secondary small"
          disabled={!hydrated}
          aria-label={`Download the session on ${session.date}`}
          onClick={() => {
            const f = sessionFile(session);
            downloadText(f.name, f.markdown);
            announce(`Downloading ${f.name}.`);
          }}
        >
          Download
        </button>
        {!confirming ? (
          <button
            type="button"
            class="secondary small"
            disabled={!hydrated || readOnly}
            aria-label={`Delete… the session on ${session.date}`}
            onClick={() => setConfirming(true)}
          >
            Delete…
          </button>
        ) : (
          <span
            role="group"
            aria-label={`Delete the session on ${session.date}?`}
            class="confirm inline"
          >
            Delete it for good?{' '}
            <button
              type="button"
              class="danger small"
              autoFocus
              onClick={() => {
                deleteHistorySession(session.id);
                announce(`Deleted the session on ${session.date}.`);
              }}
            >
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

/**
 * Finished sessions, newest first, with exports: an island of its own, so typing in the agenda
 * never re-renders it; a session's details render only when opened.
 */
export default function History() {
  const history = useStore($history, { ssr: () => [] });
  const readOnly = useStore($agendaReadOnly, { ssr: () => false });
  const [hydrated, setHydrated] = useState(false);
  const [message, announce] = useAnnouncer();
  useEffect(() => setHydrated(true), []);
  const onDownloadLog = () => {
    const file = logFile();
    downloadText(file.name, file.markdown);
    announce(`Downloading ${file.name}.`);
  };
  return (
    <section class="playbook" aria-labelledby="history-title">
      <p class="visually-hidden" role="status" aria-live="polite">
        {message}
      </p>
      <h2 id="history-title" tabIndex={-1}>
        Past sessions
      </h2>
      {!hydrated ? (
        <p>Finished sessions are kept in this browser and listed here, newest first.</p>
      ) : history.length === 0 ? (
        <p>No sessions finished yet. They appear here, newest first, when you finish one.</p>
      ) : (
        <>
          <p class="part-actions">
            <button type="button" disabled={!hydrated} onClick={onDownloadLog}>
              Download the whole log (.md)
            </button>
            <button
              type="button"
              class="secondary"
              disabled={!hydrated}
              onClick={async () =>
                announce(
                  (await copyText(logFile().markdown))
                    ? 'Log copied to the clipboard.'
                    : 'Copying was blocked by the browser. Download the log instead.',
                )
              }
            >
              Copy the whole log
            </button>
          </p>
          <ol class="history">
            {history.map((session) => (
              <SessionItem
                key={session.id}
                session={session}
                hydrated={hydrated}
                readOnly={readOnly}
                announce={announce}
              />
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
