/** The action items' changes, loaded with their lists once the agenda has an item. Pure. */
import type { ActionItem, Agenda } from '../agenda';

/** Changes an action item, whether carried or new. */
export function updateAction(
  agenda: Agenda,
  id: string,
  change: Partial<Omit<ActionItem, 'id'>>,
): Agenda {
  const apply = (items: ActionItem[]) => items.map((i) => (i.id === id ? { ...i, ...change } : i));
  return { ...agenda, carried: apply(agenda.carried), actions: apply(agenda.actions) };
}

/** Removes an action item, whether carried or new. */
export function removeAction(agenda: Agenda, id: string): Agenda {
  return {
    ...agenda,
    carried: agenda.carried.filter((i) => i.id !== id),
    actions: agenda.actions.filter((i) => i.id !== id),
  };
}
