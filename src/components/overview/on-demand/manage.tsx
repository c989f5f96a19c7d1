/**
 * Clearing the overview and undoing a removal, loaded once the overview has pairs: the kit's
 * confirm and undo controls (components/ui/kit/) would otherwise cost the page's first load.
 */
import { ConfirmAction } from '../../ui/kit/ConfirmAction';
import { UndoBar } from '../../ui/kit/UndoBar';

export { ConfirmAction, UndoBar };
