import { getTestStorage, setTestStorageKey } from '@nanostores/persistent';
import { cleanup, render, screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { emptyKickoff, type KickoffState } from '../../src/playbook/documents/kickoff';
import Ending from '../../src/components/review/Ending';
import PastReviews from '../../src/components/review/PastReviews';
import ReviewForm from '../../src/components/review/ReviewForm';
import WhatHappened from '../../src/components/review/WhatHappened';
import { reviewNoticeMayShow } from '../../src/stores/core/mentorship-list';
import { putOffReview, reviewDueNow } from '../../src/stores/review/on-demand/notice';
import { $facts, saveTheReview, setMentorshipDecision } from '../../src/stores/review/review';
import { HISTORY_KEY, KICKOFF_KEY, TEST_KEYS, resetStores } from './helpers/stores';

const REVIEW_KEY = TEST_KEYS.review;

const kickoff = (more: Partial<KickoffState> = {}): KickoffState => ({
  ...emptyKickoff(),
  pair: { mentor: 'Priya', mentee: 'Tom', startDate: '2027-01-04' },
  cadence: { frequency: 'weekly', minutes: 45, time: '17:00' },
  reevaluate: { ...emptyKickoff().reevaluate, mode: 'date', date: '2027-03-01' },
  goals: [
    { id: 'g1', what: 'Audit a page alone', evidence: '', by: '', outcome: '', closedOn: '' },
    { id: 'g2', what: 'Fix focus order', evidence: '', by: '', outcome: '', closedOn: '' },
  ],
  ...more,
});

const session = (id: string, date: string, states: [string, string][]) => ({
  id,
  date,
  finishedAt: `${date}T18:00:00.000Z`,
  actions: [{ id: `a-${id}`, text: 'An item', owner: 'mentee', done: true }],
  checkIns: states.map(([goal, state]) => ({ goal, what: goal, state, note: '' })),
});

function seed(more: Partial<KickoffState> = {}) {
  setTestStorageKey(KICKOFF_KEY, JSON.stringify({ version: 1, ...kickoff(more) }));
  setTestStorageKey(
    HISTORY_KEY,
    JSON.stringify({
      version: 1,
      sessions: [
        session('s2', '2027-01-11', [['g1', 'done']]),
        session('s1', '2027-01-04', [
          ['g1', 'moving'],
          ['g2', 'stuck'],
        ]),
      ],
    }),
  );
}

const stored = (key: string) => JSON.parse(getTestStorage()[key] ?? 'null');

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2027-03-02T12:00:00'));
  resetStores();
});
afterEach(() => {
  cleanup();
  resetStores();
  vi.useRealTimers();
});

describe('what happened', () => {
  test('gathers the period and draws each goal’s check-ins, with a table beside', async () => {
    seed();
    render(<WhatHappened />);
    expect(await screen.findByText('A review is due: it came due on 1 Mar 2027.')).toBeVisible();
    expect(
      screen.getByText('Sessions: 2 sessions held, of 9 the agreed cadence implies'),
    ).toBeVisible();
    const chart = screen.getByRole('img', { name: /^Check-ins on “Audit a page alone”/ });
    expect(chart).toHaveAccessibleName(
      'Check-ins on “Audit a page alone”: Moving on 4 Jan 2027, Done on 11 Jan 2027.',
    );
    expect(chart.querySelectorAll('.mark')).toHaveLength(2);
    expect(chart.querySelector('.mark-done')).not.toBeNull();
    const tables = screen.getAllByRole('table', { hidden: true });
    expect(tables).toHaveLength(2);
    expect(
      within(tables[1]!)
        .getAllByRole('row', { hidden: true })
        .map((r) => r.textContent),
    ).toEqual(['SessionWhere it stoodWhat happened', '4 Jan 2027Stuck', '11 Jan 2027No check-in']);
  });

  test('with no goals, says where to agree them', async () => {
    seed({ goals: [] });
    setTestStorageKey(HISTORY_KEY, JSON.stringify({ version: 1, sessions: [] }));
    render(<WhatHappened />);
    expect(await screen.findByRole('link', { name: 'kickoff checklist' })).toBeVisible();
    expect(screen.queryByRole('img')).toBeNull();
  });
});

