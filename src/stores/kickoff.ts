import { atom, computed } from 'nanostores';
import { localDate } from '../playbook/dates';
import type { FormatId } from '../playbook/formats';
import {
  emptyKickoff,
  isEmptyKickoff,
  kickoffProgress,
  parseKickoffState,
  type CadenceId,
  type KickoffState,
  type SchedulerId,
  type TopicId,
} from '../playbook/kickoff';
import { createVersionedStore } from './versioned';

/**
 * Where the kickoff answers live in localStorage. The `v1` names the storage layout; the document
 * inside carries its own schema `version`, so a later site can add fields (a newer version, which
 * this site leaves alone) without moving to a new key.
 *
 * Stored shape (JSON), version 1:
 * ```
 * {
 *   "version": 1,
 *   "pair": { "mentor": string, "mentee": string, "startDate": "YYYY-MM-DD" | "" },
 *   "topics": { [topicId]: { "agreed": boolean, "notes": string } },
 *   "cadence": { "frequency": "weekly" | "every-two-weeks" | "monthly" | "ad-hoc" | "", "minutes": number | null },
 *   "scheduler": "mentee" | "mentor" | "both" | "",
 *   "reevaluate": { "mode": "date" | "condition" | "", "date": "YYYY-MM-DD" | "", "condition": string },
 *   "formats": FormatId[]
 * }
 * ```
 * Missing fields and topics (saved before they existed) read as empty; see parseKickoffState.
 * Unreadable data is kept under `${KICKOFF_KEY}-backups` as `[{ "savedAt": ISO date-time, "raw": string }]`.
 */
export const KICKOFF_KEY = 'mentorship-playbook:v1:kickoff';

/** Where copies of unreadable kickoff data are kept. */
export const KICKOFF_BACKUP_KEY = `${KICKOFF_KEY}-backups`;

/** The schema version this site writes. */
export const KICKOFF_VERSION = 1;

/** The kickoff answers in storage, with their kept copies and notices' data. */
export const kickoffStore = createVersionedStore<KickoffState>({
  key: KICKOFF_KEY,
  version: KICKOFF_VERSION,
  empty: emptyKickoff,
  parse: parseKickoffState,
});

/** Reads stored kickoff data; never throws. */
export const decodeKickoff = kickoffStore.decode;

/** Copies of unreadable kickoff data, until the user deletes them. */
export const $kickoffBackups = kickoffStore.$backups;

/** The answers to show. */
export const $kickoff = kickoffStore.$value;

/** Whether the stored answers came from a newer version of the site and must not be changed here. */
export const $kickoffReadOnly = kickoffStore.$readOnly;

/** Topics agreed, overall and per stage. */
export const $kickoffProgress = computed($kickoff, kickoffProgress);

const update = kickoffStore.update;

/** Sets the mentor's or mentee's name, or the start date. */
export function setPairField(field: keyof KickoffState['pair'], value: string): boolean {
  return update((s) => {
    s.pair[field] = value;
  });
}

/** Marks a topic as agreed or not. */
export function setTopicAgreed(topic: TopicId, agreed: boolean): boolean {
  return update((s) => {
    s.topics[topic].agreed = agreed;
  });
}

/** Sets a topic's notes. */
export function setTopicNotes(topic: TopicId, notes: string): boolean {
  return update((s) => {
    s.topics[topic].notes = notes;
  });
}

/** Sets how often the pair meets. */
export function setCadence(frequency: CadenceId | ''): boolean {
  return update((s) => {
    s.cadence.frequency = frequency;
  });
}

/** Sets the session length in minutes (null: not agreed). */
export function setSessionMinutes(minutes: number | null): boolean {
  return update((s) => {
    s.cadence.minutes = minutes;
  });
}

/** Sets who schedules the sessions. */
export function setScheduler(scheduler: SchedulerId | ''): boolean {
  return update((s) => {
    s.scheduler = scheduler;
  });
}

/** Sets how the pair decides when to re-evaluate, and its date or condition. */
export function setReevaluation(change: Partial<KickoffState['reevaluate']>): boolean {
  return update((s) => {
    Object.assign(s.reevaluate, change);
  });
}

/** Sets the chosen session formats. */
export function setFormats(formats: readonly FormatId[]): boolean {
  return update((s) => {
    s.formats = [...new Set(formats)];
  });
}

/** Adds a format to the chosen ones, or takes it away. */
export function chooseFormat(format: FormatId, chosen: boolean): boolean {
  const current = $kickoff.get().formats;
  return setFormats(chosen ? [...current, format] : current.filter((id) => id !== format));
}

/** The answers cleared by the last "start over", for undo; in memory only. */
export const $clearedKickoff = atom<KickoffState | undefined>(undefined);

/** Clears every answer, keeping them for undo. */
export function startOver(): boolean {
  const previous = $kickoff.get();
  if (!update((s) => Object.assign(s, emptyKickoff()))) return false;
  $clearedKickoff.set(isEmptyKickoff(previous) ? undefined : previous);
  return true;
}

/** Brings back the answers cleared by "start over". */
export function undoStartOver(): boolean {
  const cleared = $clearedKickoff.get();
  if (!cleared || !update((s) => Object.assign(s, cleared))) return false;
  $clearedKickoff.set(undefined);
  return true;
}

/** Deletes the kept copies of unreadable data, once the user has them or does not want them. */
export const deleteKickoffBackups = kickoffStore.deleteBackups;

/** The kept copies as one file to download. */
export function kickoffBackupFile(): { name: string; text: string } {
  return kickoffStore.backupFile(localDate(new Date()));
}
