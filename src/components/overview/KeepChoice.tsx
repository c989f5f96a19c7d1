import { Status } from '../ui/Status';
import { KEEP_AT } from './at';
import type * as Keeping from './on-demand/keeping';

/**
 * The choice to keep the Programme overview in this browser or not, with its result shown and
 * announced at {@link KEEP_AT} and, while kept, the notes of the kept overview.
 */
export function KeepChoice({
  kept,
  hydrated,
  onChoose,
}: {
  /** The keeping module while the overview is kept (keeping.tsx), whose notes then show. */
  kept: typeof Keeping | undefined;
  /** False in the build and until the island runs: the choices are disabled. */
  hydrated: boolean;
  /** Keeps the overview (true) or forgets it (false). */
  onChoose: (keep: boolean) => void;
}) {
  return (
    <fieldset class="keep-choice">
      <legend>Keep this overview in this browser?</legend>
      <label class="choice">
        <input
          type="radio"
          name="overview-keep"
          checked={!kept}
          disabled={!hydrated}
          onChange={() => onChoose(false)}
        />
        Not kept: closing this tab forgets these pairs
      </label>
      <label class="choice">
        <input
          type="radio"
          name="overview-keep"
          checked={!!kept}
          disabled={!hydrated}
          onChange={() => onChoose(true)}
        />
        Kept in this browser only
      </label>
      <Status at={KEEP_AT} />
      {kept && <kept.KeptNotes />}
    </fieldset>
  );
}
