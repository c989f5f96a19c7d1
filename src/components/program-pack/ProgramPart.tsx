import type { Program } from '../../playbook/documents/program';
import { dayText } from '../../playbook/review/every-page/due';
import { leaveProgram } from '../../stores/kickoff/program';
import { announce } from '../ui/announce';
import { ConfirmAction } from '../ui/kit/ConfirmAction';
import { ProgramFacts } from './ProgramPreview';
import './program-pack.css';

/**
 * The kickoff page's word on the programme the pair belongs to: "Part of … · round ends … ·
 * contact …", what the programme sets, and leaving it (confirmed first). Loaded on demand, only
 * for a pair in a programme; `home` is the id focus goes to once it has gone.
 */
export function ProgramPart(props: { program: Program; disabled: boolean; home: string }) {
  const { program, disabled, home } = props;
  const ends = dayText(program.roundEnds);
  const contact = program.contact.trim();
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
            return home;
          }}
        />
      </p>
    </section>
  );
}
