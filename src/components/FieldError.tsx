/** The attributes that tie an input to its error message, while there is one. */
export function errorProps(
  id: string,
  error: string,
): { 'aria-invalid'?: 'true'; 'aria-describedby'?: string } {
  return error ? { 'aria-invalid': 'true', 'aria-describedby': id } : {};
}

/** A field's error message, referenced by the input through errorProps. */
export function FieldError({ id, error }: { id: string; error: string }) {
  return error ? (
    <p id={id} class="field-error">
      {error}
    </p>
  ) : null;
}
