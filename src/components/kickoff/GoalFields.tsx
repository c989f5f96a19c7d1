import { useStore } from '../ui/store';
import { GOAL_OUTCOMES, OPEN_GOALS_MAX, openGoals, type Goal } from '../../playbook/kickoff/topics';
import { kickoffStore } from '../../stores/core/kickoff';
import { $undoneIn, addGoal, changeGoal, removeGoal } from '../../stores/kickoff/answers';
import { focusSoon } from '../ui/focus';
import { DateField } from '../ui/kit/DateField';
import { UndoBar } from '../ui/kit/UndoBar';
import type { FieldsProps } from './TopicFields';

/** Where other pages link to the goals (the planner's check-in, when there are none). */
export const GOALS_ID = 'kickoff-goals';

// Where focus goes once a removed goal is back: its first field. One undo at a time, so one place.
let undoTo = 'add-goal';

function OpenGoal({ goal, n, disabled }: { goal: Goal; n: number; disabled: boolean }) {
  const id = `goal-${goal.id}`;
  const name = `Goal ${n}`;
  return (
    <fieldset class="goal">
      <legend>{name}</legend>
      <label class="field">
        What
        <input
          id={`${id}-what`}
          type="text"
          value={goal.what}
          disabled={disabled}
          onInput={(e) => changeGoal(goal.id, { what: e.currentTarget.value })}
        />
      </label>
      <label class="field">
        How you'll know
        <input
          id={`${id}-evidence`}
          type="text"
          value={goal.evidence}
          disabled={disabled}
          onInput={(e) => changeGoal(goal.id, { evidence: e.currentTarget.value })}
        />
      </label>
      <DateField
        id={`${id}-by`}
        label="By when (optional)"
        value={goal.by}
        disabled={disabled}
        onChange={(by) => changeGoal(goal.id, { by })}
      />
      <p class="part-actions">
        <button
          type="button"
          class="secondary small"
          disabled={disabled}
          onClick={() => {
            if (!removeGoal(goal.id, name)) return;
            undoTo = `${id}-what`;
            focusSoon('undo-goal');
          }}
        >
          Remove goal {n}
        </button>
      </p>
    </fieldset>
  );
}

/**
 * The goal topic's goals: one to three open at once, each with what it is, how the pair will know
 * it is reached and, if they like, by when; goals a review closed show with how they ended.
 */
export function Goals({ state, disabled }: FieldsProps) {
  const undo = useStore(kickoffStore.$undo, { ssr: () => undefined });
  const undoneIn = useStore($undoneIn, { ssr: () => 'start-over' as const });
  const open = openGoals(state);
  const closed = state.goals.filter((goal) => goal.outcome !== '');
  const full = open.length >= OPEN_GOALS_MAX;
  return (
    <div class="structured goals" id={GOALS_ID} tabIndex={-1}>
      {open.length === 0 && (
        <p class="field-help">
          No goals yet. Add one to three, each with how you'll know it is reached.
        </p>
      )}
      {open.map((goal, i) => (
        <OpenGoal goal={goal} n={i + 1} disabled={disabled} key={goal.id} />
      ))}
      {undoneIn === 'goals' && (
        <UndoBar
          id="undo-goal"
          message={undo}
          onUndo={() => (kickoffStore.undo() ? undoTo : 'add-goal')}
        />
      )}
      <p class="part-actions">
        <button
          id="add-goal"
          type="button"
          class="secondary"
          disabled={disabled || full}
          aria-describedby={full ? 'goals-full' : undefined}
          onClick={() => {
            const id = addGoal();
            if (id) focusSoon(`goal-${id}-what`);
          }}
        >
          Add a goal
        </button>
      </p>
      {full && (
        <p id="goals-full" class="field-help">
          {OPEN_GOALS_MAX} goals are open, the most to work on at once: remove one to add another.
        </p>
      )}
      {closed.length > 0 && (
        <>
          <p id="closed-goals">Closed at a review:</p>
          <ul class="closed-goals" aria-labelledby="closed-goals">
            {closed.map((goal) => (
              <li key={goal.id}>
                <strong>
                  {GOAL_OUTCOMES.find((o) => o.id === goal.outcome)!.label}
                  {goal.closedOn && ` on ${goal.closedOn}`}:
                </strong>{' '}
                {goal.what || '(no words)'}
                {goal.evidence && ` (how you'd know: ${goal.evidence})`}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
