/**
 * The agenda builder's domain: the mentee's agenda for the next session (the four parts of the
 * brief's section F, timeboxed to the agreed session length), action items with owners, finishing
 * a session into the history with unfinished items carried forward, and Markdown exports.
 * Functions are pure; ids and dates come in as arguments.
 */
import type { ActionItem, Agenda, AgendaPart, Session } from '../documents/agenda';
import { cleanLine } from '../core/markdown';
import { count } from '../core/words';

export * from '../documents/agenda';

/** Session length when the kickoff has none agreed, in minutes. */
export const DEFAULT_SESSION_MINUTES = 30;

/** The four standard parts, in order, with a default share of the session (weights). */
export const STANDARD_PARTS: readonly {
  kind: Exclude<AgendaPart['kind'], 'custom'>;
  title: string;
  hint: string;
  weight: number;
}[] = [
  {
    kind: 'since',
    title: 'Since last time',
    weight: 1,
    hint: 'Two or three minutes of news: what has changed for you since the last session.',
  },
  {
    kind: 'actions',
    title: "Last time's action items",
    weight: 1.5,
    hint: 'What you tried from last time, and what came of it.',
  },
  {
    kind: 'challenge',
    title: 'A current challenge',
    weight: 2.5,
    hint: 'One situation to talk through and find an approach for.',
  },
  {
    kind: 'success',
    title: 'A recent success',
    weight: 1,
    hint: 'A story that ended well, your guess at why, and your mentor’s reading of it.',
  },
];

/** Everything the agenda builder keeps: the next agenda and the history, newest first. */
export interface AgendaState {
  draft: Agenda;
  history: Session[];
}

/** Splits minutes by weights into whole minutes that add up exactly (largest remainder first). */
export function splitMinutes(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (total * w) / sum);
  const floors = exact.map(Math.floor);
  let left = total - floors.reduce((a, b) => a + b, 0);
  const byRemainder = exact
    .map((x, i) => [x - Math.floor(x), i] as const)
    .sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of byRemainder) {
    if (left <= 0) break;
    floors[i]! += 1;
    left -= 1;
  }
  return floors;
}

/** A fresh agenda with the four standard parts timeboxed to the session length. */
export function emptyAgenda(
  length: number,
  newId: () => string,
  carried: ActionItem[] = [],
): Agenda {
  const minutes = splitMinutes(
    length,
    STANDARD_PARTS.map((p) => p.weight),
  );
  return {
    date: '',
    parts: STANDARD_PARTS.map((p, i) => ({
      id: newId(),
      kind: p.kind,
      title: p.title,
      minutes: minutes[i]!,
      notes: '',
    })),
    carried,
    actions: [],
    checkIns: [],
  };
}

/** How the timeboxes add up against the session length. */
export interface Timebox {
  planned: number;
  length: number;
  over: number;
}

/** How the timeboxes add up against the session length. */
export function timeboxTotals(agenda: Agenda, length: number): Timebox {
  const planned = agenda.parts.reduce((sum, p) => sum + p.minutes, 0);
  return { planned, length, over: Math.max(0, planned - length) };
}

/** Spreads the session length over the parts in proportion to their current timeboxes (evenly if all are zero). */
export function fitTimeboxes(agenda: Agenda, length: number): Agenda {
  const weights = agenda.parts.every((p) => p.minutes === 0)
    ? agenda.parts.map(() => 1)
    : agenda.parts.map((p) => p.minutes);
  const minutes = agenda.parts.length ? splitMinutes(length, weights) : [];
  return { ...agenda, parts: agenda.parts.map((p, i) => ({ ...p, minutes: minutes[i]! })) };
}

/** The timebox a part added by the pair starts with, so fitting the plan gives it a share. */
export const NEW_PART_MINUTES = 5;

/** Adds a part the pair names themselves, at the end. */
export function addPart(agenda: Agenda, id: string, title = 'Another topic'): Agenda {
  const part: AgendaPart = { id, kind: 'custom', title, minutes: NEW_PART_MINUTES, notes: '' };
  return { ...agenda, parts: [...agenda.parts, part] };
}

/** Removes a part. */
export function removePart(agenda: Agenda, id: string): Agenda {
  return { ...agenda, parts: agenda.parts.filter((p) => p.id !== id) };
}

/** What to call a part in labels and messages: its title, or its place when it has none. */
export function partName(part: AgendaPart, index: number): string {
  return cleanLine(part.title) || `Part ${index + 1}`;
}

/** How the timeboxes add up, in words. */
export function timeboxMessage({ planned, length, over }: Timebox): string {
  if (over > 0) {
    return `Planned ${planned} of ${length} minutes. The plan runs ${count(over, 'minute')} over: shorten or remove a part.`;
  }
  const left = length - planned;
  const rest =
    left > 0 ? `${count(left, 'minute')} not planned yet.` : 'The timeboxes fill it exactly.';
  return `Planned ${planned} of ${length} minutes. ${rest}`;
}

/** Moves a part up (-1) or down (+1); at either end it stays. */
export function movePart(agenda: Agenda, id: string, delta: -1 | 1): Agenda {
  const from = agenda.parts.findIndex((p) => p.id === id);
  const to = from + delta;
  if (from < 0 || to < 0 || to >= agenda.parts.length) return agenda;
  const parts = [...agenda.parts];
  [parts[from], parts[to]] = [parts[to]!, parts[from]!];
  return { ...agenda, parts };
}

/** Changes a part's title, timebox or notes. */
export function updatePart(
  agenda: Agenda,
  id: string,
  change: Partial<Pick<AgendaPart, 'title' | 'minutes' | 'notes'>>,
): Agenda {
  return { ...agenda, parts: agenda.parts.map((p) => (p.id === id ? { ...p, ...change } : p)) };
}

/** Adds an action item for next time. */
export function addAction(agenda: Agenda, item: ActionItem): Agenda {
  return { ...agenda, actions: [...agenda.actions, item] };
}

/** The action items not done yet, carried or new: what finishing carries forward. */
export function openItems(agenda: Agenda): ActionItem[] {
  return [...agenda.carried, ...agenda.actions].filter((i) => !i.done);
}
