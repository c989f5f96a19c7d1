/**
 * The backup file: every mentorship in a browser as one JSON document, to keep somewhere safe and
 * restore later (browsers may clear site data). Format, version 1:
 * ```
 * { "format": "mentorship-playbook-backup", "version": 1, "exportedAt": ISO date-time,
 *   "open": id, "mentorships": [Portable] }
 * ```
 * where each mentorship is the portable document of portable.ts without its own `version`.
 * Reading a file checks all of it before anything is written, and says what is wrong in words.
 */
import { parseJsonFile } from '../files/json-file';
import { PORTABLE_VERSION, readPortable, type Portable } from './portable';

/** What every backup file says it is. */
export const BACKUP_FORMAT = 'mentorship-playbook-backup';

/** The backup format this site writes. */
export const BACKUP_VERSION = 1;

/** The largest file a restore reads (characters); far above any real backup. */
export const BACKUP_MAX_CHARS = 20_000_000;

/** The most mentorships a backup may hold: far more than anyone keeps in one browser. */
export const MAX_MENTORSHIPS = 500;

/** A backup's contents. */
export interface Backup {
  exportedAt: string;
  open: string;
  mentorships: Portable[];
}

/** The backup file's text. */
export function backupText(backup: Backup): string {
  return `${JSON.stringify({ format: BACKUP_FORMAT, version: BACKUP_VERSION, ...backup }, null, 2)}\n`;
}

/** The backup file's name, dated. */
export const backupFileName = (date: string) =>
  /^\d{4}-\d{2}-\d{2}$/.test(date)
    ? `mentorship-playbook-backup-${date}.json`
    : 'mentorship-playbook-backup.json';

/**
 * What reading a backup file gave: its mentorships and the values reset (by path,
 * `mentorships.0.kickoff.pair.mentor`, for reset-names.ts to name), or why it cannot be used.
 */
export type BackupRead =
  | { ok: true; backup: Backup; reset: string[] }
  | { ok: false; message: string; details?: string[] };

/** Reads a backup file's text, in full, never throwing. */
export function readBackup(text: string): BackupRead {
  if (text.length > BACKUP_MAX_CHARS)
    return { ok: false, message: 'This file is far larger than any backup; it was not read.' };
  const parsed = parseJsonFile(text, 'backup as this site writes them');
  if (!parsed.ok) return parsed;
  const file = parsed.data as Record<string, unknown> | null;
  if (typeof file !== 'object' || file === null || file.format !== BACKUP_FORMAT)
    return { ok: false, message: 'This file is not a Mentorship Playbook backup.' };
  if (typeof file.version !== 'number' || !Number.isInteger(file.version) || file.version < 1)
    return {
      ok: false,
      message: `This backup's version is not a whole number (it says ${JSON.stringify(file.version) ?? 'nothing'}), so it is not a backup as this site writes them.`,
    };
  if (file.version > BACKUP_VERSION)
    return {
      ok: false,
      message: `This backup was made by a newer version of Mentorship Playbook (format ${String(file.version)}). Reload the page to get the newest version, then try again.`,
    };
  if (!Array.isArray(file.mentorships))
    return { ok: false, message: 'This backup has no list of mentorships.' };
  if (file.mentorships.length > MAX_MENTORSHIPS)
    return {
      ok: false,
      message: `This backup holds ${file.mentorships.length.toLocaleString('en')} mentorships, where this site reads at most ${MAX_MENTORSHIPS.toLocaleString('en')}; it was not read.`,
    };

  const mentorships: Portable[] = [];
  const reset: string[] = [];
  const problems: string[] = [];
  // A set, not a scan of the list for each entry: reading stays linear in the number of entries.
  const ids = new Set<string>();
  file.mentorships.forEach((entry: unknown, i) => {
    const read = readPortable(
      typeof entry === 'object' && entry !== null ? { ...entry, version: PORTABLE_VERSION } : entry,
    );
    if (!read.ok)
      problems.push(
        `mentorship ${i + 1}: ${read.problem.kind === 'too-large' ? read.problem.detail : 'not a mentorship (it has no id)'}`,
      );
    else if (ids.has(read.value.id))
      problems.push(`mentorship ${i + 1}: the same id as an earlier one`);
    else {
      ids.add(read.value.id);
      mentorships.push(read.value);
      reset.push(...read.reset.map((path) => `mentorships.${i}.${path}`));
    }
  });
  if (problems.length)
    return { ok: false, message: 'Some of this backup cannot be read:', details: problems };
  const open = typeof file.open === 'string' ? file.open : '';
  return {
    ok: true,
    backup: {
      exportedAt: typeof file.exportedAt === 'string' ? file.exportedAt : '',
      open: mentorships.some((m) => m.id === open) ? open : (mentorships[0]?.id ?? ''),
      mentorships,
    },
    reset,
  };
}

/** The note of a backup made `at` of data with this fingerprint, as stored (backup-record.ts). */
export const recordText = (
  at: string | undefined,
  print: string | undefined,
  restoredAt?: string,
) => JSON.stringify({ version: 1, at, fingerprint: print, restoredAt });

/** The fingerprint a stored note holds; undefined when there is none or it is unreadable. */
export function recordFingerprint(text: string | undefined): string | undefined {
  try {
    const fingerprint: unknown = JSON.parse(text!).fingerprint;
    return typeof fingerprint === 'string' ? fingerprint : undefined;
  } catch {
    return undefined;
  }
}
