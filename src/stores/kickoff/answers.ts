/**
 * The kickoff checklist's changes to the answers, apart from the answers themselves
 * (src/stores/core/kickoff.ts), which every playbook page loads: only the checklist makes these.
 */
import { atom, computed } from 'nanostores';
import {
  OPEN_GOALS_MAX,
  emptyKickoff,
  isEmptyKickoff,
  openGoals,
  type Goal,
  type KickoffState,
  type TopicId,
} from '../../playbook/documents/kickoff';
import { cleanLine } from '../../playbook/core/markdown';
import { newId } from '../../playbook/documents/mentorships';
import { $kickoff, kickoffStore } from '../core/kickoff';
import { listed } from '../core/all-stores';

const change = (next: (state: KickoffState) => KickoffState, undoMessage?: string) =>
  kickoffStore.replace(next, undoMessage);

/** Whether anything at all has been answered: a filled page prints as the agreement. */
export const $hasAnswers = listed(computed($kickoff, (state) => !isEmptyKickoff(state)));

/** Sets the mentor's or mentee's name, or the start date. */
export const setPairField = (field: keyof KickoffState['pair'], value: string) =>
  change((s) => ({ ...s, pair: { ...s.pair, [field]: value } }));

/** Changes a topic's answer: agreed or not, and its notes. */
export const setTopic = (topic: TopicId, answer: Partial<KickoffState['topics'][TopicId]>) =>
  change((s) => ({ ...s, topics: { ...s.topics, [topic]: { ...s.topics[topic], ...answer } } }));

/** Sets how often the pair meets, for how long (minutes; null: not agreed) and at what time. */
export const setCadence = (cadence: Partial<KickoffState['cadence']>) =>
  change((s) => ({ ...s, cadence: { ...s.cadence, ...cadence } }));

/** Sets who schedules the sessions. */
export const setScheduler = (scheduler: KickoffState['scheduler']) =>
  change((s) => ({ ...s, scheduler }));

/** Records whether the pair goes ahead after the first meeting ('' for not decided). */
export const setGoAhead = (goAhead: KickoffState['goAhead']) => change((s) => ({ ...s, goAhead }));

/** Sets how the pair decides when to re-evaluate, and its date or condition. */
export const setReevaluation = (reevaluate: Partial<KickoffState['reevaluate']>) =>
  change((s) => ({ ...s, reevaluate: { ...s.reevaluate, ...reevaluate } }));

/** Sets a review condition's count of sessions or weeks (count null: none). */
export const setReviewAfter = (after: Partial<KickoffState['reevaluate']['after']>) =>
  change((s) => ({
    ...s,
    reevaluate: { ...s.reevaluate, after: { ...s.reevaluate.after, ...after } },
  }));

/**
 * What the undoable change was: a goal removed, or every answer cleared. The checklist offers
 * undo beside the control that made it (kickoffStore.$undo holds the words).
 */
export const $undoneIn = listed(atom<'goals' | 'start-over'>('start-over'));

/** Whether another goal may be opened: fewer than OPEN_GOALS_MAX are open. */
export const $canAddGoal = listed(
  computed($kickoff, (state) => openGoals(state).length < OPEN_GOALS_MAX),
);

/**
 * Adds an open goal at the end of the list, returning its id; undefined when OPEN_GOALS_MAX goals
 * are open already (or the answers are read-only).
 */
export function addGoal(): string | undefined {
  if (!$canAddGoal.get()) return undefined;
  const goal: Goal = { id: newId(), what: '', evidence: '', by: '', outcome: '', closedOn: '' };
  return change((s) => ({ ...s, goals: [...s.goals, goal] })) ? goal.id : undefined;
}

/** Changes a goal's words, evidence or date. */
export const changeGoal = (id: string, edit: Partial<Pick<Goal, 'what' | 'evidence' | 'by'>>) =>
  change((s) => ({ ...s, goals: s.goals.map((g) => (g.id === id ? { ...g, ...edit } : g)) }));

/** Removes a goal; undoable until the next change. False when there is no such goal. */
export function removeGoal(id: string, name: string): boolean {
  const goal = $kickoff.get().goals.find((g) => g.id === id);
  if (!goal) return false;
  $undoneIn.set('goals');
  const what = cleanLine(goal.what);
  return change(
    (s) => ({ ...s, goals: s.goals.filter((g) => g.id !== id) }),
    `Removed ${what ? `the goal “${what}”` : name.toLowerCase()}.`,
  );
}

/** Clears every answer; undoable until the next change. False when there was nothing to clear. */
export function startOver(): boolean {
  $undoneIn.set('start-over');
  return $hasAnswers.get() && kickoffStore.replace(emptyKickoff, 'All answers cleared.');
}
