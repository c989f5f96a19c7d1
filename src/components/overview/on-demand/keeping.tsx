/**
 * Keeping the overview in this browser, as the page shows it, loaded when the coordinator chooses
 * it or the browser keeps one: following the kept overview and saying when another tab stops
 * keeping it, and what is said under the choice while it is kept (storage refusing it, a copy from
 * a newer version, values that did not fit). Keeping itself, across tabs, is the store's
 * (src/stores/overview/on-demand/keeping.ts), re-exported so the page loads one module.
 */
import { count } from '../../../playbook/core/words';
import { $storageHealth } from '../../../stores/core/storage';
import { forgetOverview, keptOverview, type KeptOverview } from '../../../stores/overview/kept';
import { followKept as followStored } from '../../../stores/overview/on-demand/keeping';
import { announce } from '../../ui/announce';
import { useStore } from '../../ui/store';

export { forgetOverview };
export { changeKept, keepMerged } from '../../../stores/overview/on-demand/keeping';

/**
 * Follows the kept overview (the store's followKept), and says at `at` when another tab stops
 * keeping it; until the function returned is called.
 */
export const followKept = (show: (value: KeptOverview) => void, gone: () => void, at: string) =>
  followStored(show, () => {
    gone();
    announce(
      'Not kept: another tab stopped keeping the overview. These pairs stay on this page until you close it.',
      at,
    );
  });

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
