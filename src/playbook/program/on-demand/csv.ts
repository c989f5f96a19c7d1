/**
 * The programme overview as a CSV file (loaded when the coordinator asks for it): one row per pair
 * shown, in the order shown, RFC 4180 (CRLF line ends, a field quoted when it holds a comma, a
 * quote or a line break, quotes doubled), UTF-8 with a byte-order mark so spreadsheet apps read
 * names such as "Zoë" right. Written with papaparse's `unparse`. Its `escapeFormulae: true` misses
 * a formula followed by a line break (its pattern is `/^[=+\-@\t\r].*$/`, and `.` stops at "\n"),
 * so the pattern is given here: any text cell that starts with = + - @, a tab or a carriage return
 * gets a leading apostrophe, so that a spreadsheet shows it as text and never runs it (OWASP's
 * advice on CSV injection). Numbers are written as numbers and never changed.
 */
import { unparse } from 'papaparse';
import type { OverviewRow } from '../overview';
import type { TextFile } from '../../core/text-file';
import { GOAL_STATES, flagsOf, pairText, sessionsText } from '../table';

/** What starts a cell a spreadsheet would read as a formula. */
export const FORMULA_START = /^[=+\-@\t\r]/;

const BOM = '\uFEFF';

/** The file's header row. */
export const CSV_HEADER = [
  'Mentee',
  'Mentor',
  'Programme',
  'Kickoff date',
  'State',
  'Sessions held',
  'Sessions expected',
  'Sessions',
  'Last session',
  'Days since last session',
  ...GOAL_STATES.map(({ label }) => `Goals: ${label.toLowerCase()}`),
  'Next review',
  'Next review date',
  'Stalled',
  'Review overdue',
  'Flags',
  'Summary made on',
] as const;

/** One pair's cells, in the header's order (numbers as numbers, '' for none). */
export function csvRow(row: OverviewRow): (string | number)[] {
  const { summary, standing, goals } = row;
  const { mentee, mentor } = pairText(row);
  return [
    mentee,
    mentor,
    summary.program.name,
    summary.kickoffDate,
    standing.state,
    summary.sessions.held ?? '',
    standing.expected ?? '',
    sessionsText(row),
    summary.sessions.last,
    standing.quietDays ?? '',
    ...GOAL_STATES.map(({ id }) => goals[id]),
    standing.next?.label ?? '',
    standing.next?.on ?? '',
    standing.stalled ? 'yes' : 'no',
    standing.overdue ? `${standing.overdue.label} (${standing.overdue.on})` : 'no',
    flagsOf(row).join('; '),
    summary.madeOn,
  ];
}

/**
 * The rows as CSV text: the header, then one line per row, each line ended by CRLF, with a
 * byte-order mark first.
 */
export function overviewCsv(rows: readonly OverviewRow[]): string {
  const text = unparse(
    { fields: [...CSV_HEADER], data: rows.map(csvRow) },
    { newline: '\r\n', escapeFormulae: FORMULA_START },
  );
  return `${BOM}${text}\r\n`;
}

/** The file to download: `programme-overview-<day>.csv`. */
export const overviewCsvFile = (rows: readonly OverviewRow[], today: string): TextFile => ({
  name: `programme-overview-${today}.csv`,
  text: overviewCsv(rows),
  type: 'text/csv',
});
