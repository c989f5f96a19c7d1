/** The goal check-ins' actions, loaded with the check-ins once there is an open goal. */
import { clearCheckIn, setCheckIn } from '../../../playbook/agenda/on-demand/check-ins';
import type { CheckIn } from '../../../playbook/agenda/agenda';
import type { Goal } from '../../../playbook/documents/kickoff';
import { cleanLine } from '../../../playbook/core/markdown';
import { $draft, changeDraft } from '../agenda';

/** Sets where a goal stands at this session, or what happened (once a state is chosen). */
export const checkIn = (
  goal: Pick<Goal, 'id' | 'what'>,
  change: Partial<Pick<CheckIn, 'state' | 'note'>>,
) => changeDraft((d) => setCheckIn(d, goal, change));

/**
 * Takes a goal's check-in out of this session; undoable until the next change when it had a
 * note (a state alone is one click to choose again). False when nothing changed.
 */
export function clearGoalCheckIn(goal: Pick<Goal, 'id' | 'what'>): boolean {
  const current = $draft.get().checkIns.find((c) => c.goal === goal.id);
  if (!current) return false;
  const name = cleanLine(goal.what) || 'a goal';
  return changeDraft(
    (d) => clearCheckIn(d, goal.id),
    current.note.trim() ? `Cleared the check-in on “${name}”.` : undefined,
  );
}
