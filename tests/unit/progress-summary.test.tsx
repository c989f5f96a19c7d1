import { setTestStorageKey } from '@nanostores/persistent';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { SummaryPanel } from '../../src/components/data/on-demand/SummaryPanel';
import ProgressSummary from '../../src/components/data/ProgressSummary';
import { INDEX_KEY, documentKey } from '../../src/playbook/documents/mentorships';
import { storedDocuments } from '../../src/playbook/portable/portable';
import { decodeSummary, readSummary } from '../../src/playbook/program/summary';
import { dayText } from '../../src/playbook/review/every-page/due';
import { $today } from '../../src/stores/core/today';
import { NOTE, NOTED_PROGRAM, notedMentorship } from './helpers/noted-mentorship';
import { TEST_ID, resetStores } from './helpers/stores';

const TODAY = '2026-11-30';

/** Stores a mentorship (`notedMentorship` unless told) as the open one of the tests' stores. */
function storeNoted(mentorship = notedMentorship(TEST_ID)) {
  for (const [name, text] of storedDocuments(mentorship))
    if (text !== undefined) setTestStorageKey(documentKey(TEST_ID, name), text);
}

beforeEach(() => resetStores());
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  resetStores();
});

/**
 * The panel rendered on TODAY, with the mentorship stored first. The stores' today is kept
 * mounted by a listener, so that the panel's own subscription does not set it to the real day.
 */
async function renderPanel({ onClose = () => {}, mentorship = notedMentorship(TEST_ID) } = {}) {
  storeNoted(mentorship);
  const unmount = $today.listen(() => {});
  $today.set(TODAY);
  render(<SummaryPanel onClose={onClose} />);
  const panel = await screen.findByRole('region', { name: /^Progress summary of/ });
  return { panel, unmount };
}

/** The definition list's terms and what each says, in order. */
const facts = (panel: HTMLElement) =>
  [...panel.querySelectorAll('dt')].map((dt) => [
    dt.textContent,
    dt.nextElementSibling!.textContent,
  ]);

