import { computed } from 'nanostores';
import {
  BACKUP_RECORD_KEY,
  REMINDER_SNOOZE_KEY,
  reminderMayBeDue,
} from '../../playbook/core/backup-record';
import { mentorshipLabels } from '../../playbook/documents/mentorships';
import { kickoffStore } from './kickoff';
import { $openId, keyOf, mentorshipsStore } from './mentorships';
import { listed } from './all-stores';
import { storedText } from './storage';
import { localDate } from '../../playbook/core/dates';

/** One mentorship as the switcher lists it. */
export interface MentorshipItem {
  id: string;
  label: string;
}

/**
 * Every mentorship in this browser with what it is called: its name, or its pair's names, or the
 * day it was started, told apart where two would read the same (mentorshipLabels).
 */
export const $mentorshipList = listed(
  computed(
    [mentorshipsStore.$value, kickoffStore.$value, $openId],
    (index, kickoff, open): MentorshipItem[] => {
      const labels = mentorshipLabels(
        index.mentorships.map((entry) => ({
          ...entry,
          pair: entry.id === open ? kickoff.pair : kickoffStore.valueOf(entry.id).pair,
        })),
      );
      return index.mentorships.map(({ id }, i) => ({ id, label: labels[i]! }));
    },
  ),
);

/** Opens another mentorship, here and in every other tab; refused (false) if the index is read-only. */
export const openMentorship = (id: string) =>
  mentorshipsStore.replace((index) => ({ ...index, open: id }));

/** Whether a reminder to back up may be due (the full check loads only then; see backup-record.ts). */
export const backupReminderMayBeDue = () =>
  reminderMayBeDue(
    storedText(BACKUP_RECORD_KEY).get(),
    mentorshipsStore.$value.get().mentorships.map((m) => m.createdAt),
    Date.now(),
    storedText(REMINDER_SNOOZE_KEY).get(),
  );

/**
 * Whether the review's notice (due, paused or ended) may show: a review date that has come, a
 * count of sessions or weeks agreed, or reviews kept. Its full check loads only then
 * (src/stores/review/due.ts).
 */
export function reviewNoticeMayShow(): boolean {
  const { mode, date, after } = kickoffStore.$value.get().reevaluate;
  return (
    !!storedText(keyOf('review')($openId.get())).get() ||
    (mode === 'date' ? !!date && date <= localDate(new Date()) : after.count !== null)
  );
}
