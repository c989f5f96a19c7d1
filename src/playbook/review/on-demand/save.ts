/**
 * Saving a review: what it must have first, and what saving it does to the review document and
 * the kickoff answers. Loaded when the page is first used, so that saving works offline later.
 */
import { OPEN_GOALS_MAX, openGoals, type Goal, type KickoffState } from '../../documents/kickoff';
import type { GoalDecision, ReviewDraft, ReviewRecord, ReviewState } from '../../documents/review';
import { decisionFor, emptyDraft, type ReviewFacts } from '../review';

/** How many goals would be open after the review: the open ones kept, plus the new ones. */
export function openAfter(kickoff: Pick<KickoffState, 'goals'>, draft: ReviewDraft): number {
  const closing = new Set(
    draft.goals.filter((d) => d.decision === 'reached' || d.decision === 'drop').map((d) => d.goal),
  );
  const kept = openGoals(kickoff).filter((g) => !closing.has(g.id)).length;
  return kept + draft.added.filter((g) => g.what.trim()).length;
}

/** What stops a review from being saved, in words, each with the id of the field to fix. */
export function reviewProblems(
  kickoff: Pick<KickoffState, 'goals'>,
  draft: ReviewDraft,
  today: string,
): { field: string; text: string }[] {
  const problems: { field: string; text: string }[] = [];
  if (!draft.decision)
    problems.push({
      field: 'review-decision',
      text: 'Choose what happens to the mentorship: carry on, change, pause or end.',
    });
  if (draft.decision === 'pause' && !(draft.until > today))
    problems.push({ field: 'review-until', text: 'Give the day the pause ends, after today.' });
  const open = openAfter(kickoff, draft);
  if (draft.decision !== 'end' && open > OPEN_GOALS_MAX)
    problems.push({
      field: 'review-new-goals',
      text: `${open} goals would be open; a pair works on at most ${OPEN_GOALS_MAX}. Mark one reached or dropped, or add fewer.`,
    });
  return problems;
}

/** What saving a review writes: the review document and the kickoff answers. */
export interface SavedReview {
  review: ReviewState;
  kickoff: KickoffState;
  record: ReviewRecord;
}

/**
 * Saves the review being filled in: its record (with the facts and each goal's check-ins) goes to
 * the front of the finished reviews, and the kickoff follows its decisions: goals reached or
 * dropped are closed today, changed words replace a goal's, new goals are added, and the next
 * review's date is set when one is given. Pausing or ending sets the mentorship's state; carrying
 * on clears it. The next review starts empty, and the notice is no longer put off.
 */
export function saveReview(
  state: ReviewState,
  kickoff: KickoffState,
  facts: ReviewFacts,
  options: { id: string; today: string; newId: () => string },
): SavedReview {
  const { draft } = state;
  const { today } = options;
  const open = new Set(openGoals(kickoff).map((g) => g.id));
  const goals: GoalDecision[] = facts.goals.map((goal) => {
    const decided = decisionFor(draft, goal.id);
    return {
      goal: goal.id,
      what: goal.what,
      decision: open.has(goal.id) ? (decided?.decision ?? '') : '',
      changed: decided?.decision === 'change' ? decided.changed : '',
      trail: goal.trail.map((c) => c?.state ?? ''),
    };
  });
  const added = draft.added.filter((g) => g.what.trim());
  const record: ReviewRecord = {
    ...draft,
    goals,
    added,
    // Only what was answered: a question left blank says nothing in the record or its file.
    answers: draft.answers.filter((a) => a.answer.trim()),
    id: options.id,
    on: today,
    facts: {
      from: facts.from,
      to: facts.to,
      held: facts.held,
      expected: facts.expected,
      done: facts.done,
      carried: facts.carried,
    },
  };
  const byGoal = new Map(goals.map((d) => [d.goal, d]));
  const nextGoals: Goal[] = [
    ...kickoff.goals.map((goal) => {
      const d = byGoal.get(goal.id);
      if (!d || !open.has(goal.id)) return goal;
      if (d.decision === 'reached' || d.decision === 'drop')
        return {
          ...goal,
          outcome: d.decision === 'drop' ? ('dropped' as const) : ('reached' as const),
          closedOn: today,
        };
      if (d.decision === 'change' && d.changed.trim()) return { ...goal, what: d.changed };
      return goal;
    }),
    ...added.map((g) => ({ ...g, id: options.newId(), outcome: '' as const, closedOn: '' })),
  ];
  const carriesOn = draft.decision === 'carry-on' || draft.decision === 'change';
  const nextKickoff: KickoffState = {
    ...kickoff,
    goals: nextGoals,
    reevaluate:
      carriesOn && draft.nextReview
        ? { ...kickoff.reevaluate, mode: 'date', date: draft.nextReview }
        : kickoff.reevaluate,
  };
  const nextState: ReviewState['state'] =
    draft.decision === 'end'
      ? { status: 'ended', until: '', on: today, next: draft.next }
      : draft.decision === 'pause'
        ? { status: 'paused', until: draft.until, on: today, next: '' }
        : { status: '', until: '', on: '', next: '' };
  return {
    record,
    kickoff: nextKickoff,
    review: {
      draft: emptyDraft(),
      reviews: [record, ...state.reviews],
      putOff: '',
      state: nextState,
    },
  };
}
