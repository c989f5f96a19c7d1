/**
 * Finishing a session into the history, deleting one, and the history's files: loaded on demand,
 * as a first visit has no history and finishes no session.
 */
import {
  deleteSession,
  finishSession,
  finishedMessage,
  logBlocks,
  sessionWhen,
} from '../../../playbook/agenda/on-demand/history';
import { openItems, type Session } from '../../../playbook/agenda/agenda';
import { sessionBlocks } from '../../../playbook/agenda/on-demand/blocks';
import { newId } from '../../../playbook/documents/mentorships';
import type { TextFile } from '../../../playbook/core/text-file';
import { $kickoff } from '../../core/kickoff';
import { $today } from '../../core/today';
import {
  $agendaReadOnly,
  $draft,
  $history,
  $sessionLength,
  draftStore,
  historyStore,
  loadSessionFiles,
} from '../agenda';

/**
 * Finishes the session into the history and starts the next agenda with unfinished items
 * carried; returns what happened, in words, or undefined when it could not be done.
 */
export function finishAgenda(): string | undefined {
  if ($agendaReadOnly.get()) return undefined;
  const now = new Date();
  const draft = $draft.get();
  const next = finishSession(
    { draft, history: $history.get() },
    {
      id: newId(),
      finishedAt: now.toISOString(),
      today: $today.get(),
      length: $sessionLength.get(),
      newId,
      goals: $kickoff.get().goals,
    },
  );
  // The history first: if only one write got through, the session is kept and shows twice at worst.
  const saved =
    historyStore.replace(() => ({ sessions: next.history })) &&
    draftStore.replace(() => ({ draft: next.draft }));
  return saved ? finishedMessage(openItems(draft).length) : undefined;
}

/** Deletes a finished session. */
export const deleteHistorySession = (id: string) =>
  !$agendaReadOnly.get() &&
  historyStore.replace((state) => ({
    sessions: deleteSession({ draft: $draft.get(), history: state.sessions }, id).history,
  }));

/** A finished session as a Markdown file, named so that two on one day differ. */
export async function sessionFile(session: Session): Promise<TextFile> {
  const { agendaFileName, toMarkdown } = await loadSessionFiles();
  return {
    name: agendaFileName('session', sessionWhen(session, $history.get()).stamp),
    text: toMarkdown(sessionBlocks(session, 1)),
  };
}

/** The whole history as a Markdown file. */
export async function logFile(): Promise<TextFile> {
  const { agendaFileName, toMarkdown } = await loadSessionFiles();
  return { name: agendaFileName('log', $today.get()), text: toMarkdown(logBlocks($history.get())) };
}
