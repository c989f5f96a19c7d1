import { useStore } from '../ui/store';
import { useEffect } from 'preact/hooks';
import { QUESTIONS, rankFormats, type ChooserAnswers } from '../../playbook/chooser/chooser';
import { formatNames } from '../../playbook/guide/formats';
import { emptyKickoff } from '../../playbook/documents/kickoff';
import {
  $chooserAnswers,
  $formatRanking,
  chooserStore,
  resetChooser,
  setChooserAnswer,
} from '../../stores/chooser/chooser';
import { $kickoff, chooseFormat, kickoffStore } from '../../stores/core/kickoff';
import { href } from '../ui/href';
import { announce } from '../ui/announce';
import { Choices } from '../ui/choices/Choices';
import { focusSoon } from '../ui/focus';
import { useHydrated } from '../ui/hydrated';
import { Notices } from '../ui/Notices';
import { Reasons } from './Reasons';
import '../playbook.css';

// What the server renders, before stored answers apply.
const SERVER_RANKING = rankFormats({});
const EMPTY_KICKOFF = emptyKickoff();

type Answer<Q extends keyof ChooserAnswers> = NonNullable<ChooserAnswers[Q]>;

/** The format chooser: five questions, the formats ranked with reasons, and a pick to keep. */
export default function FormatChooser() {
  const hydrated = useHydrated();
  const answers = useStore($chooserAnswers, { ssr: () => ({}) });
  const ranking = useStore($formatRanking, { ssr: () => SERVER_RANKING });
  const chooserReadOnly = useStore(chooserStore.$readOnly, { ssr: () => false });
  const chosen = useStore($kickoff, { ssr: () => EMPTY_KICKOFF }).formats;
  const kickoffReadOnly = useStore(kickoffStore.$readOnly, { ssr: () => false });
  const answered = Object.keys(answers).length;
  const best = answered > 0 ? ranking[0]!.name : '';
  useEffect(() => {
    if (best) announce(`Best fit now: ${best}.`);
  }, [best]);

  return (
    <div class="playbook chooser">
      <Notices
        what="answers"
        documents={[
          { store: chooserStore, what: 'answers' },
          { store: kickoffStore, what: 'kickoff answers' },
        ]}
      />
      <form class="questions" onSubmit={(e) => e.preventDefault()}>
        {QUESTIONS.map((question) => (
          <Choices
            key={question.id}
            class=""
            legend={question.text}
            type="radio"
            name={`chooser-${question.id}`}
            options={question.options}
            checked={(id) => answers[question.id] === id}
            onChange={(id) => setChooserAnswer(question.id, id as Answer<typeof question.id>)}
            disabled={!hydrated || chooserReadOnly}
          />
        ))}
      </form>

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
                <Reasons format={format} answered={answered > 0} />
                <label class="choice">
                  <input
                    type="checkbox"
                    checked={isChosen}
                    disabled={!hydrated || kickoffReadOnly}
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
          disabled={!hydrated || chooserReadOnly || answered === 0}
          onClick={() => {
            resetChooser();
            announce('Answers cleared.');
            // The button disables itself; the first question is where to start again.
            focusSoon(() => document.querySelector<HTMLElement>('.questions input'));
          }}
        >
          Clear the answers
        </button>
      </section>
    </div>
  );
}
