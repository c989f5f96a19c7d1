import type { ReviewDraft } from '../../../playbook/documents/review';
import { setMentorshipDecision } from '../../../stores/review/review';
import { href } from '../../ui/href';
import { DateField } from '../../ui/kit/DateField';

/**
 * What a decision on the mentorship asks for: what changes, the next review's date, the day a
 * pause ends, or what comes next for the mentee. Loaded once a decision is chosen.
 */
export function DecisionFields({
  draft,
  mentee,
  disabled,
}: {
  draft: ReviewDraft;
  mentee: string;
  disabled: boolean;
}) {
  const { decision } = draft;
  return (
    <>
      {decision === 'change' && (
        <label class="field">
          What changes (format, cadence, length)
          <textarea
            id="review-change"
            rows={2}
            value={draft.change}
            disabled={disabled}
            onInput={(e) => setMentorshipDecision({ change: e.currentTarget.value })}
          />
          <span class="hint">
            Change the cadence itself in the{' '}
            <a href={href('/playbooks/kickoff-checklist/')}>kickoff checklist</a>.
          </span>
        </label>
      )}
      {(decision === 'carry-on' || decision === 'change') && (
        <DateField
          id="review-next"
          label="Next review on (optional)"
          value={draft.nextReview}
          disabled={disabled}
          onChange={(nextReview) => setMentorshipDecision({ nextReview })}
        />
      )}
      {decision === 'pause' && (
        <DateField
          id="review-until"
          label="Pause until"
          value={draft.until}
          disabled={disabled}
          onChange={(until) => setMentorshipDecision({ until })}
        />
      )}
      {decision === 'end' && (
        <label class="field">
          What comes next for {mentee}
          <textarea
            id="review-next-steps"
            rows={3}
            value={draft.next}
            disabled={disabled}
            onInput={(e) => setMentorshipDecision({ next: e.currentTarget.value })}
          />
        </label>
      )}
    </>
  );
}
