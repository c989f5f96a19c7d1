import { getTestStorage, setTestStorageKey } from '@nanostores/persistent';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { KICKOFF_KEY, resetStores } from './helpers/stores';
import AgreementPanel from '../../src/components/kickoff/AgreementPanel';
import KickoffChecklist from '../../src/components/kickoff/KickoffChecklist';
import { TOPICS, emptyKickoff } from '../../src/playbook/kickoff/topics';
import { kickoffGuide } from '../../src/playbook/kickoff/guide';
import { $storageHealth } from '../../src/stores/core/storage';
import { resetName } from '../../src/playbook/portable/reset-names';

const stored = () => JSON.parse(getTestStorage()[KICKOFF_KEY] ?? 'null');

beforeEach(resetStores);
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  resetStores();
});

function renderChecklist() {
  return render(<KickoffChecklist guide={kickoffGuide()} />);
}

describe('KickoffChecklist', () => {
  test('lists every topic with a labelled checkbox, notes field and guide link', async () => {
    renderChecklist();
    for (const topic of TOPICS) {
      const box = await screen.findByRole('checkbox', { name: topic.title });
      expect((box as HTMLInputElement).disabled).toBe(false);
      expect(screen.getByRole('textbox', { name: `Notes: ${topic.title}` })).toBeVisible();
      // Titles are phrases and sentences: the hidden part names the topic as it is written.
      expect(
        screen.getByRole('link', { name: `Read more in the guide about “${topic.title}”` }),
      ).toBeTruthy();
    }
    const link = screen.getByRole('link', { name: 'Read more in the guide about “Backgrounds”' });
    expect(link.getAttribute('href')).toBe('/conversations/kickoff/#backgrounds');
  });

  test('saves what is ticked and typed, and counts progress by stage', async () => {
    const user = userEvent.setup();
    renderChecklist();
    await user.click(await screen.findByRole('checkbox', { name: 'The goal' }));
    await user.type(screen.getByRole('textbox', { name: 'Notes: The goal' }), 'Ship a service');
    await user.type(screen.getByRole('textbox', { name: "Mentor's name" }), 'Ada');
    expect(stored().topics.goal).toEqual({ agreed: true, notes: 'Ship a service' });
    expect(stored().pair.mentor).toBe('Ada');
    await screen.findByText('1 of 18 agreed');
    expect(
      screen.getByRole('heading', { name: 'Set the direction (1 of 5 agreed)' }),
    ).toBeVisible();
    expect(screen.getByText('Saved in this browser')).toBeVisible();
  });

  test('shows stored answers once mounted', async () => {
    const state = emptyKickoff();
    state.topics.challenges = { agreed: true, notes: 'Busy release in March' };
    setTestStorageKey(KICKOFF_KEY, JSON.stringify({ version: 1, ...state }));
    renderChecklist();
    await waitFor(() =>
      expect(
        (
          screen.getByRole('textbox', {
            name: 'Notes: Challenges you can see coming',
          }) as HTMLTextAreaElement
        ).value,
      ).toBe('Busy release in March'),
    );
    expect(
      (screen.getByRole('checkbox', { name: 'Challenges you can see coming' }) as HTMLInputElement)
        .checked,
    ).toBe(true);
  });

  test('rejects a session length out of range with a message, and keeps what was typed', async () => {
    const user = userEvent.setup();
    renderChecklist();
    const minutes = await screen.findByRole('spinbutton', { name: 'Session length (minutes)' });
    await user.type(minutes, '4');
    // "4" may become "45": no complaint yet, and nothing stored.
    expect(minutes).not.toHaveAttribute('aria-invalid');
    await user.tab();
    expect(minutes).toHaveAccessibleDescription(/^Enter a whole number of minutes from 10 to 240/);
    await user.clear(minutes);
    await user.type(minutes, '5000');
    expect(minutes).toHaveAttribute('aria-invalid', 'true');
    expect(minutes).toHaveAccessibleDescription(/^Enter a whole number/);
    expect(minutes).toHaveValue(5000);
    // "50" passed on the way, but what is stored while the error shows is what was there before.
    expect(stored().cadence.minutes).toBe(null);
    await user.clear(minutes);
    await user.type(minutes, '45');
    expect(minutes).not.toHaveAccessibleDescription();
    expect(stored().cadence.minutes).toBe(45);
  });

  // "Go, or not yet" is asked once the direction is set and before how you'll work, whether the
  // kickoff is one meeting or two; it is stored as before, outside every topic, and counts no topic.
  test('asks go or not yet as its own step between "Set the direction" and "Agree how you\'ll work"', async () => {
    const user = userEvent.setup();
    renderChecklist();
    const group = await screen.findByRole('group', { name: 'Do you go ahead?' });
    const step = screen.getByRole('region', { name: 'Go, or not yet' });
    expect(step).toContainElement(group);
    const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    const at = headings.indexOf('Go, or not yet');
    expect(headings[at - 1]).toMatch(/^Set the direction /);
    expect(headings[at + 1]).toMatch(/^Agree how you'll work /);
    // No topic holds it any more.
    expect(group.closest('li')).toBeNull();
    expect(
      within(step)
        .getByRole('link', { name: 'Read more in the guide about “Go, or not yet”' })
        .getAttribute('href'),
    ).toBe('/conversations/kickoff/#go-or-not-yet');
    await user.click(within(group).getByRole('radio', { name: 'We go ahead' }));
    expect(stored().goAhead).toBe('go');
    expect(stored().topics['is-mentorship'].agreed).toBe(false);
    expect(screen.getByText('0 of 18 agreed')).toBeVisible();
  });

  test('structured answers: go ahead, cadence, scheduler, formats and re-evaluation', async () => {
    const user = userEvent.setup();
    renderChecklist();
    await user.selectOptions(
      await screen.findByRole('combobox', { name: 'How often' }),
      'every-two-weeks',
    );
    await user.click(screen.getByRole('radio', { name: 'Not yet' }));
    await user.click(screen.getByRole('radio', { name: 'The mentee' }));
    await user.click(screen.getByRole('checkbox', { name: 'Regular pairing' }));
    await user.click(screen.getByRole('checkbox', { name: 'Q&A sessions' }));
    await user.click(screen.getByRole('radio', { name: 'When a condition is met' }));
    await user.type(
      await screen.findByRole('textbox', { name: /^Condition/ }),
      'the service is live',
    );
    expect(stored()).toMatchObject({
      cadence: { frequency: 'every-two-weeks' },
      goAhead: 'not-yet',
      scheduler: 'mentee',
      formats: ['regular-pairing', 'qa-sessions'],
      reevaluate: { mode: 'condition', condition: 'the service is live' },
    });
  });

  test('calls each field what an import preview calls a value of it that did not fit', async () => {
    const user = userEvent.setup();
    renderChecklist();
    await user.click(await screen.findByRole('radio', { name: 'On a date' }));
    const named = (path: string) => resetName(`kickoff.${path}`).split(' › ');
    // The words a preview uses after the page's name and the topic: the label or legend of the field.
    const labelled = (words: string[]) => {
      const label = words.at(-1)!;
      const labels = [...document.querySelectorAll('label, legend')].map((el) =>
        el.textContent!.trim(),
      );
      expect(
        labels.filter((text) => text.startsWith(label)),
        label,
      ).toHaveLength(1);
    };
    for (const path of ['pair.mentor', 'pair.mentee', 'pair.startDate']) {
      expect(named(path).slice(0, 2)).toEqual(['Kickoff checklist', 'The pair']);
      labelled(named(path));
    }
    expect(screen.getByRole('group', { name: 'The pair' })).toBeVisible();
    for (const path of [
      'cadence.frequency',
      'cadence.minutes',
      'cadence.time',
      'scheduler',
      'reevaluate.mode',
      'reevaluate.date',
      'formats',
    ]) {
      const [page, topic, ...field] = named(path);
      expect(page).toBe('Kickoff checklist');
      // The field stands under its topic.
      const item = screen.getByRole('checkbox', { name: topic }).closest('li')!;
      expect(item.textContent).toContain(field.at(-1));
      labelled(field);
    }
    // The go-ahead is a step of its own, not a topic: its name is the step's heading and legend.
    const [page, step, legend] = named('goAhead');
    expect(page).toBe('Kickoff checklist');
    const section = screen.getByRole('region', { name: step });
    expect(within(section).getByRole('group', { name: legend })).toBeVisible();
    labelled([legend!]);
    await user.click(screen.getByRole('radio', { name: 'When a condition is met' }));
    labelled(named('reevaluate.condition'));
    for (const path of ['reevaluate.after.count', 'reevaluate.after.unit']) labelled(named(path));
    await user.click(screen.getByRole('button', { name: 'Add a goal' }));
    await screen.findByRole('group', { name: 'Goal 1' });
    for (const path of ['goals.0.what', 'goals.0.evidence', 'goals.0.by']) {
      const [, topic, goal, field] = named(path);
      expect(topic).toBe('The goal');
      const group = screen.getByRole('group', { name: goal });
      expect(screen.getByRole('checkbox', { name: topic }).closest('li')).toContainElement(group);
      expect(within(group).getByLabelText(field!, { exact: false })).toBeVisible();
    }
    for (const topic of TOPICS) {
      const [, title, notes] = named(`topics.${topic.id}.notes`);
      expect(screen.getByRole('textbox', { name: `${notes}: ${title}` })).toBeVisible();
      expect(named(`topics.${topic.id}.agreed`)).toEqual(['Kickoff checklist', title, 'Agreed']);
      expect(screen.getByRole('checkbox', { name: title })).toBeVisible();
    }
  });

  test('goals: one to three open, each a labelled group, added and removed by keyboard with undo', async () => {
    const user = userEvent.setup();
    renderChecklist();
    const add = await screen.findByRole('button', { name: 'Add a goal' });
    expect(screen.getByText(/^No goals yet/)).toBeVisible();
    add.focus();
    await user.keyboard('{Enter}');
    const first = await screen.findByRole('group', { name: 'Goal 1' });
    const what = within(first).getByRole('textbox', { name: 'What' });
    await waitFor(() => expect(document.activeElement).toBe(what));
    await user.keyboard('Ship a service');
    await user.tab();
    await user.keyboard('It serves real traffic');
    for (const n of [2, 3]) {
      await user.click(screen.getByRole('button', { name: 'Add a goal' }));
      const group = await screen.findByRole('group', { name: `Goal ${n}` });
      await waitFor(() =>
        expect(document.activeElement).toBe(within(group).getByRole('textbox', { name: 'What' })),
      );
      await user.keyboard(`Goal number ${n}`);
    }
    // Three are open: adding says why it cannot.
    expect(screen.getByRole('button', { name: 'Add a goal' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Add a goal' })).toHaveAccessibleDescription(
      /3 goals are open, the most to work on at once/,
    );
    expect(stored().goals.map((g: { what: string }) => g.what)).toEqual([
      'Ship a service',
      'Goal number 2',
      'Goal number 3',
    ]);
    expect(stored().goals[0]).toMatchObject({ evidence: 'It serves real traffic', by: '' });

    await user.click(screen.getByRole('button', { name: 'Remove goal 2' }));
    const undo = await screen.findByRole('button', { name: 'Undo' });
    await waitFor(() => expect(document.activeElement).toBe(undo));
    expect(screen.getByText('Removed the goal “Goal number 2”.', { exact: false })).toBeVisible();
    expect(screen.queryByRole('group', { name: 'Goal 3' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Add a goal' })).toBeEnabled();
    await user.click(undo);
    await waitFor(() => expect(stored().goals).toHaveLength(3));
    const back = within(screen.getByRole('group', { name: 'Goal 2' })).getByRole('textbox', {
      name: 'What',
    });
    await waitFor(() => expect(document.activeElement).toBe(back));
    // The start-over undo stays out of it.
    expect(screen.queryAllByRole('button', { name: 'Undo' })).toHaveLength(0);
  });

  test('goals closed at a review show read-only, with how they ended', async () => {
    const state = emptyKickoff();
    const goal = { id: 'g', what: '', evidence: '', by: '', outcome: '', closedOn: '' } as const;
    state.goals = [
      { ...goal, id: 'g1', what: 'Merge a PR', outcome: 'reached', closedOn: '2027-01-05' },
      { ...goal, id: 'g2', what: 'Ship a service' },
    ];
    setTestStorageKey(KICKOFF_KEY, JSON.stringify({ version: 1, ...state }));
    renderChecklist();
    const closed = await screen.findByRole('list', { name: 'Closed at a review:' });
    expect(closed.textContent).toBe('Reached on 2027-01-05: Merge a PR');
    expect(within(closed).queryByRole('textbox')).toBeNull();
    expect(screen.getByRole('group', { name: 'Goal 1' })).toBeVisible();
    expect(screen.queryByRole('group', { name: 'Goal 2' })).toBeNull();
  });

  test('a review on a condition can be a count of sessions or weeks', async () => {
    const user = userEvent.setup();
    renderChecklist();
    await user.click(await screen.findByRole('radio', { name: 'When a condition is met' }));
    const group = screen.getByRole('group', { name: /^Or look back after a number/ });
    await user.type(within(group).getByRole('spinbutton', { name: 'After how many' }), '6');
    await user.selectOptions(
      within(group).getByRole('combobox', { name: 'Sessions or weeks' }),
      'sessions',
    );
    expect(stored().reevaluate.after).toEqual({ count: 6, unit: 'sessions' });
    const count = within(group).getByRole('spinbutton', { name: 'After how many' });
    await user.clear(count);
    await user.type(count, '0');
    await user.tab();
    expect(count).toHaveAccessibleDescription(
      'Enter a whole number of sessions or weeks from 1 to 520, or leave it empty.',
    );
  });

  test('start over asks first, can be cancelled, and can be undone', async () => {
    const user = userEvent.setup();
    renderChecklist();
    await user.type(await screen.findByRole('textbox', { name: "Mentee's name" }), 'Grace');

    await user.click(screen.getByRole('button', { name: 'Start over…' }));
    const keep = screen.getByRole('button', { name: 'Keep my answers' });
    await waitFor(() => expect(document.activeElement).toBe(keep));
    await user.click(keep);
    expect(stored().pair.mentee).toBe('Grace');

    await user.click(screen.getByRole('button', { name: 'Start over…' }));
    await user.click(screen.getByRole('button', { name: 'Clear all answers' }));
    expect(stored().pair.mentee).toBe('');
    const undo = await screen.findByRole('button', { name: 'Undo' });
    await waitFor(() => expect(document.activeElement).toBe(undo));
    await user.click(undo);
    expect(stored().pair.mentee).toBe('Grace');
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull());
  });

  test('says when answers cannot be kept, and still works', async () => {
    const user = userEvent.setup();
    renderChecklist();
    $storageHealth.set('unavailable');
    expect(
      await screen.findByText('Your answers are not being saved in this browser'),
    ).toBeVisible();
    expect(await screen.findByText('Not saved: kept only until you leave this page')).toBeVisible();
    await user.click(screen.getByRole('checkbox', { name: 'Backgrounds' }));
    await screen.findByText('1 of 18 agreed');
  });

  test('offers the kept copy of unreadable data for download', async () => {
    setTestStorageKey(KICKOFF_KEY, '{broken');
    const created: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      created.push(blob as Blob);
      return 'blob:backup';
    });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const user = userEvent.setup();
    renderChecklist();
    await screen.findByText('Saved answers could not be read');
    await user.click(screen.getByRole('button', { name: 'Download the kept copy' }));
    await waitFor(() => expect(created).toHaveLength(1));
    expect(await created[0]!.text()).toContain('{broken');
    await user.click(screen.getByRole('button', { name: 'Delete the kept copy' }));
    await waitFor(() => expect(screen.queryByText('Saved answers could not be read')).toBeNull());
  });

  test('answers saved by a newer site are read-only', async () => {
    setTestStorageKey(KICKOFF_KEY, JSON.stringify({ version: 9, pair: { mentor: 'Ada' } }));
    renderChecklist();
    expect(await screen.findByText('Your answers are read-only here')).toBeVisible();
    await waitFor(() =>
      expect(
        (screen.getByRole('textbox', { name: "Mentor's name" }) as HTMLInputElement).value,
      ).toBe('Ada'),
    );
    expect(
      (screen.getByRole('checkbox', { name: 'Backgrounds' }) as HTMLInputElement).disabled,
    ).toBe(true);
    expect(
      (screen.getByRole('button', { name: 'Start over…' }) as HTMLButtonElement).disabled,
    ).toBe(true);
  });
});

describe('AgreementPanel', () => {
  test('previews hostile text as text, never as HTML', async () => {
    const state = emptyKickoff();
    state.pair.mentor = '<img src=x onerror=alert(1)>';
    state.topics.goal.notes = '<script>alert(1)</script>\n# not a heading';
    setTestStorageKey(KICKOFF_KEY, JSON.stringify({ version: 1, ...state }));
    render(<AgreementPanel />);
    const preview = await screen.findByRole('article', { name: 'Agreement preview' });
    await within(preview).findByText(/<script>alert\(1\)<\/script>/);
    expect(preview.querySelector('script, img')).toBeNull();
    expect(within(preview).getByRole('heading', { level: 3 }).textContent).toBe(
      'Mentorship agreement: the mentee and <img src=x onerror=alert(1)>',
    );
  });

  test('downloads the Markdown file named after the pair', async () => {
    setTestStorageKey(
      KICKOFF_KEY,
      JSON.stringify({
        version: 1,
        ...emptyKickoff(),
        pair: { mentor: 'Ada', mentee: 'Grace', startDate: '' },
      }),
    );
    let blob: Blob | undefined;
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
      blob = b as Blob;
      return 'blob:agreement';
    });
    let downloadName = '';
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      downloadName = this.download;
    });
    render(<AgreementPanel />);
    fireEvent.click(await screen.findByRole('button', { name: 'Download the agreement (.md)' }));
    // The file's code loads on the first click.
    await waitFor(() => expect(downloadName).not.toBe(''));
    expect(downloadName).toMatch(/^mentorship-agreement-grace-and-ada-\d{4}-\d{2}-\d{2}\.md$/);
    // Front matter with the answers, for opening the file again, then the agreement itself.
    const text = await blob!.text();
    expect(text).toMatch(/^---\n(?:#.*\n)+format: "mentorship-playbook-agreement"\n/);
    expect(text).toContain('\n  pair:\n    mentor: "Ada"\n    mentee: "Grace"\n');
    expect(text).toMatch(/\n---\n\n# Mentorship agreement: Grace and Ada\n/);
    expect(
      await screen.findByText(/^Downloading mentorship-agreement-grace-and-ada/),
    ).toBeVisible();
  });

  test('copies the Markdown and confirms, or explains when copying is blocked', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    render(<AgreementPanel />);
    fireEvent.click(await screen.findByRole('button', { name: 'Copy the agreement' }));
    expect(await screen.findByText('Copied the agreement to the clipboard.')).toBeVisible();
    expect(writeText.mock.calls[0]![0]).toMatch(/^# Mentorship agreement\n/);

    writeText.mockRejectedValue(new Error('denied'));
    document.execCommand = vi.fn().mockReturnValue(false);
    fireEvent.click(screen.getByRole('button', { name: 'Copy the agreement' }));
    expect(await screen.findByText(/Copying was blocked by the browser/)).toBeVisible();
  });
});
