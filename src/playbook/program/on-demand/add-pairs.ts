/**
 * Adding pairs to the coordinator's overview (loaded when a file is dropped or a link opened): a
 * file read as a progress summary or as an agreement file (whose kickoff answers give a summary
 * with the sessions not known), and a summary added to the list, keeping one per mentorship (the
 * newer by the day it was made). Every door is bounded: a file over FILE_MAX_BYTES is refused
 * before it is read, and each reader caps what it parses (json-file.ts, agreement-read.ts).
 */
import { progressSummary, readSummary, type ProgressSummary } from '../summary';
import { dayText } from '../../review/every-page/due';

/** Larger files are refused unread: an agreement holds at most 5,000,000 characters. */
export const FILE_MAX_BYTES = 20_000_000;

/** What reading one file gave: its summary (and the values left out), or why it cannot be used. */
export type PairRead =
  | { ok: true; summary: ProgressSummary; reset: string[]; from: 'summary' | 'agreement' }
  | { ok: false; message: string };

/** Whether a file's text reads as JSON (a summary) rather than Markdown (an agreement). */
const looksLikeJson = (text: string) => /^\uFEFF?\s*[{[]/.test(text);

/**
 * Reads a dropped or picked file's text as a progress summary (JSON: its text, or its `name` ending
 * in `.json`, says so) or an agreement file (Markdown with front matter, made into a summary on
 * `today`); never throws.
 */
export async function readPairText(text: string, today: string, name = ''): Promise<PairRead> {
  if (looksLikeJson(text) || /\.json$/i.test(name)) {
    const read = readSummary(text);
    return read.ok ? { ...read, from: 'summary' } : read;
  }
  // The agreement reader brings a YAML parser: loaded only for an agreement.
  const { readAgreement } = await import('../../kickoff/agreement-read');
  // The agreement's body is not compared with its answers here: only the answers are used.
  const read = readAgreement(text, () => '');
  if (!read.ok) return read;
  return {
    ok: true,
    summary: progressSummary({ mentorship: read.value, today, sessionsKnown: false }),
    reset: read.reset,
    from: 'agreement',
  };
}

/** How a summary went into the list. */
export type Added =
  | { outcome: 'added' }
  | { outcome: 'updated'; before: ProgressSummary }
  | { outcome: 'older'; kept: ProgressSummary };

/** The pair's names as a sentence names them: "Tom and Priya", "a pair with no names". */
export function pairName(summary: Pick<ProgressSummary, 'pair'>): string {
  const names = [summary.pair.mentee, summary.pair.mentor].map((n) => n.trim()).filter(Boolean);
  return names.length ? names.join(' and ') : 'a pair with no names';
}

/**
 * Adds a summary to the list: new for a mentorship not in it; in place of the one there when it is
 * as new or newer (by `madeOn`); left out when the one there is newer. Returns the new list (the
 * same list when nothing changed) and what happened.
 */
export function addSummary(
  list: readonly ProgressSummary[],
  summary: ProgressSummary,
): { list: readonly ProgressSummary[]; added: Added } {
  const at = list.findIndex((s) => s.mentorship === summary.mentorship);
  if (at < 0) return { list: [...list, summary], added: { outcome: 'added' } };
  const before = list[at]!;
  if (before.madeOn > summary.madeOn) return { list, added: { outcome: 'older', kept: before } };
  return {
    list: list.map((s, i) => (i === at ? summary : s)),
    added: { outcome: 'updated', before },
  };
}

/** What happened in words: "Added Tom and Priya.", "Updated …", "Left out: …". */
export function addedText(summary: ProgressSummary, added: Added): string {
  const pair = pairName(summary);
  switch (added.outcome) {
    case 'added':
      return `Added ${pair}.`;
    case 'updated':
      return `Updated ${pair}: this summary (${dayText(summary.madeOn) || 'no date'}) replaces the one from ${dayText(added.before.madeOn) || 'no date'}.`;
    case 'older':
      return `Left out: the overview already has a newer summary of ${pair} (${dayText(added.kept.madeOn)}) than this one (${dayText(summary.madeOn) || 'no date'}).`;
  }
}
