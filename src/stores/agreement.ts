import { computed } from 'nanostores';
import { agreementBlocks } from '../playbook/agreement';
import { kickoffCalendarPlan } from '../playbook/calendar-plan';
import { calendarContext } from './calendar';
import { $kickoff } from './kickoff';
import { $openId, mentorshipsStore } from './mentorships';
import { listed } from './registry';
import { $today } from './today';
import type { TextFile } from './versioned';

/** The agreement's blocks for the live preview, dated today. */
export const $agreementBlocks = listed(
  computed([$kickoff, $today], (state, today) => agreementBlocks(state, { writtenOn: today })),
);

/**
 * The agreement as a file to download: what the preview shows, after front matter holding the
 * answers so that it can be opened here again; without it (`answers` false), to paste into a
 * document of one's own. Its code loads on first use.
 */
export async function agreementFile(answers = true): Promise<TextFile> {
  const { agreementFileName, agreementText } = await import('../playbook/agreement-file');
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

/** What the kickoff's calendar file holds, and why anything is left out. */
export const $calendarPlan = listed(computed($kickoff, kickoffCalendarPlan));

/** The kickoff's calendar file: the meetings and the re-evaluation. Its code loads on first use. */
export async function calendarFile(pageUrl: string): Promise<TextFile> {
  const { kickoffCalendar } = await import('../playbook/calendar');
  return { ...kickoffCalendar($kickoff.get(), calendarContext(pageUrl)), type: 'text/calendar' };
}
