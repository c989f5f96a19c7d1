import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { CalendarOffer } from '../../../playbook/calendar/plan';
import type { CalendarField, CalendarLine } from '../../../playbook/calendar/lines';
import { unavailable } from '../announce';
import { downloadFile } from './files';
import { Status } from '../Status';
import type { CalendarListProps } from '../on-demand/CalendarList';

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
  const [made, setMade] = useState<
    { lines: CalendarLine[]; List: ComponentType<CalendarListProps> } | undefined
  >(undefined);
  useEffect(() => setMade(undefined), [watch]);
  const press = async () => {
    try {
      const [{ file, lines }, { CalendarList, nothingToAdd }] = await Promise.all([
        offer(location.origin + location.pathname),
        import('../on-demand/CalendarList'),
      ]);
      setMade({ lines, List: CalendarList });
      if (file) return downloadFile(() => file, id);
      nothingToAdd(id, lines);
    } catch {
      unavailable(id, press);
    }
  };
  return (
    <>
      <button
        type="button"
        class="secondary"
        disabled={!enabled}
        aria-describedby={made ? `${id} ${id}-note` : `${id}-note`}
        onClick={press}
      >
        Add to calendar (.ics)
      </button>
      <Status at={id} />
      {made && <made.List id={id} lines={made.lines} fields={fields} />}
      <p id={`${id}-note`} class="calendar-note">
        Google Calendar skips events it already has and leaves out reminders: to change times there,
        delete the old events before you import a new file, and set reminders in Google Calendar.
        Apple Calendar and Outlook update the events when you open a new file.
      </p>
    </>
  );
}
