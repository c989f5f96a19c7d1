import fc from 'fast-check';
import ICAL from 'ical.js';
import { afterEach, describe, expect, test } from 'vitest';
import {
  calendarFileName,
  kickoffCalendar,
  sessionCalendar,
  type CalendarContext,
} from '../../src/playbook/calendar/calendar';
import {
  kickoffCalendarPlan,
  kickoffSeries,
  sessionCalendarPlan,
} from '../../src/playbook/calendar/plan';
import { emptyAgenda } from '../../src/playbook/agenda/agenda';
import { exampleKickoff } from '../../src/playbook/guide/example-pair';
import { emptyKickoff, type CadenceId, type KickoffState } from '../../src/playbook/kickoff/topics';
import { cleanLine } from '../../src/playbook/core/markdown';
import { timeZoneLines, transitions } from '../../src/playbook/calendar/time-zone';
import { anyText } from './helpers/arbitraries';
import { lineText, type CalendarLine } from '../../src/playbook/calendar/lines';
import type { CalendarPlan } from '../../src/playbook/calendar/plan';

/** A plan as the page reads it aloud: each line's words. */
const said = (plan: CalendarPlan) => ({ ready: plan.ready, lines: plan.lines.map(lineText) });

/** The answers a line asks for, in order. */
const fieldsOf = (line: CalendarLine) =>
  line.flatMap((part) => (typeof part === 'string' ? [] : [part.field]));

const context = (overrides: Partial<CalendarContext> = {}): CalendarContext => ({
  mentorshipId: 'm-123',
  pageUrl: 'https://example.org/playbook/playbooks/kickoff-checklist/',
  timeZone: 'Europe/Berlin',
  now: Date.UTC(2026, 10, 22, 10, 30, 15),
  ...overrides,
});

const meetings = (
  frequency: CadenceId,
  startDate: string,
  time = '18:00',
  minutes = 45,
  reevaluation = '',
): KickoffState => {
  const state = emptyKickoff();
  state.pair = { mentor: 'Priya', mentee: 'Tom', startDate };
  state.cadence = { frequency, minutes, time };
  if (reevaluation) state.reevaluate = { ...state.reevaluate, mode: 'date', date: reevaluation };
  return state;
};

