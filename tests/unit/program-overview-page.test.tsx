import { getTestStorage, setTestStorageKey } from '@nanostores/persistent';
import { cleanup, render, screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { ProgramOverview } from '../../src/components/overview/built';
import { ProgramOverview as PlaybookOverview } from '../../src/components/overview/islands';
import { summaryFile } from '../../src/playbook/program/summary';
import { OVERVIEW_KEY } from '../../src/stores/overview/key';
import { TODAY, onTrack, overdue, stalled } from './helpers/program-pairs';
import { resetStores } from './helpers/stores';

const initial = () => ({
  summaries: [onTrack(), stalled(), overdue()],
  source: "the folder examples/program-pairs in this site's repository",
  today: TODAY,
});

const bodyRows = () =>
  within(screen.getByRole('table', { name: /Pairs in the overview/ }))
    .getAllByRole('row')
    .slice(1);
const pairCells = () =>
  bodyRows().map((row) => within(row).getAllByRole('rowheader')[0]!.textContent);

beforeEach(() => resetStores({ mentorship: false }));
afterEach(cleanup);

describe('pairs given at build time (initial)', () => {
  test('render in the build as a real table, with where they come from', () => {
    const html = renderToString(h(ProgramOverview, { initial: initial() }));
    expect(html).toContain('<table');
    expect(html).toContain(
      '<caption id="overview-caption">Pairs in the overview (3 of 3 pairs shown)</caption>',
    );
    expect(html).toContain(
      "From the folder examples/program-pairs in this site's repository, built on 30 Nov 2026.",
    );
    expect(html).toContain('Stalled');
    expect(html).toContain('Review overdue');
  });

  test('sort, filter and show totals in the browser, and never touch the kept overview', async () => {
    setTestStorageKey(OVERVIEW_KEY, JSON.stringify({ version: 1, summaries: [], program: null }));
    const user = userEvent.setup();
    render(<ProgramOverview initial={initial()} />);
    await waitFor(() => expect(screen.getByRole('button', { name: /^Pair/ })).toBeEnabled());
    expect(pairCells()).toEqual(['Tom with Priya', 'Ada with Lin', 'Sam with Kim']);
    expect(screen.getByText(/4 of 5 expected/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: /^Pair/ }));
    expect(screen.getByRole('columnheader', { name: /^Pair/ })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
    expect(pairCells()).toEqual(['Ada with Lin', 'Sam with Kim', 'Tom with Priya']);
    await user.click(screen.getByRole('button', { name: /^Pair/ }));
    expect(screen.getByRole('columnheader', { name: /^Pair/ })).toHaveAttribute(
      'aria-sort',
      'descending',
    );

    await user.selectOptions(screen.getByRole('combobox', { name: 'Show' }), 'attention');
    expect(screen.getByText('Showing 2 of 3 pairs.')).toBeInTheDocument();
    expect(pairCells()).toEqual(['Sam with Kim', 'Ada with Lin']);
    const totals = screen.getByRole('table', { name: 'Pairs (2 of 3 pairs shown)' });
    expect(
      within(within(totals).getByRole('row', { name: /Stalled/ })).getByRole('cell'),
    ).toHaveTextContent('1');

    await user.type(screen.getByRole('textbox', { name: 'Filter by name' }), 'kim');
    expect(pairCells()).toEqual(['Sam with Kim']);

    // What the browser keeps is neither read nor offered here.
    expect(screen.queryByRole('group', { name: /Keep this overview/ })).toBeNull();
    expect(getTestStorage()[OVERVIEW_KEY]).toBe(
      JSON.stringify({ version: 1, summaries: [], program: null }),
    );
  });
});

describe('the playbook page', () => {
  test('starts empty, saying what to do and which rules apply, not kept', async () => {
    render(<PlaybookOverview />);
    expect(screen.getByText(/No pairs yet/)).toBeInTheDocument();
    expect(
      screen.getByText(/the defaults apply: A pair counts as stalled after 21 days/),
    ).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Choose files' })).toBeEnabled());
    expect(screen.getByRole('radio', { name: /^Not kept/ })).toBeChecked();
    expect(getTestStorage()[OVERVIEW_KEY]).toBeUndefined();
  });

  test('adds picked files, says what came of each, and keeps them only when asked', async () => {
    const user = userEvent.setup({ applyAccept: false });
    render(<PlaybookOverview />);
    const choose = screen.getByRole('button', { name: 'Choose files' });
    await waitFor(() => expect(choose).toBeEnabled());
    const input = document.querySelector<HTMLInputElement>('input[type=file][multiple]')!;
    const files = [onTrack(), stalled()].map(
      (s) => new File([summaryFile(s).text], summaryFile(s).name),
    );
    await user.upload(input, [...files, new File(['not json at all {'], 'notes.json')]);
    await screen.findByRole('table', { name: /Pairs in the overview/ });
    expect(pairCells()).toEqual(['Tom with Priya', 'Ada with Lin']);
    const results = screen.getByRole('list', { name: 'What came of each file' });
    expect(
      within(results)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      expect.stringMatching(
        /^Added: progress-tom-and-priya-2026-11-30\.json\. Added Tom and Priya\./,
      ),
      expect.stringMatching(/^Added: progress-ada-and-lin-2026-11-30\.json\./),
      expect.stringMatching(/^Refused: notes\.json\. This file is not valid JSON/),
    ]);
    expect(getTestStorage()[OVERVIEW_KEY]).toBeUndefined();

    await user.click(screen.getByRole('radio', { name: 'Kept in this browser only' }));
    await waitFor(() => expect(getTestStorage()[OVERVIEW_KEY]).toContain('"m-ada"'));
    await user.click(screen.getByRole('radio', { name: /^Not kept/ }));
    await waitFor(() => expect(getTestStorage()[OVERVIEW_KEY]).toBeUndefined());
  });

  test('reads back the overview this browser keeps', async () => {
    setTestStorageKey(
      OVERVIEW_KEY,
      JSON.stringify({ version: 1, summaries: [stalled()], program: null }),
    );
    render(<PlaybookOverview />);
    await screen.findByRole('table', { name: /Pairs in the overview/ });
    expect(pairCells()).toEqual(['Ada with Lin']);
    expect(screen.getByRole('radio', { name: 'Kept in this browser only' })).toBeChecked();
  });

  test('removes a pair, and undoes it', async () => {
    const user = userEvent.setup();
    setTestStorageKey(
      OVERVIEW_KEY,
      JSON.stringify({ version: 1, summaries: [onTrack(), stalled()], program: null }),
    );
    render(<PlaybookOverview />);
    await screen.findByRole('table', { name: /Pairs in the overview/ });
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Remove Tom with Priya' })).toBeEnabled(),
    );
    await user.click(screen.getByRole('button', { name: 'Remove Tom with Priya' }));
    expect(pairCells()).toEqual(['Ada with Lin']);
    await user.click(await screen.findByRole('button', { name: 'Undo' }));
    expect(pairCells()).toEqual(['Tom with Priya', 'Ada with Lin']);
  });
});
