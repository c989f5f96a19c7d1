/**
 * The agenda and the session history as stored documents: their schemas and types. Kept apart from
 * the planner's rules (../agenda/agenda.ts), so that code that only reads or carries the documents (the
 * share link, the backup file) does not load the rules.
 */
import * as v from '../core/schema-kit';
import { DateOrEmpty, Id, Minutes, field, group, uniqueIds } from '../core/schema';

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

const agendaEntries = {
  /** The session's date, YYYY-MM-DD, or '' when not set. */
  date: field(DateOrEmpty, () => ''),
  parts: field(uniqueIds(v.array(PartSchema)), () => []),
  /** Items carried from earlier sessions, reviewed under "Last time's action items". */
  carried: field(uniqueIds(v.array(ActionItemSchema)), () => []),
  /** Items agreed in this session, for next time. */
  actions: field(uniqueIds(v.array(ActionItemSchema)), () => []),
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
