import { describe, expect, test } from 'vitest';
import { exampleReview, EXAMPLE_REVIEW_DAY } from '../../src/playbook/guide/example-review';
import { exampleHistory, exampleKickoff } from '../../src/playbook/guide/example-pair';
import { reviewText } from '../../src/playbook/review/on-demand/review-files';
import { readReviewFile } from '../../src/playbook/review/on-demand/review-read';
import { openGoals } from '../../src/playbook/documents/kickoff';

describe('Priya and Tom’s review, as the playbook makes it', () => {
  const { facts, record, kickoff } = exampleReview();

  test('gathers their six sessions against the six the cadence implies since the first', () => {
    expect(exampleHistory()).toHaveLength(6);
    expect(facts).toMatchObject({ from: '2026-09-23', to: EXAMPLE_REVIEW_DAY, held: 6 });
    expect(facts.expected).toBe(6);
    // Each item once, as it last stood: five of the nine agreed were done by the last session.
    expect([facts.done, facts.carried]).toEqual([5, 3]);
  });

  test('draws the first win done in week four and the main goal stuck in release week', () => {
    const trail = (id: string) =>
      facts.goals.find((g) => g.id === id)!.trail.map((c) => c?.state ?? '');
    expect(trail('goal-2')).toEqual(['moving', 'done', '', '', '', '']);
    expect(trail('goal-1')).toEqual([
      'not-started',
      'moving',
      'stuck',
      'moving',
      'moving',
      'moving',
    ]);
  });

  test('closes both goals as reached, adds the narrower one, and moves the next review', () => {
    expect(exampleKickoff().goals.every((g) => g.outcome === '')).toBe(true);
    expect(kickoff.goals.filter((g) => g.outcome === 'reached').map((g) => g.closedOn)).toEqual([
      EXAMPLE_REVIEW_DAY,
      EXAMPLE_REVIEW_DAY,
    ]);
    expect(openGoals(kickoff).map((g) => g.what)).toEqual([
      'Tom makes dialogs and menus work by keyboard without asking first.',
    ]);
    expect(kickoff.reevaluate.date).toBe('2027-02-10');
  });

  test('its file reads back as the same review', () => {
    const text = reviewText(record, kickoff.pair);
    expect(text).toContain('# Mentorship review: Tom and Priya');
    expect(readReviewFile(text)).toEqual({
      ok: true,
      value: { review: record, pair: { mentor: 'Priya', mentee: 'Tom' } },
      reset: [],
    });
  });
});
