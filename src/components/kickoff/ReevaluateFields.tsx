import { setReevaluation, setReviewAfter } from '../../stores/kickoff/answers';
import { Choices } from '../ui/choices/Choices';
import { DateField } from '../ui/kit/DateField';
import { MinutesField } from '../ui/kit/MinutesField';
import { REVIEW_AFTER } from '../../playbook/documents/kickoff';
import type { FieldsProps } from './TopicFields';

const REEVALUATE_MODES = [
  { id: 'date', label: 'On a date' },
  { id: 'condition', label: 'When a condition is met' },
] as const;

/** When the pair looks back: on a date, or when a condition is met. */
export function Reevaluate({ state, disabled }: FieldsProps) {
  const { mode, date, condition, after } = state.reevaluate;
  return (
    <>
      <Choices
        legend="We look back"
        id="kickoff-reevaluate"
        type="radio"
        name="kickoff-reevaluate"
        options={REEVALUATE_MODES}
        checked={(id) => mode === id}
        onChange={(id) => setReevaluation({ mode: id })}
        disabled={disabled}
      />
      {mode !== '' && (
        <div class="structured">
          {mode === 'date' && (
            <DateField
              id="kickoff-reevaluate-date"
              label="Date to look back"
              value={date}
              disabled={disabled}
              onChange={(value) => setReevaluation({ date: value })}
            />
          )}
          {mode === 'condition' && (
            <>
              <label class="field">
                Condition (for example: the sample project is live)
                <input
                  id="kickoff-reevaluate-condition"
                  type="text"
                  value={condition}
                  disabled={disabled}
                  onInput={(e) => setReevaluation({ condition: e.currentTarget.value })}
                />
              </label>
              <fieldset class="after">
                <legend>Or look back after a number of sessions or weeks (optional)</legend>
                <div class="pair-fields">
                  <MinutesField
                    id="kickoff-reevaluate-count"
                    label="After how many"
                    value={after.count}
                    range={REVIEW_AFTER}
                    unit="sessions or weeks"
                    allowEmpty
                    disabled={disabled}
                    onChange={(count) => setReviewAfter({ count })}
                  />
                  <label class="field">
                    Sessions or weeks
                    <select
                      id="kickoff-reevaluate-unit"
                      value={after.unit}
                      disabled={disabled}
                      onChange={(e) =>
                        setReviewAfter({ unit: e.currentTarget.value as typeof after.unit })
                      }
                    >
                      <option value="">Choose</option>
                      <option value="sessions">sessions</option>
                      <option value="weeks">weeks</option>
                    </select>
                  </label>
                </div>
              </fieldset>
            </>
          )}
        </div>
      )}
    </>
  );
}
