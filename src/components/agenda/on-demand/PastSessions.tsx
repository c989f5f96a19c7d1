/**
 * The list of finished sessions and the printed log: loaded only once the history has a session,
 * since a first visit shows only the history's empty state.
 */
import { useState } from 'preact/hooks';
import type { Session } from '../../../playbook/agenda/agenda';
import { sessionBlocks } from '../../../playbook/agenda/on-demand/blocks';
import { logBlocks, sessionWhen } from '../../../playbook/agenda/on-demand/history';
import { count } from '../../../playbook/core/words';
import {
  deleteHistorySession,
  logFile,
  sessionFile,
} from '../../../stores/agenda/on-demand/history';
import { announce } from '../../ui/announce';
import { ConfirmAction } from '../../ui/kit/ConfirmAction';
import { DocumentView } from '../../ui/kit/DocumentView';
import { downloadFile } from '../../ui/kit/files';
import { FileButtons } from '../../ui/kit/FileButtons';
import { Status } from '../../ui/Status';

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

/** The whole history as one document, for paper. */
export function PrintedLog({ history }: { history: readonly Session[] }) {
  return <DocumentView blocks={logBlocks(history)} top={2} label="Mentorship log" print />;
}

/** Finished sessions, newest first, each with its download and delete, and the whole log's files. */
export function PastSessions({
  history,
  readOnly,
}: {
  history: readonly Session[];
  readOnly: boolean;
}) {
  return (
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
  );
}
