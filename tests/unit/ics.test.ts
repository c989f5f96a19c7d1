import fc from 'fast-check';
import ICAL from 'ical.js';
import { describe, expect, test } from 'vitest';
import { escapeText, foldLine, recurrenceRule } from '../../src/playbook/calendar/ics';

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

/** The first five dates (YYYY-MM-DD) of a recurring event starting on `first` at 09:00. */
function firstFive(rule: string, first: string): string[] {
  const event = eventOf(
    calendar([`DTSTART:${first.replace(/-/g, '')}T090000`, 'DURATION:PT45M', `RRULE:${rule}`]),
  );
  const iterator = event.iterator();
  return Array.from({ length: 5 }, () => iterator.next()!.toString().slice(0, 10));
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
  ] as const)('%s from %s', (frequency, first, dates) => {
    expect(firstFive(recurrenceRule(frequency, first)!, first)).toEqual(dates);
  });

  test('has no rule for sessions booked when needed', () => {
    expect(recurrenceRule('ad-hoc', '2026-10-07')).toBeUndefined();
  });
});
