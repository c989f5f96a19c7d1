import type { Program } from '../../../playbook/documents/program';
import type { ReviewDraft } from '../../../playbook/documents/review';
import type { KickoffState } from '../../../playbook/documents/kickoff';
import { addDays, dayText } from '../../../playbook/review/every-page/due';
import { setProgramAnswer } from '../../../stores/review/on-demand/program';

/** When each of the programme's review points falls: a day, or why it has none yet. */
function pointDay(point: Program['reviewPoints'][number], start: string, roundEnds: string) {
  if (point.weeks === null) return roundEnds ? dayText(roundEnds) : 'when the round ends';
  return start ? dayText(addDays(start, point.weeks * 7)) : `${point.weeks} weeks after you start`;
}

/**
 * The programme's review points with their days, and one answer field for each of its review
 * questions. Loaded only for a pair whose programme asks questions.
 */
export function ProgramQuestions(props: {
  /** The kickoff answers: the programme, and the start date the review points count from. */
  kickoff: Pick<KickoffState, 'program' | 'pair'>;
  draft: Pick<ReviewDraft, 'answers'>;
  disabled: boolean;
}) {
  const { program } = props.kickoff;
  const { disabled } = props;
  const start = props.kickoff.pair.startDate;
  const { answers } = props.draft;
  // Left out once the programme asks nothing (it was left, or its pack had no questions).
  if (!program.reviewQuestions.length) return null;
  return (
    <fieldset class="structured program-questions">
      <legend>Questions from {program.name}</legend>
      {program.reviewPoints.length > 0 && (
        <>
          <p class="hint">The programme’s review points:</p>
          <ul class="hint">
            {program.reviewPoints.map((point, i) => (
              <li key={i}>
                {point.label.trim() || 'A review'}: {pointDay(point, start, program.roundEnds)}
              </li>
            ))}
          </ul>
        </>
      )}
      {program.reviewQuestions.map((question) => (
        <label class="field" key={question.id}>
          {question.text}
          <textarea
            id={`review-program-${question.id}`}
            rows={2}
            value={answers.find((a) => a.id === question.id)?.answer ?? ''}
            disabled={disabled}
            onInput={(e) => setProgramAnswer(question, e.currentTarget.value)}
          />
        </label>
      ))}
    </fieldset>
  );
}
