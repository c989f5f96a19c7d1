/**
 * The building blocks of calendar files (RFC 5545) that every calendar reads the same way: text
 * escaped so that user text can never end a property or add one, lines folded at 75 octets
 * without splitting a character, and the recurrence rule of each cadence the kickoff offers.
 * The file itself (events, time zone) is assembled from these when someone asks for it.
 */
import type { CadenceId } from '../documents/kickoff';

/** Text as an iCalendar TEXT value: backslashes, semicolons, commas and line breaks escaped. */
export const escapeText = (text: string) =>
  text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');

const encoder = new TextEncoder();

/**
 * A content line folded as RFC 5545 asks: no line longer than 75 octets of UTF-8, each
 * continuation starting with one space, and never inside a character.
 */
export function foldLine(line: string): string {
  const lines: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // The first line holds 75 octets; the others 74, after their leading space.
    if (octets + size > (lines.length === 0 ? 75 : 74)) {
      lines.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  lines.push(current);
  return lines.join('\r\n ');
}

const WEEKDAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'] as const;
const DAY = 86_400_000;

/** A cadence that makes a series: every one but meetings booked when needed. */
export type SeriesCadence = Exclude<CadenceId, 'ad-hoc'>;

/** A YYYY-MM-DD date's year, month (1 to 12), day and weekday (0 for Sunday). */
function partsOf(date: string) {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  // The week of the month the date is in, or -1 in the month's last seven days.
  const nth = day > daysInMonth - 7 ? -1 : Math.ceil(day / 7);
  return { year, month, day, weekday, nth };
}

/**
 * The RRULE value (RFC 5545, section 3.3.10) for meeting at a cadence from a first date
 * (YYYY-MM-DD), `count` times in all, the first date included: weekly, every two weeks, or monthly
 * on the same weekday of the month (the last one when the first date falls in the month's last
 * seven days); undefined for meetings booked when needed. COUNT rather than UNTIL, so the end
 * needs no time zone.
 */
export function recurrenceRule(
  frequency: CadenceId,
  firstDate: string,
  count: number,
): string | undefined {
  const { weekday, nth } = partsOf(firstDate);
  switch (frequency) {
    case 'weekly':
      return `FREQ=WEEKLY;COUNT=${count}`;
    case 'every-two-weeks':
      return `FREQ=WEEKLY;INTERVAL=2;COUNT=${count}`;
    case 'monthly':
      return `FREQ=MONTHLY;BYDAY=${nth}${WEEKDAYS[weekday]};COUNT=${count}`;
    case 'ad-hoc':
      return undefined;
  }
}

/**
 * The dates (YYYY-MM-DD, in order) of the meetings recurrenceRule states for a cadence from a
 * first date: at most `most` of them, the first date included, and none after `lastDate` when one
 * is given. Local dates: they are the same in every time zone.
 */
export function meetingDates(
  frequency: SeriesCadence,
  firstDate: string,
  most: number,
  lastDate?: string,
): string[] {
  const { year, month, day, weekday, nth } = partsOf(firstDate);
  const dates: string[] = [];
  for (let i = 0; dates.length < most; i += 1) {
    let date: Date;
    if (frequency === 'monthly') {
      // The nth (or last) weekday of the month, i months on.
      const start = new Date(Date.UTC(year, month - 1 + i, 1));
      const days = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 0));
      const first = nth === -1 ? days.getUTCDate() - 6 : 7 * (nth - 1) + 1;
      const shift = (weekday - new Date(start.getTime() + (first - 1) * DAY).getUTCDay() + 7) % 7;
      date = new Date(start.getTime() + (first - 1 + shift) * DAY);
    } else {
      date = new Date(Date.UTC(year, month - 1, day + i * (frequency === 'weekly' ? 7 : 14)));
    }
    const text = date.toISOString().slice(0, 10);
    if (lastDate !== undefined && text > lastDate) break;
    dates.push(text);
  }
  return dates;
}
