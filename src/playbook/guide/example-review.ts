/**
 * Priya and Tom's first review, on the date their agreement set, made by the review playbook's own
 * rules from their kickoff and their first six sessions (example-pair.ts): so the review the
 * re-evaluating page shows is always exactly what the playbook would write for them.
 */
import type { ReviewDraft } from '../documents/review';
import { gatherFacts, type ReviewFacts } from '../review/review';
import { emptyReview } from '../review/review';
import { saveReview, type SavedReview } from '../review/on-demand/save';
import { exampleHistory, exampleKickoff } from './example-pair';

/** The day of the review: the re-evaluation date in their agreement. */
export const EXAMPLE_REVIEW_DAY = '2026-12-09';

// What they wrote and chose, in the playbook's fields. Their words, not the playbook's.
const DRAFT: ReviewDraft = {
  answers: [],
  mentor: {
    working: 'Reviewing real bugs from Tom’s own pages; he brings a question every time.',
    change: 'Less of me explaining, more of Tom showing me what he found first.',
    learned: 'To wait before answering: Tom usually gets there if I leave a pause.',
    keep: 'Bringing the bug with a guess at the fix already written down.',
    start: 'Telling me when an explanation did not land, there and then.',
    stop: '',
  },
  mentee: {
    working: 'The audit template, and fixing bugs while Priya watches.',
    change: 'Fewer sessions, but longer ones, now that I work on my own between them.',
    learned: 'How a screen reader reads a page, and how to check contrast and forms myself.',
    keep: 'Asking me what I think before saying what you think.',
    start: 'Sending a link to read before we go into something new, like dialogs.',
    stop: '',
  },
  goals: [
    { goal: 'goal-1', what: '', decision: 'reached', changed: '', trail: [] },
    { goal: 'goal-2', what: '', decision: 'reached', changed: '', trail: [] },
  ],
  added: [
    {
      id: 'goal-3',
      what: 'Tom makes dialogs and menus work by keyboard without asking first.',
      evidence: 'Two dialogs fixed by Tom alone, passing Priya’s keyboard check.',
      by: '2027-02-10',
    },
  ],
  decision: 'change',
  change: 'Meet monthly, for an hour, from January.',
  until: '',
  next: '',
  nextReview: '2027-02-10',
};

/** What the playbook gathered for their review, and what saving it wrote. */
export function exampleReview(): { facts: ReviewFacts } & SavedReview {
  const kickoff = exampleKickoff();
  const facts = gatherFacts({
    kickoff,
    sessions: exampleHistory(),
    reviews: [],
    today: EXAMPLE_REVIEW_DAY,
  });
  const state = { ...emptyReview(), draft: DRAFT };
  const saved = saveReview(state, kickoff, facts, {
    id: 'example-review-1',
    today: EXAMPLE_REVIEW_DAY,
    newId: () => 'goal-3',
  });
  return { facts, ...saved };
}
