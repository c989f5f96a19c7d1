/**
 * Calendar files (RFC 5545) from the kickoff and from the next agenda: the pair's meetings as a
 * series in the browser's time zone, ending at the re-evaluation (or after a year), the
 * re-evaluation as a day with a reminder, and the next session with its agenda. Loaded only when
 * someone asks for a file.
 */
import type { Agenda } from '../documents/agenda';
import { kickoffSeries, reevaluationDate } from './plan';
import { pairSlug } from '../files/file-names';
import { escapeText, foldLine, recurrenceRule } from './ics';
import { openGoals, type KickoffState } from '../documents/kickoff';
import { cleanLine } from '../core/markdown';
import { cleanText } from '../core/blocks/text';
import { isKnownZone, timeZoneLines } from './time-zone';

/** Where a calendar file is made: for which mentorship, from which page, in which zone and when. */
export interface CalendarContext {
  /** The mentorship's id, which makes each event's UID stable across downloads. */
  mentorshipId: string;
  /** The address of the page the file comes from, linked from each event. */
  pageUrl: string;
  /** The IANA zone the times are in (the browser's by default); UTC when it is not one it knows. */
  timeZone?: string;
  /** Now, in milliseconds since 1970 (by default, now). */
  now?: number;
}

export { kickoffCalendarPlan, sessionCalendarPlan } from './plan';

/** One event: timed (with a length, maybe recurring) or a whole day (maybe with a reminder). */
interface CalendarEvent {
  uid: string;
  summary: string;
  description: string;
  url: string;
  date: string;
  /** HH:MM for a timed event; none for a whole day. */
  time?: string;
  minutes?: number;
  /** A series: its RRULE, which must end (COUNT), and the date of its last meeting. */
  series?: { rule: string; last: string };
  /** Whether to remind the day before, at 09:00. */
  remind?: boolean;
}

const compact = (date: string) => date.replace(/-/g, '');

// A URI value (RFC 5545 §3.3.13) is not escaped as text: control characters and spaces are
// percent-encoded instead, so it stays one value on one line.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const uriValue = (uri: string) => uri.replace(/[\u0000-\u0020\u007F]/g, encodeURIComponent);

const utcStamp = (instant: number) =>
  new Date(instant).toISOString().replace(/[-:]/g, '').replace(/\.\d+/, '');

const nextDay = (date: string) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/**
 * The text of a calendar file holding the events, every line folded and ended with CRLF. Timed
 * events are in the context's zone, with its VTIMEZONE made for the years from the first event to
 * the last meeting of any series, and right over all of them.
 */
