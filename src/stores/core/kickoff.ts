import type { FormatId } from '../../playbook/core/formats';
import { KICKOFF_DOCUMENT } from '../../playbook/documents/kickoff';
import { mentorshipDocument } from './mentorships';
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
 *   "reevaluate": { "mode": "date" | "condition" | "", "date": "YYYY-MM-DD" | "", "condition": string,
 *                   "after": { "count": 1..520 | null, "unit": "sessions" | "weeks" | "" } },
 *   "formats": FormatId[],
 *   "goals": [{ "id": string, "what": string, "evidence": string, "by": "YYYY-MM-DD" | "",
 *               "outcome": "reached" | "dropped" | "", "closedOn": "YYYY-MM-DD" | "" }]
 * }
 * ```
 * At most three goals are open (outcome "") at a time; a review closes them. Answers stored
 * before goals existed (no `goals` field) read with the goal topic's note as the first goal, the
 * progress topic's note as its evidence and the first-win note as a second goal, those notes
 * cleared (goalsFromNotes in src/playbook/documents/kickoff.ts): every door reads them alike.
 * A missing field reads as empty; a value that does not fit resets that field only, and what was
 * stored is kept under the same key plus `-backups`, as
 * `[{ "savedAt": ISO date-time, "raw": string, "migratedFrom"?: version }]` (KeptCopy in
 * src/playbook/core/stored-document.ts).
 */
export const kickoffStore = createVersionedStore(mentorshipDocument('kickoff', KICKOFF_DOCUMENT));

/** The answers to show. */
export const $kickoff = kickoffStore.$value;

/**
 * Adds a format to the chosen ones, or takes it away: here, as the chooser and the checklist both
 * do it; the checklist's other changes are in src/stores/kickoff/answers.ts.
 */
export const chooseFormat = (format: FormatId, chosen: boolean) =>
  kickoffStore.replace((s) => ({
    ...s,
    formats: chosen
      ? [...new Set([...s.formats, format])]
      : s.formats.filter((id) => id !== format),
  }));
