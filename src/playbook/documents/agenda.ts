/**
 * The agenda and the session history as stored documents: their schemas and types. Kept apart from
 * the planner's rules (../agenda/agenda.ts), so that code that only reads or carries the documents (the
 * share link, the backup file) does not load the rules.
 */
import * as v from '../core/schema-kit';
import { DateOrEmpty, Id, Minutes, field, group, uniqueIds, type Schema } from '../core/schema';
import { declare } from './declaration';

/** Timeboxes a part accepts, in minutes. */
export const PART_MINUTES = { min: 0, max: 240 } as const;

const OwnerSchema = v.picklist(['mentor', 'mentee']);

/** Who does an action item. */
export type Owner = v.InferOutput<typeof OwnerSchema>;

const PartSchema = v.object({
  id: Id,
  kind: field(
    v.picklist(['since', 'actions', 'challenge', 'success', 'custom']),
    () => 'custom' as const,
  ),
  title: field(v.string(), () => ''),
  minutes: field(Minutes(PART_MINUTES), () => 0),
  notes: field(v.string(), () => ''),
});

/** One part of an agenda. */
export type AgendaPart = v.InferOutput<typeof PartSchema>;

const ActionItemSchema = v.object({
  id: Id,
  text: field(v.string(), () => ''),
  owner: field(OwnerSchema, () => 'mentee' as const),
  done: field(v.boolean(), () => false),
});

/** Something one of the pair will do before the next session. */
export type ActionItem = v.InferOutput<typeof ActionItemSchema>;

/** Where a goal stands at a session: the pair's quick choice at the check-in. */
export const CHECK_IN_STATES = [
  { id: 'not-started', label: 'Not started' },
  { id: 'moving', label: 'Moving' },
  { id: 'stuck', label: 'Stuck' },
  { id: 'done', label: 'Done' },
] as const;

/** A check-in state's identifier. */
export type CheckInState = (typeof CHECK_IN_STATES)[number]['id'];

const CheckInSchema = v.object({
  /** The goal's id (KickoffState['goals']); a check-in on a goal since deleted is kept as it was. */
  goal: Id,
  /** The goal's words when the check-in was made, so the history reads alone. */
  what: field(v.string(), () => ''),
  state: v.picklist(CHECK_IN_STATES.map((s) => s.id)),
  /** What happened, in a line; optional. */
  note: field(v.string(), () => ''),
});

/** Where one goal stood at one session. */
export type CheckIn = v.InferOutput<typeof CheckInSchema>;

/** A list of check-ins, one per goal at most (a repeated goal leaves the list, as the first counts). */
const CheckIns: Schema<CheckIn[]> = {
  read: (x, path, reset) => {
    const items = v.array(CheckInSchema).read(x, path, reset);
    if (items === v.INVALID) return items;
    const seen = new Set<string>();
    return items.filter((item, index) => {
      if (!seen.has(item.goal)) return seen.add(item.goal);
      reset.push(path ? `${path}.${index}` : String(index));
      return false;
    });
  },
};

const agendaEntries = {
  /** The session's date, YYYY-MM-DD, or '' when not set. */
  date: field(DateOrEmpty, () => ''),
  parts: field(uniqueIds(v.array(PartSchema)), () => []),
  /** Items carried from earlier sessions, reviewed under "Last time's action items". */
  carried: field(uniqueIds(v.array(ActionItemSchema)), () => []),
  /** Items agreed in this session, for next time. */
  actions: field(uniqueIds(v.array(ActionItemSchema)), () => []),
  /** Where each open goal stands at this session; never required, so often empty. */
  checkIns: field(CheckIns, () => []),
};

/** The agenda being prepared: the date, its parts, last time's open items and new items. */
export type Agenda = v.ObjectOutput<typeof agendaEntries>;

const SessionSchema = v.object({
  ...agendaEntries,
  id: Id,
  /** When it was finished, as an ISO date-time. */
  finishedAt: field(v.string(), () => ''),
});

/** A finished session in the history. */
export type Session = v.InferOutput<typeof SessionSchema>;

/** The stored agenda being prepared (its `version` is added by the store). */
export const DraftSchema = v.object({ draft: group(agendaEntries) });

/** The stored history of finished sessions, newest first. */
export const HistorySchema = v.object({
  sessions: field(uniqueIds(v.array(SessionSchema)), () => []),
});

/** The agenda being prepared as one of a mentorship's documents (`agenda`, ./registry.ts). */
export const AGENDA_DOCUMENT = declare({ field: 'agenda', version: 1, schema: DraftSchema });

/** The session history as one of a mentorship's documents (`sessions`, ./registry.ts). */
export const SESSIONS_DOCUMENT = declare({ field: 'history', version: 1, schema: HistorySchema });
