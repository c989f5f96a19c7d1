import { useRef } from 'preact/hooks';
import {
  REVIEW_GRACE_DAYS,
  STALLED_AFTER_DAYS,
  type Program,
} from '../../playbook/documents/program';
import { Status } from '../ui/Status';
import { PACK_AT } from './at';

/** The pack's rules in a sentence, or the defaults' when there is no pack. */
function rulesText(program: Program | null): string {
  const stalled = program?.stalledAfterDays ?? STALLED_AFTER_DAYS;
  const grace = program?.reviewGraceDays ?? REVIEW_GRACE_DAYS;
  const points = (program?.reviewPoints ?? []).map((point) =>
    point.end
      ? `${point.label || 'End of the round'} (at the round’s end${program!.roundEnds ? `, ${program!.roundEnds}` : ''})`
      : `${point.label || `${point.weeks} weeks in`} (${point.weeks} weeks after the kickoff)`,
  );
  return `A pair counts as stalled after ${stalled} days without a session, and a review as overdue ${grace} days after its day.${points.length ? ` Reviews: ${points.join('; ')}.` : ''}`;
}

/**
 * The Programme overview's programme part: the rules the pairs are counted by (the open pack's,
 * or the defaults), the button that opens a pack file and, with a pack open, the buttons that copy
 * its link for pairs and download its file; results show and are announced at {@link PACK_AT}.
 */
export function ProgramPack({
  program,
  hydrated,
  onOpen,
  onShare,
}: {
  /** The open programme pack, or null for none (the defaults apply). */
  program: Program | null;
  /** False in the build and until the island runs: the buttons are disabled. */
  hydrated: boolean;
  /** Opens the pack file picked. */
  onOpen: (file: File) => void;
  /** Copies the pack's link for pairs (`link`) or downloads its file (`file`). */
  onShare: (what: 'link' | 'file') => void;
}) {
  const packPicker = useRef<HTMLInputElement>(null);
  return (
    <>
      <h2>The programme’s rules</h2>
      <p>
        {program ? (
          <>Rules of “{program.name}”: </>
        ) : (
          <>No programme pack is open, so the defaults apply: </>
        )}
        {rulesText(program)}
      </p>
      <div class="notice-actions">
        <button
          type="button"
          class="secondary"
          disabled={!hydrated}
          onClick={() => packPicker.current?.click()}
        >
          Open your programme pack
        </button>
        <input
          ref={packPicker}
          type="file"
          accept=".json,application/json"
          hidden
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            event.currentTarget.value = '';
            if (file) onOpen(file);
          }}
        />
        {program && (
          <>
            <button
              type="button"
              class="secondary"
              disabled={!hydrated}
              onClick={() => onShare('link')}
            >
              Copy the link for pairs
            </button>
            <button
              type="button"
              class="secondary"
              disabled={!hydrated}
              onClick={() => onShare('file')}
            >
              Download the pack file
            </button>
          </>
        )}
        <Status at={PACK_AT} />
      </div>
    </>
  );
}