/** Parses a file as a calendar app would, its time zones known only from the file itself. */
function parse(text: string) {
  const root = new ICAL.Component(ICAL.parse(text));
  for (const zone of root.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  return root;
}
afterEach(() => ICAL.TimezoneService.reset());

const events = (root: ICAL.Component) =>
  root.getAllSubcomponents('vevent').map((e) => new ICAL.Event(e));

const clocks = new Map<string, Intl.DateTimeFormat>();

/** An instant as the wall clock in a zone shows it, per the JavaScript engine's zone data. */
function wallClock(zone: string, seconds: number): string {
  let clock = clocks.get(zone);
  if (!clock) {
    clock = new Intl.DateTimeFormat('sv-SE', {
      timeZone: zone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    });
    clocks.set(zone, clock);
  }
  return clock.format(new Date(seconds * 1000));
}

/**
 * The first `count` occurrences of the file's series, each as the wall clock in `zone` shows it
 * (undefined past the series' end).
 */
function occurrences(text: string, zone: string, count = 5, skip = 0): (string | undefined)[] {
  const series = events(parse(text)).find((e) => e.isRecurring())!;
  const iterator = series.iterator();
  for (let i = 0; i < skip; i += 1) iterator.next();
  return Array.from({ length: count }, () => {
    const next = iterator.next();
    return next && wallClock(zone, next.toUnixTime());
  });
}

describe('the meetings, expanded by a real parser, keep their local time', () => {
  test.each([
    // Berlin leaves summer time on 25 October 2026.
    ['Europe/Berlin', 'weekly', '2026-10-07', ['10-07', '10-14', '10-21', '10-28', '11-04']],
    [
      'Europe/Berlin',
      'every-two-weeks',
      '2026-10-14',
      ['10-14', '10-28', '11-11', '11-25', '12-09'],
    ],
    // The last Wednesday of each month, across the change.
    ['Europe/Berlin', 'monthly', '2026-09-30', ['09-30', '10-28', '11-25', '12-30', '01-27']],
    // New York leaves summer time on 1 November 2026.
    ['America/New_York', 'weekly', '2026-10-21', ['10-21', '10-28', '11-04', '11-11', '11-18']],
    ['America/New_York', 'monthly', '2026-10-07', ['10-07', '11-04', '12-02', '01-06', '02-03']],
    // Sydney starts summer time on 4 October 2026, in the southern spring.
    [
      'Australia/Sydney',
      'every-two-weeks',
      '2026-09-23',
      ['09-23', '10-07', '10-21', '11-04', '11-18'],
    ],
    // A zone without summer time, and one whose offset is not whole hours.
    ['Asia/Kolkata', 'weekly', '2026-10-07', ['10-07', '10-14', '10-21', '10-28', '11-04']],
    ['UTC', 'weekly', '2026-10-07', ['10-07', '10-14', '10-21', '10-28', '11-04']],
    // São Paulo dropped summer time in 2019; London leaves it on 25 October 2026.
    ['America/Sao_Paulo', 'weekly', '2026-10-07', ['10-07', '10-14', '10-21', '10-28', '11-04']],
    ['Europe/London', 'monthly', '2026-10-21', ['10-21', '11-18', '12-16', '01-20', '02-17']],
    // Chatham changes by an hour at 02:45: offsets of +12:45 and +13:45.
    ['Pacific/Chatham', 'weekly', '2026-09-16', ['09-16', '09-23', '09-30', '10-07', '10-14']],
  ] as const)('%s, %s from %s', (zone, frequency, start, dates) => {
    const file = kickoffCalendar(meetings(frequency, start), context({ timeZone: zone }));
    const year = (day: string) => (day < start.slice(5) ? '2027' : '2026');
    expect(occurrences(file.text, zone)).toEqual(dates.map((d) => `${year(d)}-${d} 18:00`));
  });

  test.each(['Europe/Berlin', 'America/New_York', 'Australia/Sydney', 'Europe/Dublin'])(
    'years after the file was made, in %s, the meetings keep their time up to a late re-evaluation',
    (zone) => {
      const state = meetings('weekly', '2026-10-07', '09:15', 45, '2030-12-31');
      const file = kickoffCalendar(state, context({ timeZone: zone }));
      // Weeks 200 to 203: 2030, four years on.
      const later = occurrences(file.text, zone, 4, 200);
      expect(later.every((when) => when?.startsWith('2030-') && when.endsWith(' 09:15'))).toBe(
        true,
      );
    },
  );

  test('the zone block states yearly rules where the zone has them', () => {
    const lines = timeZoneLines('Europe/Berlin', 2026, 2027);
    expect(lines).toContain('RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU');
    expect(lines).toContain('RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU');
    expect(timeZoneLines('America/New_York', 2026, 2027)).toContain(
      'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU',
    );
    expect(timeZoneLines('Asia/Tokyo', 2026, 2027)).toEqual([
      'BEGIN:VTIMEZONE',
      'TZID:Asia/Tokyo',
      'BEGIN:STANDARD',
      'DTSTART:20251231T090000',
      'TZOFFSETFROM:+0900',
      'TZOFFSETTO:+0900',
      'END:STANDARD',
      'END:VTIMEZONE',
    ]);
  });

  test('finds each change of offset to the minute', () => {
    expect(transitions('Europe/Berlin', Date.UTC(2026, 0, 1), Date.UTC(2027, 0, 1))).toEqual([
      { at: Date.UTC(2026, 2, 29, 1), from: 60, to: 120 },
      { at: Date.UTC(2026, 9, 25, 1), from: 120, to: 60 },
    ]);
  });

  test('an unknown or unsafe zone name falls back to UTC', () => {
    for (const timeZone of ['Mars/Olympus', 'Europe/Berlin:X', '']) {
      const file = kickoffCalendar(meetings('weekly', '2026-10-07'), context({ timeZone }));
      expect(file.text).toContain('DTSTART;TZID=UTC:20261007T180000');
      expect(occurrences(file.text, 'UTC', 1)).toEqual(['2026-10-07 18:00']);
    }
  });
});

/**
 * Each meeting of the kickoff file's series that ical.js, reading the file's own zone block, puts
 * at another local date or time than Intl's zone data gives: one line per wrong meeting, and one
 * when the series holds another number of meetings.
 */
function wrongMeetings(state: KickoffState, zone: string): string[] {
  const file = kickoffCalendar(state, context({ timeZone: zone }));
  const expected = kickoffSeries(state)!.dates.map((date) => `${date} ${state.cadence.time}`);
  ICAL.TimezoneService.reset();
  const iterator = events(parse(file.text))
    .find((e) => e.isRecurring())!
    .iterator();
  const found: string[] = [];
  for (let next = iterator.next(); next && found.length <= expected.length; next = iterator.next())
    found.push(wallClock(zone, next.toUnixTime()));
  const wrong = found
    .map((when, i) => [when, expected[i]])
    .filter(([when, meant]) => when !== meant)
    .map(([when, meant]) => `${zone}: ${meant} came at ${when}`);
  if (found.length !== expected.length)
    wrong.push(`${zone}: ${found.length} meetings, not ${expected.length}`);
  return wrong;
}

const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

describe('the zone block is right for the whole series, in every zone', () => {
  // In every zone: fortnightly meetings up to a re-evaluation three years on, and a year of weekly
  // or monthly ones, their start dates spread over two years and their times across the day.
  // ical.js is slow to expand monthly rules (a fifth of a millisecond a meeting), hence no more.
  test('each meeting lands at its local time per Intl, in every zone the browser knows', () => {
    const zones = Intl.supportedValuesOf('timeZone');
    const times = ['07:45', '10:00', '12:30', '18:00', '21:15'];
    const wrong = zones.flatMap((zone, i) => {
      const start = addDays('2026-01-01', (i * 37) % 730);
      const other = addDays('2026-01-01', (i * 53 + 200) % 730);
      const yearly = meetings(i % 2 ? 'monthly' : 'weekly', other, times[(i + 2) % 5]);
      const until = addDays(start, 3 * 365);
      return [
        ...wrongMeetings(meetings('every-two-weeks', start, times[i % 5], 45, until), zone),
        ...wrongMeetings(yearly, zone),
      ];
    });
    expect(wrong).toEqual([]);
    expect(zones.length).toBeGreaterThan(400);
  });

  const sevenDays = (first: number) => `BYMONTHDAY=${[0, 1, 2, 3, 4, 5, 6].map((i) => first + i)}`;
  test.each([
    [
      // The change comes at 23:00 on the Saturday before the last Sunday of March: on 24 March in
      // 2029, when the last Saturday is the 31st and the fourth the 24th, and on the 30th in
      // 2030, when that is the fifth. Only "the Saturday on or after the 24th" holds every year.
      'America/Nuuk, where spring comes the Saturday before the last Sunday',
      ['America/Nuuk', 'weekly', '2026-04-07', '2030-04-30'],
      [
        'STANDARD 20251230T220000 -0200>-0200',
        `DAYLIGHT 20260328T230000 -0200>-0100 FREQ=YEARLY;BYMONTH=3;${sevenDays(24)};BYDAY=SA`,
        'STANDARD 20261025T000000 -0100>-0200 FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
      ],
    ],
    [
      // The first Sunday on or after the 2nd: not the first Sunday on 1 April 2029 or 1 September 2030.
      'America/Santiago, on the Sunday on or after a date',
      ['America/Santiago', 'every-two-weeks', '2026-03-01', '2030-12-31'],
      [
        'DAYLIGHT 20251230T210000 -0300>-0300',
        `STANDARD 20260405T000000 -0300>-0400 FREQ=YEARLY;BYMONTH=4;${sevenDays(2)};BYDAY=SU`,
        `DAYLIGHT 20260906T000000 -0400>-0300 FREQ=YEARLY;BYMONTH=9;${sevenDays(2)};BYDAY=SU`,
      ],
    ],
    [
      // Summer time ends at midnight after the last Thursday of October: on 1 November in 2030,
      // so no yearly rule gives those changes, and each is stated on its own.
      'Africa/Cairo, where the end of summer time follows no yearly rule',
      ['Africa/Cairo', 'weekly', '2029-01-04', '2031-12-31'],
      [
        'STANDARD 20281231T020000 +0200>+0200',
        'DAYLIGHT 20290427T000000 +0200>+0300 FREQ=YEARLY;BYMONTH=4;BYDAY=4FR',
        'STANDARD 20291026T000000 +0300>+0200',
        'STANDARD 20301101T000000 +0300>+0200',
        'STANDARD 20311031T000000 +0300>+0200',
      ],
    ],
    [
      'Asia/Tehran, without summer time since 2022',
      ['Asia/Tehran', 'monthly', '2026-05-06', ''],
      ['STANDARD 20251231T033000 +0330>+0330'],
    ],
    [
      // Iran's changes followed its own calendar: 22 March, or the 21st in a leap year.
      'Asia/Tehran in 2019 to 2022, when its changes followed no rule of this calendar',
      ['Asia/Tehran', 'every-two-weeks', '2019-01-05', '2022-12-31'],
      [
        'STANDARD 20181231T033000 +0330>+0330',
        ...['2019', '2020', '2021', '2022'].flatMap((year) => [
          `DAYLIGHT ${year}03${year === '2020' ? 21 : 22}T000000 +0330>+0430`,
          `STANDARD ${year}09${year === '2020' ? 21 : 22}T000000 +0430>+0330`,
        ]),
      ],
    ],
    [
      // Morocco goes back an hour during Ramadan, which moves with the moon.
      'Africa/Casablanca, whose changes follow Ramadan',
      ['Africa/Casablanca', 'weekly', '2026-01-06', ''],
      [
        'DAYLIGHT 20251231T010000 +0100>+0100',
        'STANDARD 20260215T030000 +0100>+0000',
        'DAYLIGHT 20260322T020000 +0000>+0100',
        'STANDARD 20260920T020000 +0100>+0000',
      ],
    ],
    [
      'Pacific/Auckland, with summer time over the new year',
      ['Pacific/Auckland', 'every-two-weeks', '2026-02-01', '2028-12-31'],
      [
        'DAYLIGHT 20251231T130000 +1300>+1300',
        'STANDARD 20260405T030000 +1300>+1200 FREQ=YEARLY;BYMONTH=4;BYDAY=1SU',
        'DAYLIGHT 20260927T020000 +1200>+1300 FREQ=YEARLY;BYMONTH=9;BYDAY=4SU',
      ],
    ],
    [
      'Australia/Lord_Howe, which moves by half an hour',
      ['Australia/Lord_Howe', 'weekly', '2026-03-01', ''],
      [
        'DAYLIGHT 20251231T110000 +1100>+1100',
        'STANDARD 20260405T020000 +1100>+1030 FREQ=YEARLY;BYMONTH=4;BYDAY=1SU',
        'DAYLIGHT 20261004T020000 +1030>+1100 FREQ=YEARLY;BYMONTH=10;BYDAY=1SU',
      ],
    ],
    [
      // The zone database calls Irish winter time the exception (a negative summer time); the
      // offsets, which are all a calendar needs, are London's.
      'Europe/Dublin, whose winter time is the exception',
      ['Europe/Dublin', 'monthly', '2026-01-12', '2028-01-01'],
      [
        'STANDARD 20251231T000000 +0000>+0000',
        'DAYLIGHT 20260329T010000 +0000>+0100 FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
        'STANDARD 20261025T020000 +0100>+0000 FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
      ],
    ],
    [
      // Russia kept summer time from March 2011 on: both rules stop, a day after their last change.
      'Europe/Moscow in 2009 to 2012, whose rules stop',
      ['Europe/Moscow', 'weekly', '2009-01-07', '2012-12-31'],
      [
        'STANDARD 20081231T030000 +0300>+0300',
        'DAYLIGHT 20090329T020000 +0300>+0400 FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU;UNTIL=20110327T230000Z',
        'STANDARD 20091025T030000 +0400>+0300 FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU;UNTIL=20101031T230000Z',
      ],
    ],
    [
      // Samoa skipped 30 December 2011 to move west of the date line: a change of a whole day.
      'Pacific/Apia in 2011, when it crossed the date line',
      ['Pacific/Apia', 'weekly', '2011-06-01', '2012-06-01'],
      [
        'DAYLIGHT 20101230T140000 -1000>-1000',
        'STANDARD 20110402T040000 -1000>-1100',
        'DAYLIGHT 20110924T030000 -1100>-1000',
        'DAYLIGHT 20111230T000000 -1000>+1400',
        'STANDARD 20120401T040000 +1400>+1300',
        'DAYLIGHT 20120930T030000 +1300>+1400',
      ],
    ],
  ] as const)('%s', (_, [zone, frequency, start, reevaluation], zoneBlock) => {
    const state = meetings(frequency, start, '18:00', 45, reevaluation);
    expect(wrongMeetings(state, zone)).toEqual([]);
    expect(observances(kickoffCalendar(state, context({ timeZone: zone })).text)).toEqual(
      zoneBlock,
    );
  });
});

/** The observances of a file's zone block, one line each: kind, onset, offsets and any rule. */
function observances(text: string): string[] {
  const block = text.slice(text.indexOf('BEGIN:VTIMEZONE'), text.indexOf('END:VTIMEZONE'));
  return block
    .replace(/\r\n /g, '')
    .split(/BEGIN:(?=STANDARD|DAYLIGHT)/)
    .slice(1)
    .map((lines) => {
      const value = (name: string) => new RegExp(`^${name}:(.*)\r$`, 'm').exec(lines)?.[1];
      const offsets = `${value('TZOFFSETFROM')}>${value('TZOFFSETTO')}`;
      const rule = value('RRULE');
      return [/^\w+/.exec(lines)![0], value('DTSTART'), offsets, ...(rule ? [rule] : [])].join(' ');
    });
}

describe('the kickoff calendar file', () => {
  const example = kickoffCalendar(exampleKickoff(), context());

  test('is a calendar every app reads: version, product, CRLF, folded lines, DTSTAMP in UTC', () => {
    const lines = example.text.split('\r\n');
    expect(lines.slice(0, 2)).toEqual(['BEGIN:VCALENDAR', 'VERSION:2.0']);
    expect(example.text).toMatch(/^PRODID:-\/\/Mentorship Playbook\/\/Calendar 1\/\/EN\r$/m);
    expect(example.text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(example.text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of lines) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    const stamps = events(parse(example.text)).map((e) =>
      e.component.getFirstPropertyValue('dtstamp'),
    );
    expect(stamps.map(String)).toEqual(['2026-11-22T10:30:15Z', '2026-11-22T10:30:15Z']);
    expect(example.text).toContain('DTSTAMP:20261122T103015Z');
  });

  test('holds the series and the re-evaluation day with a reminder the day before', () => {
    const [series, review] = events(parse(example.text));
    expect(series!.summary).toBe('Mentorship session: Tom and Priya');
    expect(series!.startDate.toString()).toBe('2026-09-23T10:00:00');
    expect(series!.duration.toSeconds()).toBe(45 * 60);
    // Every two weeks from the first session up to the re-evaluation on 9 December: the sixth is
    // on 2 December.
    expect(example.text).toContain('\r\nRRULE:FREQ=WEEKLY;INTERVAL=2;COUNT=6\r\n');
    expect(occurrences(example.text, 'Europe/Berlin', 7)).toEqual([
      ...['09-23', '10-07', '10-21', '11-04', '11-18', '12-02'].map((day) => `2026-${day} 10:00`),
      undefined,
    ]);
    expect(series!.description).toContain(
      `Goals:\n${exampleKickoff()
        .goals.map((goal) => `- ${goal.what}`)
        .join('\n')}`,
    );
    expect(series!.description).toContain(
      'https://example.org/playbook/playbooks/kickoff-checklist/',
    );
    expect(review!.summary).toBe('Re-evaluate the mentorship: Tom and Priya');
    expect(review!.startDate.isDate).toBe(true);
    expect(review!.startDate.toString()).toBe('2026-12-09');
    expect(review!.endDate.toString()).toBe('2026-12-10');
    expect(review!.description).toContain(
      'https://example.org/playbook/conversations/re-evaluating-and-ending/',
    );
    const alarm = review!.component.getFirstSubcomponent('valarm')!;
    expect(alarm.getFirstPropertyValue('action')).toBe('DISPLAY');
    const trigger = alarm.getFirstPropertyValue('trigger') as ICAL.Duration;
    // 15 hours before midnight: 09:00 the day before.
    expect(trigger.toSeconds()).toBe(-15 * 3600);
  });

  test.each([
    [
      'with no date to re-evaluate, runs for a year',
      meetings('weekly', '2026-10-07'),
      'weekly from 2026-10-07 at 18:00, 45 minutes, for a year: 52 meetings, the last on 2027-09-29.',
    ],
    [
      'every two weeks, for a year',
      meetings('every-two-weeks', '2026-10-07'),
      'every two weeks from 2026-10-07 at 18:00, 45 minutes, for a year: 26 meetings, the last on 2027-09-22.',
    ],
    [
      'monthly, for a year',
      meetings('monthly', '2026-10-07'),
      'monthly from 2026-10-07 at 18:00, 45 minutes, for a year: 12 meetings, the last on 2027-09-01.',
    ],
    [
      'ends at the re-evaluation, a meeting on that day included',
      meetings('weekly', '2026-10-07', '18:00', 45, '2026-11-04'),
      'weekly from 2026-10-07 at 18:00, 45 minutes, until the re-evaluation: 5 meetings, the last on 2026-11-04.',
    ],
    [
      'with the re-evaluation on the first day, is that one meeting',
      meetings('monthly', '2026-10-07', '18:00', 45, '2026-10-07'),
      'monthly from 2026-10-07 at 18:00, 45 minutes, until the re-evaluation: 1 meeting, the last on 2026-10-07.',
    ],
    [
      'with the re-evaluation before the start, runs for a year',
      meetings('monthly', '2026-10-07', '18:00', 45, '2026-09-30'),
      'monthly from 2026-10-07 at 18:00, 45 minutes, for a year: 12 meetings, the last on 2027-09-01.',
    ],
    [
      'with the re-evaluation ten years on, stops after five',
      meetings('weekly', '2026-10-07', '18:00', 45, '2036-10-07'),
      'weekly from 2026-10-07 at 18:00, 45 minutes, for five years, the most one file holds: 260 meetings, the last on 2031-09-24.',
    ],
  ])('the series %s, and the page says so', (_, state, line) => {
    const series = kickoffSeries(state)!;
    const file = kickoffCalendar(state, context());
    const count = series.dates.length;
    expect(file.text).toMatch(new RegExp(`\r\nRRULE:FREQ=[^\r]*;COUNT=${count}\r\n`));
    const [last, after] = occurrences(file.text, 'Europe/Berlin', 2, count - 1);
    expect([last, after]).toEqual([`${series.dates.at(-1)} 18:00`, undefined]);
    expect(lineText(kickoffCalendarPlan(state).lines[0]!)).toBe(`Meetings: ${line}`);
  });

  test('keeps each event’s UID across downloads, so calendars update instead of duplicating', () => {
    const again = kickoffCalendar(exampleKickoff(), context({ now: Date.UTC(2027, 0, 5) }));
    const uids = (text: string) => events(parse(text)).map((e) => e.uid);
    expect(uids(again.text)).toEqual(uids(example.text));
    expect(uids(example.text)).toEqual([
      'm-123-meetings@mentorship-playbook',
      'm-123-re-evaluation@mentorship-playbook',
    ]);
    const sequence = (text: string) => Number(/SEQUENCE:(\d+)/.exec(text)![1]);
    expect(sequence(again.text)).toBeGreaterThan(sequence(example.text));
    const other = kickoffCalendar(exampleKickoff(), context({ mentorshipId: 'm-456' }));
    expect(uids(other.text)[0]).toBe('m-456-meetings@mentorship-playbook');
  });

  test('has a safe name after the pair', () => {
    expect(example.name).toBe('mentorship-tom-and-priya.ics');
    const hostile = meetings('weekly', '2026-10-07');
    hostile.pair.mentee = '../../etc/Zoë <script>';
    hostile.pair.mentor = '';
    expect(calendarFileName(hostile)).toBe('mentorship-etc-zoe-script.ics');
    expect(calendarFileName(emptyKickoff())).toBe('mentorship.ics');
  });

  test.each([
    [
      'ad hoc meetings',
      { frequency: 'ad-hoc' as const },
      'Meetings: none, as they are booked when needed.',
    ],
    ['no usual time', { time: '' }, 'Meetings: add the usual time to include them.'],
    [
      'nothing but a length',
      { frequency: '' as const, time: '' },
      'Meetings: add how often and the usual time to include them.',
    ],
  ])('with %s has no series, and the page says why', (_, cadence, line) => {
    const state = exampleKickoff();
    state.cadence = { ...state.cadence, ...cadence };
    const file = kickoffCalendar(state, context());
    expect(events(parse(file.text)).map((e) => e.summary)).toEqual([
      'Re-evaluate the mentorship: Tom and Priya',
    ]);
    expect(file.text).not.toContain('BEGIN:VTIMEZONE');
    expect(lineText(kickoffCalendarPlan(state).lines[0]!)).toBe(line);
  });

  test('a re-evaluation on a condition is not in the file, and the page says so', () => {
    const state = exampleKickoff();
    state.reevaluate = {
      ...state.reevaluate,
      mode: 'condition',
      date: '2026-12-09',
      condition: 'the project ships',
    };
    expect(events(parse(kickoffCalendar(state, context()).text))).toHaveLength(1);
    expect(said(kickoffCalendarPlan(state))).toEqual({
      ready: true,
      lines: [
        'Meetings: every two weeks from 2026-09-23 at 10:00, 45 minutes, for a year: ' +
          '26 meetings, the last on 2027-09-08.',
        'Re-evaluation: none, as it waits for a condition, not a date.',
      ],
    });
  });

  test('an empty checklist gives nothing to add, and says what to fill in', () => {
    const plan = kickoffCalendarPlan(emptyKickoff());
    expect(said(plan)).toEqual({
      ready: false,
      lines: [
        'Meetings: add the start date, how often, the session length and the usual time to include them.',
        'Re-evaluation: agree its date to include it.',
      ],
    });
    // Each answer it asks for is a part of its own, so the page can link it to its field.
    expect(plan.lines.map(fieldsOf)).toEqual([
      ['start-date', 'frequency', 'minutes', 'time'],
      ['reevaluation'],
    ]);
    const dated = emptyKickoff();
    dated.reevaluate.mode = 'date';
    expect(fieldsOf(kickoffCalendarPlan(dated).lines[1]!)).toEqual(['reevaluation-date']);
  });

  test('any text the pair typed comes back exactly, and never adds a property or an event', () => {
    fc.assert(
      fc.property(anyText, anyText, anyText, anyText, (mentor, mentee, first, second) => {
        const state = exampleKickoff();
        state.pair = { ...state.pair, mentor, mentee };
        state.goals = state.goals.map((goal, i) => ({ ...goal, what: [first, second][i]! }));
        const lines = [first, second].map(cleanLine).filter(Boolean);
        const goals =
          lines.length > 1
            ? `Goals:\n${lines.map((line) => `- ${line}`).join('\n')}`
            : `Goal: ${lines[0] ?? 'still to agree.'}`;
        const root = parse(kickoffCalendar(state, context()).text);
        const [series, review] = events(root);
        expect(events(root)).toHaveLength(2);
        const names = [cleanLine(mentee), cleanLine(mentor)].filter(Boolean).join(' and ');
        expect(series!.summary).toBe(names ? `Mentorship session: ${names}` : 'Mentorship session');
        expect(series!.description).toBe(
          `${goals}\n\n` +
            'The agreement and checklist: https://example.org/playbook/playbooks/kickoff-checklist/',
        );
        expect(review!.description).toContain(goals);
        const properties = series!.component.getAllProperties().map((p) => p.name);
        expect(properties).toEqual([
          'uid',
          'dtstamp',
          'sequence',
          'dtstart',
          'duration',
          'rrule',
          'summary',
          'description',
          'url',
        ]);
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 100) },
    );
  });
});

describe('the next session’s calendar file', () => {
  const agenda = { ...emptyAgenda(45, () => 'p'), date: '2026-12-02' };
  agenda.parts[0]!.notes = 'The flaky test;\nand its fix, finally';

  test('holds the session at the usual time and length, its agenda in the description', () => {
    const file = sessionCalendar(
      agenda,
      { number: 7, minutes: 45, kickoff: exampleKickoff() },
      context({ pageUrl: 'https://example.org/playbooks/plan-a-session/' }),
    );
    expect(file.name).toBe('mentorship-tom-and-priya-session-2026-12-02.ics');
    const [event] = events(parse(file.text));
    expect(event!.uid).toBe('m-123-session-7@mentorship-playbook');
    expect(event!.isRecurring()).toBe(false);
    expect(wallClock('Europe/Berlin', event!.startDate.toUnixTime())).toBe('2026-12-02 10:00');
    expect(event!.duration.toSeconds()).toBe(45 * 60);
    expect(event!.description).toBe(
      [
        'Agenda:',
        ...agenda.parts.flatMap((part, i) => [
          `${i + 1}. ${part.title} (${part.minutes} min)`,
          ...(i === 0 ? ['   The flaky test;', '   and its fix, finally'] : []),
        ]),
        '',
        'Goals:',
        ...exampleKickoff().goals.map((goal) => `- ${goal.what}`),
        '',
        'The agenda: https://example.org/playbooks/plan-a-session/',
      ].join('\n'),
    );
  });

  test.each([
    ['', '10:00', 'To add the next session to a calendar, set a date above.'],
    [
      '2026-12-02',
      '',
      'To add the next session to a calendar, set a usual time in the kickoff checklist.',
    ],
    ['2026-12-02', '10:00', 'The next session: 2026-12-02 at 10:00.'],
  ])('with date %j and time %j, the page says %j', (date, time, line) => {
    expect(said(sessionCalendarPlan(date, time))).toEqual({
      ready: !!date && !!time,
      lines: [line],
    });
    expect(fieldsOf(sessionCalendarPlan(date, time).lines[0]!)).toEqual(
      [!date && 'session-date', !time && 'time'].filter(Boolean),
    );
  });
});
