import { useStore } from '../ui/store';
import { useState } from 'preact/hooks';
import { logBlocks, sessionBlocks, sessionWhen, type Session } from '../../playbook/agenda/agenda';
import { count } from '../../playbook/core/words';
import {
  $agendaReadOnly,
  $history,
  deleteHistorySession,
  logFile,
  sessionFile,
} from '../../stores/agenda/agenda';
import { announce } from '../ui/announce';
import { ConfirmAction } from '../ui/kit/ConfirmAction';
import { DocumentView } from '../ui/kit/DocumentView';
import { downloadFile } from '../ui/kit/files';
import { FileButtons } from '../ui/kit/FileButtons';
import { useHydrated } from '../ui/hydrated';
import { Status } from '../ui/Status';
import { usePrinting } from './printing';
import '../playbook.css';

interface SessionItemProps {
  session: Session;
  /** When it was, in words that tell it apart from the others. */
  when: string;
  readOnly: boolean;
  /** Where focus goes once this session is deleted. */
  next: string;
}

function SessionItem({ session, when, readOnly, next }: SessionItemProps) {
  // Details are rendered only when open: a long history stays light.
  const [open, setOpen] = useState(false);
  const items = session.carried.length + session.actions.length;
  const title = `Session on ${when}`;
  return (
    <li class="past-session" id={`past-${session.id}`}>
      <details onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary>
          {title} ({count(session.parts.length, 'part')}, {count(items, 'action item')}
          {session.checkIns.length > 0 && `, ${count(session.checkIns.length, 'goal check-in')}`})
        </summary>
        {open && <DocumentView blocks={sessionBlocks(session, 1)} top={3} label={title} />}
      </details>
      <div class="part-actions">
        <button
          id={`download-${session.id}`}
          type="button"
          class="secondary small"
          aria-label={`Download the session on ${when}`}
          onClick={() => downloadFile(() => sessionFile(session), `past-${session.id}`)}
        >
          Download
        </button>
        <ConfirmAction
          label="Delete…"
          name={`Delete the session on ${when}…`}
          question={`Delete the session on ${when} for good?`}
          confirmLabel="Delete"
          cancelLabel="Keep it"
          small
          disabled={readOnly}
          onConfirm={() => {
            if (!deleteHistorySession(session.id)) return;
            announce(`Deleted the session on ${when}.`);
            return next;
          }}
        />
        <Status at={`past-${session.id}`} />
      </div>
    </li>
  );
}

/**
 * Finished sessions, newest first, with exports: an island of its own, so typing in the agenda
 * never re-renders it; a session's details render only when opened.
 */
export default function History() {
  const hydrated = useHydrated();
  const history = useStore($history, { ssr: () => [] });
  const readOnly = useStore($agendaReadOnly, { ssr: () => false });
  const printing = usePrinting() && history.length > 0;
  return (
    <section class="playbook past-sessions" aria-labelledby="history-title">
      {printing && (
        <DocumentView blocks={logBlocks(history)} top={2} label="Mentorship log" print />
      )}
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
            <FileButtons file={logFile} what="the whole log" enabled primary />
          </p>
          <ol class="history" aria-labelledby="history-title">
            {history.map((session, index) => {
              const after = history[index + 1] ?? history[index - 1];
              return (
                <SessionItem
                  key={session.id}
                  session={session}
                  when={sessionWhen(session, history).text}
                  readOnly={readOnly}
                  next={after ? `download-${after.id}` : 'history-title'}
                />
              );
            })}
          </ol>
        </>
      )}
    </section>
  );
}
