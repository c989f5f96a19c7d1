/**
 * Keeping the programme overview in this browser, loaded when the coordinator chooses it or the
 * browser keeps one. Several tabs may show the kept overview at once (a coordinator opens each
 * pair's `#summary=` link in a tab of its own), so a tab follows the kept store, whose persistent
 * atom follows other tabs' writes through `storage` events as every stored document does
 * (src/stores/core/), and every change is made to the list as it is stored at that moment
 * (changeKept), never by writing a list this tab held since: a tab that was behind cannot wipe out
 * another's pairs.
 */
import type { Program } from '../../../playbook/documents/program';
import { addSummaries } from '../../../playbook/program/on-demand/add-pairs';
import type { ProgressSummary } from '../../../playbook/program/summary';
import { rereadStorage } from '../../core/storage';
import { keptOverview, type KeptOverview } from '../kept';
import { overviewKept } from '../key';

/**
 * Follows the kept overview, this tab's changes and other tabs' alike: `show` is called with it at
 * once and on every change, and `gone` when another tab stops keeping it (its key removed); until
 * the function returned is called.
 */
export function followKept(show: (value: KeptOverview) => void, gone: () => void): () => void {
  return keptOverview.$value.subscribe((value) => (overviewKept() ? show(value) : gone()));
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
