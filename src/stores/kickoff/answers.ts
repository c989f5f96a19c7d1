/**
 * The kickoff checklist's changes to the answers, apart from the answers themselves
 * (src/stores/core/kickoff.ts), which every playbook page loads: only the checklist makes these.
 */
import { computed } from 'nanostores';
import {
  emptyKickoff,
  isEmptyKickoff,
  type KickoffState,
  type TopicId,
} from '../../playbook/documents/kickoff';
import { $kickoff, kickoffStore } from '../core/kickoff';
import { listed } from '../core/all-stores';

const change = (next: (state: KickoffState) => KickoffState) => kickoffStore.replace(next);

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

/** Clears every answer; undoable until the next change. False when there was nothing to clear. */
export const startOver = () =>
  $hasAnswers.get() && kickoffStore.replace(emptyKickoff, 'All answers cleared.');
