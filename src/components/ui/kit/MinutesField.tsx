import type { ComponentChildren } from 'preact';
import { useRef, useState } from 'preact/hooks';
import { parseMinutes } from '../../../playbook/core/fields/minutes';
import { FieldError, errorProps, useFieldError } from './FieldError';

interface MinutesFieldProps {
  id: string;
  label: ComponentChildren;
  /** The stored minutes; null when none is set. */
  value: number | null;
  range: { min: number; max: number; step?: number };
  /** Whether an empty field means "none" (null) rather than an error. */
  allowEmpty: boolean;
  disabled: boolean;
  /** What is counted, for the error: minutes unless said. */
  unit?: string;
  /** Called with valid minutes only: nothing is stored while the field shows an error. */
  onChange: (minutes: number | null) => void;
}

/**
 * A whole-minutes input. Text that is not valid is kept on screen for correcting, never stored:
 * while it shows, the stored value is the one from before this edit (typing "1000" passes "100",
 * which must not stay). Its error shows at once when more typing cannot help ("1000"), or on
 * leaving the field when it could ("4" on the way to "45").
 */
export function MinutesField(props: MinutesFieldProps) {
  const { id, label, value, range, allowEmpty, disabled, onChange, unit } = props;
  const [typed, setTyped] = useState<string | undefined>(undefined);
  const [error, setError] = useFieldError();
  // The value from before this edit, and the last one sent: the `value` prop can lag behind fast
  // typing, as islands re-render from the store a moment after each change.
  const before = useRef(value);
  const sent = useRef(value);
  const send = (minutes: number | null) => {
    if (minutes === sent.current) return;
    sent.current = minutes;
    onChange(minutes);
  };
  const read = (text: string, leaving: boolean) => {
    const result = parseMinutes(text, range, allowEmpty, unit);
    if (result.ok) {
      setTyped(undefined);
      setError('');
      send(result.minutes);
    } else {
      setTyped(text);
      send(before.current);
      setError(leaving || !result.early ? result.message : '');
    }
  };
  return (
    <>
      <label class="field">
        {label}
        <input
          id={id}
          type="number"
          inputMode="numeric"
          min={range.min}
          max={range.max}
          step={range.step}
          value={typed ?? (value === null ? '' : String(value))}
          disabled={disabled}
          {...errorProps(`${id}-error`, error)}
          onFocus={() => (before.current = sent.current = value)}
          onInput={(e) => read(e.currentTarget.value, false)}
          onBlur={(e) => typed !== undefined && read(e.currentTarget.value, true)}
        />
      </label>
      <FieldError id={`${id}-error`} error={error} />
    </>
  );
}