export function calendarText(events: readonly CalendarEvent[], context: CalendarContext): string {
  const { timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone, now = Date.now() } = context;
  const zone = isKnownZone(timeZone) ? timeZone : 'UTC';
  const timed = events.filter((e) => e.time);
  // "+010000-01-05" for dates past 9999: the year is all but the last six characters.
  const year = (date: string) => Number(date.slice(0, -6));
  const firstYear = Math.min(...timed.map((e) => year(e.date)));
  const lastYear = Math.max(...timed.map((e) => year(e.series?.last ?? e.date)));
  // Later downloads must win over earlier ones in calendars that compare revisions.
  const sequence = Math.max(0, Math.floor((now - Date.UTC(2026, 0, 1)) / 60_000));
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Mentorship Playbook//Calendar 1//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...(timed.length > 0 ? timeZoneLines(zone, firstYear, lastYear) : []),
  ];
  for (const event of events) {
    lines.push(
      'BEGIN:VEVENT',
      // Every value from data goes through the same escaping as text, the UID (a TEXT value,
      // RFC 5545 §3.8.4.7) included: an id holding CR/LF must not start lines of its own.
      `UID:${escapeText(event.uid)}`,
      `DTSTAMP:${utcStamp(now)}`,
      `SEQUENCE:${sequence}`,
      ...(event.time
        ? [
            `DTSTART;TZID=${zone}:${compact(event.date)}T${event.time.replace(':', '')}00`,
            `DURATION:PT${event.minutes}M`,
          ]
        : [
            `DTSTART;VALUE=DATE:${compact(event.date)}`,
            `DTEND;VALUE=DATE:${compact(nextDay(event.date))}`,
            'TRANSP:TRANSPARENT',
          ]),
      ...(event.series ? [`RRULE:${event.series.rule}`] : []),
      `SUMMARY:${escapeText(event.summary)}`,
      `DESCRIPTION:${escapeText(event.description)}`,
      `URL:${uriValue(event.url)}`,
    );
    if (event.remind) {
      // An all-day event starts at midnight: 15 hours before is 09:00 the day before.
      lines.push(
        'BEGIN:VALARM',
        'ACTION:DISPLAY',
        `DESCRIPTION:${escapeText(event.summary)}`,
        'TRIGGER:-PT15H',
        'END:VALARM',
      );
    }
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

/** The pair in a title: "Tom and Priya", or '' before either name is filled in. */
function pairName({ pair }: KickoffState): string {
  const names = [cleanLine(pair.mentee), cleanLine(pair.mentor)].filter(Boolean);
  return names.join(' and ');
}

const titled = (what: string, state: KickoffState) =>
  pairName(state) ? `${what}: ${pairName(state)}` : what;

// The open goals, one line each, so the invitation says what the sessions are for.
const goalLine = (state: KickoffState) => {
  const goals = openGoals(state)
    .map((goal) => cleanLine(goal.what))
    .filter(Boolean);
  if (goals.length === 0) return 'Goal: still to agree.';
  return goals.length === 1
    ? `Goal: ${goals[0]}`
    : `Goals:\n${goals.map((g) => `- ${g}`).join('\n')}`;
};

/** A safe file name for a calendar file: mentorship-tom-and-priya(-session-2026-12-03).ics. */
export const calendarFileName = (state: KickoffState, sessionDate?: string) =>
  `${['mentorship', pairSlug(state.pair), sessionDate && `session-${sessionDate}`]
    .filter(Boolean)
    .join('-')}.ics`;

/** A file made for download: its name and text. */
export interface CalendarFile {
  name: string;
  text: string;
}

/** The kickoff's calendar file: the series of meetings and the re-evaluation, where each is ready. */
export function kickoffCalendar(state: KickoffState, context: CalendarContext): CalendarFile {
  const id = context.mentorshipId || 'this-browser';
  const { pair, cadence } = state;
  const events: CalendarEvent[] = [];
  const link = `The agreement and checklist: ${context.pageUrl}`;
  const series = kickoffSeries(state);
  if (series) {
    events.push({
      uid: `${id}-meetings@mentorship-playbook`,
      summary: titled('Mentorship session', state),
      description: `${goalLine(state)}\n\n${link}`,
      url: context.pageUrl,
      date: pair.startDate,
      time: cadence.time,
      minutes: cadence.minutes!,
      series: {
        rule: recurrenceRule(series.frequency, pair.startDate, series.dates.length)!,
        last: series.dates.at(-1)!,
      },
    });
  }
  const date = reevaluationDate(state);
  if (date) {
    const guide = new URL('../../conversations/re-evaluating-and-ending/', context.pageUrl).href;
    events.push({
      uid: `${id}-re-evaluation@mentorship-playbook`,
      summary: titled('Re-evaluate the mentorship', state),
      description:
        'Look back together: is the mentorship reaching its goal, and should it go on, ' +
        `change or end?\n\n${goalLine(state)}\n\nHow to re-evaluate: ${guide}\n${link}`,
      url: context.pageUrl,
      date,
      remind: true,
    });
  }
  return { name: calendarFileName(state), text: calendarText(events, context) };
}

/** The next session's calendar file: its date at the usual time and length, the agenda inside. */
export function sessionCalendar(
  agenda: Agenda,
  session: { number: number; minutes: number; kickoff: KickoffState },
  context: CalendarContext,
): CalendarFile {
  const parts = agenda.parts.map((part, index) => {
    const title = cleanLine(part.title) || `Part ${index + 1}`;
    const notes = cleanText(part.notes).replace(/^/gm, '   ');
    return `${index + 1}. ${title} (${part.minutes} min)${notes.trim() ? `\n${notes}` : ''}`;
  });
  const event: CalendarEvent = {
    uid: `${context.mentorshipId || 'this-browser'}-session-${session.number}@mentorship-playbook`,
    summary: titled('Mentorship session', session.kickoff),
    description: [
      `Agenda:\n${parts.join('\n') || 'No parts yet.'}`,
      goalLine(session.kickoff),
      `The agenda: ${context.pageUrl}`,
    ].join('\n\n'),
    url: context.pageUrl,
    date: agenda.date,
    time: session.kickoff.cadence.time,
    minutes: session.minutes,
  };
  return {
    name: calendarFileName(session.kickoff, agenda.date),
    text: calendarText([event], context),
  };
}
