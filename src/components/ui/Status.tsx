import { $latest } from './announce';
import { useStore } from './store';

/**
 * Where the results of the controls beside it are shown, as `announce(message, at)` says them:
 * "Copied the agreement to the clipboard.", "Renamed to …"; after code that could not be loaded,
 * with "Try again" and "Reload the page". Nothing until there is one; the text is not a live
 * region itself, as the page's one announcer already speaks it.
 */
export function Status({ at }: { at: string }) {
  const latest = useStore($latest);
  if (latest.at !== at) return null;
  return (
    <span key={latest.n} class="status">
      {latest.text}
      {latest.retry && (
        <>
          <button type="button" class="small" onClick={latest.retry}>
            Try again
          </button>
          <button type="button" class="small secondary" onClick={() => location.reload()}>
            Reload the page
          </button>
        </>
      )}
    </span>
  );
}
