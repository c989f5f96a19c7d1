/**
 * The agenda builder's domain: the mentee's agenda for the next session (the four parts of the
 * brief's section F, timeboxed to the agreed session length), action items with owners, finishing
 * a session into the history with unfinished items carried forward, and Markdown exports.
 * Functions are pure; ids and dates come in as arguments.
 */
import { isIsoDate } from './dates';
import { cleanLine, cleanText, toMarkdown, type Block } from './markdown';

/** Session length when the kickoff has none agreed, in minutes. */
export const DEFAULT_SESSION_MINUTES = 30;

/** Timeboxes a part accepts, in minutes. */
export const PART_MINUTES = { min: 0, max: 240 } as const;

/** Which of the four standard parts a part is, or a part the pair added. */
export type PartKind = 'since' | 'actions' | 'challenge' | 'success' | 'custom';

/** The four standard parts, in order, with a default share of the session (weights). */
export const STANDARD_PARTS: readonly {
  kind: Exclude<PartKind, 'custom'>;
  title: string;
  hint: string;
  weight: number;
}[] = [
  {
    kind: 'since',
    title: 'Since last time',
    weight: 1,
    hint: 'The key things that happened since you last met, briefly.',
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
    hint: 'Something that went well, why, and how your mentor sees it.',
  },
];

/** One part of an agenda. */
export interface AgendaPart {
  id: string;
  kind: PartKind;
  title: string;
  minutes: number;
  notes: string;
}

/** Who does an action item. */
export type Owner = 'mentor' | 'mentee';

/** Something one of the pair will do before the next session. */
export interface ActionItem {
  id: string;
  text: string;
  owner: Owner;
  done: boolean;
}

/** The agenda being prepared: the date, its parts, last time's open items and new items. */
export interface Agenda {
  /** The session's date, YYYY-MM-DD, or '' when not set. */
  date: string;
  parts: AgendaPart[];
  /** Items carried from earlier sessions, reviewed under "Last time's action items". */
  carried: ActionItem[];
  /** Items agreed in this session, for next time. */
  actions: ActionItem[];
}

/** A finished session in the history. */
export interface Session extends Agenda {
  id: string;
  /** When it was finished, as an ISO date-time. */
  finishedAt: string;
}

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
  };
}

