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

/**
 * The RRULE value for meeting at a cadence from a first date (YYYY-MM-DD): weekly, every two
 * weeks, or monthly on the same weekday of the month (the last one when the first date falls in
 * the month's last seven days); undefined for meetings booked when needed.
 */
export function recurrenceRule(frequency: CadenceId, firstDate: string): string | undefined {
  const [year, month, day] = firstDate.split('-').map(Number) as [number, number, number];
  const weekday = WEEKDAYS[new Date(Date.UTC(year, month - 1, day)).getUTCDay()]!;
  switch (frequency) {
    case 'weekly':
      return 'FREQ=WEEKLY';
    case 'every-two-weeks':
      return 'FREQ=WEEKLY;INTERVAL=2';
    case 'monthly': {
      const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
      const nth = day > daysInMonth - 7 ? -1 : Math.ceil(day / 7);
      return `FREQ=MONTHLY;BYDAY=${nth}${weekday}`;
    }
    case 'ad-hoc':
      return undefined;
  }
}
