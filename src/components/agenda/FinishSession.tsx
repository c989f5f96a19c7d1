import { useEffect } from 'preact/hooks';
import { draftFile, loadFiles, loadHistory, loadSessionFiles } from '../../stores/agenda/agenda';
import { announce, unavailable } from '../ui/announce';
import { focusSoon } from '../ui/focus';
import { ConfirmAction } from '../ui/kit/ConfirmAction';
import { FileButtons } from '../ui/kit/FileButtons';
import { prepareFiles } from '../ui/kit/files';
import { Status } from '../ui/Status';

/**
 * Finishes the session; the code that does it loads on demand (it is fetched as soon as the page
 * is in use, so this waits for it only offline). Focus goes to the history once it is done.
 */
function finish(): void {
  loadHistory().then(
    (history) => {
      const done = history.finishAgenda();
      if (!done) return;
      announce(done);
      focusSoon('history-title');
    },
    () => unavailable('finish-status', finish),
  );
}

/** Finishing the session into the history, and the agenda's own exports. */
export function FinishSession({ disabled, hydrated }: { disabled: boolean; hydrated: boolean }) {
  // The agenda, the log and finishing work even if the connection goes once the page is in use.
  useEffect(() => prepareFiles(loadSessionFiles, loadFiles, loadHistory), []);
  return (
    <section aria-labelledby="finish-title">
      <h2 id="finish-title">After the session</h2>
      <p>
        Finishing keeps this session in the history below and starts the next agenda, with every
        action item that is not done carried into “Last time's action items”.
      </p>
      <div class="part-actions">
        <ConfirmAction
          id="finish-session"
          label="Finish session…"
          question="Finish this session and start the next agenda?"
          confirmLabel="Finish session"
          cancelLabel="Not yet"
          danger={false}
          disabled={disabled}
          onConfirm={finish}
        />
        <FileButtons file={draftFile} what="this agenda" enabled={hydrated} />
        <Status at="finish-status" />
      </div>
    </section>
  );
}
