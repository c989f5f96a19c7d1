import { computed } from 'nanostores';
import {
  DEFAULT_SESSION_MINUTES,
  addAction,
  addPart,
  emptyAgenda,
  fitTimeboxes,
  movePart,
  partName,
  removePart,
  timeboxTotals,
  updatePart,
  type ActionItem,
  type Agenda,
  type AgendaPart,
  type Owner,
  AGENDA_DOCUMENT,
  SESSIONS_DOCUMENT,
} from '../../playbook/agenda/agenda';
import { newId } from '../../playbook/documents/mentorships';
import { openGoals } from '../../playbook/documents/kickoff';
import { $kickoff } from '../core/kickoff';
import { listed } from '../core/all-stores';
import { mentorshipDocument } from '../core/mentorships';
import type { CalendarOffer } from '../../playbook/calendar/plan';
import type { TextFile } from '../../playbook/core/text-file';
import { createVersionedStore } from '../core/versioned';

/** The session length agreed in the kickoff checklist, or null when none is. */
export const $agreedSessionLength = listed(computed($kickoff, (state) => state.cadence.minutes));

/** The kickoff's open goals, for the check-in at each session. */
export const $openGoals = listed(computed($kickoff, openGoals));

/** The session length to plan for: the agreed one, or the default. */
export const $sessionLength = listed(
  computed($agreedSessionLength, (minutes) => minutes ?? DEFAULT_SESSION_MINUTES),
);

/**
 * The agenda being prepared, in storage: `mentorship-playbook:v2:<id>:agenda`. The history is
 * stored apart (`…:sessions`) so that typing in the agenda rewrites only the agenda, however long
 * the history grows.
 *
 * Stored shape (JSON), version 1 (DraftSchema in src/playbook/documents/agenda.ts):
 * `{ "version": 1, "draft": Agenda }`, where
 * ```
 * Agenda = {
 *   "date": "YYYY-MM-DD" | "",
 *   "parts": [{ "id": string, "kind": "since" | "actions" | "challenge" | "success" | "custom",
 *               "title": string, "minutes": 0..240, "notes": string }],
 *   "carried": [ActionItem], "actions": [ActionItem],
 *   "checkIns": [CheckIn]
 * }
 * ActionItem = { "id": string, "text": string, "owner": "mentor" | "mentee", "done": boolean }
 * CheckIn = { "goal": string (a kickoff goal's id), "what": string (its words then),
 *             "state": "not-started" | "moving" | "stuck" | "done", "note": string }
 * ```
 * At most one check-in per goal (a repeated goal leaves the list). A missing `checkIns` reads as
 * none, so agendas and sessions stored before check-ins read as they were.
 * A missing field reads as empty; a value that does not fit resets that field (a part or item
 * without an id leaves its list), and what was stored is kept under the same key plus `-backups`.
 */
export const draftStore = createVersionedStore({
  ...mentorshipDocument('agenda', AGENDA_DOCUMENT),
  empty: () => ({ draft: emptyAgenda($sessionLength.get(), newId) }),
});

/**
 * Finished sessions, newest first, in storage: `mentorship-playbook:v2:<id>:sessions`.
 * Stored shape (JSON), version 1 (HistorySchema):
 * `{ "version": 1, "sessions": [Agenda & { "id": string, "finishedAt": ISO date-time }] }`.
 */
export const historyStore = createVersionedStore(mentorshipDocument('sessions', SESSIONS_DOCUMENT));

/** The agenda being prepared. */
export const $draft = listed(computed(draftStore.$value, (state) => state.draft));

/** Finished sessions, newest first. */
export const $history = listed(computed(historyStore.$value, (state) => state.sessions));

/** Whether either was written by a newer site, so neither may change here. */
export const $agendaReadOnly = listed(
  computed([draftStore.$readOnly, historyStore.$readOnly], (a, b) => a || b),
);

/** How the timeboxes add up against the session length. */
export const $timebox = listed(computed([$draft, $sessionLength], timeboxTotals));

/** Changes the agenda, unless it may not change here; `undoMessage` makes the change undoable. */
export const changeDraft = (change: (draft: Agenda) => Agenda, undoMessage?: string) =>
  !$agendaReadOnly.get() &&
  draftStore.replace((state) => ({ draft: change(state.draft) }), undoMessage);

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

/** Removes a part; undoable until the next change. */
export function removeAgendaPart(id: string): boolean {
  const parts = $draft.get().parts;
  const index = parts.findIndex((p) => p.id === id);
  if (index < 0) return false;
  return changeDraft((d) => removePart(d, id), `Removed “${partName(parts[index]!, index)}”.`);
}

/** Brings back what the last removal took away. */
export const undoAgendaChange = draftStore.undo;

/** Spreads the session length over the parts. */
export const fitAgenda = () => changeDraft((d) => fitTimeboxes(d, $sessionLength.get()));

/** Adds an action item for next time. */
export function addActionItem(text: string, owner: Owner): boolean {
  const item: ActionItem = { id: newId(), text, owner, done: false };
  return changeDraft((d) => addAction(d, item));
}

/** The playbook's file builders, loaded when a file is first made (or once the page is in use). */
export const loadSessionFiles = () => import('../../playbook/agenda/on-demand/session-files');

/** The agenda's file and calendar offer, loaded when first asked for. */
export const loadFiles = () => import('./on-demand/files');

/** The history's actions and files, loaded once there is a history or a session is finished. */
export const loadHistory = () => import('./on-demand/history');

/** The whole history as a Markdown file (its code loads on first use). */
export const logFile = (): Promise<TextFile> => loadHistory().then((history) => history.logFile());

/** The agenda being prepared, as a Markdown file (its code loads on first use). */
export const draftFile = (): Promise<TextFile> => loadFiles().then((files) => files.draftFile());

/** "Add to calendar" on the agenda (its code loads on first use): see on-demand/files.ts. */
export const sessionCalendarOffer = (pageUrl: string): Promise<CalendarOffer> =>
  loadFiles().then((files) => files.sessionCalendarOffer(pageUrl));

/**
 * Whether this browser holds any playbook data (a key of ours, of either storage layout): a page
 * opened again, with something to print at once. False when storage is turned off.
 */
export function holdsPlaybookData(): boolean {
  try {
    return Object.keys(localStorage).some((key) => key.startsWith('mentorship-playbook:'));
  } catch {
    return false;
  }
}
