import { useState } from 'preact/hooks';
import type { Owner } from '../../playbook/agenda/agenda';
import { addActionItem } from '../../stores/agenda/agenda';
import { announce } from '../ui/announce';
import { FieldError, errorProps, useFieldError } from '../ui/kit/FieldError';

const OWNERS: readonly { id: Owner; label: string }[] = [
  { id: 'mentee', label: 'Mentee' },
  { id: 'mentor', label: 'Mentor' },
];

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