describe('the progress summary panel', () => {
  test('is tried on a mentorship with a note in every place a pair writes one', () => {
    const m = notedMentorship();
    const notes = [
      m.kickoff.topics.goal.notes,
      m.kickoff.goals[0]!.evidence,
      m.agenda.draft.parts[0]!.notes,
      m.agenda.draft.actions[0]!.text,
      m.history.sessions[0]!.parts[0]!.notes,
      m.history.sessions[0]!.actions[0]!.text,
      m.history.sessions[0]!.checkIns[0]!.note,
      m.review.reviews[0]!.mentor.working,
      m.review.reviews[0]!.mentee.learned,
      m.review.reviews[0]!.answers[0]!.answer,
      m.review.draft.mentor.working,
      m.review.draft.answers[0]!.answer,
    ];
    for (const note of notes) expect(note).toMatch(new RegExp(`^${NOTE} `));
  });

  test('shows each fact the summary holds, and never a note', async () => {
    const { panel, unmount } = await renderPanel();
    expect(panel).toHaveAccessibleName('Progress summary of “Tom and Priya”');
    expect(facts(panel)).toEqual([
      ['Mentor', 'Priya'],
      ['Mentee', 'Tom'],
      ['Programme', NOTED_PROGRAM],
      ['Kickoff date', dayText('2026-09-23')],
      ['Cadence', 'Every two weeks, 45 minutes a session'],
      ['Sessions held', `2 sessions, the last on ${dayText('2026-11-25')}`],
      [
        'Reviews',
        `1 review done, the last on ${dayText('2026-11-04')}; the next is due on ${dayText('2027-01-13')}`,
      ],
      ['Goals', expect.stringContaining('Ship the billing service')],
      ['State', 'Going on'],
      ['Made on', dayText(TODAY)],
      ['Mentorship id', expect.stringMatching(new RegExp(`^${TEST_ID} `))],
    ]);
    const goals = within(panel)
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(goals).toEqual([
      `Ship the billing service: latest check-in Moving, on ${dayText('2026-11-25')}; open, to reach by ${dayText('2027-01-31')}.`,
      `Lead a design review: latest check-in Done, on ${dayText('2026-11-25')}; reached.`,
    ]);
    expect(panel).toHaveTextContent(/Left out: every note\./);
    expect(panel).not.toHaveTextContent(NOTE);
    expect(panel).not.toHaveTextContent('in no programme');
    unmount();
  });

  test('downloads the file it showed: named after the pair and the day, with no note', async () => {
    let blob: Blob | undefined;
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
      blob = b as Blob;
      return 'blob:summary';
    });
    let name = '';
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      name = this.download;
    });
    const { panel, unmount } = await renderPanel();
    fireEvent.click(within(panel).getByRole('button', { name: 'Download the file (.json)' }));
    await waitFor(() => expect(name).not.toBe(''));
    expect(name).toBe(`progress-tom-and-priya-${TODAY}.json`);
    const text = await blob!.text();
    expect(text).not.toContain(NOTE);
    const read = readSummary(text);
    if (!read.ok) throw new Error(read.message);
    expect(read.reset).toEqual([]);
    expect(read.summary).toMatchObject({
      mentorship: TEST_ID,
      madeOn: TODAY,
      pair: { mentor: 'Priya', mentee: 'Tom' },
      program: { id: 'acme-spring-2027', name: NOTED_PROGRAM },
      kickoffDate: '2026-09-23',
      cadence: 'every-two-weeks',
      minutes: 45,
      sessions: { held: 2, last: '2026-11-25' },
      reviews: { done: 1, last: '2026-11-04', nextOn: '2027-01-13', dueSince: '' },
      status: { state: 'active', since: '', until: '' },
    });
    expect(await within(panel).findByText(`Downloading ${name}.`)).toBeVisible();
    unmount();
  });

  test('copies a link to the programme overview that carries the same summary', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const { panel, unmount } = await renderPanel();
    const copy = within(panel).getByRole('button', { name: 'Copy a link' });
    await waitFor(() => expect(copy).toBeEnabled());
    fireEvent.click(copy);
    expect(
      await within(panel).findByText('Copied the summary’s link to the clipboard.'),
    ).toBeVisible();
    const link = new URL(writeText.mock.calls[0]![0] as string);
    expect(link.pathname).toBe('/playbooks/program-overview/');
    expect(link.hash).toMatch(/^#summary=v1\.[\w-]+\.\d+$/);
    const read = await decodeSummary(link.hash);
    if (!read.ok) throw new Error(read.message);
    expect(JSON.stringify(read.summary)).not.toContain(NOTE);
    expect(read.summary.pair).toEqual({ mentor: 'Priya', mentee: 'Tom' });
    // A short summary makes a link no mail app cuts.
    expect(panel).not.toHaveTextContent('characters long');
    unmount();
  });

  test('says so where the browser cannot make the link, and still offers the file', async () => {
    vi.stubGlobal('CompressionStream', undefined);
    const { panel, unmount } = await renderPanel();
    expect(
      await within(panel).findByText(
        'This browser cannot make the link. Download the file and send it instead.',
      ),
    ).toBeVisible();
    expect(within(panel).getByRole('button', { name: 'Copy a link' })).toBeDisabled();
    expect(within(panel).getByRole('button', { name: 'Download the file (.json)' })).toBeEnabled();
    unmount();
  });

  test('says when the mentorship is in no programme, and still offers the summary', async () => {
    const mentorship = notedMentorship(TEST_ID);
    mentorship.kickoff.program = { ...mentorship.kickoff.program, id: '', name: '' };
    const { panel, unmount } = await renderPanel({ mentorship });
    expect(panel).toHaveTextContent('This mentorship is in no programme, and the summary says so.');
    expect(facts(panel)).toContainEqual(['Programme', 'None']);
    expect(within(panel).getByRole('button', { name: 'Download the file (.json)' })).toBeEnabled();
    unmount();
  });

  test('summarises the mentorship chosen in its list, the open one first', async () => {
    setTestStorageKey(
      INDEX_KEY,
      JSON.stringify({
        version: 1,
        open: TEST_ID,
        mentorships: [
          { id: TEST_ID, name: '', createdAt: '2026-11-01T00:00:00.000Z' },
          { id: 'other', name: 'Thursdays', createdAt: '2026-11-02T00:00:00.000Z' },
        ],
      }),
    );
    const { panel, unmount } = await renderPanel();
    const list = within(panel).getByRole('combobox', { name: 'Mentorship to summarise' });
    expect(list).toHaveValue(TEST_ID);
    fireEvent.change(list, { target: { value: 'other' } });
    await screen.findByRole('region', { name: 'Progress summary of “Thursdays”' });
    expect(facts(panel)).toContainEqual(['Sessions held', '0 sessions']);
    expect(facts(panel)).toContainEqual(['Mentor', 'No name given']);
    unmount();
  });

  test('Escape and Close close it', async () => {
    const onClose = vi.fn();
    const { panel, unmount } = await renderPanel({ onClose });
    await waitFor(() => expect(screen.getByRole('heading', { level: 3 })).toHaveFocus());
    fireEvent.keyDown(within(panel).getByRole('button', { name: 'Copy a link' }), {
      key: 'Escape',
    });
    fireEvent.click(within(panel).getByRole('button', { name: 'Close' }));
    expect(onClose).toHaveBeenCalledTimes(2);
    unmount();
  });
});

describe('the "Send a progress summary…" button', () => {
  test('opens the panel on demand and, closed, gives focus back', async () => {
    storeNoted();
    render(<ProgressSummary />);
    const opener = await screen.findByRole('button', { name: 'Send a progress summary…' });
    await waitFor(() => expect(opener).toBeEnabled());
    expect(opener).toHaveAttribute('aria-expanded', 'false');
    fireEvent.click(opener);
    expect(opener).toHaveAttribute('aria-expanded', 'true');
    const heading = await screen.findByRole('heading', { name: /^Progress summary of/ });
    await waitFor(() => expect(heading).toHaveFocus());
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(opener).toHaveFocus());
    expect(screen.queryByRole('heading', { name: /^Progress summary of/ })).toBeNull();
  });
});
