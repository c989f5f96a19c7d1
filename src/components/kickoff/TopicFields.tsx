import { isIsoDate } from '../../playbook/dates';
import { useState } from 'preact/hooks';
import { FORMATS } from '../../playbook/formats';
import { FieldError, errorProps } from '../FieldError';
import { href } from '../href';
import {
  CADENCES,
  SCHEDULERS,
  SESSION_MINUTES,
  parseSessionMinutes,
  type KickoffState,
  type TopicId,
} from '../../playbook/kickoff';
import {
  chooseFormat,
  setCadence,
  setReevaluation,
  setScheduler,
  setSessionMinutes,
} from '../../stores/kickoff';

interface FieldsProps {
  state: KickoffState;
  disabled: boolean;
}

function Cadence({ state, disabled }: FieldsProps) {
  // The typed text, kept while it is not a valid length so the user can correct it.
  const [typed, setTyped] = useState<string | undefined>(undefined);
  const [error, setError] = useState('');
  const shown = typed ?? (state.cadence.minutes === null ? '' : String(state.cadence.minutes));
  return (
    <div class="structured">
      <label for="kickoff-cadence">How often</label>
      <select
        id="kickoff-cadence"
        value={state.cadence.frequency}
        disabled={disabled}
        onChange={(e) => setCadence(e.currentTarget.value as KickoffState['cadence']['frequency'])}
      >
        <option value="">Not agreed yet</option>
        {CADENCES.map((c) => (
          <option value={c.id}>{c.label}</option>
        ))}
      </select>
      <label for="kickoff-minutes">Session length (minutes)</label>
      <input
        id="kickoff-minutes"
        type="number"
        inputMode="numeric"
        min={SESSION_MINUTES.min}
        max={SESSION_MINUTES.max}
        step={SESSION_MINUTES.step}
        value={shown}
        disabled={disabled}
        {...errorProps('kickoff-minutes-error', error)}
        onInput={(e) => {
          const text = e.currentTarget.value;
          const result = parseSessionMinutes(text);
          if (result.ok) {
            setTyped(undefined);
            setError('');
            setSessionMinutes(result.minutes);
          } else {
            // What is in the field is not a length, so none is agreed (rather than an earlier keystroke's).
            setTyped(text);
            setError(result.message);
            setSessionMinutes(null);
          }
        }}
      />
      <FieldError id="kickoff-minutes-error" error={error} />
    </div>
  );
}

function Scheduler({ state, disabled }: FieldsProps) {
  return (
    <fieldset class="structured">
      <legend>Who sends the invites</legend>
      {SCHEDULERS.map((s) => (
        <label class="choice">
          <input
            type="radio"
            name="kickoff-scheduler"
            value={s.id}
            checked={state.scheduler === s.id}
            disabled={disabled}
            onChange={() => setScheduler(s.id)}
          />
          {s.label}
        </label>
      ))}
    </fieldset>
  );
}

function Formats({ state, disabled }: FieldsProps) {
  return (
    <fieldset class="structured">
      <legend>Formats (pick one or combine them)</legend>
      <p class="field-help">
        Not sure?{' '}
        <a href={href('/playbooks/format-chooser/')}>Answer five questions in the format chooser</a>
        .
      </p>
      {FORMATS.map((f) => (
        <label class="choice">
          <input
            type="checkbox"
            value={f.id}
            checked={state.formats.includes(f.id)}
            disabled={disabled}
            onChange={(e) => chooseFormat(f.id, e.currentTarget.checked)}
          />
          {f.name}
        </label>
      ))}
    </fieldset>
  );
}

const REEVALUATE_MODES = [
  { mode: 'date', label: 'On a date' },
  { mode: 'condition', label: 'When a condition is met' },
] as const;

function Reevaluate({ state, disabled }: FieldsProps) {
  const { mode, date, condition } = state.reevaluate;
  const [dateError, setDateError] = useState('');
  return (
    <fieldset class="structured">
      <legend>We look back</legend>
      {REEVALUATE_MODES.map((option) => (
        <label class="choice">
          <input
            type="radio"
            name="kickoff-reevaluate"
            checked={mode === option.mode}
            disabled={disabled}
            onChange={() => setReevaluation({ mode: option.mode })}
          />
          {option.label}
        </label>
      ))}
      {mode === 'date' && (
        <>
          <label for="kickoff-reevaluate-date">Date to look back</label>
          <input
            id="kickoff-reevaluate-date"
            type="date"
            value={date}
            disabled={disabled}
            {...errorProps('kickoff-reevaluate-date-error', dateError)}
            onInput={(e) => {
              const value = e.currentTarget.value;
              if (value === '' || isIsoDate(value)) {
                setDateError('');
                setReevaluation({ date: value });
              } else {
                setDateError('Enter a date as year-month-day, for example 2027-03-01.');
              }
            }}
          />
          <FieldError id="kickoff-reevaluate-date-error" error={dateError} />
        </>
      )}
      {mode === 'condition' && (
        <>
          <label for="kickoff-reevaluate-condition">
            Condition (for example: the sample project is live)
          </label>
          <input
            id="kickoff-reevaluate-condition"
            type="text"
            value={condition}
            disabled={disabled}
            onInput={(e) => setReevaluation({ condition: e.currentTarget.value })}
          />
        </>
      )}
    </fieldset>
  );
}

/** The structured answer, if a topic has one, shown above its notes. */
export const TOPIC_FIELDS: Partial<Record<TopicId, (props: FieldsProps) => preact.JSX.Element>> = {
  cadence: Cadence,
  scheduling: Scheduler,
  format: Formats,
  're-evaluate': Reevaluate,
};
