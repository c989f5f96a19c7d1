/**
 * The check-in on each open goal, a radio group and a note: loaded only once there is an open goal,
 * since a first visit shows only where to set goals.
 */
import { CHECK_IN_STATES, type Agenda } from '../../../playbook/agenda/agenda';
import type { Goal } from '../../../playbook/documents/kickoff';
import { checkIn, clearGoalCheckIn } from '../../../stores/agenda/on-demand/check-ins';
import { focusSoon } from '../../ui/focus';

export interface CheckInsProps {
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

/** The check-ins on the open `goals`, in their order. */
export function GoalCheckIns({ goals, ...props }: CheckInsProps & { goals: readonly Goal[] }) {
  return (
    <>
      <p class="hint">
        Optional: where each goal stands this session, and what happened, in a line.
      </p>
      {goals.map((goal, i) => (
        <GoalCheckIn key={goal.id} goal={goal} n={i + 1} {...props} />
      ))}
    </>
  );
}
