import { computed } from 'nanostores';
import { parseChooserAnswers, rankFormats, type ChooserAnswers } from '../playbook/chooser';
import { localDate } from '../playbook/dates';
import { createVersionedStore } from './versioned';

/**
 * Where the format chooser's answers live. The chosen formats themselves are part of the kickoff
 * answers (src/stores/kickoff.ts), so the checklist, the agreement and the chooser share them.
 *
 * Stored shape (JSON), version 1:
 * `{ "version": 1, "answers": { "level"?: "starting" | "basics" | "deep", "goal"?: "broad" | "codebase" | "unclear",
 *    "project"?: "yes" | "no", "together"?: "yes" | "no", "rhythm"?: "schedule" | "on-demand" } }`
 * Unknown questions or options are dropped when read.
 */
export const CHOOSER_KEY = 'mentorship-playbook:v1:format-chooser';

/** The chooser's stored document. */
export interface ChooserState {
  answers: ChooserAnswers;
}

/** The chooser's answers in storage. */
export const chooserStore = createVersionedStore<ChooserState>({
  key: CHOOSER_KEY,
  version: 1,
  empty: () => ({ answers: {} }),
  parse: (data) =>
    typeof data === 'object' && data !== null
      ? { answers: parseChooserAnswers((data as ChooserState).answers) }
      : undefined,
});

/** The answers given so far. */
export const $chooserAnswers = computed(chooserStore.$value, (state) => state.answers);

/** The four formats in ranked order, with their reasons. */
export const $formatRanking = computed($chooserAnswers, rankFormats);

/** Answers one question; refused (false) when the answers were saved by a newer site. */
export function setChooserAnswer<Q extends keyof ChooserAnswers>(
  question: Q,
  option: NonNullable<ChooserAnswers[Q]>,
): boolean {
  return chooserStore.update((state) => {
    state.answers[question] = option;
  });
}

/** Clears every answer. */
export function resetChooser(): boolean {
  return chooserStore.update((state) => {
    state.answers = {};
  });
}

/** The kept copies of unreadable answers as one file to download. */
export function chooserBackupFile(): { name: string; text: string } {
  return chooserStore.backupFile(localDate(new Date()));
}
