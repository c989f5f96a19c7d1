import type { CalendarPlan } from '../../playbook/calendar-plan';
import type { TextFile } from '../../stores/versioned';
import { announce } from './announce';
import { downloadFile } from './files';
import { focusSoon } from './focus';

interface CalendarButtonProps {
  /** The id of the list that says what the file holds. */
  id: string;
  plan: CalendarPlan;
  /** Makes the file for the page at an address, when the button is pressed. */
  file: (pageUrl: string) => Promise<TextFile>;
  enabled: boolean;
}

/**
 * "Add to calendar": downloads an .ics file when there is an event to put in it; otherwise says
 * why, and takes focus to the list under the button that says what to fill in.
 */
export function CalendarButton({ id, plan, file, enabled }: CalendarButtonProps) {
  return (
    <button
      type="button"
      class="secondary"
      disabled={!enabled}
      aria-describedby={id}
      onClick={() => {
        if (plan.ready) return downloadFile(file(location.origin + location.pathname));
        announce(`Nothing to add to a calendar yet. ${plan.lines.join(' ')}`);
        focusSoon(id);
      }}
    >
      Add to calendar (.ics)
    </button>
  );
}

/** What the calendar file holds, line by line; shown once the page runs, as the button needs it. */
export const CalendarPlanList = ({
  id,
  plan,
  shown,
}: {
  id: string;
  plan: CalendarPlan;
  shown: boolean;
}) =>
  shown ? (
    <ul id={id} class="calendar-plan" tabIndex={-1} aria-label="In the calendar file">
      {plan.lines.map((line) => (
        <li key={line}>{line}</li>
      ))}
    </ul>
  ) : null;
