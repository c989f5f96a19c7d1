/**
 * The note of the last backup downloaded in this browser, and the cheap first test of whether a
 * reminder to make one is due. Loaded by every playbook page, so it stays small: the full test
 * (has anything changed since?) is in backup.ts, loaded only when this one says it may be due.
 */
import { LAYOUT } from './mentorships';

/**
 * Where the note is kept. Stored shape (JSON), version 1:
 * `{ "version": 1, "at": ISO date-time, "fingerprint": string }`, the fingerprint being that of
 * the data the backup held (backup.ts).
 */
export const BACKUP_RECORD_KEY = `${LAYOUT}:last-backup`;

/** How old the last backup may be before the playbooks remind: a week, in milliseconds. */
export const REMIND_AFTER = 7 * 24 * 60 * 60 * 1000;

/** The note as stored, read without throwing; undefined when there is none or it is unreadable. */
export function readRecord(
  text: string | undefined,
): { at: number; fingerprint: string } | undefined {
  try {
    const record = JSON.parse(text ?? 'null');
    const at = Date.parse(record.at);
    return Number.isNaN(at) ? undefined : { at, fingerprint: String(record.fingerprint) };
  } catch {
    return undefined;
  }
}

/**
 * Whether a reminder may be due `now`: there are mentorships, and the last backup (with none, the
 * oldest mentorship) is more than a week old.
 */
export function reminderMayBeDue(
  record: string | undefined,
  createdAt: readonly string[],
  now: number,
): boolean {
  const since = readRecord(record)?.at ?? Math.min(...createdAt.map((at) => Date.parse(at) || now));
  return createdAt.length > 0 && now - since > REMIND_AFTER;
}
