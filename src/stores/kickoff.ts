import { persistentAtom } from '@nanostores/persistent';
import { atom, computed, onMount, onNotify } from 'nanostores';
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
import { installBrowserStorage } from './storage';

installBrowserStorage();

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
 */
export const KICKOFF_KEY = 'mentorship-playbook:v1:kickoff';

/**
 * Copies of stored kickoff data that could not be read, kept so nothing is lost.
 * Stored shape (JSON): `[{ "savedAt": ISO date-time, "raw": string }]`, oldest first.
 */
export const KICKOFF_BACKUP_KEY = 'mentorship-playbook:v1:kickoff-backups';

/** The schema version this site writes. */
export const KICKOFF_VERSION = 1;

/** The kickoff answers as read from storage: usable, written by a newer site, or unreadable. */
export type KickoffDocument =
  | { status: 'ok'; state: KickoffState }
  | { status: 'newer'; state: KickoffState; version: number; raw: string }
  | { status: 'unreadable'; state: KickoffState; raw: string };

/** Reads stored kickoff data. Never throws: what it cannot use comes back as 'unreadable' with the raw text. */
export function decodeKickoff(raw: string): KickoffDocument {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { status: 'unreadable', state: emptyKickoff(), raw };
  }
  const version = typeof data === 'object' && data !== null ? (data as { version?: unknown }).version : undefined;
  if (typeof version === 'number' && Number.isInteger(version) && version > KICKOFF_VERSION) {
    // Show what this site understands of it, but never write over it.
    return { status: 'newer', state: parseKickoffState(data) ?? emptyKickoff(), version, raw };
  }
  const state = version === KICKOFF_VERSION ? parseKickoffState(data) : undefined;
  return state ? { status: 'ok', state } : { status: 'unreadable', state: emptyKickoff(), raw };
}

/** Writes kickoff data; a newer or unreadable document is written back exactly as it was read. */
export function encodeKickoff(document: KickoffDocument): string {
  if (document.status !== 'ok') return document.raw;
  return JSON.stringify({ version: KICKOFF_VERSION, ...document.state });
}

/** The stored kickoff document; read it through $kickoff and change it through the actions below. */
export const $kickoffDocument = persistentAtom<KickoffDocument>(
  KICKOFF_KEY,
  { status: 'ok', state: emptyKickoff() },
  { encode: encodeKickoff, decode: decodeKickoff },
);

/** One kept copy of unreadable data. */
export interface KickoffBackup {
  savedAt: string;
  raw: string;
}

function decodeBackups(raw: string): KickoffBackup[] {
  try {
    const list: unknown = JSON.parse(raw);
    if (Array.isArray(list) && list.every((b) => typeof b?.raw === 'string' && typeof b?.savedAt === 'string')) {
      return list as KickoffBackup[];
    }
  } catch {
    // Fall through: even a damaged backup list is kept, as one backup.
  }
  return [{ savedAt: '', raw }];
}

/** Copies of unreadable kickoff data, until the user deletes them. */
export const $kickoffBackups = persistentAtom<KickoffBackup[]>(KICKOFF_BACKUP_KEY, [], {
  // An empty list removes the key rather than storing "[]".
  encode: (list) => (list.length ? JSON.stringify(list) : undefined) as string,
  decode: decodeBackups,
});

/** Keeps a copy of unreadable stored data under the backup key before anything can replace it. */
function keepUnreadableAside(): void {
  const document = $kickoffDocument.get();
  if (document.status !== 'unreadable') return;
  const backups = $kickoffBackups.get();
  if (backups.some((b) => b.raw === document.raw)) return;
  $kickoffBackups.set([...backups, { savedAt: new Date().toISOString(), raw: document.raw }]);
}
// After the store settles, not inside its own notification.
onMount($kickoffDocument, () => queueMicrotask(keepUnreadableAside));
onNotify($kickoffDocument, () => queueMicrotask(keepUnreadableAside));

/** The answers to show. */
export const $kickoff = computed($kickoffDocument, (document) => document.state);

/** Whether the stored answers came from a newer version of the site and must not be changed here. */
export const $kickoffReadOnly = computed($kickoffDocument, (document) => document.status === 'newer');

/** Topics agreed, overall and per stage. */
export const $kickoffProgress = computed($kickoff, kickoffProgress);

/** Applies a change to the answers; refused (false) when they were written by a newer site. */
function update(change: (draft: KickoffState) => void): boolean {
  const document = $kickoffDocument.get();
  if (document.status === 'newer') return false;
  const draft = structuredClone(document.state);
  change(draft);
  $kickoffDocument.set({ status: 'ok', state: draft });
  return true;
}

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
  const current = $kickoffDocument.get().state.formats;
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
export function deleteKickoffBackups(): void {
  $kickoffBackups.set([]);
}

/** The kept copies as one file to download. */
export function kickoffBackupFile(): { name: string; text: string } {
  const backups = $kickoffBackups.get();
  const text = backups.map((b) => (b.savedAt ? `Saved aside on ${b.savedAt}:\n${b.raw}` : b.raw)).join('\n\n');
  return { name: `mentorship-playbook-kickoff-backup-${localDate(new Date())}.txt`, text: `${text}\n` };
}

/** A date as YYYY-MM-DD in the browser's time zone. */
export function localDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
