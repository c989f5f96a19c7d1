/** The agenda as a file and in a calendar file: loaded when one is first asked for. */
import { sessionBlocks } from '../../../playbook/agenda/on-demand/blocks';
import type { CalendarOffer } from '../../../playbook/calendar/plan';
import type { TextFile } from '../../../playbook/core/text-file';
import { $kickoff } from '../../core/kickoff';
import { $openId } from '../../core/mentorships';
import { $today } from '../../core/today';
import { $draft, $history, $sessionLength, loadSessionFiles } from '../agenda';

/** The agenda being prepared, as a Markdown file. */
export async function draftFile(): Promise<TextFile> {
  const { agendaFileName, toMarkdown } = await loadSessionFiles();
  const draft = $draft.get();
  return {
    name: agendaFileName('session', draft.date || $today.get()),
    text: toMarkdown(sessionBlocks(draft, 1)),
  };
}

/**
 * "Add to calendar" on the agenda: the next session at the usual time, its agenda inside, or what
 * it still needs, in words. Its code loads on first use.
 */
export async function sessionCalendarOffer(pageUrl: string): Promise<CalendarOffer> {
  const { sessionCalendar, sessionCalendarPlan } =
    await import('../../../playbook/calendar/calendar');
  const [draft, kickoff] = [$draft.get(), $kickoff.get()];
  const { ready, lines } = sessionCalendarPlan(draft.date, kickoff.cadence.time);
  if (!ready) return { lines };
  const session = { number: $history.get().length + 1, minutes: $sessionLength.get(), kickoff };
  const file = sessionCalendar(draft, session, { mentorshipId: $openId.get(), pageUrl });
  return { lines, file: { ...file, type: 'text/calendar' } };
}
