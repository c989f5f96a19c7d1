/**
 * Clearing the overview and undoing a removal, loaded once the overview has pairs: the kit's
 * confirm and undo controls (components/ui/kit/) would otherwise cost the page's first load, what
 * puts removed pairs back into the list as it is when Undo is pressed, and where focus goes then.
 */
import type { ProgressSummary } from '../../../playbook/program/summary';
import { ConfirmAction } from '../../ui/kit/ConfirmAction';
import { UndoBar } from '../../ui/kit/UndoBar';

export { restorePairs } from '../../../playbook/program/on-demand/add-pairs';
export { ConfirmAction, UndoBar };

/**
 * Where focus goes after Undo (for focusSoon): the Remove button of the first restored pair the
 * table shows (OverviewTable marks each with its pair's id); else, when the filter hides them all,
 * the table's region; else the element of id `fallback`. Never nowhere.
 */
export const restoredFocus =
  (restored: readonly ProgressSummary[], fallback: string) => (): HTMLElement | null => {
    const ids = new Set(restored.map((s) => s.mentorship));
    return (
      [...document.querySelectorAll<HTMLElement>('.overview-table button[data-pair]')].find(
        (button) => ids.has(button.dataset.pair!),
      ) ??
      document.querySelector<HTMLElement>('.overview-scroll') ??
      document.getElementById(fallback)
    );
  };
