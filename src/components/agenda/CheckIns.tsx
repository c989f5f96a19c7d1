import { useStore } from '../ui/store';
import { CHECK_IN_STATES, type Agenda } from '../../playbook/agenda/agenda';
import type { Goal } from '../../playbook/documents/kickoff';
import { $openGoals, checkIn, clearGoalCheckIn } from '../../stores/agenda/agenda';
import { focusSoon } from '../ui/focus';
import { href } from '../ui/href';

interface CheckInsProps {
  checkIns: Agenda['checkIns'];
  disabled: boolean;
  /** Called when a cleared check-in can be undone, with where focus goes once it is. */
  onCleared: (restoreFocus: string) => void;
}

/** One goal's check-in: where it stands (a radio group, clearable) and what happened. */
function GoalCheckIn({
  goal,
  n,
  checkIns,
  disabled,
  onCleared,
}: CheckInsProps & { goal: Goal; n: number }) {
  const current = checkIns.find((c) => c.goal === goal.id);
  const id = `check-in-${goal.id}`;
  const name = goal.what.trim() || `Goal ${n}`;
  return (
    <fieldset class="check-in">
      <legend>{name}</legend>
      <div class="states">
        {CHECK_IN_STATES.map((state, i) => (
          <label class="choice" key={state.id}>
            <input
              id={i === 0 ? id : undefined}
              type="radio"
              name={id}
              value={state.id}
              checked={current?.state === state.id}
              disabled={disabled}
              onChange={() => checkIn(goal, { state: state.id })}
            />
            {state.label}
          </label>
        ))}
      </div>
      {current && (
        <p class="part-actions">
          <label class="field">
            What happened (optional)
            <input
              id={`${id}-note`}
              type="text"
              value={current.note}
              disabled={disabled}
              onInput={(e) => checkIn(goal, { note: e.currentTarget.value })}
            />
          </label>
          <button
            type="button"
            class="secondary small"
            disabled={disabled}
            aria-label={`Clear the check-in on ${name}`}
            onClick={() => {
              const undoable = current.note.trim() !== '';
              if (!clearGoalCheckIn(goal)) return;
              if (undoable) onCleared(`${id}-note`);
              else focusSoon(id);
            }}
          >
            Clear
          </button>
        </p>
      )}
    </fieldset>
  );
}

/**
 * The check-in on each open goal: a few seconds, never required. With no goals set yet, it says
 * where to set them.
 */
export function CheckIns(props: CheckInsProps) {
  const goals = useStore($openGoals, { ssr: () => [] });
  return (
    <section aria-labelledby="check-in-title">
      <h2 id="check-in-title">Where the goals stand</h2>
      {goals.length === 0 ? (
        <p class="hint">
          No goals yet.{' '}
          <a href={href('/playbooks/kickoff-checklist/#kickoff-goals')}>
            Set one to three in the kickoff checklist
          </a>
          , and check in on each here at every session.
        </p>
      ) : (
        <>
          <p class="hint">
            Optional: where each goal stands this session, and what happened, in a line.
          </p>
          {goals.map((goal, i) => (
            <GoalCheckIn key={goal.id} goal={goal} n={i + 1} {...props} />
          ))}
        </>
      )}
    </section>
  );
}
