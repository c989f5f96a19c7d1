import { useEffect } from 'preact/hooks';
import { announce } from '../announce';
import { focusSoon, type FocusTarget } from '../focus';

interface UndoBarProps {
  /** What the undoable change did; nothing shows without it. */
  message: string | undefined;
  /** The Undo button's id, so the change can move focus to it. */
  id: string;
  /** Undoes the change; returns where focus goes next, or nothing when it could not be undone. */
  onUndo: () => FocusTarget | undefined;
}

/** Says what a destructive change did, with a button to undo it until the next change. */
export function UndoBar({ message, id, onUndo }: UndoBarProps) {
  useEffect(() => {
    if (message) announce(message);
  }, [message]);
  if (!message) return null;
  return (
    <p class="undo">
      {message}{' '}
      <button
        id={id}
        type="button"
        onClick={() => {
          const next = onUndo();
          if (!next) return;
          focusSoon(next);
          announce('Undone.');
        }}
      >
        Undo
      </button>
    </p>
  );
}
