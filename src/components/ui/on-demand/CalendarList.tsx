import { lineText, type CalendarField, type CalendarLine } from '../../../playbook/calendar/lines';
import { announce } from '../announce';
import { focusSoon } from '../focus';

/** What the calendar list is given (see CalendarButton). */
export interface CalendarListProps {
  /** The list's id: the button is described by it, and focus moves to it. */
  id: string;
  lines: readonly CalendarLine[];
  /** Where each answer a line asks for is: a field's id on this page, or another page's address. */
  fields: Partial<Record<CalendarField, string>>;
}

/**
 * Under "Add to calendar", once pressed: what the file holds and what it left out, each answer it
 * asks for a link to its field. Loaded with the calendar's own code, when the button is pressed.
 */
export function CalendarList({ id, lines, fields }: CalendarListProps) {
  return (
    <>
      <p id={`${id}-title`} class="calendar-plan-title">
        In the calendar file
      </p>
      <ul id={id} class="calendar-plan" tabIndex={-1} aria-labelledby={`${id}-title`}>
        {lines.map((line) => (
          <li key={lineText(line)}>
            {line.map((part) => {
              if (typeof part === 'string') return part;
              const to = fields[part.field];
              // Following a link to a field focuses it (HTML's "scroll to the fragment").
              return to ? <a href={to.includes('/') ? to : `#${to}`}>{part.text}</a> : part.text;
            })}
          </li>
        ))}
      </ul>
    </>
  );
}

/**
 * Says there is nothing to add yet, with what is missing, and takes focus to the list `id`, which
 * shows the rest beside the short result.
 */
export function nothingToAdd(id: string, lines: readonly CalendarLine[]): void {
  const nothing = 'Nothing to add to a calendar yet.';
  announce(`${nothing} ${lines.map(lineText).join(' ')}`, id, nothing);
  focusSoon(id);
}
