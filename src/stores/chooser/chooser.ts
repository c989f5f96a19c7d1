import { computed } from 'nanostores';
import { rankFormats, type ChooserAnswers } from '../../playbook/chooser/chooser';
import { CHOOSER_DOCUMENT } from '../../playbook/documents/chooser';
import { listed } from '../core/all-stores';
import { mentorshipDocument } from '../core/mentorships';
import { createVersionedStore } from '../core/versioned';

/**
 * The chooser's answers in storage, each mentorship's under
 * `mentorship-playbook:v2:<id>:format-chooser`. The chosen formats themselves are part of the
 * kickoff answers (src/stores/core/kickoff.ts), so the checklist, the agreement and the chooser share
 * them.
 *
 * Stored shape (JSON), version 1 (ChooserSchema in src/playbook/documents/chooser.ts):
 * `{ "version": 1, "answers": { "level"?: "starting" | "basics" | "deep",
 *    "goal"?: "broad" | "codebase" | "unclear", "project"?: "yes" | "no",
 *    "together"?: "yes" | "no", "rhythm"?: "schedule" | "on-demand" } }`
 * An answer that is not one of its question's options reads as not answered.
 */
export const chooserStore = createVersionedStore(
  mentorshipDocument('format-chooser', CHOOSER_DOCUMENT),
);

/** The answers given so far. */
export const $chooserAnswers = listed(computed(chooserStore.$value, (state) => state.answers));

/** The four formats in ranked order, with their reasons. */
export const $formatRanking = listed(computed($chooserAnswers, rankFormats));

/** Answers one question; refused (false) when the answers were saved by a newer site. */
export const setChooserAnswer = <Q extends keyof ChooserAnswers>(
  question: Q,
  option: NonNullable<ChooserAnswers[Q]>,
) => chooserStore.replace((state) => ({ answers: { ...state.answers, [question]: option } }));

/** Clears every answer. */
export const resetChooser = () => chooserStore.replace(() => ({ answers: {} }));
