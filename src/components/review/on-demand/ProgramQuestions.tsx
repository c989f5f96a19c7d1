import type { Program } from '../../../playbook/documents/program';
import type { ProgramAnswer } from '../../../playbook/documents/review';
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
  program: Program;
  /** The kickoff's start date, YYYY-MM-DD or '', from which the review points count. */
  start: string;
  answers: readonly ProgramAnswer[];
  disabled: boolean;
}) {
  const { program, start, answers, disabled } = props;
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
