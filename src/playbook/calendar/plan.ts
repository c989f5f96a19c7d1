/**
 * What a calendar file would hold, decided before anyone asks for one: the page says it next to
 * the button, and the file (calendar.ts, loaded on demand) holds exactly the events found ready.
 */
import type { TextFile } from '../core/text-file';
import type { CalendarLine } from './lines';
import { CADENCES, type KickoffState } from '../kickoff/topics';
import { count } from '../core/words';
import { meetingDates, type SeriesCadence } from './ics';

/** What "Add to calendar" makes: the file, when there is an event for it, and what it holds or lacks, in words. */
export interface CalendarOffer {
  file?: TextFile;
  lines: CalendarLine[];
}

/** What a calendar file would hold, with a line for the page on each event, in or not. */
export interface CalendarPlan {
  /** Whether the file would hold at least one event. */
  ready: boolean;
  lines: CalendarLine[];
}

/** "a, b and c" as in formats.ts's `listOf`, each item kept a part of its own (a field asked for). */
function listParts<T>(items: readonly T[]): (T | string)[] {
  return items.flatMap((item, i) => [
    ...(i === 0 ? [] : [i === items.length - 1 ? ' and ' : ', ']),
    item,
  ]);
}

/** Whether the kickoff answers give a series of meetings: a regular cadence, start, time and length. */
export const meetingsReady = ({ pair, cadence }: KickoffState) =>
  !!pair.startDate &&
  !!cadence.time &&
  cadence.minutes !== null &&
  cadence.frequency !== '' &&
  cadence.frequency !== 'ad-hoc';

/** The re-evaluation's date, when the pair re-evaluates on one. */
export const reevaluationDate = ({ reevaluate }: KickoffState) =>
  reevaluate.mode === 'date' ? reevaluate.date : '';

/** How many meetings a cadence holds in a year, the series' length when no re-evaluation ends it. */
const A_YEAR: Record<SeriesCadence, number> = { weekly: 52, 'every-two-weeks': 26, monthly: 12 };

/** The most years a series runs to a later re-evaluation, so a far-off date makes no huge file. */
const MOST_YEARS = 5;

/** The kickoff's series of meetings: their dates, and what ended it. */
export interface Series {
  frequency: SeriesCadence;
  /** Every meeting's local date, YYYY-MM-DD, in order; the first is the start date. */
  dates: string[];
  /**
   * What ends the series: the agreed re-evaluation (meetings on its day included); a year, when
   * there is no re-evaluation date on or after the start; or five years, when it is later still.
   */
  end: 're-evaluation' | 'a year' | 'five years';
}

/** The meetings the kickoff's series holds, or undefined when the answers give no series. */
export function kickoffSeries(state: KickoffState): Series | undefined {
  if (!meetingsReady(state)) return undefined;
  const frequency = state.cadence.frequency as SeriesCadence;
  const start = state.pair.startDate;
  const review = reevaluationDate(state);
  if (!review || review < start) {
    return { frequency, dates: meetingDates(frequency, start, A_YEAR[frequency]), end: 'a year' };
  }
  const most = A_YEAR[frequency] * MOST_YEARS;
  const dates = meetingDates(frequency, start, most + 1, review);
  return dates.length > most
    ? { frequency, dates: dates.slice(0, most), end: 'five years' }
    : { frequency, dates, end: 're-evaluation' };
}

/** What "Add to calendar" on the kickoff gives: the meetings and the re-evaluation, or why not. */
export function kickoffCalendarPlan(state: KickoffState): CalendarPlan {
  const { pair, cadence, reevaluate } = state;
  const series = kickoffSeries(state);
  const date = reevaluationDate(state);
  const missing = [
    !pair.startDate && { text: 'the start date', field: 'start-date' as const },
    !cadence.frequency && { text: 'how often', field: 'frequency' as const },
    cadence.minutes === null && { text: 'the session length', field: 'minutes' as const },
    !cadence.time && { text: 'the usual time', field: 'time' as const },
  ].filter((item) => item !== false);
  const often = CADENCES.find((c) => c.id === cadence.frequency)?.label.toLowerCase();
  const until = {
    're-evaluation': 'until the re-evaluation',
    'a year': 'for a year',
    'five years': 'for five years, the most one file holds',
  };
  return {
    ready: !!series || !!date,
    lines: [
      series
        ? [
            `Meetings: ${often} from ${pair.startDate} at ${cadence.time}, ${cadence.minutes} ` +
              `minutes, ${until[series.end]}: ${count(series.dates.length, 'meeting')}, the last ` +
              `on ${series.dates.at(-1)}.`,
          ]
        : cadence.frequency === 'ad-hoc'
          ? ['Meetings: none, as they are booked when needed.']
          : ['Meetings: add ', ...listParts(missing), ' to include them.'],
      date
        ? [`Re-evaluation: ${date}, with a reminder the day before.`]
        : reevaluate.mode === 'condition'
          ? ['Re-evaluation: none, as it waits for a condition, not a date.']
          : [
              'Re-evaluation: agree ',
              {
                text: 'its date',
                field: reevaluate.mode === 'date' ? 'reevaluation-date' : 'reevaluation',
              },
              ' to include it.',
            ],
    ],
  };
}

/** What "Add to calendar" on the agenda gives: the next session, or what it still needs. */
export function sessionCalendarPlan(date: string, time: string): CalendarPlan {
  const needs = [
    !date && { text: 'a date above', field: 'session-date' as const },
    !time && { text: 'a usual time in the kickoff checklist', field: 'time' as const },
  ].filter((item) => item !== false);
  return {
    ready: needs.length === 0,
    lines: [
      needs.length === 0
        ? [`The next session: ${date} at ${time}.`]
        : ['To add the next session to a calendar, set ', ...listParts(needs), '.'],
    ],
  };
}
