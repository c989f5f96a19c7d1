/**
 * Reading a typed number of minutes, shared by the session length and the agenda's timeboxes. Only
 * the kit's minutes field (src/components/ui/kit/MinutesField.tsx) reads it: in a sub-folder of
 * core/, which is in no chunk group, it loads with the kit rather than with every playbook page.
 */

/**
 * A typed length read as whole minutes, or an error to show. `early` marks text that more typing
 * could still make valid ("4" on the way to "45"), whose error waits until the field is left.
 */
export type MinutesResult =
  { ok: true; minutes: number | null } | { ok: false; message: string; early: boolean };

/**
 * Reads typed minutes (or another whole count, named by `unit` in the error): a whole number
 * within the range, or (when allowed) empty for "none".
 */
export function parseMinutes(
  text: string,
  range: { min: number; max: number },
  allowEmpty: boolean,
  unit = 'minutes',
): MinutesResult {
  const trimmed = text.trim();
  if (trimmed === '' && allowEmpty) return { ok: true, minutes: null };
  const digits = /^\d+$/.test(trimmed);
  const minutes = Number(trimmed);
  if (digits && minutes >= range.min && minutes <= range.max) return { ok: true, minutes };
  return {
    ok: false,
    message: `Enter a whole number of ${unit} from ${range.min} to ${range.max}${allowEmpty ? ', or leave it empty' : ''}.`,
    early: trimmed === '' || (digits && minutes < range.min),
  };
}
