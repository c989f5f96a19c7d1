import { FORMATS } from '../../playbook/guide/formats';
import {
  CADENCES,
  GO_AHEAD,
  GO_AHEAD_STEP,
  SCHEDULERS,
  SESSION_MINUTES,
  type KickoffState,
  type TopicId,
} from '../../playbook/kickoff/topics';
import { chooseFormat } from '../../stores/core/kickoff';
import { setCadence, setGoAhead, setScheduler } from '../../stores/kickoff/answers';
import { href } from '../ui/href';
import { Choices } from '../ui/choices/Choices';
import { DateField } from '../ui/kit/DateField';
import { MinutesField } from '../ui/kit/MinutesField';
import { Goals } from './GoalFields';
import { Reevaluate } from './ReevaluateFields';

/** What every topic's structured answer is given. */
export interface FieldsProps {
  state: KickoffState;
  disabled: boolean;
}

function Cadence({ state, disabled }: FieldsProps) {
  return (
    <div class="structured">
      <label class="field">
        How often
        <select
          id="kickoff-cadence"
          value={state.cadence.frequency}
          disabled={disabled}
          onChange={(e) =>
            setCadence({ frequency: e.currentTarget.value as KickoffState['cadence']['frequency'] })
          }
        >
          <option value="">Not agreed yet</option>
          {CADENCES.map((c) => (
            <option value={c.id} key={c.id}>
              {c.label}
            </option>
          ))}
        </select>
      </label>
      <MinutesField
        id="kickoff-minutes"
        label="Session length (minutes)"
        value={state.cadence.minutes}
        range={SESSION_MINUTES}
        allowEmpty
        disabled={disabled}
        onChange={(minutes) => setCadence({ minutes })}
      />
      <div>
        <DateField
          id="kickoff-time"
          type="time"
          label="Usual time"
          value={state.cadence.time}
          disabled={disabled}
          onChange={(time) => setCadence({ time })}
        />
      </div>
    </div>
  );
}

const Scheduler = ({ state, disabled }: FieldsProps) => (
  <Choices
    legend="Who sends the invites"
    type="radio"
    name="kickoff-scheduler"
    options={SCHEDULERS}
    checked={(id) => state.scheduler === id}
    onChange={(id) => setScheduler(id)}
    disabled={disabled}
  />
);

/** The go-ahead: its own step after "Set the direction", not a topic's field. */
export const GoAheadStep = ({ state, disabled }: FieldsProps) => (
  <section class="stage" aria-labelledby={`stage-${GO_AHEAD_STEP.id}`}>
    <h2 id={`stage-${GO_AHEAD_STEP.id}`}>{GO_AHEAD_STEP.title}</h2>
    <div class="topic">
      <p class="hint">
        Each of you says whether to start now; “not yet” is a fair answer.{' '}
        <a href={href('/conversations/kickoff/#go-or-not-yet')}>
          Read more in the guide <span class="visually-hidden">about “Go, or not yet”</span>
        </a>
      </p>
      <Choices
        legend="Do you go ahead?"
        type="radio"
        name="kickoff-go-ahead"
        options={GO_AHEAD}
        checked={(id) => state.goAhead === id}
        onChange={(id) => setGoAhead(id)}
        disabled={disabled}
      />
    </div>
  </section>
);

const Formats = ({ state, disabled }: FieldsProps) => (
  <Choices
    legend="Formats (pick one or combine them)"
    type="checkbox"
    name="kickoff-formats"
    options={FORMATS.map((f) => ({ id: f.id, label: f.name }))}
    checked={(id) => state.formats.includes(id)}
    onChange={chooseFormat}
    disabled={disabled}
    help={
      <p class="field-help">
        Not sure?{' '}
        <a href={href('/playbooks/format-chooser/')}>Answer five questions in the format chooser</a>
        .
      </p>
    }
  />
);

/** The structured answer, if a topic has one, shown above its notes. */
export const TOPIC_FIELDS: Partial<Record<TopicId, (props: FieldsProps) => preact.JSX.Element>> = {
  goal: Goals,
  cadence: Cadence,
  scheduling: Scheduler,
  format: Formats,
  're-evaluate': Reevaluate,
};
