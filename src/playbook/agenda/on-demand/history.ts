/**
 * The history's rules: finishing a session into it, deleting one, telling sessions apart and the
 * whole log's blocks. Loaded on demand: a first visit has no history and finishes no session.
 * Functions are pure; ids and dates come in as arguments.
 */
import type { Goal } from '../../documents/kickoff';
import type { Block } from '../../core/markdown';
import { count } from '../../core/words';
import { emptyAgenda, openItems, type AgendaState, type Session } from '../agenda';
import { sessionBlocks } from './blocks';

/** What finishing a session did, in words. */
export function finishedMessage(open: number): string {
  return `Session saved to the history. ${count(open, 'open action item')} carried to the next agenda.`;
}

/**
 * Finishes the agenda as a session: it goes to the top of the history (dated today if no date was
 * set), with its check-ins holding each goal's words as they are now (`goals`: the kickoff's; a
 * goal no longer there keeps the words it had), and the next agenda starts fresh with no check-in
 * and every unfinished item, carried or new, to review.
 */
export function finishSession(
  state: AgendaState,
  options: {
    id: string;
    finishedAt: string;
    today: string;
    length: number;
    newId: () => string;
    goals?: readonly Pick<Goal, 'id' | 'what'>[];
  },
): AgendaState {
  const { draft } = state;
  const words = new Map((options.goals ?? []).map((g) => [g.id, g.what]));
  const session: Session = {
    ...draft,
    checkIns: draft.checkIns.map((c) => ({ ...c, what: words.get(c.goal) ?? c.what })),
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

/** The whole history, newest first, as the blocks of one document: the mentorship log. */
export function logBlocks(history: readonly Session[]): Block[] {
  const blocks: Block[] = [{ type: 'heading', level: 1, text: 'Mentorship log' }];
  if (history.length === 0) blocks.push({ type: 'paragraph', text: 'No sessions finished yet.' });
  for (const session of history) blocks.push(...sessionBlocks(session, 2));
  return blocks;
}

/**
 * When a past session was, in words and for its file name: its date, with the local time it was
 * finished when another session in the history has the same date, so names tell them apart.
 */
export function sessionWhen(
  session: Session,
  history: readonly Session[],
): { text: string; stamp: string } {
  const finished = new Date(session.finishedAt);
  const shared = history.some((s) => s.id !== session.id && s.date === session.date);
  if (!shared || Number.isNaN(finished.getTime()))
    return { text: session.date, stamp: session.date };
  const [h, m] = [finished.getHours(), finished.getMinutes()].map((n) =>
    String(n).padStart(2, '0'),
  );
  return { text: `${session.date} at ${h}:${m}`, stamp: `${session.date}-${h}${m}` };
}
