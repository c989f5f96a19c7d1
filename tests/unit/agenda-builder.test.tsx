import { getTestStorage, setTestStorageKey } from '@nanostores/persistent';
import { cleanup, render, screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { HISTORY_KEY, KICKOFF_KEY, resetStores } from './helpers/stores';
import { emptyKickoff } from '../../src/playbook/kickoff/topics';
import AgendaBuilder from '../../src/components/agenda/AgendaBuilder';
import History from '../../src/components/agenda/History';
import { $storageUse } from '../../src/stores/core/storage';

beforeEach(resetStores);
afterEach(() => {
  cleanup();
  resetStores();
});
const partTitles = () =>
  screen
    .getAllByRole('textbox', { name: /^Part \d+ title$/ })
    .map((i) => (i as HTMLInputElement).value);

describe('AgendaBuilder', () => {
  test('starts with the four parts, timeboxed to 30 minutes', async () => {
    render(
      <>
        <AgendaBuilder />
        <History />
      </>,
    );
    await waitFor(() =>
      expect(partTitles()).toEqual([
        'Since last time',
        "Last time's action items",
        'A current challenge',
        'A recent success',
      ]),
    );
    expect(
      screen.getByText(/^Planned 30 of 30 minutes\. The timeboxes fill it exactly\.$/),
    ).toBeVisible();
  });

  test('says when the plan runs over, and fits it back', async () => {
    const user = userEvent.setup();
    render(
      <>
        <AgendaBuilder />
        <History />
      </>,
    );
    const minutes = await screen.findByRole('spinbutton', {
      name: /minutes for A current challenge/i,
    });
    await user.clear(minutes);
    await user.type(minutes, '25');
    expect(await screen.findByText(/The plan runs 13 minutes over/)).toBeVisible();
    await user.tab();
    await user.clear(minutes);
    await user.type(minutes, '999');
    expect(minutes).toHaveAttribute('aria-invalid', 'true');
    expect(minutes).toHaveAccessibleDescription('Enter a whole number of minutes from 0 to 240.');
    // Nothing is stored while the error shows: the plan is as it was before the edit.
    expect(screen.getByText(/The plan runs 13 minutes over/)).toBeInTheDocument();
    await user.clear(minutes);
    await user.type(minutes, '25');
    await user.click(screen.getByRole('button', { name: 'Fit the timeboxes to 30 minutes' }));
    expect(await screen.findByText(/^Planned 30 of 30 minutes\./)).toBeVisible();
  });

  test('reorders parts from the keyboard, keeping focus on the moved part', async () => {
    const user = userEvent.setup();
    render(
      <>
        <AgendaBuilder />
        <History />
      </>,
    );
    const down = await screen.findByRole('button', { name: 'Move down: Since last time' });
    down.focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(partTitles()[1]).toBe('Since last time'));
    await waitFor(() =>
      expect(document.activeElement?.getAttribute('aria-label')).toBe('Move down: Since last time'),
    );
  });

  test('adds, removes and restores a part', async () => {
    const user = userEvent.setup();
    render(
      <>
        <AgendaBuilder />
        <History />
      </>,
    );
    await user.click(await screen.findByRole('button', { name: 'Add a part' }));
    await waitFor(() => expect(partTitles()).toHaveLength(5));
    await user.click(screen.getByRole('button', { name: 'Remove: A recent success' }));
    await waitFor(() => expect(partTitles()).not.toContain('A recent success'));
    await user.click(await screen.findByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(partTitles()).toContain('A recent success'));
  });

  test('asks before finishing, then carries the open item and lists the session', async () => {
    const user = userEvent.setup();
    render(
      <>
        <AgendaBuilder />
        <History />
      </>,
    );
    await user.type(
      await screen.findByRole('textbox', { name: 'New action item' }),
      'Write the estimate',
    );
    await user.click(screen.getByRole('button', { name: 'Add' }));
    await user.click(screen.getByRole('button', { name: 'Add' }));
    expect(screen.getByText('Write what will be done before adding it.')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Finish session…' }));
    await user.click(screen.getByRole('button', { name: 'Finish session' }));
    const carried = await screen.findByRole('checkbox', { name: 'Write the estimate (mentee)' });
    expect((carried as HTMLInputElement).checked).toBe(false);
    expect(
      await screen.findByText(/^Session on \d{4}-\d{2}-\d{2} \(4 parts, 1 action item\)$/),
    ).toBeVisible();
    expect(JSON.parse(getTestStorage()[HISTORY_KEY]!).sessions).toHaveLength(1);
  });

  test('with no goals, the check-in says where to set them', async () => {
    render(<AgendaBuilder />);
    const link = await screen.findByRole('link', {
      name: 'Set one to three in the kickoff checklist',
    });
    expect(link.getAttribute('href')).toBe('/playbooks/kickoff-checklist/#kickoff-goals');
    expect(screen.queryByRole('radio')).toBeNull();
  });

  test('checks in on each open goal by keyboard, clears, and keeps it with the finished session', async () => {
    const goal = { id: 'g', what: '', evidence: '', by: '', outcome: '', closedOn: '' } as const;
    const kickoff = emptyKickoff();
    kickoff.goals = [
      { ...goal, id: 'g1', what: 'Ship a service' },
      { ...goal, id: 'g2', what: 'Merge a PR', outcome: 'reached' },
      { ...goal, id: 'g3', what: 'Review code' },
    ];
    setTestStorageKey(KICKOFF_KEY, JSON.stringify({ version: 1, ...kickoff }));
    const user = userEvent.setup();
    render(
      <>
        <AgendaBuilder />
        <History />
      </>,
    );
    const ship = await screen.findByRole('group', { name: 'Ship a service' });
    // Closed goals are not checked in on.
    expect(screen.queryByRole('group', { name: 'Merge a PR' })).toBeNull();
    within(ship).getByRole('radio', { name: 'Not started' }).focus();
    await user.keyboard('{ArrowRight}');
    expect(within(ship).getByRole('radio', { name: 'Moving' })).toBeChecked();
    const note = await within(ship).findByRole('textbox', { name: 'What happened (optional)' });
    await user.type(note, 'Deployed to staging');
    const review = screen.getByRole('group', { name: 'Review code' });
    await user.click(within(review).getByRole('radio', { name: 'Stuck' }));
    await user.click(
      within(review).getByRole('button', { name: 'Clear the check-in on Review code' }),
    );
    await waitFor(() =>
      expect(within(review).getByRole('radio', { name: 'Stuck' })).not.toBeChecked(),
    );
    expect(document.activeElement).toBe(within(review).getByRole('radio', { name: 'Not started' }));
    await user.click(within(review).getByRole('radio', { name: 'Done' }));
    // A check-in with a note cleared can be undone.
    await user.click(
      within(ship).getByRole('button', { name: 'Clear the check-in on Ship a service' }),
    );
    const undo = await screen.findByRole('button', { name: 'Undo' });
    await waitFor(() => expect(document.activeElement).toBe(undo));
    await user.click(undo);
    await waitFor(() =>
      expect(within(ship).getByRole('textbox', { name: 'What happened (optional)' })).toHaveValue(
        'Deployed to staging',
      ),
    );

    await user.click(screen.getByRole('button', { name: 'Finish session…' }));
    await user.click(screen.getByRole('button', { name: 'Finish session' }));
    expect(
      await screen.findByText(
        /^Session on \d{4}-\d{2}-\d{2} \(4 parts, 0 action items, 2 goal check-ins\)$/,
      ),
    ).toBeVisible();
    expect(JSON.parse(getTestStorage()[HISTORY_KEY]!).sessions[0].checkIns).toEqual([
      { goal: 'g1', what: 'Ship a service', state: 'moving', note: 'Deployed to staging' },
      { goal: 'g3', what: 'Review code', state: 'done', note: '' },
    ]);
    // The next agenda starts with no check-in.
    await waitFor(() =>
      expect(within(ship).getByRole('radio', { name: 'Moving' })).not.toBeChecked(),
    );
    expect(screen.queryByRole('textbox', { name: 'What happened (optional)' })).toBeNull();
  });

  test('deleting a past session asks first', async () => {
    const user = userEvent.setup();
    render(
      <>
        <AgendaBuilder />
        <History />
      </>,
    );
    await user.click(await screen.findByRole('button', { name: 'Finish session…' }));
    await user.click(screen.getByRole('button', { name: 'Finish session' }));
    const history = await screen.findByRole('list', { name: 'Past sessions' });
    const ask = within(history).getByRole('button', { name: /^Delete the session on/ });
    await user.click(ask);
    await waitFor(() => expect(screen.getByRole('button', { name: 'Keep it' })).toHaveFocus());
    await user.click(screen.getByRole('button', { name: 'Keep it' }));
    expect(JSON.parse(getTestStorage()[HISTORY_KEY]!).sessions).toHaveLength(1);
    await waitFor(() =>
      expect(within(history).getByRole('button', { name: /^Delete the/ })).toHaveFocus(),
    );
    await user.keyboard('{Enter}');
    await user.keyboard('{Escape}');
    await waitFor(() =>
      expect(within(history).getByRole('button', { name: /^Delete the/ })).toHaveFocus(),
    );
    await user.click(within(history).getByRole('button', { name: /^Delete the session on/ }));
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    await screen.findByText(/No sessions finished yet/);
  });

  test('offers the log before storage runs out', async () => {
    render(
      <>
        <AgendaBuilder />
        <History />
      </>,
    );
    $storageUse.set(4_500_000);
    expect(
      await screen.findByText("This browser's storage for the site is nearly full"),
    ).toBeVisible();
    expect(
      screen.getAllByRole('button', { name: /Download the whole log/ }).length,
    ).toBeGreaterThan(0);
  });
});
