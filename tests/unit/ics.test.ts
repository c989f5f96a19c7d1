import fc from 'fast-check';
import ICAL from 'ical.js';
import { describe, expect, test } from 'vitest';
import {
  escapeText,
  foldLine,
  meetingDates,
  recurrenceRule,
} from '../../src/playbook/calendar/ics';

/** A calendar with one event, its lines folded, as a file would hold it. */
const calendar = (properties: string[]) =>
  [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Mentorship Playbook//Tests//EN',
    'BEGIN:VEVENT',
    'UID:test@mentorship-playbook',
    'DTSTAMP:20261122T100000Z',
    ...properties,
    'END:VEVENT',
    'END:VCALENDAR',
  ]
    .map(foldLine)
    .join('\r\n');

const eventOf = (text: string) =>
  new ICAL.Event(new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent')!);

/** Every date (YYYY-MM-DD) of a recurring event starting on `first` at 09:00 (at most 500). */
function allDates(rule: string, first: string): string[] {
  const event = eventOf(
    calendar([`DTSTART:${first.replace(/-/g, '')}T090000`, 'DURATION:PT45M', `RRULE:${rule}`]),
  );
  const iterator = event.iterator();
  const dates: string[] = [];
  for (let next = iterator.next(); next && dates.length < 500; next = iterator.next())
    dates.push(next.toString().slice(0, 10));
  return dates;
}

describe('text in a calendar file', () => {
  test('any text comes back exactly from SUMMARY and DESCRIPTION, however long', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (text) => {
        const event = eventOf(
          calendar([
            'DTSTART:20261007T090000',
            `SUMMARY:${escapeText(text)}`,
            `DESCRIPTION:${escapeText(text)}`,
          ]),
        );
        // Line breaks come back as \n, whichever kind went in.
        const expected = text.replace(/\r\n|\r/g, '\n');
        expect(event.summary).toBe(expected);
        expect(event.description).toBe(expected);
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 150) },
    );
  });

  test.each([
    ['commas, semicolons and backslashes', 'a,b;c\\d', 'a\\,b\\;c\\\\d'],
    ['line breaks of every kind', 'one\ntwo\r\nthree\rfour', 'one\\ntwo\\nthree\\nfour'],
    ['a line that looks like a property', '\nEND:VEVENT', '\\nEND:VEVENT'],
  ])('escapes %s', (_, text, escaped) => {
    expect(escapeText(text)).toBe(escaped);
  });

  test('folds at 75 octets, never inside a character', () => {
    const line = `DESCRIPTION:${'é👩🏽‍💻x'.repeat(40)}`;
    const folded = foldLine(line).split('\r\n');
    expect(folded.length).toBeGreaterThan(1);
    for (const part of folded)
      expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
    expect(folded.slice(1).every((part) => part.startsWith(' '))).toBe(true);
    expect(folded.map((part, i) => (i ? part.slice(1) : part)).join('')).toBe(line);
    expect(foldLine('SHORT:line')).toBe('SHORT:line');
  });
});

describe('recurrenceRule, expanded by a real parser', () => {
  test.each([
    [
      'weekly',
      '2026-10-07',
      ['2026-10-07', '2026-10-14', '2026-10-21', '2026-10-28', '2026-11-04'],
    ],
    [
      'every-two-weeks',
      '2026-10-07',
      ['2026-10-07', '2026-10-21', '2026-11-04', '2026-11-18', '2026-12-02'],
    ],
    // The first Wednesday of each month.
    [
      'monthly',
      '2026-10-07',
      ['2026-10-07', '2026-11-04', '2026-12-02', '2027-01-06', '2027-02-03'],
    ],
    // In the month's last week: the last Thursday of each month.
    [
      'monthly',
      '2026-10-29',
      ['2026-10-29', '2026-11-26', '2026-12-31', '2027-01-28', '2027-02-25'],
    ],
    // The fourth Monday (22 to 28), not the last, though it is the last in some months.
    [
      'monthly',
      '2026-06-22',
      ['2026-06-22', '2026-07-27', '2026-08-24', '2026-09-28', '2026-10-26'],
    ],
  ] as const)('%s from %s, as many times as it says', (frequency, first, dates) => {
    const rule = recurrenceRule(frequency, first, 5)!;
    expect(rule).toMatch(/;COUNT=5$/);
    expect(allDates(rule, first)).toEqual(dates);
    expect(meetingDates(frequency, first, 5)).toEqual(dates);
  });

  test('has no rule for sessions booked when needed', () => {
    expect(recurrenceRule('ad-hoc', '2026-10-07', 5)).toBeUndefined();
  });

  test('meetingDates stops at a last date, which it includes, or at the most asked for', () => {
    expect(meetingDates('weekly', '2026-10-07', 52, '2026-10-28')).toEqual([
      '2026-10-07',
      '2026-10-14',
      '2026-10-21',
      '2026-10-28',
    ]);
    expect(meetingDates('every-two-weeks', '2026-10-07', 52, '2026-10-20')).toEqual(['2026-10-07']);
    expect(meetingDates('monthly', '2026-10-07', 2, '2027-12-31')).toEqual([
      '2026-10-07',
      '2026-11-04',
    ]);
  });

  test('meetingDates gives the dates a real parser expands, for any cadence and start', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('weekly', 'every-two-weeks', 'monthly'),
        fc.date({ min: new Date('1990-01-01'), max: new Date('2090-12-31'), noInvalidDate: true }),
        fc.integer({ min: 1, max: 80 }),
        (frequency, start, count) => {
          const first = start.toISOString().slice(0, 10);
          const rule = recurrenceRule(frequency, first, count)!;
          expect(meetingDates(frequency, first, count)).toEqual(allDates(rule, first));
        },
      ),
      { numRuns: Number(process.env.FC_RUNS ?? 60) },
    );
  });
});
