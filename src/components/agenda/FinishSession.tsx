import { useEffect, useState } from 'preact/hooks';
import { draftFile, loadSessionFiles } from '../../stores/agenda/agenda';
import { unavailable } from '../ui/announce';
import { focusSoon } from '../ui/focus';
import { FileButtons } from '../ui/kit/FileButtons';
import { prepareFiles } from '../ui/kit/files';
import { Status } from '../ui/Status';

const loadPanel = () => import('./on-demand/FinishPanel');

/**
 * Finishing the session into the history, and the agenda's own exports. The confirm panel and
 * finishing itself load when "Finish session…" is first pressed (or once the page is in use).
 */
export function FinishSession({ disabled, hydrated }: { disabled: boolean; hydrated: boolean }) {
  // The agenda, the log and finishing work even if the connection goes once the page is in use.
  useEffect(() => prepareFiles(loadSessionFiles, loadPanel), []);
  const [panel, setPanel] = useState<Awaited<ReturnType<typeof loadPanel>>>();
  const [open, setOpen] = useState(false);
  const [loading, setLoading] = useState(false);
  const ask = (): void => {
    setLoading(true);
    loadPanel()
      .then((module) => {
        setPanel(() => module);
        setOpen(true);
        focusSoon(module.NOT_YET);
      })
      .catch(() => unavailable('finish-status', ask))
      .finally(() => setLoading(false));
  };
  const close = (focus?: string) => {
    setOpen(false);
    focusSoon(focus ?? 'finish-session');
  };
  return (
    <section aria-labelledby="finish-title">
      <h2 id="finish-title">After the session</h2>
      <p>
        Finishing keeps this session in the history below and starts the next agenda, with every
        action item that is not done carried into “Last time's action items”.
      </p>
      <div class="part-actions">
        {open && panel ? (
          <panel.FinishPanel onClose={close} />
        ) : (
          <button
            id="finish-session"
            type="button"
            class="secondary"
            disabled={disabled}
            onClick={ask}
          >
            Finish session…
          </button>
        )}
        <FileButtons file={draftFile} what="this agenda" enabled={hydrated} />
        {loading && <span class="status">Loading…</span>}
        <Status at="finish-status" />
      </div>
    </section>
  );
}