describe('the review', () => {
  test('says what is missing, with focus on it, before saving', async () => {
    seed();
    const user = userEvent.setup();
    render(<ReviewForm />);
    await user.click(await screen.findByRole('button', { name: 'Save the review' }));
    const problem = await screen.findByRole('link', {
      name: 'Choose what happens to the mentorship: carry on, change, pause or end.',
    });
    expect(problem).toHaveAttribute('href', '#review-decision');
    await waitFor(() =>
      expect(screen.getByRole('radio', { name: 'Carry on as we are' })).toHaveFocus(),
    );
    expect(stored(REVIEW_KEY)).toBeNull();
  });

  test('labels each reflection by name and saves the decisions into the kickoff', async () => {
    seed();
    const user = userEvent.setup();
    render(
      <>
        <ReviewForm />
        <PastReviews />
      </>,
    );
    const tom = await screen.findByRole('group', { name: 'Tom (mentee)' });
    await user.type(within(tom).getByRole('textbox', { name: 'What have you learned?' }), 'Audits');
    expect(screen.getByRole('group', { name: 'Priya (mentor)' })).toBeVisible();
    await user.click(
      within(screen.getByRole('group', { name: 'Audit a page alone' })).getByRole('radio', {
        name: 'Reached',
      }),
    );
    await user.click(screen.getByRole('radio', { name: 'Carry on as we are' }));
    const next = await screen.findByLabelText('Next review on (optional)');
    await user.type(next, '2027-06-01');
    await user.click(screen.getByRole('button', { name: 'Save the review' }));
    const heading = await screen.findByRole('heading', { name: 'Saved the review of 2 Mar 2027' });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(stored(KICKOFF_KEY).goals[0]).toMatchObject({
      outcome: 'reached',
      closedOn: '2027-03-02',
    });
    expect(stored(KICKOFF_KEY).reevaluate).toMatchObject({ mode: 'date', date: '2027-06-01' });
    expect(stored(REVIEW_KEY).reviews[0]).toMatchObject({
      on: '2027-03-02',
      mentee: { learned: 'Audits' },
      facts: { from: '2027-01-04', to: '2027-03-02', held: 2, expected: 9, done: 2, carried: 0 },
    });
    expect(screen.getByText('Review of 2 Mar 2027')).toBeVisible();
    // The form starts again empty.
    expect(
      within(await screen.findByRole('group', { name: 'Tom (mentee)' })).getByRole('textbox', {
        name: 'What have you learned?',
      }),
    ).toHaveValue('');
  });

  test('ending shows the closing summary, kept on reload', async () => {
    seed();
    setMentorshipDecision({ decision: 'end', next: 'A senior role' });
    expect(await saveTheReview()).toMatchObject({ ok: true });
    render(<Ending />);
    const summary = await screen.findByRole('article', { name: 'Closing summary' });
    expect(summary).toHaveTextContent('Mentorship summary: Tom and Priya');
    expect(summary).toHaveTextContent('Sessions held: 2');
    expect(summary).toHaveTextContent('A senior role');
    expect(
      screen.getByRole('button', { name: 'Download the closing summary (.md)' }),
    ).toBeEnabled();
  });
});

describe('the notice on every playbook page', () => {
  test.each([
    ['nothing agreed, no review', { reevaluate: emptyKickoff().reevaluate }, false],
    [
      'a review date to come',
      { reevaluate: { ...emptyKickoff().reevaluate, mode: 'date' as const, date: '2027-04-01' } },
      false,
    ],
    ['a review date come', {}, true],
    [
      'a count of sessions',
      {
        reevaluate: {
          ...emptyKickoff().reevaluate,
          mode: 'condition' as const,
          after: { count: 6, unit: 'sessions' as const },
        },
      },
      true,
    ],
  ])('its cheap check: %s', (_, more, may) => {
    seed(more);
    expect(reviewNoticeMayShow()).toBe(may);
  });

  test('reads the history as stored, and puts the notice off for a week', () => {
    seed({
      reevaluate: {
        ...emptyKickoff().reevaluate,
        mode: 'condition',
        after: { count: 2, unit: 'sessions' },
      },
    });
    expect(reviewDueNow()).toEqual({ kind: 'due', since: '2027-01-11' });
    expect(putOffReview()).toBe('2027-03-09');
    expect(reviewDueNow()).toEqual({ kind: 'put-off', since: '2027-01-11', until: '2027-03-09' });
    expect(reviewNoticeMayShow()).toBe(true);
    expect($facts.get().held).toBe(2);
  });
});
