/** The action items' changes, loaded with their lists once the agenda has an item. */
import { removeAction, updateAction } from '../../../playbook/agenda/on-demand/items';
import type { ActionItem } from '../../../playbook/agenda/agenda';
import { cleanLine } from '../../../playbook/core/markdown';
import { changeDraft } from '../agenda';

/** Changes an action item. */
export const changeActionItem = (id: string, change: Partial<Omit<ActionItem, 'id'>>) =>
  changeDraft((d) => updateAction(d, id, change));

/** Removes an action item; undoable until the next change. */
export function removeActionItem(item: ActionItem): boolean {
  const name = cleanLine(item.text) || 'an action item';
  return changeDraft((d) => removeAction(d, item.id), `Removed “${name}”.`);
}
