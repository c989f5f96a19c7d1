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
  parseAgendaState,
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
  type AgendaState,
  type Owner,
  type Session,
} from '../playbook/agenda';
import { $kickoff, localDate } from './kickoff';
import { createVersionedStore } from './versioned';

/**
 * Where the next session's agenda and the history of finished sessions live.
 *
 * Stored shape (JSON), version 1:
 * ```
 * {
 *   "version": 1,
 *   "draft": Agenda,
 *   "history": [Agenda & { "id": string, "finishedAt": ISO date-time }]   // newest first
 * }
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

/** A new unique id for parts, items and sessions. */
export function newId(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

/** The session length agreed in the kickoff checklist, or null when none is. */
export const $agreedSessionLength = computed($kickoff, (state) => state.cadence.minutes);

/** The session length to plan for: the agreed one, or the default. */
export const $sessionLength = computed($agreedSessionLength, (minutes) => minutes ?? DEFAULT_SESSION_MINUTES);

/** The agenda and its history in storage. */
export const agendaStore = createVersionedStore<AgendaState>({
  key: AGENDA_KEY,
  version: 1,
  empty: () => ({ draft: emptyAgenda($sessionLength.get(), newId), history: [] }),
  parse: parseAgendaState,
});

/** The agenda being prepared. */
export const $draft = computed(agendaStore.$value, (state) => state.draft);

/** Finished sessions, newest first; unchanged (same array) while only the draft changes. */
export const $history = computed(agendaStore.$value, (state) => state.history);

/** How the timeboxes add up against the session length. */
export const $timebox = computed([$draft, $sessionLength], timeboxTotals);

const changeDraft = (change: (draft: Agenda) => Agenda) =>
  agendaStore.replace((state) => ({ ...state, draft: change(state.draft) }));

/** Sets the session's date. */
export const setAgendaDate = (date: string) => changeDraft((d) => ({ ...d, date }));

/** Changes a part's title, timebox or notes. */
export const changePart = (id: string, change: Partial<Pick<AgendaPart, 'title' | 'minutes' | 'notes'>>) =>
  changeDraft((d) => updatePart(d, id, change));

/** Adds a part the pair names, returning its id. */
export function addAgendaPart(): string {
  const id = newId();
  changeDraft((d) => addPart(d, id));
  return id;
}

/** Moves a part up or down. */
export const moveAgendaPart = (id: string, delta: -1 | 1) => changeDraft((d) => movePart(d, id, delta));

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
  const now = new Date();
  return agendaStore.replace((state) =>
    finishSession(state, {
      id: newId(),
      finishedAt: now.toISOString(),
      today: localDate(now),
      length: $sessionLength.get(),
      newId,
    }),
  );
}

/** Deletes a finished session. */
export const deleteHistorySession = (id: string) => agendaStore.replace((state) => deleteSession(state, id));

/** One session, or the agenda being prepared, as a Markdown file. */
export function sessionFile(session: Agenda | Session): { name: string; markdown: string } {
  return { name: agendaFileName('session', session.date || localDate(new Date())), markdown: sessionMarkdown(session) };
}

/** The whole history as a Markdown file. */
export function logFile(): { name: string; markdown: string } {
  return { name: agendaFileName('log', localDate(new Date())), markdown: logMarkdown($history.get()) };
}

/** The kept copies of unreadable agenda data as one file to download. */
export function agendaBackupFile(): { name: string; text: string } {
  return agendaStore.backupFile(localDate(new Date()));
}
