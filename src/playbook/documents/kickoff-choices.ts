/**
 * The ids and ranges of the kickoff's choices that the programme pack (program.ts) also sets, kept
 * apart so that both schemas read them without importing each other.
 */

/** How often the pair meets (CADENCES in ../kickoff/topics.ts names them). */
export const CADENCE_IDS = ['weekly', 'every-two-weeks', 'monthly', 'ad-hoc'] as const;

/** The counts a review condition accepts: after 1 to 520 sessions or weeks (ten years). */
export const REVIEW_AFTER = { min: 1, max: 520 } as const;

/** Session lengths the checklist accepts, in minutes. */
export const SESSION_MINUTES = { min: 10, max: 240, step: 5 } as const;
