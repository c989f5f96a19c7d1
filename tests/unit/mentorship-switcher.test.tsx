import { getTestStorage } from '@nanostores/persistent';
import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { allTasks } from 'nanostores';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import KickoffChecklist from '../../src/components/kickoff/KickoffChecklist';
import { MentorshipSwitcher } from '../../src/components/mentorships/MentorshipSwitcher';
import { INDEX_KEY, documentKey } from '../../src/playbook/documents/mentorships';
import { kickoffGuide } from '../../src/playbook/kickoff/guide';
import { TEST_ID, resetStores } from './helpers/stores';

beforeEach(() => resetStores());
afterEach(() => {
  cleanup();
  resetStores();
});

const index = () => JSON.parse(getTestStorage()[INDEX_KEY]!);
const mentorName = () => screen.getByRole('textbox', { name: "Mentor's name" }) as HTMLInputElement;
const select = () => screen.getByRole('combobox', { name: 'Mentorship' }) as HTMLSelectElement;
/** The open mentorship's name as the switcher shows it: in its list, or as text when it is the only one. */
const shown = () =>
  screen.queryByRole('combobox', { name: 'Mentorship' })
    ? select().selectedOptions[0]!.text
    : document.querySelector('.mentorship-current strong')?.textContent;

function renderWithChecklist() {
  return render(
    <>
      <MentorshipSwitcher />
      <KickoffChecklist guide={kickoffGuide()} />
    </>,
  );
}

async function openTools(user: ReturnType<typeof userEvent.setup>) {
  const toggle = screen.getByRole('button', { name: 'Share or manage…' });
  await user.click(toggle);
  expect(toggle).toHaveAttribute('aria-expanded', 'true');
  return screen.findByRole('button', { name: 'New mentorship' });
}

