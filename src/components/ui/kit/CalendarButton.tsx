import { useEffect, useState } from 'preact/hooks';
import type { CalendarOffer } from '../../../playbook/calendar/plan';
import {
  lineText,
  type CalendarField,
  type CalendarLine,
} from '../../../playbook/core/calendar-line';
import { UNAVAILABLE, announce } from '../announce';
import { downloadFile } from './files';
import { focusSoon } from '../focus';
import { Status } from '../Status';

interface CalendarButtonProps {
  /** The id of the list that says what the file holds. */
  id: string;
  /** Makes the file for the page at an address, with what it holds, when the button is pressed. */
  offer: (pageUrl: string) => Promise<CalendarOffer>;
  /** Anything that changes with what the file would hold: a change takes the old list away. */
  watch: unknown;
  enabled: boolean;
  /**
   * Where each answer the list may ask for is: the id of its field on this page, or the address of
   * another page's field (it holds a "/").
   */
  fields: Partial<Record<CalendarField, string>>;
}

/**
 * "Add to calendar": downloads an .ics file when there is an event to put in it, and lists under
 * the button what it holds and what it left out (a re-evaluation with no date). With nothing to
 * add, it says what to fill in there, each answer it asks for a link to its field, and takes focus
 * to it. What came of the press shows under the button. The list goes when the answers change.
 * A note under it, always there, says what to do in Google Calendar, which skips the events it
 * already has (whatever their SEQUENCE) and the file's reminders, so a second file never leaves
 * anyone with old times unawares; the button is described by both.
 */
export function CalendarButton({ id, offer, watch, enabled, fields }: CalendarButtonProps) {
  const [lines, setLines] = useState<CalendarLine[]>([]);
  useEffect(() => setLines([]), [watch]);
  const press = async () => {
    try {
      const made = await offer(location.origin + location.pathname);
      setLines(made.lines);
      if (made.file) return downloadFile(made.file, id);
      const nothing = 'Nothing to add to a calendar yet.';
      // The list under the button shows the rest.
      announce(`${nothing} ${made.lines.map(lineText).join(' ')}`, id, nothing);
      focusSoon(id);
    } catch {
      announce(UNAVAILABLE, id);
    }
  };
  return (
    <>
      <button
        type="button"
        class="secondary"
        disabled={!enabled}
        aria-describedby={lines.length > 0 ? `${id} ${id}-note` : `${id}-note`}
        onClick={press}
      >
        Add to calendar (.ics)
      </button>
      <Status at={id} />
      {lines.length > 0 && (
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
                  return to ? (
                    <a href={to.includes('/') ? to : `#${to}`}>{part.text}</a>
                  ) : (
                    part.text
                  );
                })}
              </li>
            ))}
          </ul>
        </>
      )}
      <p id={`${id}-note`} class="calendar-note">
        Google Calendar skips events it already has and leaves out reminders: to change times there,
        delete the old events before you import a new file, and set reminders in Google Calendar.
        Apple Calendar and Outlook update the events when you open a new file.
      </p>
    </>
  );
}
