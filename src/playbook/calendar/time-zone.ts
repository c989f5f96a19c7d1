/**
 * A named time zone as a calendar file describes it (an RFC 5545 VTIMEZONE, section 3.6.5), read
 * from the zone data the browser already has (Intl), so that no zone database ships with the site.
 * The block is made for a span of years and is right over all of it: every change of offset in
 * the span is found by probing; a yearly rule ("last Sunday of March") is stated only where
 * expanding it gives exactly the changes found, and every other change is stated on its own.
 */

const DAY = 86_400_000;
const MINUTE = 60_000;
const WEEKDAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'] as const;
const formatters = new Map<string, Intl.DateTimeFormat>();

/** Whether the browser knows a zone by this name, and the name is safe in a calendar file. */
export function isKnownZone(zone: string): boolean {
  if (!/^[A-Za-z][A-Za-z0-9_+\-/]*$/.test(zone)) return false;
  try {
    zoneOffset(zone, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Minutes east of UTC in a zone at an instant (milliseconds since 1970), to the minute.
 * @throws {RangeError} when the browser does not know the zone.
 */
export function zoneOffset(zone: string, instant: number): number {
  let format = formatters.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    });
    formatters.set(zone, format);
  }
  // format() is about four times faster than formatToParts(), and en-US always gives M/D/Y, H:MM
  // in ASCII digits.
  const [month, day, year, hour, minute] = format.format(instant).match(/\d+/g)!.map(Number);
  const wall = Date.UTC(year!, month! - 1, day!, hour!, minute!);
  return Math.round((wall - (instant - (((instant % MINUTE) + MINUTE) % MINUTE))) / MINUTE);
}

/**
 * A change of offset: the instant it happens (ms since 1970), and the offsets before and after
 * (minutes east of UTC).
 */
export interface Transition {
  at: number;
  from: number;
  to: number;
}

const clocks = new Map<string, Intl.DateTimeFormat>();
const DAY_NAMES = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** The local weekday and time in a zone at an instant, as en-US writes them: "Wed 13:00". */
function clock(zone: string, instant: number): string {
  let format = clocks.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      weekday: 'short',
      hourCycle: 'h23',
      hour: 'numeric',
      minute: 'numeric',
    });
    clocks.set(zone, format);
  }
  return format.format(instant);
}

/** Whether a clock reads exactly a day after another: the next weekday, the same time. */
const aDayOn = (before: string, after: string) =>
  after.slice(3) === before.slice(3) &&
  DAY_NAMES.indexOf(after.slice(0, 3)) === (DAY_NAMES.indexOf(before.slice(0, 3)) + 1) % 7;

/**
 * Every change of offset in a zone between two instants (ms since 1970), to the minute, in order.
 * The zone is read once a day, so two changes less than a day apart that cancel out are missed;
 * since 1970 no offset has lasted less than six days.
 * @throws {RangeError} when the browser does not know the zone.
 */
export function transitions(zone: string, start: number, end: number): Transition[] {
  const found: Transition[] = [];
  let before = zoneOffset(zone, start);
  // The local clock a day on reads a day on unless the offset changed (by a whole day too, as
  // when Samoa crossed the date line); it reads three times faster than the offset, so the
  // offset is read only where the clock says it changed.
  let then = clock(zone, start);
  for (let day = start; day < end; day += DAY) {
    const now = clock(zone, day + DAY);
    const unchanged = aDayOn(then, now);
    then = now;
    if (unchanged) continue;
    const after = zoneOffset(zone, day + DAY);
    let [low, high] = [day, day + DAY];
    while (high - low > MINUTE) {
      const middle = low + Math.floor((high - low) / 2 / MINUTE) * MINUTE;
      if (zoneOffset(zone, middle) === before) low = middle;
      else high = middle;
    }
    found.push({ at: high, from: before, to: after });
    before = after;
  }
  return found;
}

const pad = (n: number, size = 2) => String(n).padStart(size, '0');

/** A UTC-fields date as a floating DATE-TIME: 20260329T020000. */
const wallText = (d: Date) =>
  `${pad(d.getUTCFullYear(), 4)}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}T` +
  `${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}00`;

/** An offset in minutes as a UTC-OFFSET value: +0100, -0330. */
const offsetText = (minutes: number) =>
  `${minutes < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(minutes) / 60))}${pad(Math.abs(minutes) % 60)}`;

const daysInMonth = (year: number, month: number) =>
  new Date(Date.UTC(year, month + 1, 0)).getUTCDate();

/**
 * A yearly rule a change could follow, as RRULE parts after FREQ=YEARLY;BYMONTH=…, with the day
 * of the month it gives in a year (undefined when it gives none that year).
 */
interface YearlyRule {
  parts: string;
  dayIn: (year: number) => number | undefined;
}

/** The first day of a month, from `first` on, that falls on a weekday (0 for Sunday), if within `last`. */
function weekdayFrom(year: number, month: number, weekday: number, first: number, last: number) {
  const shift = (weekday - new Date(Date.UTC(year, month, first)).getUTCDay() + 7) % 7;
  return first + shift <= Math.min(last, daysInMonth(year, month)) ? first + shift : undefined;
}

/**
 * Every yearly rule that the local date of a change fits, simplest first: the nth weekday of the
 * month (BYDAY=2SU), the last (BYDAY=-1SU), a fixed day (BYMONTHDAY=21), and "the first weekday
 * on or after a day", which RFC 5545 writes as seven days of the month and a weekday
 * (BYMONTHDAY=8,9,10,11,12,13,14;BYDAY=SU): BYDAY then limits BYMONTHDAY (section 3.3.10).
 */