describe('MentorshipSwitcher', () => {
  test('names the open mentorship after the pair, starts another, and switches between them', async () => {
    const user = userEvent.setup();
    renderWithChecklist();
    await user.type(mentorName(), 'Ada');
    await user.type(screen.getByRole('textbox', { name: "Mentee's name" }), 'Tom');
    // One mentorship: its name as text, with no list to choose from.
    await waitFor(() => expect(shown()).toBe('Tom and Ada'));
    expect(screen.queryByRole('combobox', { name: 'Mentorship' })).toBeNull();

    await user.click(await openTools(user));
    await waitFor(() => expect(select()).toHaveFocus());
    expect(mentorName().value).toBe('');
    // Unnamed, it is called by the day it was started, in the user's time zone.
    const started = new Date(index().mentorships[1].createdAt);
    const day = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium' }).format(started);
    expect([...select().options].map((o) => o.text)).toEqual([
      'Tom and Ada',
      `Mentorship started ${day}`,
    ]);
    await user.type(mentorName(), 'Lin');
    await waitFor(() => expect(shown()).toBe('Lin'));

    // Choosing in the list changes nothing (WCAG 3.2.2); "Open" does, and says so where seen.
    await user.selectOptions(select(), 'Tom and Ada');
    expect(mentorName().value).toBe('Lin');
    expect(index().open).not.toBe(TEST_ID);
    await user.click(screen.getByRole('button', { name: 'Open' }));
    await waitFor(() => expect(mentorName().value).toBe('Ada'));
    expect(screen.getByText('Opened “Tom and Ada”.')).toBeVisible();
    expect(index().open).toBe(TEST_ID);
    expect(index().mentorships).toHaveLength(2);
    // Open again on the open one changes nothing, and says which is open.
    await user.click(screen.getByRole('button', { name: 'Open' }));
    expect(index().open).toBe(TEST_ID);
    expect(await screen.findByText('Opened “Tom and Ada”.')).toBeVisible();
  });

  test('renames, and an empty name goes back to the pair', async () => {
    const user = userEvent.setup();
    renderWithChecklist();
    await user.type(mentorName(), 'Ada');
    await openTools(user);
    const name = screen.getByRole('textbox', { name: 'Name of “Ada”' });
    await user.type(name, '  Backend   pairing ');
    await user.click(screen.getByRole('button', { name: 'Save name' }));
    await waitFor(() => expect(shown()).toBe('Backend pairing'));
    expect(screen.getByText('Renamed to “Backend pairing”.')).toBeVisible();
    expect(index().mentorships[0].name).toBe('Backend pairing');
    await user.clear(screen.getByRole('textbox', { name: 'Name of “Backend pairing”' }));
    await user.click(screen.getByRole('button', { name: 'Save name' }));
    await waitFor(() => expect(shown()).toBe('Ada'));
    expect(screen.getByText('Named after the pair again.')).toBeVisible();
  });

  test('deletes the open one after asking, with everything it held, and undo brings it all back', async () => {
    const user = userEvent.setup();
    renderWithChecklist();
    await user.type(mentorName(), 'Ada');
    await user.click(await openTools(user));
    await user.type(mentorName(), 'Lin');
    const second = index().open;
    const stored = getTestStorage()[documentKey(second, 'kickoff')];

    await user.click(screen.getByRole('button', { name: 'Delete this mentorship…' }));
    const keep = screen.getByRole('button', { name: 'Keep it' });
    await waitFor(() => expect(keep).toHaveFocus());
    expect(
      screen.getByRole('group', {
        name: 'Delete “Lin” from this browser? Its kickoff answers, format choice, agenda, reviews and its session history go with it.',
      }),
    ).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Delete mentorship' }));

    await waitFor(() => expect(mentorName().value).toBe('Ada'));
    expect(getTestStorage()[documentKey(second, 'kickoff')]).toBeUndefined();
    expect(index().mentorships.map((m: { id: string }) => m.id)).toEqual([TEST_ID]);
    expect(screen.getByText('Deleted “Lin”.')).toBeVisible();
    const undo = screen.getByRole('button', { name: 'Undo' });
    await waitFor(() => expect(undo).toHaveFocus());

    await user.click(undo);
    await waitFor(() => expect(mentorName().value).toBe('Lin'));
    expect(getTestStorage()[documentKey(second, 'kickoff')]).toBe(stored);
    expect(index().open).toBe(second);
    expect(index().mentorships.map((m: { id: string }) => m.id)).toEqual([TEST_ID, second]);
  });

  test('before any answer, it says the first one starts a mentorship', async () => {
    resetStores({ mentorship: false });
    render(<MentorshipSwitcher />);
    expect(
      await screen.findByText('Your first answer starts a mentorship. Keep one for each mentee.'),
    ).toBeVisible();
    expect(screen.queryByRole('combobox')).toBeNull();
    expect(getTestStorage()).toEqual({});
  });
});

describe('when another tab deletes the open mentorship this page changed', () => {
  test('the notice takes focus; letting it go writes nothing, and focus goes back to the field', async () => {
    const user = userEvent.setup();
    renderWithChecklist();
    await user.type(mentorName(), 'Ada');
    await waitFor(() => expect(shown()).toBe('Ada'));
    // The page's first change loaded what follows other tabs' deletions.
    await allTasks();
    const stored = { ...getTestStorage() };
    // What reaches this page when another tab deletes it: the index without it.
    dispatchEvent(
      new StorageEvent('storage', {
        key: INDEX_KEY,
        oldValue: stored[INDEX_KEY],
        newValue: JSON.stringify({ version: 1, open: '', mentorships: [] }),
      }),
    );
    const title = await screen.findByRole('heading', { name: '“Ada” was deleted in another tab' });
    await waitFor(() => expect(title).toHaveFocus());
    expect(mentorName().value).toBe('Ada');
    expect(screen.queryByRole('button', { name: 'Share or manage…' })).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Let it go' }));
    expect(screen.queryByRole('heading', { name: /was deleted in another tab/ })).toBeNull();
    await waitFor(() => expect(mentorName()).toHaveFocus());
    expect(getTestStorage()).toEqual(stored);
  });
});
