/**
 * Keeping the overview in this browser, loaded when the coordinator chooses it or the browser
 * keeps one: the kept store (src/stores/overview/kept.ts) and what is said under the choice while
 * it is kept (storage refusing it, a copy from a newer version, values that did not fit).
 */
import { count } from '../../../playbook/core/words';
import { $storageHealth } from '../../../stores/core/storage';
import {
  forgetOverview,
  keepOverview,
  keptOverview,
  type KeptOverview,
} from '../../../stores/overview/kept';
import { useStore } from '../../ui/store';

export { forgetOverview, keepOverview };

/** The overview as this browser keeps it, read now. */
export function readKept(): KeptOverview {
  // Listening makes the store read storage; the value is then what is kept.
  const stop = keptOverview.$document.listen(() => {});
  const { value } = keptOverview.$document.get();
  stop();
  return value;
}

/** What is said under the choice while the overview is kept, when anything needs saying. */
export function KeptNotes() {
  const health = useStore($storageHealth);
  const { readOnly, repaired } = useStore(keptOverview.$notices);
  return (
    <>
      {health !== 'ok' && (
        <p class="notice danger">
          {health === 'full'
            ? 'This browser’s storage is full, so the overview is not being kept: it stays on this page until you close it. Download the CSV, or free some room (Your data).'
            : 'This browser does not let this site keep data, so the overview is not being kept: it stays on this page until you close it.'}
        </p>
      )}
      {readOnly && (
        <p class="notice">
          The overview kept here was saved by a newer version of this site: it is shown, and changes
          to it are not kept. Reload the page to get the newest version.
        </p>
      )}
      {repaired > 0 && (
        <p class="notice">
          {count(repaired, 'value')} in the overview kept here did not fit and{' '}
          {repaired === 1 ? 'was' : 'were'} left out.
        </p>
      )}
    </>
  );
}
