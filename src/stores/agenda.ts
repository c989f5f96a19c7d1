import { atom, computed } from 'nanostores';
import {
  DEFAULT_SESSION_MINUTES,
  addAction,
  addPart,
  agendaFileName,
  deleteSession,
  emptyAgenda,
  finishSession,
  fitTimeboxes,
  logMarkdown,
  movePart,
  parseDraft,
  parseHistory,
  removeAction,
  removePart,
  restorePart,
  sessionMarkdown,
  timeboxTotals,
  updateAction,
  updatePart,
  type ActionItem,
  type Agenda,
  type AgendaPart,
  type Owner,
  type Session,
} from '../playbook/agenda';
import { localDate } from '../playbook/dates';
import { $kickoff } from './kickoff';
import { createVersionedStore } from './versioned';

/**
 * Where the agenda being prepared lives. The history is stored apart (HISTORY_KEY) so that typing
 * in the agenda rewrites only the agenda, however long the history grows.
 *
 * Stored shape (JSON), version 1: `{ "version": 1, "draft": Agenda }`, where
 * ```
 * Agenda = {
 *   "date": "YYYY-MM-DD" | "",
 *   "parts": [{ "id": string, "kind": "since" | "actions" | "challenge" | "success" | "custom",
 *               "title": string, "minutes": 0..240, "notes": string }],
 *   "carried": [ActionItem], "actions": [ActionItem]
 * }
 * ActionItem = { "id": string, "text": string, "owner": "mentor" | "mentee", "done": boolean }
 * ```
 * Anything else is unreadable and kept under `${AGENDA_KEY}-backups`; see createVersionedStore.
 */
export const AGENDA_KEY = 'mentorship-playbook:v1:agenda';

/**
 * Where finished sessions live, newest first.
 * Stored shape (JSON), version 1: `{ "version": 1, "sessions": [Agenda & { "id": string, "finishedAt": ISO date-time }] }`.
 */
export const HISTORY_KEY = 'mentorship-playbook:v1:sessions';

/** A new unique id for parts, items and sessions. */
export function newId(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

/** The session length agreed in the kickoff checklist, or null when none is. */
export const $agreedSessionLength = computed($kickoff, (state) => state.cadence.minutes);

/** The session length to plan for: the agreed one, or the default. */
export const $sessionLength = computed(
  $agreedSessionLength,
  (minutes) => minutes ?? DEFAULT_SESSION_MINUTES,
);

/** The agenda being prepared, in storage. */
export const draftStore = createVersionedStore<{ draft: Agenda }>({
  key: AGENDA_KEY,
  version: 1,
  empty: () => ({ draft: emptyAgenda($sessionLength.get(), newId) }),
  parse: parseDraft,
});

/** Finished sessions, in storage. */
export const historyStore = createVersionedStore<{ sessions: Session[] }>({
  key: HISTORY_KEY,
  version: 1,
  empty: () => ({ sessions: [] }),
  parse: parseHistory,
});

/** The agenda being prepared. */
export const $draft = computed(draftStore.$value, (state) => state.draft);

/** Finished sessions, newest first. */
export const $history = computed(historyStore.$value, (state) => state.sessions);

/** Whether either was written by a newer site, so neither may change here. */
export const $agendaReadOnly = computed(
  [draftStore.$readOnly, historyStore.$readOnly],
  (a, b) => a || b,
);

/** How the timeboxes add up against the session length. */
export const $timebox = computed([$draft, $sessionLength], timeboxTotals);

const changeDraft = (change: (draft: Agenda) => Agenda) =>
  !$agendaReadOnly.get() && draftStore.replace((state) => ({ draft: change(state.draft) }));

/** Sets the session's date. */
export const setAgendaDate = (date: string) => changeDraft((d) => ({ ...d, date }));

/** Changes a part's title, timebox or notes. */
export const changePart = (
  id: string,
  change: Partial<Pick<AgendaPart, 'title' | 'minutes' | 'notes'>>,
) => changeDraft((d) => updatePart(d, id, change));

/** Adds a part the pair names, returning its id. */
export function addAgendaPart(): string {
  const id = newId();
  changeDraft((d) => addPart(d, id));
  return id;
}

/** Moves a part up or down. */
export const moveAgendaPart = (id: string, delta: -1 | 1) =>
  changeDraft((d) => movePart(d, id, delta));

/** The last removed part, so it can be put back; in memory only. */
export const $removedPart = atom<{ part: AgendaPart; index: number } | undefined>(undefined);

/** Removes a part, keeping it for undo. */
export function removeAgendaPart(id: string): boolean {
  let removed: { part: AgendaPart; index: number } | undefined;
  const ok = changeDraft((d) => {
    const result = removePart(d, id);
    removed = result.removed;
    return result.agenda;
  });
  if (ok && removed) $removedPart.set(removed);
  return ok && Boolean(removed);
}

/** Puts the last removed part back. */
export function undoRemovePart(): boolean {
  const removed = $removedPart.get();
  if (!removed || !changeDraft((d) => restorePart(d, removed.part, removed.index))) return false;
  $removedPart.set(undefined);
  return true;
}

/** Spreads the session length over the parts. */
export const fitAgenda = () => changeDraft((d) => fitTimeboxes(d, $sessionLength.get()));

/** Adds an action item for next time. */
export function addActionItem(text: string, owner: Owner): boolean {
  const item: ActionItem = { id: newId(), text, owner, done: false };
  return changeDraft((d) => addAction(d, item));
}

/** Changes an action item. */
export const changeActionItem = (id: string, change: Partial<Omit<ActionItem, 'id'>>) =>
  changeDraft((d) => updateAction(d, id, change));

/** Removes an action item. */
export const removeActionItem = (id: string) => changeDraft((d) => removeAction(d, id));

/** Finishes the session into the history and starts the next agenda with unfinished items carried. */
export function finishAgenda(): boolean {
  if ($agendaReadOnly.get()) return false;
  const now = new Date();
  const next = finishSession(
    { draft: $draft.get(), history: $history.get() },
    {
      id: newId(),
      finishedAt: now.toISOString(),
      today: localDate(now),
      length: $sessionLength.get(),
      newId,
    },
  );
  // The history first: if only one write got through, the session is kept and shows twice at worst.
  return (
    historyStore.replace(() => ({ sessions: next.history })) &&
    draftStore.replace(() => ({ draft: next.draft }))
  );
}

/** Deletes a finished session. */
export const deleteHistorySession = (id: string) =>
  !$agendaReadOnly.get() &&
  historyStore.replace((state) => ({
    sessions: deleteSession({ draft: $draft.get(), history: state.sessions }, id).history,
  }));

/** One session, or the agenda being prepared, as a Markdown file. */
export function sessionFile(session: Agenda | Session): { name: string; markdown: string } {
  return {
    name: agendaFileName('session', session.date || localDate(new Date())),
    markdown: sessionMarkdown(session),
  };
}

/** The whole history as a Markdown file. */
export function logFile(): { name: string; markdown: string } {
  return {
    name: agendaFileName('log', localDate(new Date())),
    markdown: logMarkdown($history.get()),
  };
}

/** The kept copies of an unreadable agenda as one file to download. */
export function draftBackupFile(): { name: string; text: string } {
  return draftStore.backupFile(localDate(new Date()));
}

/** The kept copies of an unreadable history as one file to download. */
export function historyBackupFile(): { name: string; text: string } {
  return historyStore.backupFile(localDate(new Date()));
}
