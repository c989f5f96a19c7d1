import type { CalendarContext } from '../playbook/calendar';
import { $openId } from './mentorships';

/** Where a calendar file is made: the open mentorship, the page and the browser's time zone. */
export const calendarContext = (pageUrl: string): CalendarContext => ({
  mentorshipId: $openId.get(),
  pageUrl,
  timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
  now: Date.now(),
});
