import { getTestStorage, setTestStorageKey } from '@nanostores/persistent';
import { cleanup, render, screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { CHOOSER_KEY, KICKOFF_KEY, resetStores } from './helpers/stores';
import FormatChooser from '../../src/components/chooser/FormatChooser';
import { emptyKickoff } from '../../src/playbook/kickoff/topics';

beforeEach(resetStores);
afterEach(() => {
  cleanup();
  resetStores();
});

const rankedNames = () => screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);

describe('FormatChooser', () => {
  test('ranks the formats as questions are answered, with reasons in words', async () => {
    const user = userEvent.setup();
    render(<FormatChooser />);
    await user.click(await screen.findByRole('radio', { name: 'Just starting' }));
    await user.click(screen.getByRole('radio', { name: 'Not clear yet' }));
    await waitFor(() => expect(rankedNames()[0]).toBe('Q&A sessions'));
    const fits = screen.getByRole('list', { name: 'Why Q&A sessions fits' });
    expect(
      within(fits).getByText(/The mentee is just starting and the goal is not clear yet/),
    ).toBeVisible();
    expect(await screen.findByText('Best fit now: Q&A sessions.')).toBeInTheDocument();
    // For and against differ in visible words, not only in their lists' names.
    expect(fits.previousElementSibling).toHaveTextContent('For');
    const against = screen.getAllByRole('list', { name: /^What counts against/ })[0]!;
    expect(against.previousElementSibling).toHaveTextContent('Against');

    expect(
      screen.getAllByText('Nothing in your answers so far speaks for or against it.'),
    ).toHaveLength(1);

    await user.click(screen.getByRole('radio', { name: 'A specific codebase or system' }));
    await waitFor(() => expect(rankedNames()[0]).toBe('Code review and deep dives'));
  });

  test('picking formats saves them to the kickoff answers, and the kickoff pick shows here', async () => {
    const user = userEvent.setup();
    const state = emptyKickoff();
    state.formats = ['code-review'];
    setTestStorageKey(KICKOFF_KEY, JSON.stringify({ version: 1, ...state }));
    render(<FormatChooser />);
    const review = await screen.findByRole('checkbox', {
      name: 'Use Code review and deep dives in our mentorship',
    });
    await waitFor(() => expect((review as HTMLInputElement).checked).toBe(true));
    await user.click(
      screen.getByRole('checkbox', { name: 'Use Regular pairing in our mentorship' }),
    );
    expect(JSON.parse(getTestStorage()[KICKOFF_KEY]!).formats).toEqual([
      'code-review',
      'regular-pairing',
    ]);
    await screen.findByText(/Chosen: Regular pairing and Code review and deep dives\./);
    await user.click(review);
    expect(JSON.parse(getTestStorage()[KICKOFF_KEY]!).formats).toEqual(['regular-pairing']);
  });

  test('clears its answers', async () => {
    const user = userEvent.setup();
    setTestStorageKey(CHOOSER_KEY, JSON.stringify({ version: 1, answers: { level: 'deep' } }));
    render(<FormatChooser />);
    await waitFor(() =>
      expect(
        (screen.getByRole('radio', { name: 'Wants to go deep' }) as HTMLInputElement).checked,
      ).toBe(true),
    );
    await user.click(screen.getByRole('button', { name: 'Clear the answers' }));
    await waitFor(() =>
      expect(
        (screen.getByRole('radio', { name: 'Wants to go deep' }) as HTMLInputElement).checked,
      ).toBe(false),
    );
  });

  test('says so when earlier answers could not be read, and keeps a copy', async () => {
    setTestStorageKey(CHOOSER_KEY, '{damaged');
    render(<FormatChooser />);
    expect(await screen.findByText('Saved answers could not be read')).toBeVisible();
    expect(screen.getByRole('button', { name: 'Download the kept copy' })).toBeVisible();
  });
});
