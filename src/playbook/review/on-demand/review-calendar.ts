/**
 * The next review as a calendar file: a whole day with a reminder the day before, as the
 * kickoff's file has the first re-evaluation. Loaded only when someone asks for it.
 */
import {
  calendarFileName,
  calendarText,
  type CalendarContext,
  type CalendarFile,
} from '../../calendar/calendar';
import type { KickoffState } from '../../documents/kickoff';
import { cleanLine } from '../../core/markdown';

/** The next review's calendar file, on `date` (YYYY-MM-DD), linking to the review page. */
export function reviewCalendar(
  kickoff: Pick<KickoffState, 'pair'>,
  date: string,
  context: CalendarContext,
): CalendarFile {
  const names = [cleanLine(kickoff.pair.mentee), cleanLine(kickoff.pair.mentor)].filter(Boolean);
  const summary = `Review the mentorship${names.length ? `: ${names.join(' and ')}` : ''}`;
  const event = {
    // One review at a time: a new file for a changed date replaces the event, as calendars match UIDs.
    uid: `${context.mentorshipId || 'this-browser'}-next-review@mentorship-playbook`,
    summary,
    description: `Look back together at the goals and the sessions, and decide what comes next.\n\nThe review: ${context.pageUrl}`,
    url: context.pageUrl,
    date,
    remind: true,
  };
  return {
    name: calendarFileName(kickoff as KickoffState, `review-${date}`).replace('-session-', '-'),
    text: calendarText([event], context),
  };
}
