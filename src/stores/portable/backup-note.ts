import { persistentAtom } from '@nanostores/persistent';
import { computed } from 'nanostores';
import { BACKUP_RECORD_KEY, backupTime } from '../../playbook/core/backup-record';
import { listed } from '../core/all-stores';

/** The note of the last backup as stored (shape in backup-record.ts); other tabs' backups count. */
export const $backupRecord = listed(
  persistentAtom<string | undefined>(BACKUP_RECORD_KEY, undefined),
);

/** When the last backup was made here (milliseconds since 1970); undefined if never. */
export const $lastBackupAt = listed(computed($backupRecord, backupTime));

/** When data was last restored from a file here (milliseconds since 1970); undefined if never. */
export const $lastRestoreAt = listed(
  computed($backupRecord, (text) => {
    try {
      return Date.parse(JSON.parse(text!).restoredAt) || undefined;
    } catch {
      return undefined;
    }
  }),
);

/** Whole days since a moment (milliseconds since 1970), for "10 days ago". */
export const daysSince = (at: number) => Math.floor((Date.now() - at) / (24 * 60 * 60 * 1000));
