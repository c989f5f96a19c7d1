import { setReevaluation } from '../../stores/kickoff/answers';
import { Choices } from '../ui/choices/Choices';
import { DateField } from '../ui/kit/DateField';
import type { FieldsProps } from './TopicFields';

const REEVALUATE_MODES = [
  { id: 'date', label: 'On a date' },
  { id: 'condition', label: 'When a condition is met' },
] as const;

/** When the pair looks back: on a date, or when a condition is met. */
export function Reevaluate({ state, disabled }: FieldsProps) {
  const { mode, date, condition } = state.reevaluate;
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
          )}
        </div>
      )}
    </>
  );
}
