import { useStore } from '../../ui/store';
import type { ReviewRecord } from '../../../playbook/documents/review';
import { dayText } from '../../../playbook/review/review';
import { $kickoff } from '../../../stores/core/kickoff';
import { nextReviewCalendarOffer, reviewFile } from '../../../stores/review/on-demand/files';
import { CalendarButton } from '../../ui/kit/CalendarButton';
import { FileButtons } from '../../ui/kit/FileButtons';
import { prepareFiles } from '../../ui/kit/files';

/** Has the download's own code load at the next key or pointer press (prepareFiles). */
export const prepare = () => prepareFiles();

/** The review just saved: its file, and the next review's calendar file when there is a date. */
export function Saved({ record }: { record: ReviewRecord }) {
  const kickoff = useStore($kickoff);
  const next = kickoff.reevaluate.mode === 'date' ? kickoff.reevaluate.date : '';
  const goesOn = record.decision === 'carry-on' || record.decision === 'change';
  return (
    <div class="review-saved">
      <h3 id="review-saved-title" tabIndex={-1}>
        Saved the review of {dayText(record.on)}
      </h3>
      <p>
        It is kept under “Past reviews” below.
        {goesOn && next ? ` The next review is on ${dayText(next)}.` : ''}
      </p>
      <div class="part-actions">
        <FileButtons file={() => reviewFile(record)} what="this review" enabled />
        {goesOn && next && (
          <CalendarButton
            id="review-calendar"
            offer={nextReviewCalendarOffer}
            watch={next}
            enabled
            fields={{}}
          />
        )}
      </div>
    </div>
  );
}
