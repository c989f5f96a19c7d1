/**
 * What a programme pack (pack.ts) does to a pair's kickoff answers: it pre-fills only what the pair
 * has left empty (how often they meet, how long a session is, when they re-evaluate), never
 * overwrites an answer, and always keeps the programme itself in `kickoff.program`. Pure, so the
 * preview can say exactly what applying would do before anything is written, and say it again
 * after. Loaded on demand, with the pack's preview.
 */
import type { CadenceId, KickoffState } from '../documents/kickoff';
import type { Program } from '../documents/program';
import { cleanLine } from '../core/markdown';

// The cadences in running text. The checklist's own labels (CADENCES in ../kickoff/topics.ts) come
// with every topic's words, which the pages that open a pack (any playbook page) do not load.
const CADENCE_WORDS: Record<CadenceId, string> = {
  weekly: 'weekly',
  'every-two-weeks': 'every two weeks',
  monthly: 'monthly',
  'ad-hoc': 'when needed (booked by the mentee)',
};

/** A cadence in running text ("every two weeks"); '' for none. */
export const cadenceWords = (cadence: CadenceId | '') => (cadence ? CADENCE_WORDS[cadence] : '');

/** One answer the programme sets: what it is called, and its value in words. */
export interface PrefillLine {
  /** The answer, as the checklist calls it in running text: "how often you meet". */
  what: 'how often you meet' | 'how long a session is' | 'when you re-evaluate';
  /** The value in words: the programme's when filled, the pair's own when kept. */
  value: string;
}

/** What applying a programme gives: the new answers, what it filled and what it left as it was. */
export interface Prefill {
  kickoff: KickoffState;
  /** Answers that were empty and now hold the programme's value. */
  filled: PrefillLine[];
  /** Answers the programme also sets that the pair had already given, left as they were. */
  kept: PrefillLine[];
}

/** The programme's first review point counted in weeks, if it has one. */
const firstWeeksPoint = (program: Program) =>
  program.reviewPoints.find((point) => point.weeks !== null);

/** The re-evaluation a programme suggests, in the kickoff's shape; undefined when it sets none. */
export function programReevaluation(program: Program): KickoffState['reevaluate'] | undefined {
  const point = firstWeeksPoint(program);
  if (point) {
    const label = cleanLine(point.label);
    return {
      mode: 'condition',
      date: '',
      condition: `The programme asks for its review${label ? ` “${label}”` : ''}`,
      after: { count: point.weeks, unit: 'weeks' },
    };
  }
  if (program.roundEnds && program.reviewPoints.some((p) => p.end))
    return {
      mode: 'date',
      date: program.roundEnds,
      condition: '',
      after: { count: null, unit: '' },
    };
  return undefined;
}

const reevaluationWords = (r: KickoffState['reevaluate']) =>
  r.mode === 'date'
    ? `on ${r.date || 'a date still to agree'}`
    : r.mode === 'condition'
      ? [
          cleanLine(r.condition),
          r.after.count === null
            ? ''
            : `after ${r.after.count} ${r.after.unit || 'sessions or weeks'}`,
        ]
          .filter(Boolean)
          .join(', ') || 'when a condition still to agree is met'
      : '';

const reevaluationEmpty = ({ reevaluate: r }: KickoffState) =>
  r.mode === '' && r.date === '' && r.condition.trim() === '' && r.after.count === null;

/**
 * Pre-fills the kickoff answers from a programme: each of cadence frequency, session length
 * (minutes) and re-evaluation (the first review point in weeks as a condition "after N weeks", or,
 * with only an end point, the round's end date) is set only where the pair left it empty and the
 * programme sets it; `program` is always replaced by the given programme. Never throws.
 */
export function prefill(kickoff: KickoffState, program: Program): Prefill {
  const filled: PrefillLine[] = [];
  const kept: PrefillLine[] = [];
  let next: KickoffState = { ...kickoff, program: { ...program } };
  if (program.cadence) {
    const what = 'how often you meet';
    if (kickoff.cadence.frequency === '') {
      next = { ...next, cadence: { ...next.cadence, frequency: program.cadence } };
      filled.push({ what, value: cadenceWords(program.cadence) });
    } else kept.push({ what, value: cadenceWords(kickoff.cadence.frequency) });
  }
  if (program.minutes !== null) {
    const what = 'how long a session is';
    if (kickoff.cadence.minutes === null) {
      next = { ...next, cadence: { ...next.cadence, minutes: program.minutes } };
      filled.push({ what, value: `${program.minutes} minutes` });
    } else kept.push({ what, value: `${kickoff.cadence.minutes} minutes` });
  }
  const reevaluate = programReevaluation(program);
  if (reevaluate) {
    const what = 'when you re-evaluate';
    if (reevaluationEmpty(kickoff)) {
      next = { ...next, reevaluate };
      filled.push({ what, value: reevaluationWords(reevaluate) });
    } else kept.push({ what, value: reevaluationWords(kickoff.reevaluate) || 'as you set it' });
  }
  return { kickoff: next, filled, kept };
}

/** Whether two programmes are the same one: the same id when both have one, else the same name. */
export function sameProgram(a: Program, b: Program): boolean {
  if (a.id && b.id) return a.id === b.id;
  return cleanLine(a.name).toLowerCase() === cleanLine(b.name).toLowerCase();
}

/** How a programme pack relates to the one a pair keeps: none yet, the same one, or another. */
export const packOver = (kept: Program, pack: Program): 'none' | 'same' | 'other' =>
  kept.name.trim() === '' ? 'none' : sameProgram(kept, pack) ? 'same' : 'other';

/** Lines in words, joined: "how often you meet: every two weeks; how long a session is: 45 minutes". */
export const linesSaid = (lines: readonly PrefillLine[]) =>
  lines.map((line) => `${line.what}: ${line.value}`).join('; ');

/**
 * What applying did, in one or two sentences, for the page and its live region: "Filled in how
 * often you meet: every two weeks. Left as you had it: how long a session is: 60 minutes."
 */
export function prefillSaid({ filled, kept }: Pick<Prefill, 'filled' | 'kept'>): string {
  const parts = [
    filled.length
      ? `Filled in ${linesSaid(filled)}.`
      : 'Filled in nothing: the programme sets no answer you had left empty.',
    kept.length ? `Left as you had it: ${linesSaid(kept)}.` : '',
  ];
  return parts.filter(Boolean).join(' ');
}
