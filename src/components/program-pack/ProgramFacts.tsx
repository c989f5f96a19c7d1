import type { Program } from '../../playbook/documents/program';
import { cadenceWords } from '../../playbook/program/prefill';
import { dayText } from '../../playbook/review/every-page/due';
import { count } from '../../playbook/core/words';

/** A review point in words: "Six weeks in: 6 weeks after you start" or "…: when the round ends". */
const pointWords = (point: Program['reviewPoints'][number], roundEnds: string) =>
  `${point.label.trim() || 'A review'}: ${
    point.weeks !== null
      ? `${count(point.weeks, 'week')} after you start`
      : `at the end of the round${roundEnds ? `, ${dayText(roundEnds)}` : ''}`
  }`;

/** What a programme sets, as the preview and the kickoff's programme part list it. */
export function ProgramFacts({ program }: { program: Program }) {
  const none = 'not set';
  // A plain list: it needs no styles of its own, which would make the page load them first.
  return (
    <ul class="program-facts">
      <li>
        <strong>Suggested cadence:</strong> {cadenceWords(program.cadence) || none}
      </li>
      <li>
        <strong>Session length:</strong>{' '}
        {program.minutes === null ? none : `${program.minutes} minutes`}
      </li>
      <li>
        <strong>Review points:</strong> {program.reviewPoints.length === 0 && none}
        {program.reviewPoints.length > 0 && (
          <ul>
            {program.reviewPoints.map((point, i) => (
              <li key={i}>{pointWords(point, program.roundEnds)}</li>
            ))}
          </ul>
        )}
      </li>
      <li>
        <strong>Review questions:</strong> {program.reviewQuestions.length === 0 && none}
        {program.reviewQuestions.length > 0 && (
          <ol>
            {program.reviewQuestions.map((q) => (
              <li key={q.id}>{q.text}</li>
            ))}
          </ol>
        )}
      </li>
      <li>
        <strong>Round ends:</strong> {dayText(program.roundEnds) || none}
      </li>
      <li>
        <strong>Contact:</strong> {program.contact.trim() || none}
      </li>
    </ul>
  );
}
