/**
 * Adding pairs to the coordinator's overview (loaded when a file is dropped or a link opened): a
 * file read as a progress summary or as an agreement file (whose kickoff answers give a summary
 * dated the day the agreement was written, with the sessions not known), and a summary added to the
 * list, keeping one per mentorship by preferredSummary (../which-summary.ts: one that knows the
 * sessions over one that does not, else the newer by the day it was made). Every door is bounded: a
 * file over FILE_MAX_BYTES is refused before it is read, and each reader caps what it parses
 * (json-file.ts, agreement-read.ts).
 */
import { progressSummary, readSummary, type ProgressSummary } from '../summary';
import { preferredSummary } from '../which-summary';
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
 * in `.json`, says so) or an agreement file (Markdown with front matter, made into a summary dated
 * the day it was written, or `today` (YYYY-MM-DD) when it gives none, as folder.ts does); never
 * throws.
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
    summary: progressSummary({
      mentorship: read.value,
      today: read.writtenOn || today,
      sessionsKnown: false,
    }),
    reset: read.reset,
    from: 'agreement',
  };
}

/**
 * How a summary went into the list; `why` says whether the newer one or the one that knows the
 * sessions won (preferredSummary).
 */
export type Added =
  | { outcome: 'added' }
  | { outcome: 'updated'; before: ProgressSummary; why: 'newer' | 'sessions' }
  | { outcome: 'older'; kept: ProgressSummary; why: 'newer' | 'sessions' };

/** The pair's names as a sentence names them: "Tom and Priya", "a pair with no names". */
export function pairName(summary: Pick<ProgressSummary, 'pair'>): string {
  const names = [summary.pair.mentee, summary.pair.mentor].map((n) => n.trim()).filter(Boolean);
  return names.length ? names.join(' and ') : 'a pair with no names';
}

/**
 * Adds a summary to the list: new for a mentorship not in it; else in place of the one there, or
 * left out, as preferredSummary decides (one that knows the sessions wins; else the newer, or this
 * one when made the same day). Returns the new list (the same list when nothing changed) and what
 * happened.
 */
export function addSummary(
  list: readonly ProgressSummary[],
  summary: ProgressSummary,
): { list: readonly ProgressSummary[]; added: Added } {
  const at = list.findIndex((s) => s.mentorship === summary.mentorship);
  if (at < 0) return { list: [...list, summary], added: { outcome: 'added' } };
  const before = list[at]!;
  const { keep, why } = preferredSummary(before, summary);
  if (keep === 'kept') return { list, added: { outcome: 'older', kept: before, why } };
  return {
    list: list.map((s, i) => (i === at ? summary : s)),
    added: { outcome: 'updated', before, why },
  };
}

/**
 * Adds summaries to a list one by one (addSummary), as a list this page holds is merged into the
 * one stored now (another tab may have written it since): nothing the stored list has is lost
 * unless a summary preferred to it replaces it.
 */
export const addSummaries = (
  list: readonly ProgressSummary[],
  summaries: readonly ProgressSummary[],
): readonly ProgressSummary[] => summaries.reduce((at, s) => addSummary(at, s).list, list);

const day = (on: string) => dayText(on) || 'no date';

/**
 * What happened in words: "Added Tom and Priya.", "Updated …", "Left out: …", "Kept the summary
 * of …". `from` says what the added summary came from, for the words of a summary that does not
 * know its sessions.
 */
export function addedText(
  summary: ProgressSummary,
  added: Added,
  from: 'summary' | 'agreement' = 'summary',
): string {
  const pair = pairName(summary);
  const unknown = from === 'agreement' ? 'the agreement' : 'this file';
  switch (added.outcome) {
    case 'added':
      return `Added ${pair}.`;
    case 'updated':
      // Said only when the dates alone would have kept the other one.
      return added.why === 'sessions' && summary.madeOn < added.before.madeOn
        ? `Updated ${pair}: this summary (${day(summary.madeOn)}) knows the sessions, which the one it replaces (${day(added.before.madeOn)}) did not.`
        : `Updated ${pair}: this summary (${day(summary.madeOn)}) replaces the one from ${day(added.before.madeOn)}.`;
    case 'older':
      return added.why === 'sessions'
        ? `Kept the summary of ${pair} from ${day(added.kept.madeOn)} (it knows the sessions; ${unknown} does not).`
        : `Left out: the overview already has a newer summary of ${pair} (${dayText(added.kept.madeOn)}) than this one (${day(summary.madeOn)}).`;
  }
}

/**
 * Puts removed summaries back into the list as it is now (another tab may have changed it since):
 * each where it stood in `before` (the list they were removed from), after the nearest pair before
 * it that is still there, unless the list has a summary of its mentorship preferred to it
 * (preferredSummary; on a tie, the one there stays). Pure.
 */
export function restorePairs(
  now: readonly ProgressSummary[],
  before: readonly ProgressSummary[],
  removed: readonly ProgressSummary[],
): ProgressSummary[] {
  const list = [...now];
  const at = (id: string) => list.findIndex((s) => s.mentorship === id);
  for (const summary of removed) {
    const there = at(summary.mentorship);
    if (there >= 0) {
      if (preferredSummary(summary, list[there]!).keep === 'kept') list[there] = summary;
      continue;
    }
    const stood = before.findIndex((s) => s.mentorship === summary.mentorship);
    let insert = 0;
    for (let j = stood - 1; j >= 0 && insert === 0; j--) insert = at(before[j]!.mentorship) + 1;
    list.splice(insert, 0, summary);
  }
  return list;
}
