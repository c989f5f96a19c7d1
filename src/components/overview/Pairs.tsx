import { useState } from 'preact/hooks';
import { count } from '../../playbook/core/words';
import type { Program } from '../../playbook/documents/program';
import { overviewOf, totalsOf } from '../../playbook/program/overview';
import type { ProgressSummary } from '../../playbook/program/summary';
import {
  SHOW_CHOICES,
  shownRows,
  type RowFilter,
  type RowSort,
  type Show,
  type SortKey,
} from '../../playbook/program/table';
import { dayText } from '../../playbook/review/every-page/due';
import { announce, unavailable } from '../ui/announce';
import { focusSoon, type FocusTarget } from '../ui/focus';
import { useOnDemand } from '../ui/lazy';
import { Status } from '../ui/Status';
import { COLUMN_NAMES, OverviewTable } from './OverviewTable';
import { OverviewTotals } from './OverviewTotals';

/** The rules a pack leaves out, as the programme's schema reads them: the defaults. */
const DEFAULT_RULES = {
  reviewPoints: [],
  roundEnds: '',
  stalledAfterDays: null,
  reviewGraceDays: null,
};

const manage = () => import('./on-demand/manage');
const actions = () => import('./on-demand/actions');

/** What the pairs' part of the overview is given by the page's island (ProgramOverview.tsx). */
export interface PairsProps {
  summaries: readonly ProgressSummary[];
  program: Program | null;
  /** The day standings are counted on, YYYY-MM-DD. */
  today: string;
  /** Where build-time pairs come from ("the folder …"); absent for pairs added here. */
  source?: string;
  hydrated: boolean;
  /** Removes pairs by their mentorships' ids, saying what it did; returns where focus goes. */
  onRemove: (ids: readonly string[], message: string) => FocusTarget;
}

/**
 * The overview's pairs: the filters, the table (sorted by any column), the CSV of what is shown,
 * clearing, and the totals as a chart. Loaded with the first pair on the playbook page; a page
 * that passes pairs at build time loads it with the island (built.ts), so the build renders it.
 */
export function Pairs({ summaries, program, today, source, hydrated, onRemove }: PairsProps) {
  const [filter, setFilter] = useState<RowFilter>({ show: 'all', query: '' });
  const [sort, setSort] = useState<RowSort | undefined>(undefined);
  const tools = useOnDemand(hydrated, manage, 'Download CSV');
  const overview = overviewOf(summaries, program ?? DEFAULT_RULES, today);
  const rows = shownRows(overview.rows, filter, sort);
  const all = count(overview.rows.length, 'pair');
  const shown = `${rows.length} of ${all}`;

  const sortBy = (key: SortKey) => {
    const dir = sort?.key === key && sort.dir === 'ascending' ? 'descending' : 'ascending';
    setSort({ key, dir });
    announce(`Sorted by ${COLUMN_NAMES[key]}, ${dir}.`, 'table');
  };

  const filterBy = (next: Partial<RowFilter>) => {
    const changed = { ...filter, ...next };
    setFilter(changed);
    // Said only: the count above the table shows it.
    announce(`Showing ${shownRows(overview.rows, changed).length} of ${all}.`);
  };

  const csv = () =>
    actions()
      .then((m) => m.downloadCsv(rows, today, 'Download CSV'))
      .catch(() => unavailable('Download CSV', csv));

  return (
    <>
      {source && (
        <p class="overview-source">
          From {source}, built on {dayText(today)}.
        </p>
      )}
      <div class="overview-filters">
        <label class="field">
          Show
          <select
            value={filter.show}
            disabled={!hydrated}
            onChange={(event) => filterBy({ show: event.currentTarget.value as Show })}
          >
            {SHOW_CHOICES.map((choice) => (
              <option key={choice.id} value={choice.id}>
                {choice.label}
              </option>
            ))}
          </select>
        </label>
        <label class="field">
          Filter by name
          <input
            type="text"
            value={filter.query}
            disabled={!hydrated}
            onInput={(event) => filterBy({ query: event.currentTarget.value })}
          />
        </label>
      </div>
      <p class="overview-count">
        Showing {shown}. <Status at="table" />
      </p>
      <OverviewTable
        rows={rows}
        sort={sort}
        onSort={sortBy}
        onRemove={
          hydrated
            ? (row) =>
                focusSoon(
                  onRemove(
                    [row.summary.mentorship],
                    `Removed ${row.summary.pair.mentee || '(no name)'} with ${row.summary.pair.mentor || '(no name)'}.`,
                  ),
                )
            : undefined
        }
        caption={`Pairs in the overview (${shown} shown)`}
      />
      <div class="notice-actions">
        <button type="button" disabled={!hydrated || rows.length === 0} onClick={csv}>
          Download CSV of the pairs shown
        </button>
        {tools && (
          <tools.ConfirmAction
            label="Clear all…"
            question={`Remove all ${all} from the overview?`}
            confirmLabel="Clear all"
            cancelLabel="Keep them"
            onConfirm={() =>
              onRemove(
                overview.rows.map((row) => row.summary.mentorship),
                `Cleared ${all}.`,
              )
            }
          />
        )}
        <Status at="Download CSV" />
      </div>
      <h3>Totals</h3>
      <OverviewTotals totals={totalsOf(rows)} shown={`${shown} shown`} />
    </>
  );
}
