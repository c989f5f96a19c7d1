/**
 * The lists of action items, carried and new, each item's done box and its removal: loaded once
 * the agenda has an item, since a first visit shows only the lists' empty hints.
 */
import type { ActionItem } from '../../../playbook/agenda/agenda';
import { changeActionItem, removeActionItem } from '../../../stores/agenda/on-demand/items';

/** An action item's done box, labelled with what is to be done and by whom. */
function ActionItemCheck({ item, disabled }: { item: ActionItem; disabled: boolean }) {
  return (
    <label class="choice">
      <input
        id={`action-${item.id}`}
        type="checkbox"
        checked={item.done}
        disabled={disabled}
        onChange={(e) => changeActionItem(item.id, { done: e.currentTarget.checked })}
      />
      {item.text || '(no text)'} <span class="owner">({item.owner})</span>
    </label>
  );
}

/** Last time's open items, reviewed under "Last time's action items". */
export function CarriedItems({
  items,
  disabled,
}: {
  items: readonly ActionItem[];
  disabled: boolean;
}) {
  return (
    <ul class="items carried" aria-label="Action items from earlier sessions">
      {items.map((item) => (
        <li key={item.id}>
          <ActionItemCheck item={item} disabled={disabled} />
        </li>
      ))}
    </ul>
  );
}

export interface ActionItemsProps {
  items: readonly ActionItem[];
  disabled: boolean;
  /** Called after an item is removed, so the page can offer undo. */
  onRemoved: (item: ActionItem) => void;
}

/** The action items agreed for next time, each removable. */
export function ActionItems({ items, disabled, onRemoved }: ActionItemsProps) {
  return (
    <ul class="items">
      {items.map((item) => (
        <li key={item.id}>
          <ActionItemCheck item={item} disabled={disabled} />
          <button
            type="button"
            class="secondary small"
            disabled={disabled}
            aria-label={`Remove: ${item.text || 'action item'}`}
            onClick={() => removeActionItem(item) && onRemoved(item)}
          >
            Remove
          </button>
        </li>
      ))}
    </ul>
  );
}
