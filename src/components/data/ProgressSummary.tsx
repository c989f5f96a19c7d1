import { useStore } from '../ui/store';
import { useRef, useState } from 'preact/hooks';
import { $dataRows } from '../../stores/data/your-data';
import { useHydrated } from '../ui/hydrated';
import { useOnDemand } from '../ui/lazy';
import { focusSoon } from '../ui/focus';
import { Status } from '../ui/Status';
import '../playbook.css';

/**
 * "Send a progress summary…": a button that opens the panel showing what a mentorship's summary
 * holds, with its file and link. The panel, and the summary's code, load when first opened.
 */
export default function ProgressSummary() {
  const hydrated = useHydrated();
  const empty = useStore($dataRows, { ssr: () => [] }).length === 0;
  const [shown, setShown] = useState(false);
  const Panel = useOnDemand(
    shown,
    () => import('./on-demand/SummaryPanel').then((m) => m.SummaryPanel),
    'summary-opener',
  );
  const opener = useRef<HTMLButtonElement>(null);
  return (
    <div class="playbook send-summary">
      <p class="part-actions">
        <button
          ref={opener}
          type="button"
          class="secondary"
          disabled={!hydrated || empty}
          aria-expanded={shown}
          onClick={() => setShown(!shown)}
        >
          Send a progress summary…
        </button>
        <Status at="summary-opener" />
      </p>
      {shown && Panel && (
        <Panel
          onClose={() => {
            setShown(false);
            focusSoon(() => opener.current);
          }}
        />
      )}
    </div>
  );
}
