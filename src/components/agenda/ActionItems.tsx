import { useState } from 'preact/hooks';
import type { ActionItem, Owner } from '../../playbook/agenda/agenda';
import { addActionItem, changeActionItem, removeActionItem } from '../../stores/agenda/agenda';
import { announce } from '../ui/announce';
import { FieldError, errorProps, useFieldError } from '../ui/kit/FieldError';

const OWNERS: readonly { id: Owner; label: string }[] = [
  { id: 'mentee', label: 'Mentee' },
  { id: 'mentor', label: 'Mentor' },
];

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
  if (items.length === 0) return <p class="hint">No open action items from earlier sessions.</p>;
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

interface ActionItemsProps {
  items: readonly ActionItem[];
  disabled: boolean;
  /** Called after an item is removed, so the page can offer undo. */
  onRemoved: (item: ActionItem) => void;
}

/** The action items agreed for next time, each removable. */
export function ActionItems({ items, disabled, onRemoved }: ActionItemsProps) {
  if (items.length === 0) {
    return <p class="hint">Agree at the end of the session who does what before the next one.</p>;
  }
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

/** The form that adds an action item with its owner. */
export function NewActionItem({ disabled }: { disabled: boolean }) {
  const [text, setText] = useState('');
  const [owner, setOwner] = useState<Owner>('mentee');
  const [error, setError] = useFieldError();
  return (
    <form
      class="new-item"
      onSubmit={(e) => {
        e.preventDefault();
        if (!text.trim()) return setError('Write what will be done before adding it.');
        if (addActionItem(text, owner)) {
          announce(`Action item added: ${text.trim()} (${owner}).`);
          setText('');
          setError('');
        }
      }}
    >
      <label class="field">
        New action item
        <input
          id="new-action-text"
          type="text"
          value={text}
          disabled={disabled}
          {...errorProps('new-action-error', error)}
          onInput={(e) => setText(e.currentTarget.value)}
        />
      </label>
      <label class="field">
        Who
        <select
          value={owner}
          disabled={disabled}
          onChange={(e) => setOwner(e.currentTarget.value as Owner)}
        >
          {OWNERS.map((o) => (
            <option value={o.id} key={o.id}>
              {o.label}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" disabled={disabled}>
        Add
      </button>
      <FieldError id="new-action-error" error={error} />
    </form>
  );
}
