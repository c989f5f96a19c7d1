import { createVersionedStore } from '../../core/versioned';
import { mentorshipDocument } from '../../core/mentorships';
import { REVIEW_DOCUMENT } from '../../../playbook/documents/review';

/**
 * The reviews in storage, one document per mentorship: `mentorship-playbook:v2:<id>:review`.
 * Apart from the page's store (review.ts), as the notice on every playbook page (loaded on demand)
 * needs only this and the due check (due.ts).
 *
 * Stored shape (JSON), version 1 (ReviewSchema in src/playbook/documents/review.ts):
 * ```
 * {
 *   "version": 1,
 *   "draft": Review,                        // the review being filled in
 *   "reviews": [Review & { "id": string, "on": "YYYY-MM-DD",
 *               "facts": { "from", "to": "YYYY-MM-DD" | "", "held": number,
 *                          "expected": number | null, "done": number, "carried": number } }],
 *   "putOff": "YYYY-MM-DD" | "",            // the notice stays away until then
 *   "state": { "status": "" | "paused" | "ended", "until": "YYYY-MM-DD" | "",
 *              "on": "YYYY-MM-DD" | "", "next": string }
 * }
 * Review = {
 *   "mentor": Reflection, "mentee": Reflection,
 *   "goals": [{ "goal": id, "what": string, "decision": "" | "reached" | "keep" | "change" | "drop",
 *               "changed": string, "trail": ("" | CheckInState)[] }],
 *   "added": [{ "id": string, "what": string, "evidence": string, "by": "YYYY-MM-DD" | "" }],
 *   "decision": "" | "carry-on" | "change" | "pause" | "end",
 *   "change": string, "until": "YYYY-MM-DD" | "", "next": string, "nextReview": "YYYY-MM-DD" | ""
 * }
 * Reflection = { "working", "change", "learned", "keep", "start", "stop": string }
 * ```
 * A missing field reads as empty; a value that does not fit resets that field only, and what was
 * stored is kept under the same key plus `-backups`.
 */
export const reviewStore = createVersionedStore(mentorshipDocument('review', REVIEW_DOCUMENT));
