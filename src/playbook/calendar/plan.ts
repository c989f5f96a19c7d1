/**
 * What a calendar file would hold, decided before anyone asks for one: the page says it next to
 * the button, and the file (calendar.ts, loaded on demand) holds exactly the events found ready.
 */
import type { TextFile } from '../core/text-file';
import { CADENCES, type KickoffState } from '../documents/kickoff';
import { listOf } from '../core/words';

/** What "Add to calendar" makes: the file, when there is an event for it, and what it holds or lacks, in words. */
export interface CalendarOffer {
  file?: TextFile;
  lines: string[];
}

/** What a calendar file would hold, with a line for the page on each event, in or not. */
export interface CalendarPlan {
  /** Whether the file would hold at least one event. */
  ready: boolean;
  lines: string[];
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

/** What "Add to calendar" on the kickoff gives: the meetings and the re-evaluation, or why not. */
export function kickoffCalendarPlan(state: KickoffState): CalendarPlan {
  const { pair, cadence, reevaluate } = state;
  const meetings = meetingsReady(state);
  const date = reevaluationDate(state);
  const missing = [
    !pair.startDate && 'the start date',
    !cadence.frequency && 'how often',
    cadence.minutes === null && 'the session length',
    !cadence.time && 'the usual time',
  ].filter((item) => item !== false);
  const often = CADENCES.find((c) => c.id === cadence.frequency)?.label.toLowerCase();
  return {
    ready: meetings || !!date,
    lines: [
      meetings
        ? `Meetings: ${often} from ${pair.startDate} at ${cadence.time}, ${cadence.minutes} minutes.`
        : cadence.frequency === 'ad-hoc'
          ? 'Meetings: none, as they are booked when needed.'
          : `Meetings: add ${listOf(missing)} to include them.`,
      date
        ? `Re-evaluation: ${date}, with a reminder the day before.`
        : reevaluate.mode === 'condition'
          ? 'Re-evaluation: none, as it waits for a condition, not a date.'
          : 'Re-evaluation: agree its date to include it.',
    ],
  };
}

/** What "Add to calendar" on the agenda gives: the next session, or what it still needs. */
export function sessionCalendarPlan(date: string, time: string): CalendarPlan {
  const missing = [!date && 'a date above', !time && 'a usual time in the kickoff checklist'];
  const needs = missing.filter((item) => item !== false);
  return {
    ready: needs.length === 0,
    lines: [
      needs.length === 0
        ? `The next session: ${date} at ${time}.`
        : `To add the next session to a calendar, set ${listOf(needs)}.`,
    ],
  };
}
