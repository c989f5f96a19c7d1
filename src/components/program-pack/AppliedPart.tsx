import { useEffect, useState } from 'preact/hooks';
import { prefillSaid } from '../../playbook/program/prefill';
import { undoProgram, type Applied } from '../../stores/kickoff/program';
import { announce } from '../ui/announce';
import { focusSoon } from '../ui/focus';
import { href } from '../ui/href';
import { UndoBar } from '../ui/kit/UndoBar';
import { onEscape } from '../ui/on-demand/escape';

/**
 * What applying a programme pack did (ProgramPreview.tsx), with undo while nothing has changed
 * since, and a way on to the kickoff checklist; Close or Escape ends it.
 */
export function AppliedPart({
  applied,
  onFinish,
}: {
  /** What applying did, and the answers before it when it can be undone (`before`). */
  applied: Applied;
  /** Ends the preview with what came of it: "Added the programme." or "The programme was undone." */
  onFinish: (m: string) => void;
}) {
  const [undone, setUndone] = useState(false);
  const [stuck, setStuck] = useState(false);
  const said = prefillSaid(applied);
  // Without undo (a new mentorship), nothing else says it: the undo bar says it where it shows.
  useEffect(() => {
    if (!applied.before) announce(said);
  }, []);
  const close = () => onFinish(undone ? 'The programme was undone.' : 'Added the programme.');
  return (
    // Escape, from any of its controls, is the same as Close.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
    <section
      class="notice import program-pack"
      aria-labelledby="program-pack-applied-title"
      onKeyDown={onEscape(close)}
    >
      <h2 id="program-pack-applied-title" tabIndex={-1}>
        {undone ? 'Programme undone' : `Added the programme “${applied.kickoff.program.name}”`}
      </h2>
      {undone ? (
        <p>Your answers are as they were before.</p>
      ) : applied.before && !stuck ? (
        <UndoBar
          id="program-pack-undo"
          message={said}
          onUndo={() => {
            if (!undoProgram(applied)) {
              setStuck(true);
              announce('It cannot be undone: the answers have changed since.');
              focusSoon('program-pack-close');
              return undefined;
            }
            setUndone(true);
            return 'program-pack-close';
          }}
        />
      ) : (
        <p>
          {said}
          {stuck && ' It cannot be undone: the answers have changed since.'}
        </p>
      )}
      {!undone && !location.pathname.includes('/kickoff-checklist') && (
        <p>
          <a href={href('/playbooks/kickoff-checklist/')}>See it in the kickoff checklist</a>
        </p>
      )}
      <p class="part-actions">
        <button id="program-pack-close" type="button" class="secondary" onClick={close}>
          Close
        </button>
      </p>
    </section>
  );
}
