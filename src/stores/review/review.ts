/**
 * The review playbook's store: the review being filled in, the facts gathered for it, and saving
 * it, which writes the record to the history of reviews and follows its decisions in the kickoff
 * answers (goals closed, changed and added; the next review's date; the mentorship paused or
 * ended). The stored document and its shape are in document.ts; the files load on demand.
 */
import { computed } from 'nanostores';
import { SESSIONS_DOCUMENT } from '../../playbook/documents/agenda';
import { newId } from '../../playbook/documents/mentorships';
import type { NewGoal, ReviewDraft, ReviewRecord } from '../../playbook/documents/review';
import {
  decideGoal,
  gatherFacts,
  reviewDue,
  type ReflectionField,
} from '../../playbook/review/review';
import { listed } from '../core/all-stores';
import { $kickoff, kickoffStore } from '../core/kickoff';
import { mentorshipDocument } from '../core/mentorships';
import { $today } from '../core/today';
import { createVersionedStore } from '../core/versioned';
import { reviewStore } from './every-page/document';

export { reviewStore } from './every-page/document';

/**
 * The session history, read only: the same key as the planner's `historyStore`
 * (src/stores/agenda/agenda.ts), read by a store of its own so that the planner's rules do not
 * load here and the review's code is no chunk shared with the planner's page. Nothing here
 * writes it, and the two never load on one page.
 */
const sessionsStore = createVersionedStore(mentorshipDocument('sessions', SESSIONS_DOCUMENT));

/** Finished sessions, newest first. */
export const $sessions = listed(computed(sessionsStore.$value, (state) => state.sessions));

/** The review document. */
export const $review = reviewStore.$value;

/** The review being filled in. */
export const $reviewDraft = listed(computed($review, (state) => state.draft));

/** Finished reviews, newest first. */
export const $reviews = listed(computed($review, (state) => state.reviews));

/** Whether the review or the kickoff was written by a newer site, so neither may change here. */
export const $reviewReadOnly = listed(
  computed([reviewStore.$readOnly, kickoffStore.$readOnly], (a, b) => a || b),
);

/** What happened over the period since the last review (or the start). */
export const $facts = listed(
  computed([$kickoff, $sessions, $reviews, $today], (kickoff, sessions, reviews, today) =>
    gatherFacts({ kickoff, sessions, reviews, today }),
  ),
);

/** Where the review stands today. */
export const $due = listed(
  computed([$kickoff, $sessions, $review, $today], (kickoff, sessions, review, today) =>
    reviewDue({ kickoff, sessions, review, today }),
  ),
);

const changeDraft = (change: (draft: ReviewDraft) => ReviewDraft, undoMessage?: string) =>
  !$reviewReadOnly.get() &&
  reviewStore.replace((state) => ({ ...state, draft: change(state.draft) }), undoMessage);

/** Sets one person's answer to one reflection question. */
export const setReflection = (who: 'mentor' | 'mentee', field: ReflectionField, text: string) =>
  changeDraft((d) => ({ ...d, [who]: { ...d[who], [field]: text } }));

/** Sets a goal's decision, or its new words when it changes. */
export const decide = (
  goal: { id: string; what: string },
  change: { decision?: ReviewDraft['goals'][number]['decision']; changed?: string },
) => changeDraft((d) => decideGoal(d, goal, change));

/** Sets what the review decides for the mentorship, and its date or words. */
export const setMentorshipDecision = (
  change: Partial<Pick<ReviewDraft, 'decision' | 'change' | 'until' | 'next' | 'nextReview'>>,
) => changeDraft((d) => ({ ...d, ...change }));

/** Adds a new goal to the review, returning its id. */
export function addNewGoal(): string {
  const id = newId();
  changeDraft((d) => ({ ...d, added: [...d.added, { id, what: '', evidence: '', by: '' }] }));
  return id;
}

/** Changes a new goal's words, evidence or date. */
export const changeNewGoal = (id: string, change: Partial<Omit<NewGoal, 'id'>>) =>
  changeDraft((d) => ({
    ...d,
    added: d.added.map((g) => (g.id === id ? { ...g, ...change } : g)),
  }));

/** Removes a new goal; undoable until the next change. */
export const removeNewGoal = (goal: NewGoal) =>
  changeDraft(
    (d) => ({ ...d, added: d.added.filter((g) => g.id !== goal.id) }),
    `Removed the new goal “${goal.what.trim() || 'with no words'}”.`,
  );

/** Brings back what the last removal took away. */
export const undoReviewChange = reviewStore.undo;

/** What saving gave: the record kept, or the problems that stopped it. */
export type SaveResult =
  { ok: true; record: ReviewRecord } | { ok: false; problems: { field: string; text: string }[] };

/** The review's file builders, loaded when a file is first made (or once the page is in use). */
export const loadReviewFiles = () => import('../../playbook/review/on-demand/review-files');

/** Saving's rules, loaded when the page is first used (or at the first save). */
export const loadSave = () => import('../../playbook/review/on-demand/save');

/**
 * Saves the review (saveReview in src/playbook/review/save.ts): the record first, then the
 * kickoff, so that if only one write gets through the review is kept.
 */
export async function saveTheReview(): Promise<SaveResult> {
  const { reviewProblems, saveReview } = await loadSave();
  const today = $today.get();
  const problems = reviewProblems($kickoff.get(), $reviewDraft.get(), today);
  if (problems.length) return { ok: false, problems };
  if ($reviewReadOnly.get())
    return { ok: false, problems: [{ field: '', text: 'This mentorship can only be read here.' }] };
  const saved = saveReview($review.get(), $kickoff.get(), $facts.get(), {
    id: newId(),
    today,
    newId,
  });
  if (!reviewStore.replace(() => saved.review))
    return { ok: false, problems: [{ field: '', text: 'The review could not be saved.' }] };
  kickoffStore.replace(() => saved.kickoff);
  return { ok: true, record: saved.record };
}

/** Takes an ended or paused mentorship back to going on. */
export const carryOnAgain = () =>
  !$reviewReadOnly.get() &&
  reviewStore.replace((s) => ({ ...s, state: { status: '', until: '', on: '', next: '' } }));
