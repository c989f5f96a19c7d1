import { $latest } from './announce';
import { useStore } from './store';

/**
 * Where the results of the controls beside it are shown, as `announce(message, at)` says them:
 * "Copied the agreement to the clipboard.", "Renamed to …". Nothing until there is one; the text
 * is not a live region itself, as the page's one announcer already speaks it.
 */
export function Status({ at }: { at: string }) {
  const latest = useStore($latest);
  return latest.at === at ? (
    <span key={latest.n} class="status" data-status={at}>
      {latest.text}
    </span>
  ) : null;
}
