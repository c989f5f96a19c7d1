import { computed } from 'nanostores';
import { agreementBlocks } from '../../playbook/kickoff/agreement';
import { $kickoff } from '../core/kickoff';
import { $openId, mentorshipsStore } from '../core/mentorships';
import { listed } from '../core/all-stores';
import { $today } from '../core/today';
import type { CalendarOffer } from '../../playbook/calendar/plan';
import type { TextFile } from '../../playbook/core/text-file';

/** The agreement's blocks for the live preview, dated today. */
export const $agreementBlocks = listed(
  computed([$kickoff, $today], (state, today) => agreementBlocks(state, { writtenOn: today })),
);

/** The agreement file's code, loaded on first use (and, once the page is in use, ahead of it). */
export const loadAgreementFile = () => import('../../playbook/kickoff/agreement-file');

/**
 * The agreement as a file to download: what the preview shows, after front matter holding the
 * answers so that it can be opened here again; without it (`answers` false), to paste into a
 * document of one's own. Its code loads on first use.
 */
export async function agreementFile(answers = true): Promise<TextFile> {
  const { agreementFileName, agreementText } = await loadAgreementFile();
  const today = $today.get();
  return {
    name: agreementFileName($kickoff.get(), today),
    text: agreementText(
      answers && { index: mentorshipsStore.$value.get(), open: $openId.get() },
      $kickoff.get(),
      today,
      $agreementBlocks.get(),
    ),
  };
}

/**
 * "Add to calendar" on the kickoff: the meetings and the re-evaluation, where each is ready, and
 * what the file holds or lacks, in words. Its code loads on first use.
 */
export async function calendarOffer(pageUrl: string): Promise<CalendarOffer> {
  const { kickoffCalendar, kickoffCalendarPlan } = await import('../../playbook/calendar/calendar');
  const state = $kickoff.get();
  const { ready, lines } = kickoffCalendarPlan(state);
  if (!ready) return { lines };
  const file = kickoffCalendar(state, { mentorshipId: $openId.get(), pageUrl });
  return { lines, file: { ...file, type: 'text/calendar' } };
}
