import { useStore } from '../../ui/store';
import type { NewGoal } from '../../../playbook/documents/review';
import {
  changeNewGoal,
  removeNewGoal,
  reviewStore,
  undoReviewChange,
} from '../../../stores/review/review';
import { focusSoon } from '../../ui/focus';
import { DateField } from '../../ui/kit/DateField';
import { UndoBar } from '../../ui/kit/UndoBar';

/**
 * The goals a review adds, each with its words, its evidence and an optional date, and removable
 * with undo. Loaded once the review has one.
 */
export function NewGoals({ goals, disabled }: { goals: readonly NewGoal[]; disabled: boolean }) {
  const undo = useStore(reviewStore.$undo);
  return (
    <>
      {goals.length > 0 && (
        <ul class="new-goals">
          {goals.map((goal, n) => (
            <li key={goal.id}>
              <fieldset class="structured">
                <legend>New goal {n + 1}</legend>
                <label class="field">
                  What it is
                  <input
                    id={`new-goal-${goal.id}`}
                    type="text"
                    value={goal.what}
                    disabled={disabled}
                    onInput={(e) => changeNewGoal(goal.id, { what: e.currentTarget.value })}
                  />
                </label>
                <label class="field">
                  How you will know it is reached
                  <input
                    type="text"
                    value={goal.evidence}
                    disabled={disabled}
                    onInput={(e) => changeNewGoal(goal.id, { evidence: e.currentTarget.value })}
                  />
                </label>
                <DateField
                  id={`new-goal-by-${goal.id}`}
                  label="By when (optional)"
                  value={goal.by}
                  disabled={disabled}
                  onChange={(by) => changeNewGoal(goal.id, { by })}
                />
                <button
                  type="button"
                  class="secondary small"
                  disabled={disabled}
                  aria-label={`Remove new goal ${n + 1}`}
                  onClick={() => {
                    if (removeNewGoal(goal)) focusSoon('review-undo');
                  }}
                >
                  Remove
                </button>
              </fieldset>
            </li>
          ))}
        </ul>
      )}
      <UndoBar
        message={undo}
        id="review-undo"
        onUndo={() => (undoReviewChange() ? 'review-new-goals' : undefined)}
      />
    </>
  );
}
