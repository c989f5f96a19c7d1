/**
 * Keeping the overview in this browser, loaded when the coordinator chooses it or the browser
 * keeps one: the kept store (src/stores/overview/kept.ts), followed while kept, and what is said
 * under the choice while it is kept (storage refusing it, a copy from a newer version, values that
 * did not fit).
 *
 * Several tabs may show the kept overview at once (a coordinator opens each pair's `#summary=` link
 * in a tab of its own). So while it is kept, a tab follows the store, whose persistent atom follows
 * other tabs' writes through `storage` events as every stored document does (src/stores/core/),
 * and every change is made to the list as it is stored at that moment (changeKept), never by
 * writing a list this tab held since: a tab that was behind cannot wipe out another's pairs.
 */
import { count } from '../../../playbook/core/words';
import type { Program } from '../../../playbook/documents/program';
import { addSummaries } from '../../../playbook/program/on-demand/add-pairs';
import type { ProgressSummary } from '../../../playbook/program/summary';
import { $storageHealth, rereadStorage } from '../../../stores/core/storage';
import { forgetOverview, keptOverview, type KeptOverview } from '../../../stores/overview/kept';
import { overviewKept } from '../../../stores/overview/key';
import { announce } from '../../ui/announce';
import { useStore } from '../../ui/store';

export { forgetOverview };

/**
 * Follows the kept overview, this tab's changes and other tabs' alike: `show` is called with it at
 * once and on every change, and `gone` when another tab stops keeping it (its key removed), which
 * is said at `at`; until the function returned is called.
 */
export function followKept(
  show: (value: KeptOverview) => void,
  gone: () => void,
  at: string,
): () => void {
  return keptOverview.$value.subscribe((value) => {
    if (overviewKept()) return show(value);
    gone();
    announce(
      'Not kept: another tab stopped keeping the overview. These pairs stay on this page until you close it.',
      at,
    );
  });
}

/**
 * Changes the kept overview as it is stored now: storage is read again first, so a write of
 * another tab whose `storage` event has not arrived yet is changed too, never overwritten. False
 * when it cannot be changed (a newer version's copy is kept).
 */
export function changeKept(change: (value: KeptOverview) => KeptOverview): boolean {
  // Mounted, the store reads storage (and follows it); unmounted, it would hold what it last read.
  const stop = keptOverview.$value.listen(() => {});
  rereadStorage();
  const changed = keptOverview.replace(change);
  stop();
  return changed;
}

/**
 * Starts keeping this tab's overview: its pairs are merged into any the browser keeps already
 * (another tab's, by addSummaries' rule), its programme pack used unless it has none. Returns the
 * overview as kept, or undefined when it could not be written (a newer version's copy is kept).
 */
export function keepMerged(
  summaries: readonly ProgressSummary[],
  program: Program | null,
): KeptOverview | undefined {
  let kept: KeptOverview | undefined;
  changeKept((stored) => {
    const there = overviewKept();
    return (kept = {
      summaries: [...addSummaries(there ? stored.summaries : [], summaries)],
      program: program ?? (there ? stored.program : null),
    });
  });
  return kept;
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
