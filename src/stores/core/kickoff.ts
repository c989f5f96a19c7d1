import { computed } from 'nanostores';
import type { FormatId } from '../../playbook/core/formats';
import {
  emptyKickoff,
  isEmptyKickoff,
  type KickoffState,
  type TopicId,
} from '../../playbook/documents/kickoff';
import { mentorshipDocument } from './mentorships';
import { listed } from './all-stores';
import { createVersionedStore } from './versioned';

/**
 * The kickoff answers in storage, with their kept copies, notices and undo. They live in the core
 * because every playbook page reads them: the switcher names each mentorship after its pair, and
 * the planner plans for the agreed length. Each mentorship has its own, under
 * `mentorship-playbook:v2:<id>:kickoff` (src/stores/core/mentorships.ts). The `v2` names the
 * storage layout; the document inside carries its own schema `version`, so a later site can add
 * fields without a new key.
 *
 * Stored shape (JSON), version 1 (KickoffSchema in src/playbook/documents/kickoff.ts):
 * ```
 * {
 *   "version": 1,
 *   "pair": { "mentor": string, "mentee": string, "startDate": "YYYY-MM-DD" | "" },
 *   "topics": { [topicId]: { "agreed": boolean, "notes": string } },
 *   "cadence": { "frequency": "weekly" | "every-two-weeks" | "monthly" | "ad-hoc" | "",
 *                "minutes": 10..240 | null, "time": "HH:MM" | "" },
 *   "scheduler": "mentee" | "mentor" | "both" | "",
 *   "goAhead": "go" | "not-yet" | "",
 *   "reevaluate": { "mode": "date" | "condition" | "", "date": "YYYY-MM-DD" | "", "condition": string },
 *   "formats": FormatId[]
 * }
 * ```
 * A missing field reads as empty; a value that does not fit resets that field only, and what was
 * stored is kept under the same key plus `-backups`, as
 * `[{ "savedAt": ISO date-time, "raw": string, "migratedFrom"?: version }]` (KeptCopy in
 * src/playbook/core/stored-document.ts).
 */
export const kickoffStore = createVersionedStore(mentorshipDocument('kickoff'));

/** The answers to show. */
export const $kickoff = kickoffStore.$value;

/** Whether anything at all has been answered: a filled page prints as the agreement. */
export const $hasAnswers = listed(computed($kickoff, (state) => !isEmptyKickoff(state)));

const change = (next: (state: KickoffState) => KickoffState) => kickoffStore.replace(next);

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

/** Adds a format to the chosen ones, or takes it away. */
export const chooseFormat = (format: FormatId, chosen: boolean) =>
  change((s) => ({
    ...s,
    formats: chosen
      ? [...new Set([...s.formats, format])]
      : s.formats.filter((id) => id !== format),
  }));

/** Clears every answer; undoable until the next change. False when there was nothing to clear. */
export const startOver = () =>
  $hasAnswers.get() && kickoffStore.replace(emptyKickoff, 'All answers cleared.');
