/**
 * Clearing the overview and undoing a removal, loaded once the overview has pairs: the kit's
 * confirm and undo controls (components/ui/kit/) would otherwise cost the page's first load, and
 * what puts removed pairs back into the list as it is when Undo is pressed.
 */
import { ConfirmAction } from '../../ui/kit/ConfirmAction';
import { UndoBar } from '../../ui/kit/UndoBar';

export { restorePairs } from '../../../playbook/program/on-demand/add-pairs';
export { ConfirmAction, UndoBar };
