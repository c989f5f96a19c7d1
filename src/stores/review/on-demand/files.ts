/**
 * The review's files and the closing summary: a finished review and the summary as Markdown, and
 * the next review's calendar file. Loaded with the parts of the page that offer them.
 */
import type { CalendarOffer } from '../../../playbook/calendar/plan';
import type { TextFile } from '../../../playbook/core/text-file';
import type { ReviewRecord } from '../../../playbook/documents/review';
import { closingSummary } from '../../../playbook/review/on-demand/documents';
import { $kickoff } from '../../core/kickoff';
import { $openId } from '../../core/mentorships';
import { $today } from '../../core/today';
import { $review, $sessions, loadReviewFiles } from '../review';

/** The closing summary, as it reads now. */
export const closingSummaryNow = () =>
  closingSummary($kickoff.get(), $sessions.get(), $review.get());

/** A finished review as a Markdown file with front matter that reads back. */
export async function reviewFile(record: ReviewRecord): Promise<TextFile> {
  const { reviewFileName, reviewText } = await loadReviewFiles();
  const { pair } = $kickoff.get();
  return {
    name: reviewFileName(record, pair),
    text: reviewText(record, pair),
    type: 'text/markdown',
  };
}

/** The closing summary as a Markdown file with front matter that reads back. */
export async function summaryFile(): Promise<TextFile> {
  const { summaryFileName, summaryText } = await loadReviewFiles();
  const summary = closingSummaryNow();
  return { name: summaryFileName(summary), text: summaryText(summary), type: 'text/markdown' };
}

/** "Add to calendar" for the next review: its date as a day with a reminder, or what it needs. */
export async function nextReviewCalendarOffer(pageUrl: string): Promise<CalendarOffer> {
  const kickoff = $kickoff.get();
  const date = kickoff.reevaluate.mode === 'date' ? kickoff.reevaluate.date : '';
  if (!date || date < $today.get())
    return { lines: [['No next review date is set: choose one when you save a review.']] };
  const { reviewCalendar } = await import('../../../playbook/review/on-demand/review-calendar');
  const file = reviewCalendar(kickoff, date, { mentorshipId: $openId.get(), pageUrl });
  return {
    lines: [[`The next review, on ${date}, with a reminder the day before.`]],
    file: { ...file, type: 'text/calendar' },
  };
}
