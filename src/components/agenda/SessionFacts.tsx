import { useStore } from '../ui/store';
import { DEFAULT_SESSION_MINUTES } from '../../playbook/agenda/agenda';
import {
  $agreedSessionLength,
  $sessionLength,
  sessionCalendarOffer,
  setAgendaDate,
} from '../../stores/agenda/agenda';
import { href } from '../ui/href';
import { CalendarButton } from '../ui/kit/CalendarButton';
import { DateField } from '../ui/kit/DateField';

const KICKOFF = href('/playbooks/kickoff-checklist/');

interface SessionFactsProps {
  date: string;
  disabled: boolean;
  hydrated: boolean;
}

/** The next session's date, its length as agreed in the kickoff (or the default), and a calendar file. */
export function SessionFacts({ date, disabled, hydrated }: SessionFactsProps) {
  const length = useStore($sessionLength, { ssr: () => DEFAULT_SESSION_MINUTES });
  const agreed = useStore($agreedSessionLength, { ssr: () => null }) !== null;
  return (
    <div class="session-facts">
      <div>
        <DateField
          id="agenda-date"
          label="Date"
          value={date}
          disabled={disabled}
          onChange={setAgendaDate}
        />
      </div>
      <p>
        Length: <strong>{length} minutes</strong>{' '}
        {hydrated && agreed ? (
          <>
            (as agreed in your <a href={KICKOFF}>kickoff checklist</a>)
          </>
        ) : (
          <>
            (the default; agree a length in the <a href={KICKOFF}>kickoff checklist</a>)
          </>
        )}
      </p>
      <div class="calendar">
        <CalendarButton
          id="session-calendar-plan"
          offer={sessionCalendarOffer}
          watch={date}
          enabled={hydrated}
          fields={{
            'session-date': 'agenda-date',
            time: `${KICKOFF}#kickoff-time`,
          }}
        />
      </div>
    </div>
  );
}
