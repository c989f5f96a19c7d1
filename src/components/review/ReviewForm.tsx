import { useStore } from '../ui/store';
import { useEffect, useState } from 'preact/hooks';
import { OPEN_GOALS_MAX, openGoals } from '../../playbook/documents/kickoff';
import {
  GOAL_DECISIONS,
  MENTORSHIP_DECISIONS,
  type ReviewRecord,
} from '../../playbook/documents/review';
import {
  GOAL_DECISION_LABELS,
  MENTORSHIP_DECISION_LABELS,
  REFLECTION_QUESTIONS,
  dayText,
  decisionFor,
  emptyDraft,
  names,
  personLabel,
} from '../../playbook/review/review';
import { $kickoff } from '../../stores/core/kickoff';
import {
  $review,
  $reviewDraft,
  $reviewReadOnly,
  addNewGoal,
  decide,
  loadReviewFiles,
  loadSave,
  saveTheReview,
  setMentorshipDecision,
  setReflection,
} from '../../stores/review/review';
import { announce, unavailable } from '../ui/announce';
import { focusSoon } from '../ui/focus';
import { useHydrated } from '../ui/hydrated';
import { Status } from '../ui/Status';
import { useOnDemand } from '../ui/lazy';
import '../playbook.css';
import './review.css';

const loadSaved = () => import('./on-demand/Saved');

type Person = 'mentor' | 'mentee';

/** One person's answers, under their name: each question a text area of its own. */
function Reflection({ who, name, disabled }: { who: Person; name: string; disabled: boolean }) {
  const draft = useStore($reviewDraft, { ssr: emptyDraft });
  return (
    <fieldset class="structured reflection">
      <legend>{name}</legend>
      {REFLECTION_QUESTIONS.map((q) => (
        <label class="field" key={q.id}>
          {q.label}
          <textarea
            id={`review-${who}-${q.id}`}
            rows={2}
            value={draft[who][q.id]}
            disabled={disabled}
            onInput={(e) => setReflection(who, q.id, e.currentTarget.value)}
          />
        </label>
      ))}
    </fieldset>
  );
}

/**
 * The review itself: each person's reflection, the decisions on each goal and on the mentorship,
 * and saving it. Without JavaScript it is a blank form to print and fill in by hand.
 */
