/**
 * The goal check-ins' rules, loaded with the check-ins once there is an open goal. Pure.
 */
import type { Goal } from '../../documents/kickoff';
import type { Agenda, CheckIn } from '../agenda';

/**
 * Sets where a goal stands at this session, or what happened: the check-in on `goal` is made (with
 * the goal's words now) or changed. A note alone, with no state chosen, makes no check-in.
 */
export function setCheckIn(
  agenda: Agenda,
  goal: Pick<Goal, 'id' | 'what'>,
  change: Partial<Pick<CheckIn, 'state' | 'note'>>,
): Agenda {
  const current = agenda.checkIns.find((c) => c.goal === goal.id);
  if (!current && !change.state) return agenda;
  const next: CheckIn = {
    goal: goal.id,
    what: goal.what,
    state: 'moving',
    note: '',
    ...current,
    ...change,
  };
  return {
    ...agenda,
    checkIns: current
      ? agenda.checkIns.map((c) => (c === current ? next : c))
      : [...agenda.checkIns, next],
  };
}

/** Takes a goal's check-in out of this session. */
export function clearCheckIn(agenda: Agenda, goal: string): Agenda {
  return { ...agenda, checkIns: agenda.checkIns.filter((c) => c.goal !== goal) };
}
