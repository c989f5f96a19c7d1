import type { KickoffState } from '../../playbook/kickoff/topics';
import { setPairField } from '../../stores/kickoff/answers';
import { DateField } from '../ui/kit/DateField';

/** The pair's names and start date, at the top of the checklist. */
export function PairFields({ state, disabled }: { state: KickoffState; disabled: boolean }) {
  return (
    <fieldset class="pair">
      <legend>The pair</legend>
      <div class="pair-fields">
        {(['mentor', 'mentee'] as const).map((role) => (
          <label class="field" key={role}>
            {role === 'mentor' ? "Mentor's name" : "Mentee's name"}
            <input
              id={`kickoff-${role}`}
              type="text"
              autocomplete="off"
              value={state.pair[role]}
              disabled={disabled}
              onInput={(e) => setPairField(role, e.currentTarget.value)}
            />
          </label>
        ))}
        <div>
          <DateField
            id="kickoff-start-date"
            label="Start date"
            value={state.pair.startDate}
            disabled={disabled}
            onChange={(date) => setPairField('startDate', date)}
          />
        </div>
      </div>
    </fieldset>
  );
}
