/**
 * Backups of everything the playbooks hold in this browser: the file, the note of when the last
 * one was made, and whether anything has changed since. Loaded on demand: when someone downloads
 * everything, and on playbook pages when a reminder may be due (backup-record.ts).
 */
import {
  backupFileName,
  backupText,
  recordFingerprint,
  recordText,
} from '../../playbook/portable/backup';
import { DOCUMENT_NAMES } from '../../playbook/documents/names';
import { REMINDER_SNOOZE_KEY } from '../../playbook/core/backup-record';
import { fingerprint } from '../../playbook/core/fingerprint';
import { keyOf, mentorshipsStore } from '../core/mentorships';
import { portableOf } from './portable';
import { $backupRecord } from './backup-note';
import { storedText } from '../core/storage';
import { $today } from '../core/today';
import type { TextFile } from '../../playbook/core/text-file';

/** The fingerprint of everything the playbooks hold now: the index and each document as stored. */
export function dataFingerprint(): string {
  const { mentorships } = mentorshipsStore.$value.get();
  return fingerprint([
    JSON.stringify(mentorships),
    ...mentorships.flatMap((m) =>
      DOCUMENT_NAMES.map((name) => storedText(keyOf(name)(m.id)).get() ?? ''),
    ),
  ]);
}

/** Whether anything has changed since the last backup (everything has, when there was none). */
export const changedSinceBackup = () =>
  recordFingerprint($backupRecord.get()) !== dataFingerprint();

/** "Not now" on the reminder: it stays away for a week (REMINDER_SNOOZE_KEY). */
export const snoozeReminder = () => storedText(REMINDER_SNOOZE_KEY).set(new Date().toISOString());

/** Every mentorship in this browser as one backup file; notes that a backup was made. */
export function backupFile(): TextFile {
  const index = mentorshipsStore.$value.get();
  const exportedAt = new Date().toISOString();
  const text = backupText({
    exportedAt,
    open: index.open,
    mentorships: index.mentorships.map((m) => portableOf(m.id)),
  });
  $backupRecord.set(recordText(exportedAt, dataFingerprint()));
  return { name: backupFileName($today.get()), text, type: 'application/json' };
}
