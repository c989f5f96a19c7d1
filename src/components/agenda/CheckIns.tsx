import { useStore } from '../ui/store';
import { $openGoals } from '../../stores/agenda/agenda';
import { href } from '../ui/href';
import { useOnDemand } from '../ui/lazy';
import { Status } from '../ui/Status';
import type { CheckInsProps } from './on-demand/GoalCheckIns';

/**
 * The check-in on each open goal: a few seconds, never required. With no goals set yet, it says
 * where to set them; the check-ins themselves load once there is an open goal.
 */
export function CheckIns(props: CheckInsProps) {
  const goals = useStore($openGoals, { ssr: () => [] });
  const Goals = useOnDemand(
    goals.length > 0,
    () => import('./on-demand/GoalCheckIns'),
    'check-in-status',
    'check-in-title',
  );
  return (
    <section aria-labelledby="check-in-title">
      <h2 id="check-in-title" tabIndex={-1}>
        Where the goals stand
      </h2>
      {goals.length === 0 ? (
        <p class="hint">
          No goals yet.{' '}
          <a href={href('/playbooks/kickoff-checklist/#kickoff-goals')}>
            Set one to three in the kickoff checklist
          </a>
          , and check in on each here at every session.
        </p>
      ) : Goals ? (
        <Goals.GoalCheckIns goals={goals} {...props} />
      ) : (
        <p class="hint">
          Loading the check-ins on your goals…
          <Status at="check-in-status" />
        </p>
      )}
    </section>
  );
}
