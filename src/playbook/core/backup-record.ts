/**
 * The note of the last backup downloaded in this browser, and the cheap first test of whether a
 * reminder to make one is due. Loaded by every playbook page, so it stays small: the full test
 * (has anything changed since?) is in backup.ts, loaded only when this one says it may be due.
 */
import { LAYOUT } from '../documents/mentorships';

/**
 * Where the note is kept. Stored shape (JSON), version 1:
 * `{ "version": 1, "at"?: ISO date-time, "fingerprint"?: string, "restoredAt"?: ISO date-time }`,
 * the fingerprint being that of the data the backup held (backup.ts), and `restoredAt` when data
 * was last restored from a file here.
 */
export const BACKUP_RECORD_KEY = `${LAYOUT}:last-backup`;

/** How old the last backup may be before the playbooks remind: a week, in milliseconds. */
export const REMIND_AFTER = 7 * 24 * 60 * 60 * 1000;

/**
 * Where "Not now" on the reminder notes when it was pressed, so the reminder stays away for a week
 * (REMIND_AFTER). Stored shape: an ISO date-time.
 */
export const REMINDER_SNOOZE_KEY = `${LAYOUT}:backup-reminder-snoozed`;

/** When the note says the last backup was made (ms since 1970); undefined if none or unreadable. */
export function backupTime(text: string | undefined): number | undefined {
  try {
    return Date.parse(JSON.parse(text!).at) || undefined;
  } catch {
    return undefined;
  }
}

/**
 * Whether a reminder may be due `now` (ms since 1970): there are mentorships, the last backup (with
 * none, the oldest mentorship) is more than a week old, and "Not now" was not pressed in the last
 * week (`snoozed`, as stored under REMINDER_SNOOZE_KEY).
 */
export const reminderMayBeDue = (
  record: string | undefined,
  createdAt: readonly string[],
  now: number,
  snoozed?: string,
) =>
  createdAt.length > 0 &&
  now - (backupTime(record) ?? Math.min(...createdAt.map((at) => Date.parse(at) || now))) >
    REMIND_AFTER &&
  !(now - (Date.parse(snoozed ?? '') || 0) < REMIND_AFTER);
