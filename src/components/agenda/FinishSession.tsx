import { useEffect } from 'preact/hooks';
import { draftFile, finishAgenda, loadSessionFiles } from '../../stores/agenda/agenda';
import { announce } from '../ui/announce';
import { ConfirmAction } from '../ui/kit/ConfirmAction';
import { FileButtons } from '../ui/kit/FileButtons';
import { prepareFiles } from '../ui/kit/files';

/** Finishing the session into the history, and the agenda's own exports. */
export function FinishSession({ disabled, hydrated }: { disabled: boolean; hydrated: boolean }) {
  // The agenda and the log download even if the connection goes once the page is in use.
  useEffect(() => prepareFiles(loadSessionFiles), []);
  return (
    <section aria-labelledby="finish-title">
      <h2 id="finish-title">After the session</h2>
      <p>
        Finishing keeps this session in the history below and starts the next agenda, with every
        action item that is not done carried into “Last time's action items”.
      </p>
      <div class="part-actions">
        <ConfirmAction
          label="Finish session…"
          question="Finish this session and start the next agenda?"
          confirmLabel="Finish session"
          cancelLabel="Not yet"
          danger={false}
          disabled={disabled}
          onConfirm={() => {
            const done = finishAgenda();
            if (!done) return;
            announce(done);
            return 'history-title';
          }}
        />
        <FileButtons file={draftFile} what="this agenda" enabled={hydrated} />
      </div>
    </section>
  );
}
