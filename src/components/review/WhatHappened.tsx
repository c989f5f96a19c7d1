import { useStore } from '../ui/store';
import { dueText, factLines } from '../../playbook/review/review';
import { $due, $facts, reviewStore } from '../../stores/review/review';
import { useHydrated } from '../ui/hydrated';
import { href } from '../ui/href';
import { Notices } from '../ui/Notices';
import { GoalTimeline } from './GoalTimeline';
import '../playbook.css';
import './review.css';

/**
 * What happened since the last review (or the start), gathered from the kickoff and the history:
 * whether the review is due, the period, the sessions against the cadence, the action items, and
 * each goal's check-ins as a timeline.
 */
export default function WhatHappened() {
  const hydrated = useHydrated();
  const facts = useStore($facts);
  const due = useStore($due);
  const lines = factLines(facts);
  return (
    <section class="playbook review-facts" aria-labelledby="facts-title">
      <Notices what="reviews" documents={[{ store: reviewStore, what: 'reviews' }]} />
      <h2 id="facts-title">What happened</h2>
      {!hydrated ? (
        <p>Gathered from this browser once the page has loaded.</p>
      ) : (
        <>
          <p class="review-due-status">{dueText(due)}</p>
          <ul>
            <li>Period: {lines.period}</li>
            <li>Sessions: {lines.sessions}</li>
            <li>Action items: {lines.items}</li>
          </ul>
          <h3>The goals over the period</h3>
          {facts.goals.length === 0 ? (
            <p>
              No goals are open. Agree one to three in the{' '}
              <a href={href('/playbooks/kickoff-checklist/#topic-goal')}>kickoff checklist</a>, or
              add them below.
            </p>
          ) : (
            <>
              <p class="hint">
                Each mark is a check-in at a session: ◆ done, ▲ moving, ■ stuck, ○ not started.
              </p>
              {facts.goals.map((goal, n) => (
                <GoalTimeline key={goal.id} goal={goal} days={facts.days} n={n} />
              ))}
            </>
          )}
        </>
      )}
    </section>
  );
}
