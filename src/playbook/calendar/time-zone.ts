/**
 * A named time zone as a calendar file describes it (an RFC 5545 VTIMEZONE), read from the zone
 * data the browser already has (Intl), so that no zone database ships with the site. Each change
 * of offset is found by probing; where the changes follow a yearly rule ("last Sunday of March"),
 * the block states the rule, so events keep their local time in every later year too.
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

/** Minutes east of UTC in a zone at an instant (milliseconds since 1970). */
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
  const part = Object.fromEntries(format.formatToParts(instant).map((p) => [p.type, p.value]));
  const wall = Date.UTC(+part.year!, +part.month! - 1, +part.day!, +part.hour!, +part.minute!);
  return Math.round((wall - (instant - (((instant % MINUTE) + MINUTE) % MINUTE))) / MINUTE);
}

/** A change of offset: the instant it happens, and the offsets before and after. */
export interface Transition {
  at: number;
  from: number;
  to: number;
}

/** Every change of offset in a zone between two instants, to the minute. */
export function transitions(zone: string, start: number, end: number): Transition[] {
  const found: Transition[] = [];
  let before = zoneOffset(zone, start);
  for (let day = start; day < end; day += DAY) {
    const after = zoneOffset(zone, day + DAY);
    if (after === before) continue;
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
  `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}T` +
  `${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}00`;

/** An offset in minutes as a UTC-OFFSET value: +0100, -0330. */
const offsetText = (minutes: number) =>
  `${minutes < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(minutes) / 60))}${pad(Math.abs(minutes) % 60)}`;

/** The yearly rule a change follows, as its month and weekday of the month ("-1SU" for the last). */
function ruleOf(wall: Date): { month: number; byDay: string; nth: string } {
  const day = wall.getUTCDate();
  const daysInMonth = new Date(
    Date.UTC(wall.getUTCFullYear(), wall.getUTCMonth() + 1, 0),
  ).getUTCDate();
  const weekday = WEEKDAYS[wall.getUTCDay()]!;
  return {
    month: wall.getUTCMonth() + 1,
    byDay: day > daysInMonth - 7 ? `-1${weekday}` : '',
    nth: `${Math.ceil(day / 7)}${weekday}`,
  };
}

/**
 * The lines of a VTIMEZONE for a zone, correct from the start of `fromYear - 1`: its changes of
 * offset over four years as yearly rules when they follow one, or each change on its own when
 * they do not (and then the last offset found holds after them, as the zone data says).
 */
export function timeZoneLines(zone: string, fromYear: number): string[] {
  const start = Date.UTC(fromYear - 1, 0, 1);
  const found = transitions(zone, start, Date.UTC(fromYear + 3, 0, 1));
  const lines = ['BEGIN:VTIMEZONE', `TZID:${zone}`];
  const observance = (t: Transition, wall: Date, rule?: string) => {
    const kind = t.to > t.from ? 'DAYLIGHT' : 'STANDARD';
    lines.push(
      `BEGIN:${kind}`,
      `DTSTART:${wallText(wall)}`,
      ...(rule ? [`RRULE:${rule}`] : []),
      `TZOFFSETFROM:${offsetText(t.from)}`,
      `TZOFFSETTO:${offsetText(t.to)}`,
      `END:${kind}`,
    );
  };
  if (found.length === 0) {
    const offset = zoneOffset(zone, start);
    observance({ at: start, from: offset, to: offset }, new Date(Date.UTC(1970, 0, 1)));
  }
  // Changes in the same direction, at the same local time and weekday of the same month each year, are one rule.
  for (const kind of [true, false]) {
    const same = found.filter((t) => t.to > t.from === kind);
    if (same.length === 0) continue;
    const walls = same.map((t) => new Date(t.at + t.from * MINUTE));
    const rules = walls.map(ruleOf);
    const time = (d: Date) => wallText(d).slice(8);
    const first = rules[0]!;
    const byDay = rules.every((r) => r.byDay && r.byDay === first.byDay)
      ? first.byDay
      : rules.every((r) => r.nth === first.nth) && first.nth;
    const yearly =
      same.length === 4 &&
      byDay &&
      rules.every((r) => r.month === first.month) &&
      walls.every((w) => time(w) === time(walls[0]!)) &&
      same.every((t) => t.from === same[0]!.from && t.to === same[0]!.to);
    if (yearly)
      observance(same[0]!, walls[0]!, `FREQ=YEARLY;BYMONTH=${first.month};BYDAY=${byDay}`);
    else same.forEach((t, i) => observance(t, walls[i]!));
  }
  lines.push('END:VTIMEZONE');
  return lines;
}
