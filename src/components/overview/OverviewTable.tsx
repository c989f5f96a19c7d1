import type { OverviewRow } from '../../playbook/program/overview';
import { dayText } from '../../playbook/review/every-page/due';
import {
  SORT_KEYS,
  flagsOf,
  goalsText,
  nextText,
  pairText,
  quietText,
  sessionsText,
  type RowSort,
  type SortKey,
} from '../../playbook/program/table';

/** Each column's heading, in SORT_KEYS order. */
export const COLUMN_NAMES: Record<SortKey, string> = {
  pair: 'Pair',
  program: 'Programme',
  kickoff: 'Kickoff',
  sessions: 'Sessions held',
  quiet: 'Since last session',
  goals: 'Goals',
  next: 'Next review',
  flags: 'Flags',
};

interface OverviewTableProps {
  rows: readonly OverviewRow[];
  sort: RowSort | undefined;
  onSort: (key: SortKey) => void;
  /** Removes a pair; absent before the island runs. */
  onRemove?: (row: OverviewRow) => void;
  caption: string;
}

/** A flag in words with a mark beside it, so its colour is never the only sign. */
function Flag({ text }: { text: string }) {
  const kind = /^(Stalled|Review)/.test(text) ? 'warn' : 'quiet';
  return (
    <span class={`flag flag-${kind}`}>
      <span aria-hidden="true">{kind === 'warn' ? '⚠ ' : '◦ '}</span>
      {text}
    </span>
  );
}

/**
 * The pairs as a table: a row per pair with its sessions against the cadence, days since its last
 * session, goals by status, next review and flags; each heading a button that sorts by it (its
 * `aria-sort` says how the table is sorted). Scrolls sideways on a narrow screen, in a region that
 * takes focus so the keyboard scrolls it too.
 */
export function OverviewTable({ rows, sort, onSort, onRemove, caption }: OverviewTableProps) {
  return (
    // A region that scrolls must take focus, or the keyboard cannot scroll it (WCAG 2.1.1).
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
    <div class="overview-scroll" role="region" aria-labelledby="overview-caption" tabIndex={0}>
      <table class="overview-table">
        <caption id="overview-caption">{caption}</caption>
        <thead>
          <tr>
            {SORT_KEYS.map((key) => {
              const sorted = sort?.key === key ? sort.dir : undefined;
              return (
                <th key={key} scope="col" aria-sort={sorted}>
                  <button
                    type="button"
                    class="sort"
                    disabled={!onRemove}
                    onClick={() => onSort(key)}
                  >
                    {COLUMN_NAMES[key]}
                    <span aria-hidden="true" class="sort-mark">
                      {sorted === 'ascending' ? ' ▲' : sorted === 'descending' ? ' ▼' : ' ↕'}
                    </span>
                  </button>
                </th>
              );
            })}
            <th scope="col">
              <span class="visually-hidden">Remove</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const { mentee, mentor } = pairText(row);
            const flags = flagsOf(row);
            return (
              <tr key={row.summary.mentorship}>
                <th scope="row">
                  {mentee}
                  <span class="hint"> with {mentor}</span>
                </th>
                <td>{row.summary.program.name || 'None named'}</td>
                <td>{dayText(row.summary.kickoffDate) || 'Not set'}</td>
                <td>{sessionsText(row)}</td>
                <td>{quietText(row)}</td>
                <td>{goalsText(row.goals)}</td>
                <td>{nextText(row)}</td>
                <td>
                  {flags.length ? (
                    flags.map((flag) => <Flag key={flag} text={flag} />)
                  ) : (
                    <span class="flag flag-ok">
                      <span aria-hidden="true">✓ </span>On track
                    </span>
                  )}
                </td>
                <td>
                  <button
                    type="button"
                    class="secondary small"
                    // Found by its pair's id, so Undo can put focus back on it.
                    data-pair={row.summary.mentorship}
                    disabled={!onRemove}
                    aria-label={`Remove ${mentee} with ${mentor}`}
                    onClick={() => onRemove?.(row)}
                  >
                    Remove
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
