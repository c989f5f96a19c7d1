import { persistentAtom } from '@nanostores/persistent';
import { computed } from 'nanostores';
import { parseChooserAnswers, rankFormats, type ChooserAnswers } from '../playbook/chooser';
import { installBrowserStorage } from './storage';

installBrowserStorage();

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

/** The schema version this site writes. */
export const CHOOSER_VERSION = 1;

/** The chooser's answers as read from storage. */
export type ChooserDocument =
  | { status: 'ok'; answers: ChooserAnswers }
  | { status: 'newer' | 'unreadable'; answers: ChooserAnswers; raw: string };

/** Reads stored answers; never throws. Newer data is kept as it was; unreadable data starts fresh. */
export function decodeChooser(raw: string): ChooserDocument {
  try {
    const data = JSON.parse(raw) as { version?: unknown; answers?: unknown } | null;
    if (typeof data?.version === 'number' && data.version > CHOOSER_VERSION) {
      return { status: 'newer', answers: parseChooserAnswers(data.answers), raw };
    }
    if (data?.version === CHOOSER_VERSION) return { status: 'ok', answers: parseChooserAnswers(data.answers) };
  } catch {
    // Not JSON: fall through.
  }
  return { status: 'unreadable', answers: {}, raw };
}

/** Writes answers; a newer or unreadable document is written back as it was read. */
export function encodeChooser(document: ChooserDocument): string {
  return document.status === 'ok' ? JSON.stringify({ version: CHOOSER_VERSION, answers: document.answers }) : document.raw;
}

/** The stored chooser document. */
export const $chooserDocument = persistentAtom<ChooserDocument>(
  CHOOSER_KEY,
  { status: 'ok', answers: {} },
  { encode: encodeChooser, decode: decodeChooser },
);

/** The answers given so far. */
export const $chooserAnswers = computed($chooserDocument, (document) => document.answers);

/** The four formats in ranked order, with their reasons. */
export const $formatRanking = computed($chooserAnswers, rankFormats);

/** Answers one question; refused (false) when the answers were saved by a newer site. */
export function setChooserAnswer<Q extends keyof ChooserAnswers>(question: Q, option: NonNullable<ChooserAnswers[Q]>): boolean {
  const document = $chooserDocument.get();
  if (document.status === 'newer') return false;
  $chooserDocument.set({ status: 'ok', answers: { ...document.answers, [question]: option } });
  return true;
}

/** Clears every answer. */
export function resetChooser(): boolean {
  if ($chooserDocument.get().status === 'newer') return false;
  $chooserDocument.set({ status: 'ok', answers: {} });
  return true;
}