export default function ReviewForm() {
  const hydrated = useHydrated();
  const draft = useStore($reviewDraft, { ssr: emptyDraft });
  const kickoff = useStore($kickoff);
  const review = useStore($review);
  const readOnly = useStore($reviewReadOnly, { ssr: () => false });
  const [saved, setSaved] = useState<ReviewRecord | undefined>(undefined);
  const [problems, setProblems] = useState<{ field: string; text: string }[]>([]);
  // Saving and the files work even if the connection goes once the page is in use: their code
  // loads at the first sign of use, not with the page.
  useEffect(() => {
    const load = () => {
      for (const loader of [loadSave, loadReviewFiles, () => loadSaved().then((m) => m.prepare())])
        loader().catch(() => {});
    };
    for (const type of ['keydown', 'pointerdown'])
      addEventListener(type, load, { once: true, capture: true });
  }, []);
  const Decision = useOnDemand(
    hydrated && draft.decision !== '',
    () => import('./on-demand/DecisionFields'),
    'review-decision-fields',
  );
  // The programme's questions load only for a pair whose programme asks some.
  const Questions = useOnDemand(
    hydrated && kickoff.program.reviewQuestions.length > 0,
    () => import('./on-demand/ProgramQuestions'),
    'review-program-questions',
  );
  const Added = useOnDemand(
    hydrated && draft.added.length > 0,
    () => import('./on-demand/NewGoals'),
    'review-new-goals-status',
  );
  const [Saved, setSavedPart] = useState<Awaited<ReturnType<typeof loadSaved>> | undefined>(
    undefined,
  );
  const disabled = !hydrated || readOnly;
  const who = hydrated ? names(kickoff.pair) : { mentor: 'The mentor', mentee: 'The mentee' };
  const label = (role: Person) => (hydrated ? personLabel(kickoff.pair, role) : `The ${role}`);
  const goals = hydrated ? openGoals(kickoff) : [];
  const ended = hydrated && review.state.status === 'ended';

  if (ended)
    return (
      <section class="playbook review-form" aria-labelledby="review-title">
        <h2 id="review-title" tabIndex={-1}>
          The review
        </h2>
        {saved && Saved && <Saved.Saved record={saved} />}
        <p>
          This mentorship has ended, so there is no next review. Its closing summary is under “The
          ending” below.
        </p>
      </section>
    );

  const save = async (): Promise<void> => {
    let result;
    try {
      result = await saveTheReview();
    } catch {
      return unavailable('review-save', save);
    }
    if (!result.ok) {
      setProblems(result.problems);
      announce(
        `The review was not saved: ${result.problems.map((p) => p.text).join(' ')}`,
        'review-save',
        `Not saved: ${result.problems.length === 1 ? 'one thing needs' : `${result.problems.length} things need`} an answer (listed above).`,
      );
      focusSoon(result.problems[0]!.field || 'review-save-button');
      return;
    }
    setProblems([]);
    // The saved review's part comes with its code, so focus can go to it once it shows.
    const part = await loadSaved().catch(() => undefined);
    setSavedPart(part);
    setSaved(result.record);
    const { decision } = result.record;
    announce(
      decision === 'end'
        ? 'Saved the review and ended the mentorship. Its closing summary is shown below.'
        : decision === 'pause'
          ? `Saved the review. The mentorship is paused until ${dayText(result.record.until)}.`
          : 'Saved the review, and updated the goals and the next review in the kickoff.',
    );
    focusSoon(decision === 'end' ? 'ending-title' : part ? 'review-saved-title' : 'review-title');
  };

  return (
    <section class="playbook review-form" aria-labelledby="review-title">
      <h2 id="review-title" tabIndex={-1}>
        The review
      </h2>
      {saved && Saved && <Saved.Saved record={saved} />}
      <h3>Reflection</h3>
      <p>
        Each of you answers on your own first, then you read each other’s answers together. Short
        answers are enough; leave out what you have nothing to say about.
      </p>
      <div class="reflections">
        <Reflection who="mentor" name={label('mentor')} disabled={disabled} />
        <Reflection who="mentee" name={label('mentee')} disabled={disabled} />
      </div>
      {Questions && (
        <Questions.ProgramQuestions kickoff={kickoff} draft={draft} disabled={disabled} />
      )}
      <Status at="review-program-questions" />

      <h3>Decisions</h3>
      {goals.length === 0 ? (
        <p class="hint">No goals are open, so there is nothing to decide on goals.</p>
      ) : (
        goals.map((goal, n) => {
          const decided = decisionFor(draft, goal.id);
          return (
            <fieldset class="structured goal-decision" key={goal.id}>
              <legend>{goal.what.trim() || `Goal ${n + 1}`}</legend>
              {GOAL_DECISIONS.map((id, i) => (
                <label class="choice" key={id}>
                  <input
                    id={i === 0 ? `review-goal-${goal.id}` : undefined}
                    type="radio"
                    name={`review-goal-${goal.id}`}
                    checked={decided?.decision === id}
                    disabled={disabled}
                    onChange={() => decide(goal, { decision: id })}
                  />
                  {GOAL_DECISION_LABELS[id]}
                </label>
              ))}
              {decided?.decision === 'change' && (
                <label class="field">
                  New words for the goal
                  <input
                    type="text"
                    value={decided.changed || goal.what}
                    disabled={disabled}
                    onInput={(e) => decide(goal, { changed: e.currentTarget.value })}
                  />
                </label>
              )}
            </fieldset>
          );
        })
      )}

      <h4 id="review-new-goals" tabIndex={-1}>
        New goals
      </h4>
      <p class="hint">
        A pair works on one to {OPEN_GOALS_MAX} goals at a time: what it is, how you will know it is
        reached, and by when if you like.
      </p>
      {Added && <Added.NewGoals goals={draft.added} disabled={disabled} />}
      <Status at="review-new-goals-status" />
      <p>
        <button
          type="button"
          class="secondary"
          disabled={disabled}
          onClick={() => {
            const id = addNewGoal();
            announce('Added a new goal.');
            // Its fields load with the first new goal: focus goes there once they are in.
            import('./on-demand/NewGoals').then(() => focusSoon(`new-goal-${id}`)).catch(() => {});
          }}
        >
          Add a new goal
        </button>
      </p>

      <fieldset class="structured mentorship-decision">
        <legend>The mentorship</legend>
        {MENTORSHIP_DECISIONS.map((id, i) => (
          <label class="choice" key={id}>
            <input
              id={i === 0 ? 'review-decision' : undefined}
              type="radio"
              name="review-decision"
              checked={draft.decision === id}
              disabled={disabled}
              onChange={() => setMentorshipDecision({ decision: id })}
            />
            {MENTORSHIP_DECISION_LABELS[id]}
          </label>
        ))}
        {Decision && (
          <Decision.DecisionFields draft={draft} mentee={who.mentee} disabled={disabled} />
        )}
        <Status at="review-decision-fields" />
      </fieldset>

      {problems.length > 0 && (
        <ul class="review-problems" aria-label="What the review still needs">
          {problems.map((p) => (
            <li key={p.text}>{p.field ? <a href={`#${p.field}`}>{p.text}</a> : p.text}</li>
          ))}
        </ul>
      )}
      <div class="part-actions">
        <button id="review-save-button" type="button" disabled={disabled} onClick={save}>
          Save the review
        </button>
        <Status at="review-save" />
      </div>
    </section>
  );
}
