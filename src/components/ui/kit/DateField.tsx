import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';
import { isIsoDate, isTimeOfDay } from '../../../playbook/core/dates';
import { FieldError, errorProps, useFieldError } from './FieldError';

interface DateFieldProps {
  id: string;
  /** A calendar date (the default) or a time of day, HH:MM. */
  type?: 'date' | 'time';
  label: ComponentChildren;
  /** The stored date, YYYY-MM-DD, or time, HH:MM; or ''. */
  value: string;
  disabled: boolean;
  /** Called with a real date or time, or '' when the field is cleared; never with one that isn't. */
  onChange: (date: string) => void;
}

const PROBLEM = {
  date: 'That is not a date in the calendar. Enter a real date, such as 2026-12-03.',
  time: 'That is not a time of day. Enter one such as 18:30.',
};
const VALID = { date: isIsoDate, time: isTimeOfDay };

/**
 * A date input that never loses or invents a date: a day that does not exist (April 31st leaves
 * Chromium's field showing it with an empty value) is an error at the field, and the last real
 * date stays stored until the field holds another.
 */
export function DateField({ id, type = 'date', label, value, disabled, onChange }: DateFieldProps) {
  const [error, setError] = useFieldError();
  // The last date sent: the `value` prop can lag behind typing by a render.
  const sent = useRef(value);
  const read = (input: HTMLInputElement, leaving: boolean) => {
    if (input.validity.badInput || (input.value && !VALID[type](input.value))) {
      // Half-typed dates are bad input too: say so only when the person leaves the field.
      if (leaving) setError(PROBLEM[type]);
      return;
    }
    setError('');
    if (input.value === sent.current) return;
    sent.current = input.value;
    onChange(input.value);
  };
  return (
    <>
      <label class="field">
        {label}
        <input
          id={id}
          type={type}
          value={value}
          disabled={disabled}
          {...errorProps(`${id}-error`, error)}
          onFocus={() => (sent.current = value)}
          onInput={(e) => read(e.currentTarget, false)}
          onBlur={(e) => read(e.currentTarget, true)}
        />
      </label>
      <FieldError id={`${id}-error`} error={error} />
    </>
  );
}
