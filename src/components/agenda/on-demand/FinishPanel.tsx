/**
 * The question "Finish this session…?" and finishing it, loaded when "Finish session…" is pressed.
 * It is the kit's ConfirmAction panel on its own, as its trigger stays on the page while this
 * loads; the focus rule is the same: the safe choice has focus as it opens, Escape or "Not yet"
 * cancels, and the page puts focus back on the trigger.
 */
import { finishAgenda } from '../../../stores/agenda/on-demand/history';
import { announce } from '../../ui/announce';

const QUESTION = 'Finish this session and start the next agenda?';

/** The id of the panel's safe choice, which has focus when it opens. */
export const NOT_YET = 'finish-not-yet';

/** The confirm panel; `onClose` gets where focus goes next, or nothing for the trigger. */
export function FinishPanel({ onClose }: { onClose: (focus?: string) => void }) {
  return (
    // Escape cancels from either button; the keys themselves belong to the buttons.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
    <div
      role="group"
      aria-label={QUESTION}
      class="confirm"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          onClose();
        }
      }}
    >
      <p aria-hidden="true">{QUESTION}</p>
      <button
        type="button"
        onClick={() => {
          const done = finishAgenda();
          if (!done) return onClose();
          announce(done);
          onClose('history-title');
        }}
      >
        Finish session
      </button>
      <button id={NOT_YET} type="button" class="secondary" onClick={() => onClose()}>
        Not yet
      </button>
    </div>
  );
}
