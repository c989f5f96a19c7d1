import { useEffect, useState } from 'preact/hooks';
import type { PackRead } from '../../playbook/program/pack';
import { packOver, prefill } from '../../playbook/program/prefill';
import { resetSaid } from '../../playbook/portable/reset-names';
import { $kickoff } from '../../stores/core/kickoff';
import { $mentorshipList } from '../../stores/core/mentorship-list';
import { $openId } from '../../stores/core/mentorships';
import { applyProgram, openHasAnswers, type Applied } from '../../stores/kickoff/program';
import { announce } from '../ui/announce';
import { focusSoon } from '../ui/focus';
import { ImportProblem } from '../ui/on-demand/ImportPreview';
import { onEscape } from '../ui/on-demand/escape';
import { AppliedPart } from './AppliedPart';
import { ProgramFacts } from './ProgramFacts';

const TITLE = 'program-pack-title';

interface ProgramPreviewProps {
  /** What reading the pack gave; undefined while it is read. */
  read: PackRead | undefined;
  /** Where it comes from, in words: "link", "file". */
  from: string;
  /** Why it cannot be used, as a title: "This programme pack link cannot be used". */
  problemTitle: string;
  /** Ends the preview with what came of it, said where it was opened. */
  onFinish: (message: string) => void;
  /** Called once the pack is applied, while what it did is still shown (a link leaves the bar). */
  onApplied?: () => void;
}

/**
 * What a programme pack holds, and the choice of what to do with it (apply it to the open
 * mentorship, start a new mentorship with it, or cancel); nothing is written before a choice.
 * Once applied, it says what it filled and what it left, with undo.
 */
export function ProgramPreview({
  read,
  from,
  problemTitle,
  onFinish,
  onApplied,
}: ProgramPreviewProps) {
  const [applied, setApplied] = useState<Applied | undefined>(undefined);
  const [problem, setProblem] = useState('');
  useEffect(() => {
    if (read?.ok) focusSoon(TITLE);
  }, [read]);
  if (!read) return <p class="notice">Reading the programme pack…</p>;
  if (!read.ok)
    return (
      <ImportProblem
        title={problemTitle}
        message={read.message}
        onClose={() => onFinish('Nothing was changed.')}
      />
    );
  const { program } = read;
  const cancel = () => onFinish('Nothing was changed.');
  if (applied) return <AppliedPart applied={applied} onFinish={onFinish} />;

  const open = $openId.get();
  const label = $mentorshipList.get().find((m) => m.id === open)?.label ?? '';
  const kickoff = $kickoff.get();
  const over = packOver(kickoff.program, program);
  const hasAnswers = openHasAnswers();
  const would = prefill(kickoff, program);
  const apply = (to: 'open' | 'new') => {
    const done = applyProgram(program, to);
    if (!done) {
      setProblem(
        'This browser did not store the programme (its storage may be full, turned off, or hold a newer version’s data). Nothing was changed.',
      );
      announce('The programme could not be stored. Nothing was changed.');
      focusSoon('program-pack-problem');
      return;
    }
    setApplied(done);
    onApplied?.();
    focusSoon('program-pack-applied-title');
  };
  return (
    // Escape, from any of its controls, is the same as Cancel.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
    <section
      class="notice import program-pack"
      aria-labelledby={TITLE}
      onKeyDown={onEscape(cancel)}
    >
      <h2 id={TITLE} tabIndex={-1}>
        A programme pack: {program.name}
      </h2>
      <p>
        This {from} holds a mentoring programme’s pack. Nothing is saved in this browser until you
        choose.
        {read.reset.length > 0 && ` ${resetSaid(read.reset)}`}
      </p>
      <ProgramFacts program={program} />
      {over === 'other' && (
        <p>
          <strong>
            {label ? `“${label}”` : 'This mentorship'} is already part of the programme “
            {kickoff.program.name}”.
          </strong>{' '}
          Using this pack there replaces that programme with this one.
        </p>
      )}
      {over === 'same' && (
        <p>
          {label ? `“${label}”` : 'This mentorship'} is already part of this programme: using the
          pack there updates its copy of it.
        </p>
      )}
      {open && (
        <p>
          {hasAnswers ? `For “${label}”, it would ` : 'It would '}
          {would.filled.length
            ? `fill in ${would.filled.map((l) => l.what).join(', ')}`
            : 'fill in nothing'}
          {would.kept.length > 0 &&
            ` and leave as you have it ${would.kept.map((l) => l.what).join(', ')}`}
          . It only fills in what is still empty.
        </p>
      )}
      {problem && (
        <p id="program-pack-problem" class="notice danger" role="alert" tabIndex={-1}>
          {problem}
        </p>
      )}
      <p class="part-actions">
        {(open || !hasAnswers) && (
          <button
            type="button"
            class={over === 'other' ? 'danger' : undefined}
            onClick={() => apply('open')}
          >
            {!open
              ? 'Start a mentorship with this programme'
              : over === 'other'
                ? `Replace “${kickoff.program.name}” with this programme`
                : `Use it for “${label}”`}
          </button>
        )}
        {hasAnswers && (
          <button type="button" class="secondary" onClick={() => apply('new')}>
            Start a new mentorship with it
          </button>
        )}
        <button type="button" class="secondary" onClick={cancel}>
          Cancel
        </button>
      </p>
    </section>
  );
}
