import {
  PART_MINUTES,
  STANDARD_PARTS,
  partName,
  type AgendaPart,
} from '../../playbook/agenda/agenda';
import { changePart, moveAgendaPart, removeAgendaPart } from '../../stores/agenda/agenda';
import { announce } from '../ui/announce';
import { focusSoon } from '../ui/focus';
import { MinutesField } from '../ui/kit/MinutesField';
import type { ComponentChildren } from 'preact';

interface PartEditorProps {
  part: AgendaPart;
  index: number;
  count: number;
  disabled: boolean;
  /** Called after the part is removed, so the page can offer undo. */
  onRemoved: (partId: string) => void;
  /** What stands between the hint and the notes (last time's items, for that part). */
  children?: ComponentChildren;
}

/** One part of the agenda: title, timebox, notes, and buttons to move or remove it. */
export function PartEditor({ part, index, count, disabled, onRemoved, children }: PartEditorProps) {
  const hint = STANDARD_PARTS.find((p) => p.kind === part.kind)?.hint;
  const name = partName(part, index);
  const move = (delta: -1 | 1) => {
    moveAgendaPart(part.id, delta);
    const to = index + delta;
    announce(`Moved ${name} ${delta < 0 ? 'up' : 'down'}, to position ${to + 1} of ${count}.`);
    // Stay on the same button unless the move disabled it; then take its neighbour.
    const atEnd = delta < 0 ? to === 0 : to === count - 1;
    const direction = delta < 0 !== atEnd ? 'up' : 'down';
    focusSoon(`move-${direction}-${part.id}`);
  };
  return (
    <li class="part">
      <div class="part-head">
        <label class="field part-title">
          Part {index + 1} title
          <input
            id={`part-title-${part.id}`}
            type="text"
            value={part.title}
            disabled={disabled}
            onInput={(e) => changePart(part.id, { title: e.currentTarget.value })}
          />
        </label>
        <div class="part-minutes">
          <MinutesField
            id={`part-minutes-${part.id}`}
            label={
              <>
                Minutes<span class="visually-hidden"> for {name}</span>
              </>
            }
            value={part.minutes}
            range={PART_MINUTES}
            allowEmpty={false}
            disabled={disabled}
            onChange={(minutes) => changePart(part.id, { minutes: minutes ?? 0 })}
          />
        </div>
      </div>
      {hint && <p class="hint">{hint}</p>}
      {children}
      <label class="notes-label" for={`part-notes-${part.id}`}>
        Notes for {name}
      </label>
      <textarea
        id={`part-notes-${part.id}`}
        rows={3}
        value={part.notes}
        disabled={disabled}
        onInput={(e) => changePart(part.id, { notes: e.currentTarget.value })}
      />
      <p class="part-actions">
        {([-1, 1] as const).map((delta) => {
          const direction = delta < 0 ? 'up' : 'down';
          return (
            <button
              key={direction}
              id={`move-${direction}-${part.id}`}
              type="button"
              class="secondary"
              disabled={disabled || (delta < 0 ? index === 0 : index === count - 1)}
              aria-label={`Move ${direction}: ${name}`}
              onClick={() => move(delta)}
            >
              Move {direction}
            </button>
          );
        })}
        <button
          type="button"
          class="secondary"
          disabled={disabled}
          aria-label={`Remove: ${name}`}
          onClick={() => removeAgendaPart(part.id) && onRemoved(part.id)}
        >
          Remove
        </button>
      </p>
    </li>
  );
}
