import { count } from '../../../playbook/core/words';
import { CHECK_IN_STATES } from '../../../playbook/documents/agenda';
import { CADENCES, GOAL_OUTCOMES } from '../../../playbook/kickoff/topics';
import type { ProgressSummary } from '../../../playbook/program/summary';
import { dayText } from '../../../playbook/review/every-page/due';

const label = (list: readonly { id: string; label: string }[], id: string) =>
  list.find((c) => c.id === id)?.label ?? id;

/**
 * A goal's latest check-in and where it stands, in words: "latest check-in Moving, on 25 Nov
 * 2026; open, to reach by 31 Jan 2027."
 */
function goalSaid(goal: ProgressSummary['goals'][number]): string {
  const latest = goal.latest
    ? `latest check-in ${label(CHECK_IN_STATES, goal.latest)}${goal.latestOn ? `, on ${dayText(goal.latestOn)}` : ''}`
    : 'no check-in yet';
  const stands = goal.outcome
    ? `${label(GOAL_OUTCOMES, goal.outcome).toLowerCase()}${goal.by ? ` (its date was ${dayText(goal.by)})` : ''}`
    : goal.by
      ? `open, to reach by ${dayText(goal.by)}`
      : 'open, with no date';
  return `${latest}; ${stands}.`;
}

/** The sessions held, in words. */
function sessionsSaid({ held, last }: ProgressSummary['sessions']): string {
  if (held === null) return 'Not known';
  return `${count(held, 'session')}${last ? `, the last on ${dayText(last)}` : ''}`;
}

/** The reviews done and the next one, in words. */
function reviewsSaid({
  done,
  last,
  nextOn,
  nextAfterSessions,
  dueSince,
}: ProgressSummary['reviews']) {
  const held = `${count(done, 'review')} done${last ? `, the last on ${dayText(last)}` : ''}`;
  const next = dueSince
    ? `the next has been due since ${dayText(dueSince)}`
    : nextOn
      ? `the next is due on ${dayText(nextOn)}`
      : nextAfterSessions !== null
        ? `the next is due after ${count(nextAfterSessions, 'more session')}`
        : 'no next review is set';
  return `${held}; ${next}`;
}

/** Whether the mentorship goes on, is paused or has ended, in words. */
function stateSaid({ state, since, until }: ProgressSummary['status']): string {
  if (state === 'ended') return since ? `Ended on ${dayText(since)}` : 'Ended';
  if (state === 'paused')
    return until ? `Paused until ${dayText(until)}` : 'Paused, with no end date';
  return 'Going on';
}

/** The cadence and session length, in words. */
function cadenceSaid({ cadence, minutes }: ProgressSummary): string {
  const often = cadence ? label(CADENCES, cadence) : 'Not agreed';
  return minutes === null ? often : `${often}, ${minutes} minutes a session`;
}

/**
 * Everything a progress summary holds, as a list of facts in words (the pair, the programme, the
 * kickoff date and cadence, sessions, reviews, goals, state, the day it was made and its
 * mentorship id), as Your data's "Send a progress summary…" panel shows it before it is made.
 */
export function SummaryFacts({ summary }: { summary: ProgressSummary }) {
  return (
    <dl class="summary-facts">
      <dt>Mentor</dt>
      <dd>{summary.pair.mentor || 'No name given'}</dd>
      <dt>Mentee</dt>
      <dd>{summary.pair.mentee || 'No name given'}</dd>
      <dt>Programme</dt>
      <dd>{summary.program.name || summary.program.id || 'None'}</dd>
      <dt>Kickoff date</dt>
      <dd>{dayText(summary.kickoffDate) || 'Not set'}</dd>
      <dt>Cadence</dt>
      <dd>{cadenceSaid(summary)}</dd>
      <dt>Sessions held</dt>
      <dd>{sessionsSaid(summary.sessions)}</dd>
      <dt>Reviews</dt>
      <dd>{reviewsSaid(summary.reviews)}</dd>
      <dt>Goals</dt>
      <dd>
        {summary.goals.length > 0 ? (
          <ul class="summary-goals">
            {summary.goals.map((goal) => (
              <li key={goal.id}>
                <strong>{goal.what || 'A goal not yet put in words'}</strong>: {goalSaid(goal)}
              </li>
            ))}
          </ul>
        ) : (
          'None yet'
        )}
      </dd>
      <dt>State</dt>
      <dd>{stateSaid(summary.status)}</dd>
      <dt>Made on</dt>
      <dd>{dayText(summary.madeOn)}</dd>
      <dt>Mentorship id</dt>
      <dd>
        <code>{summary.mentorship}</code> (a code that tells this mentorship’s summaries apart, so
        the newer one replaces the older)
      </dd>
    </dl>
  );
}
