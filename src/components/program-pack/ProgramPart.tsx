import type { Program } from '../../playbook/documents/program';
import { dayText } from '../../playbook/review/every-page/due';
import { leaveProgram } from '../../stores/kickoff/program';
import { announce } from '../ui/announce';
import { Status } from '../ui/Status';
import { ConfirmAction } from '../ui/kit/ConfirmAction';
import { ProgramFacts } from './ProgramFacts';

/**
 * The kickoff page's word on the programme the pair belongs to: "Part of … · round ends … ·
 * contact …", what the programme sets, and leaving it (confirmed first). Loaded on demand, once
 * the pair is in a programme; it stays, empty, once they leave, to hold focus where it was.
 */
export function ProgramPart({ program, disabled }: { program: Program; disabled: boolean }) {
  const ends = dayText(program.roundEnds);
  const contact = program.contact.trim();
  return (
    <div id="kickoff-program" tabIndex={-1}>
      <Status at="kickoff-program" />
      {program.name.trim() !== '' && (
        <Part program={program} disabled={disabled} ends={ends} contact={contact} />
      )}
    </div>
  );
}

function Part(props: { program: Program; disabled: boolean; ends: string; contact: string }) {
  const { program, disabled, ends, contact } = props;
  return (
    <section class="notice program-part" aria-labelledby="kickoff-program-title">
      <p id="kickoff-program-title" class="notice-title">
        Part of {program.name}
        {ends && ` · round ends ${ends}`}
        {contact && ` · contact ${contact}`}
      </p>
      <details>
        <summary>What the programme sets</summary>
        <ProgramFacts program={program} />
        <p class="hint">
          The programme only filled in answers you had left empty; change any of them below.
        </p>
      </details>
      <p class="part-actions">
        <ConfirmAction
          id="kickoff-leave-program"
          label="Leave the programme…"
          question={`Leave “${program.name}”? Your answers stay as they are; the agreement and reviews no longer name the programme or ask its questions.`}
          confirmLabel="Leave the programme"
          cancelLabel="Stay in it"
          disabled={disabled}
          onConfirm={() => {
            if (!leaveProgram()) {
              announce('The programme could not be left: nothing was changed.', 'kickoff-program');
              return;
            }
            announce(
              `Left the programme “${program.name}”. Your answers stay as they are.`,
              'kickoff-program',
            );
            return 'kickoff-program';
          }}
        />
      </p>
    </section>
  );
}