function yearlyRules(wall: Date): YearlyRule[] {
  const [year, month, day] = [wall.getUTCFullYear(), wall.getUTCMonth(), wall.getUTCDate()];
  const weekday = wall.getUTCDay();
  const name = WEEKDAYS[weekday]!;
  const days = daysInMonth(year, month);
  const onOrAfter = (first: number): YearlyRule => ({
    parts:
      first % 7 === 1
        ? `BYDAY=${(first + 6) / 7}${name}`
        : `BYMONTHDAY=${Array.from({ length: 7 }, (_, i) => first + i).join(',')};BYDAY=${name}`,
    dayIn: (y) => weekdayFrom(y, month, weekday, first, first + 6),
  });
  const rules: YearlyRule[] = [];
  if (day <= 28) rules.push(onOrAfter(day - ((day - 1) % 7)));
  if (day > days - 7)
    rules.push({
      parts: `BYDAY=-1${name}`,
      dayIn: (y) => weekdayFrom(y, month, weekday, daysInMonth(y, month) - 6, 31),
    });
  rules.push({
    parts: `BYMONTHDAY=${day}`,
    dayIn: (y) => (day <= daysInMonth(y, month) ? day : undefined),
  });
  for (let first = Math.max(1, day - 6); first <= Math.min(day, days - 6); first += 1)
    if (first % 7 !== 1) rules.push(onOrAfter(first));
  return rules;
}

/** A UTC instant as a UTC DATE-TIME: 20290331T010000Z. */
const utcText = (instant: number) => `${wallText(new Date(instant))}Z`;

/**
 * The RRULE that gives exactly a run of changes of the same offsets (at least two), every instant
 * checked, and no other change before `end`; it ends with UNTIL (in UTC, as section 3.6.5 asks)
 * when the rule would go on inside the span after the run stops. Undefined when no yearly rule
 * gives them all.
 */
function ruleFor(run: readonly Transition[], end: number): string | undefined {
  if (run.length < 2) return undefined;
  const { from } = run[0]!;
  const first = new Date(run[0]!.at + from * MINUTE);
  const timeOfDay =
    run[0]!.at +
    from * MINUTE -
    Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), first.getUTCDate());
  const month = first.getUTCMonth();
  const lastYear = new Date(end).getUTCFullYear() + 1;
  for (const rule of yearlyRules(first)) {
    // The rule's changes, as a calendar reads them: the local date and time, at the offset before.
    const onsets: number[] = [];
    for (
      let year = first.getUTCFullYear();
      year <= lastYear && onsets.length <= run.length;
      year += 1
    ) {
      const day = rule.dayIn(year);
      if (day === undefined) continue;
      const onset = Date.UTC(year, month, day) + timeOfDay - from * MINUTE;
      if (onset < end) onsets.push(onset);
    }
    if (!run.every((t, i) => onsets[i] === t.at)) continue;
    // A day after the last change rather than at it: a calendar that compares the local onset
    // with UNTIL as if both were UTC still keeps that change, and the next is a year away.
    const until = onsets.length > run.length ? `;UNTIL=${utcText(run.at(-1)!.at + DAY)}` : '';
    return `FREQ=YEARLY;BYMONTH=${month + 1};${rule.parts}${until}`;
  }
  return undefined;
}

/**
 * The lines of a VTIMEZONE (RFC 5545, section 3.6.5) for a zone, right for every local time from
 * the start of `firstYear` to the end of `lastYear`, each a calendar year: the offset in force at
 * the start, then each change of offset in the span, as a yearly RRULE where one gives every
 * change of the same offsets in the span (checked change by change), and on its own otherwise.
 * Outside the span the block promises nothing. A change to a greater offset is named DAYLIGHT and
 * the others STANDARD; calendars take the times from the offsets alone.
 * @throws {RangeError} when the browser does not know the zone (check it with isKnownZone).
 */
export function timeZoneLines(zone: string, firstYear: number, lastYear: number): string[] {
  // A day either side: local times at the span's edges are up to 14 hours from UTC.
  const start = Date.UTC(firstYear, 0, 1) - DAY;
  const end = Date.UTC(lastYear + 1, 0, 1) + DAY;
  const found = transitions(zone, start, end);
  const observances: { at: number; lines: string[] }[] = [];
  const observance = (t: Transition, rule?: string, summer = t.to > t.from) => {
    const kind = summer ? 'DAYLIGHT' : 'STANDARD';
    observances.push({
      at: t.at,
      lines: [
        `BEGIN:${kind}`,
        `DTSTART:${wallText(new Date(t.at + t.from * MINUTE))}`,
        ...(rule ? [`RRULE:${rule}`] : []),
        `TZOFFSETFROM:${offsetText(t.from)}`,
        `TZOFFSETTO:${offsetText(t.to)}`,
        `END:${kind}`,
      ],
    });
  };
  const initial = zoneOffset(zone, start);
  // The offset at the start is summer time when the next change lowers it.
  observance(
    { at: start, from: initial, to: initial },
    undefined,
    (found[0]?.to ?? initial) < initial,
  );
  // Changes between the same two offsets are the ones a yearly rule may state together.
  const runs = new Map<string, Transition[]>();
  for (const t of found) {
    const key = `${t.from} ${t.to}`;
    runs.set(key, [...(runs.get(key) ?? []), t]);
  }
  for (const run of runs.values()) {
    const rule = ruleFor(run, end);
    if (rule) observance(run[0]!, rule);
    else run.forEach((t) => observance(t));
  }
  const lines = ['BEGIN:VTIMEZONE', `TZID:${zone}`];
  for (const o of observances.sort((a, b) => a.at - b.at)) lines.push(...o.lines);
  lines.push('END:VTIMEZONE');
  return lines;
}
