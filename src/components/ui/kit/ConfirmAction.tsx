import { useRef, useState } from 'preact/hooks';
import { focusSoon, type FocusTarget } from '../focus';

interface ConfirmActionProps {
  /** The asking button's id. */
  id?: string;
  /** The button that asks first, such as "Start over…". */
  label: string;
  /** Its accessible name when the label alone would not say what it acts on. */
  name?: string;
  question: string;
  confirmLabel: string;
  cancelLabel: string;
  /** Does the change; returns where focus goes next (the trigger, if it says nothing). */
  onConfirm: () => FocusTarget | void;
  disabled?: boolean;
  /** Smaller buttons, for lists. */
  small?: boolean;
  /** Whether confirming destroys something (a red button), rather than moving on. */
  danger?: boolean;
}

/**
 * Every "are you sure" in the site, with one focus rule: asking moves focus to the safe choice,
 * never to the destructive one; Escape or the safe choice cancels, and focus returns to the
 * button that asked; confirming moves focus where the change says.
 */
export function ConfirmAction(props: ConfirmActionProps) {
  const { id, label, name, question, confirmLabel, cancelLabel, onConfirm, disabled, small } =
    props;
  const tone = props.danger === false ? '' : 'danger';
  const [open, setOpen] = useState(false);
  const trigger = useRef<HTMLButtonElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);
  const size = small ? ' small' : '';
  const cancel = () => {
    setOpen(false);
    focusSoon(() => trigger.current);
  };
  if (!open) {
    return (
      <button
        ref={trigger}
        id={id}
        type="button"
        class={`secondary${size}`}
        disabled={disabled}
        aria-label={name}
        onClick={() => {
          setOpen(true);
          focusSoon(() => cancelButton.current);
        }}
      >
        {label}
      </button>
    );
  }
  return (
    // Escape cancels from either button; the keys themselves belong to the buttons.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
    <div
      role="group"
      aria-label={question}
      class="confirm"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          cancel();
        }
      }}
    >
      <p aria-hidden="true">{question}</p>
      <button
        type="button"
        class={`${tone}${size}`.trim()}
        onClick={() => {
          setOpen(false);
          focusSoon(onConfirm() || (() => trigger.current));
        }}
      >
        {confirmLabel}
      </button>
      <button ref={cancelButton} type="button" class={`secondary${size}`} onClick={cancel}>
        {cancelLabel}
      </button>
    </div>
  );
}
