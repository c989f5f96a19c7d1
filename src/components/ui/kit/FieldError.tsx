import { useRef, useState } from 'preact/hooks';
import { announce } from '../announce';

/** The attributes that tie an input to its error message, while there is one. */
export function errorProps(
  id: string,
  error: string,
): { 'aria-invalid'?: 'true'; 'aria-describedby'?: string } {
  return error ? { 'aria-invalid': 'true', 'aria-describedby': id } : {};
}

/** A field's error message, shown at the field and referenced by the input through errorProps. */
export function FieldError({ id, error }: { id: string; error: string }) {
  return error ? (
    <p id={id} class="field-error">
      {error}
    </p>
  ) : null;
}

/** A field's error as state; a new error is also announced, as it appears away from the focus. */
export function useFieldError(): [string, (error: string) => void] {
  const [error, setError] = useState('');
  const shown = useRef('');
  // One function for the field's life, as effects may depend on it (useCallback, without its code).
  const [set] = useState(() => (next: string) => {
    if (next && next !== shown.current) announce(next);
    shown.current = next;
    setError(next);
  });
  return [error, set];
}
