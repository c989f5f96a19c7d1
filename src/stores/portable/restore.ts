/**
 * Restoring a backup file: read and checked in full before anything is written
 * (src/playbook/portable/backup.ts), then written as one change (src/playbook/portable/restore.ts).
 * Loaded on demand, when someone picks a file to restore.
 */
import {
  BACKUP_MAX_CHARS,
  readBackup,
  type Backup,
  type BackupRead,
} from '../../playbook/portable/backup';
import { restoreWrites } from '../../playbook/portable/restore';
import type { Portable } from '../../playbook/portable/portable';
import { mentorshipsStore } from '../core/mentorships';
import { hasMentorship, labelsOf, summaryOf, type MentorshipSummary } from './portable';
import { previewMerge, type MergePreview } from './on-demand/merge';
import { writeAsOneChange, type WriteOutcome } from '../storage/write-all';
import { backupTime } from '../../playbook/core/backup-record';
import { recordFingerprint, recordText } from '../../playbook/portable/backup';
import { $backupRecord } from './backup-note';
import { dataFingerprint } from './backups';
import { $dataRows } from '../data/your-data';

/**
 * How a backup is restored: `merge` merges each mentorship this browser has too into its copy here
 * (on-demand/merge.ts) and adds the others; `add` adds the file's mentorships, each overwriting
 * the one here with the same id; `replace` leaves only the file's. None deletes a mentorship but
 * `replace`.
 */
export type RestoreMode = 'merge' | 'add' | 'replace';

/** Reads a picked file as a backup; never throws. */
export async function readBackupFile(file: Blob): Promise<BackupRead> {
  // Checked in bytes before reading, so a huge file is never read into memory.
  if (file.size > BACKUP_MAX_CHARS * 4)
    return { ok: false, message: 'This file is far larger than any backup; it was not read.' };
  try {
    return readBackup(await file.text());
  } catch {
    return { ok: false, message: 'This file could not be read. Try picking it again.' };
  }
}

/** What a restore would bring and what it would overwrite or delete, for the preview. */
export interface RestorePreview {
  /** The file's mentorships; `merge`: what merging one this browser has too would do. */
  incoming: (MentorshipSummary & { replaces: boolean; merge?: MergePreview })[];
  /** This browser's mentorships that "replace" deletes (those the file does not have). */
  dropped: string[];
}

/**
 * Sums up a backup against what this browser holds: the file's mentorships called as they are
 * told apart among themselves, and this browser's as its list calls them.
 */
export function restorePreview(backup: Backup): RestorePreview {
  const here = $dataRows.get();
  const ids = new Set(backup.mentorships.map((m) => m.id));
  const labels = labelsOf(backup.mentorships);
  return {
    incoming: backup.mentorships.map((m, i) => {
      const replaces = here.some((row) => row.id === m.id);
      return {
        ...summaryOf(m, labels[i]),
        replaces,
        ...(replaces && { merge: previewMerge(m, { there: 'the backup' }) }),
      };
    }),
    dropped: here.filter((row) => !ids.has(row.id)).map((row) => row.label),
  };
}

/**
 * Restores a backup as one change (see WriteOutcome for how it can end), then notes it: replacing
 * everything leaves exactly what the file holds, so that counts as backed up when the file was
 * made; adding to what is here does not, and only the restore is noted.
 */
export function restoreBackup(backup: Backup, mode: RestoreMode): WriteOutcome {
  const mentorships =
    mode === 'merge'
      ? backup.mentorships.map((m): Portable => (hasMentorship(m.id) ? previewMerge(m).merged : m))
      : backup.mentorships;
  const outcome = writeAsOneChange(
    restoreWrites(
      mentorshipsStore.$value.get(),
      { ...backup, mentorships },
      mode === 'replace' ? 'replace' : 'add',
    ),
  );
  if (outcome.result === 'done') {
    const record = $backupRecord.get();
    const now = new Date().toISOString();
    // A note, not data: it is written after the change, and nothing is lost if it is refused.
    $backupRecord.set(
      mode === 'replace' && backup.exportedAt
        ? recordText(backup.exportedAt, dataFingerprint(), now)
        : recordText(
            backupTime(record) ? new Date(backupTime(record)!).toISOString() : undefined,
            recordFingerprint(record),
            now,
          ),
    );
  }
  return outcome;
}