/** How the timeboxes add up against the session length. */
export function timeboxTotals(
  agenda: Agenda,
  length: number,
): { planned: number; length: number; over: number } {
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

/** Adds a part the pair names themselves, at the end. */
export function addPart(agenda: Agenda, id: string, title = 'Another topic'): Agenda {
  return {
    ...agenda,
    parts: [...agenda.parts, { id, kind: 'custom', title, minutes: 0, notes: '' }],
  };
}

/** Removes a part, returning it and its place so it can be put back. */
export function removePart(
  agenda: Agenda,
  id: string,
): { agenda: Agenda; removed?: { part: AgendaPart; index: number } } {
  const index = agenda.parts.findIndex((p) => p.id === id);
  if (index < 0) return { agenda };
  return {
    agenda: { ...agenda, parts: agenda.parts.filter((p) => p.id !== id) },
    removed: { part: agenda.parts[index]!, index },
  };
}

/** Puts a removed part back where it was. */
export function restorePart(agenda: Agenda, part: AgendaPart, index: number): Agenda {
  const parts = [...agenda.parts];
  parts.splice(Math.min(index, parts.length), 0, part);
  return { ...agenda, parts };
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

/** Changes an action item, whether carried or new. */
export function updateAction(
  agenda: Agenda,
  id: string,
  change: Partial<Omit<ActionItem, 'id'>>,
): Agenda {
  const apply = (items: ActionItem[]) => items.map((i) => (i.id === id ? { ...i, ...change } : i));
  return { ...agenda, carried: apply(agenda.carried), actions: apply(agenda.actions) };
}

/** Removes an action item, whether carried or new. */
export function removeAction(agenda: Agenda, id: string): Agenda {
  return {
    ...agenda,
    carried: agenda.carried.filter((i) => i.id !== id),
    actions: agenda.actions.filter((i) => i.id !== id),
  };
}

/** The action items not done yet, carried or new: what finishing carries forward. */
export function openItems(agenda: Agenda): ActionItem[] {
  return [...agenda.carried, ...agenda.actions].filter((i) => !i.done);
}

/**
 * Finishes the agenda as a session: it goes to the top of the history (dated today if no date was
 * set), and the next agenda starts fresh with every unfinished item, carried or new, to review.
 */
export function finishSession(
  state: AgendaState,
  options: { id: string; finishedAt: string; today: string; length: number; newId: () => string },
): AgendaState {
  const { draft } = state;
  const session: Session = {
    ...draft,
    date: draft.date || options.today,
    id: options.id,
    finishedAt: options.finishedAt,
  };
  return {
    draft: emptyAgenda(options.length, options.newId, openItems(draft)),
    history: [session, ...state.history],
  };
}

/** Removes a session from the history. */
export function deleteSession(state: AgendaState, id: string): AgendaState {
  return { ...state, history: state.history.filter((s) => s.id !== id) };
}

/* Reading stored data ------------------------------------------------------------------------ */

type Check<T> = (value: unknown) => value is T;
const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isString: Check<string> = (v): v is string => typeof v === 'string';
const isId: Check<string> = (v): v is string =>
  typeof v === 'string' && v.length > 0 && v.length <= 100;

function readItem(v: unknown): ActionItem | undefined {
  if (
    !isObject(v) ||
    !isId(v.id) ||
    !isString(v.text) ||
    (v.owner !== 'mentor' && v.owner !== 'mentee') ||
    typeof v.done !== 'boolean'
  ) {
    return undefined;
  }
  return { id: v.id, text: v.text, owner: v.owner, done: v.done };
}

function readPart(v: unknown): AgendaPart | undefined {
  const kinds: readonly unknown[] = ['since', 'actions', 'challenge', 'success', 'custom'];
  if (
    !isObject(v) ||
    !isId(v.id) ||
    !kinds.includes(v.kind) ||
    !isString(v.title) ||
    !isString(v.notes)
  )
    return undefined;
  const minutes = v.minutes;
  if (
    !Number.isInteger(minutes) ||
    (minutes as number) < PART_MINUTES.min ||
    (minutes as number) > PART_MINUTES.max
  )
    return undefined;
  return {
    id: v.id,
    kind: v.kind as PartKind,
    title: v.title,
    minutes: minutes as number,
    notes: v.notes,
  };
}

function readList<T>(v: unknown, read: (item: unknown) => T | undefined): T[] | undefined {
  if (!Array.isArray(v)) return undefined;
  const items = v.map(read);
  return items.every((i): i is T => i !== undefined) ? items : undefined;
}

function readAgenda(v: unknown): Agenda | undefined {
  if (!isObject(v) || !(v.date === '' || (isString(v.date) && isIsoDate(v.date)))) return undefined;
  const parts = readList(v.parts, readPart);
  const carried = readList(v.carried, readItem);
  const actions = readList(v.actions, readItem);
  return parts && carried && actions
    ? { date: v.date as string, parts, carried, actions }
    : undefined;
}

function readSession(v: unknown): Session | undefined {
  const agenda = readAgenda(v);
  if (!agenda || !isObject(v) || !isId(v.id) || !isString(v.finishedAt)) return undefined;
  return { ...agenda, id: v.id, finishedAt: v.finishedAt };
}

/** Checks a stored draft (`{ draft }`); undefined when any part of it is not what this site writes. */
export function parseDraft(input: unknown): { draft: Agenda } | undefined {
  const draft = isObject(input) ? readAgenda(input.draft) : undefined;
  return draft ? { draft } : undefined;
}

/** Checks a stored history (`{ sessions }`); undefined when any session is not what this site writes. */
export function parseHistory(input: unknown): { sessions: Session[] } | undefined {
  const sessions = isObject(input) ? readList(input.sessions, readSession) : undefined;
  return sessions ? { sessions } : undefined;
}

/* Markdown --------------------------------------------------------------------------------- */

const OWNER_LABEL: Record<Owner, string> = { mentor: 'Mentor', mentee: 'Mentee' };

function itemFields(items: readonly ActionItem[]): Block {
  return {
    type: 'fields',
    items: items.map((i) => ({
      label: `${OWNER_LABEL[i.owner]}${i.done ? ', done' : ''}`,
      value: cleanLine(i.text) || '(no text)',
    })),
  };
}

/** A session (or the agenda being prepared) as document blocks, its headings starting at `level`. */
export function sessionBlocks(session: Agenda, level: 1 | 2): Block[] {
  const sub = (level + 1) as 2 | 3;
  const blocks: Block[] = [
    {
      type: 'heading',
      level,
      text: `Mentorship session${session.date ? `, ${session.date}` : ''}`,
    },
  ];
  for (const part of session.parts) {
    blocks.push({
      type: 'heading',
      level: sub,
      text: `${cleanLine(part.title) || 'Untitled part'} (${part.minutes} min)`,
    });
    if (part.kind === 'actions' && session.carried.length > 0)
      blocks.push(itemFields(session.carried));
    blocks.push({ type: 'paragraph', text: cleanText(part.notes) || 'No notes.' });
  }
  blocks.push({ type: 'heading', level: sub, text: 'Action items for next time' });
  blocks.push(
    session.actions.length
      ? itemFields(session.actions)
      : { type: 'paragraph', text: 'None agreed.' },
  );
  return blocks;
}

/** One session as a Markdown document. */
export function sessionMarkdown(session: Agenda): string {
  return toMarkdown(sessionBlocks(session, 1));
}

/** The whole history, newest first, as one Markdown document. */
export function logMarkdown(history: readonly Session[]): string {
  const blocks: Block[] = [{ type: 'heading', level: 1, text: 'Mentorship log' }];
  if (history.length === 0) blocks.push({ type: 'paragraph', text: 'No sessions finished yet.' });
  for (const session of history) blocks.push(...sessionBlocks(session, 2));
  return toMarkdown(blocks);
}

/** A safe file name for one session or the log. */
export function agendaFileName(kind: 'session' | 'log', date: string): string {
  return isIsoDate(date) ? `mentorship-${kind}-${date}.md` : `mentorship-${kind}.md`;
}
