import { useStore } from '@nanostores/preact';
import { useEffect, useState } from 'preact/hooks';
import { QUESTIONS, rankFormats, type ChooserAnswers } from '../../playbook/chooser';
import { formatNames } from '../../playbook/formats';
import { emptyKickoff } from '../../playbook/kickoff';
import {
  $chooserAnswers,
  $formatRanking,
  chooserBackupFile,
  chooserStore,
  resetChooser,
  setChooserAnswer,
} from '../../stores/chooser';
import { Notices } from '../Notices';
import { $kickoff, $kickoffReadOnly, chooseFormat } from '../../stores/kickoff';
import { href } from '../href';
import '../playbook.css';

// What the server renders, before stored answers apply.
const SERVER_RANKING = rankFormats({});
const EMPTY_KICKOFF = emptyKickoff();

/** The format chooser: five questions, the four formats ranked with reasons, and a pick saved to the kickoff. */
export default function FormatChooser() {
  const answers = useStore($chooserAnswers, { ssr: () => ({}) });
  const ranking = useStore($formatRanking, { ssr: () => SERVER_RANKING });
  const chooserReadOnly = useStore(chooserStore.$readOnly, { ssr: () => false });
  const chosen = useStore($kickoff, { ssr: () => EMPTY_KICKOFF }).formats;
  const readOnly = useStore($kickoffReadOnly, { ssr: () => false });
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  const answered = Object.keys(answers).length;
  const disabled = !hydrated;

  return (
    <div class="playbook chooser">
      <Notices
        what="answers"
        readOnly={chooserStore.$readOnly}
        documents={[{ store: chooserStore, backupFile: chooserBackupFile, what: 'answers' }]}
      />
      {readOnly && (
        <p class="notice caution" role="status">
          Your kickoff answers were saved by a newer version of Mentorship Playbook, so the chosen
          format cannot be changed here. Reload to get the up-to-date site.
        </p>
      )}
      <form class="questions" onSubmit={(e) => e.preventDefault()}>
        {QUESTIONS.map((question) => (
          <fieldset>
            <legend>{question.text}</legend>
            {question.options.map((option) => (
              <label class="choice">
                <input
                  type="radio"
                  name={`chooser-${question.id}`}
                  value={option.id}
                  checked={answers[question.id] === option.id}
                  disabled={disabled || chooserReadOnly}
                  onChange={() =>
                    setChooserAnswer(
                      question.id,
                      option.id as NonNullable<ChooserAnswers[typeof question.id]>,
                    )
                  }
                />
                {option.label}
              </label>
            ))}
          </fieldset>
        ))}
      </form>

      <p class="visually-hidden" role="status" aria-live="polite">
        {answered > 0 ? `Best fit now: ${ranking[0]!.name}.` : ''}
      </p>
      <section aria-labelledby="ranking-title">
        <h2 id="ranking-title">The formats for you, best first</h2>
        <p>
          {answered === 0
            ? 'Answer the questions above and the formats will be ranked for you, with the reasons.'
            : `Ranked on ${answered} of ${QUESTIONS.length} answers. Pick one format, or combine two.`}
        </p>
        <ol class="ranking">
          {ranking.map((format) => {
            const isChosen = chosen.includes(format.id);
            return (
              <li key={format.id} class={isChosen ? 'ranked chosen' : 'ranked'}>
                <h3>
                  <a href={href(format.page)}>{format.name}</a>
                </h3>
                {format.reasonsFor.length > 0 && (
                  <ul class="reasons-for" aria-label={`Why ${format.name} fits`}>
                    {format.reasonsFor.map((reason) => (
                      <li>{reason}</li>
                    ))}
                  </ul>
                )}
                {answered > 0 &&
                  format.reasonsFor.length === 0 &&
                  format.reasonsAgainst.length === 0 && (
                    <p class="hint">Nothing in your answers so far speaks for or against it.</p>
                  )}
                {format.reasonsAgainst.length > 0 && (
                  <ul class="reasons-against" aria-label={`What counts against ${format.name}`}>
                    {format.reasonsAgainst.map((reason) => (
                      <li>{reason}</li>
                    ))}
                  </ul>
                )}
                <label class="choice">
                  <input
                    type="checkbox"
                    checked={isChosen}
                    disabled={disabled || readOnly}
                    onChange={(e) => chooseFormat(format.id, e.currentTarget.checked)}
                  />
                  Use {format.name} in our mentorship
                </label>
              </li>
            );
          })}
        </ol>
        <p class="chosen-summary">
          {chosen.length === 0 ? 'No format chosen yet.' : `Chosen: ${formatNames(chosen)}. `}
          {chosen.length > 0 && (
            <>
              Saved to your <a href={href('/playbooks/kickoff-checklist/')}>kickoff checklist</a>{' '}
              and its agreement.
            </>
          )}
        </p>
        <button
          type="button"
          class="secondary"
          disabled={disabled || chooserReadOnly || answered === 0}
          onClick={() => resetChooser()}
        >
          Clear the answers
        </button>
      </section>
    </div>
  );
}
