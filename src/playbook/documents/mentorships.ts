/**
 * Several mentorships in one browser: the index that lists them and says which is open, where
 * each one's documents are stored, and what a mentorship is called. A mentorship is one pair's
 * kickoff answers, format choice, agenda and session history, each a document of its own.
 */
import * as v from '../core/schema-kit';
import { field, idSchema, uniqueIds } from '../core/schema';
import { decodeStored } from '../core/stored-document';
import type { DocumentName } from './names';

/** The storage layout these keys belong to; the documents inside carry their own versions. */
export const LAYOUT = 'mentorship-playbook:v2';

/** Where the index of mentorships lives. */
export const INDEX_KEY = `${LAYOUT}:mentorships`;

/** The index's schema version. */
export const INDEX_VERSION = 1;

/** Where one document of one mentorship lives. */
export const documentKey = (id: string, document: DocumentName) => `${LAYOUT}:${id}:${document}`;

/** Where a move of the first release's data writes which mentorship it moves into (move-v1.ts). */
export const MOVE_KEY = `${LAYOUT}:move`;

/** What every key of the first release starts with. */
export const V1_PREFIX = 'mentorship-playbook:v1:';

/**
 * Ids that would read as another key of ours: the first release's layout (`v1`, which its data
 * answers to while it cannot be moved) and any other layout's name, the index and the move marker.
 */
export const isReservedId = (id: string) =>
  /^v\d+$/i.test(id) || /^(mentorships|move|probe)$/i.test(id);

/** A mentorship's id, as data: safe in storage keys and calendar files, and none of ours. */
export const MentorshipId = idSchema(isReservedId);

const Entry = v.object({
  id: MentorshipId,
  /** The name given by renaming it; '' to call it after the pair. */
  name: field(v.string(), () => ''),
  createdAt: field(v.string(), () => ''),
});

/** The index: every mentorship in this browser, in the order they were started, and the open one. */
export const MentorshipsSchema = v.object({
  open: field(v.string(), () => ''),
  mentorships: field(uniqueIds(v.array(Entry), 'drop'), () => []),
});

/** The index of mentorships as stored. */
export type Mentorships = v.InferOutput<typeof MentorshipsSchema>;

/** How the index is stored and read, as every stored document is (stored-document.ts). */
export const INDEX_DECLARATION = { version: INDEX_VERSION, schema: MentorshipsSchema };

/**
 * Whether the stored index (its text) must be rebuilt from the documents in storage
 * (src/playbook/mentorships/recover-index.ts): it cannot be read, or lost values when read, so
 * entries may be gone. An index written by a newer version is never rebuilt: it is shown
 * read-only. Never throws.
 */
export const indexNeedsRebuild = (text: string) =>
  /^(unreadable|repaired)$/.test(decodeStored(INDEX_DECLARATION, text, Object).status);

/** One mentorship in the index. */
export type MentorshipEntry = Mentorships['mentorships'][number];

/**
 * A new random id: a UUID from `crypto.randomUUID` where the browser has it (secure contexts only),
 * else one built from `crypto.getRandomValues`, which plain-http pages have too.
 */
export function newId(
  crypto: Pick<Crypto, 'getRandomValues'> & Partial<Crypto> = globalThis.crypto,
): string {
  if (crypto.randomUUID) return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  // Version 4 and the RFC 9562 variant, as randomUUID gives.
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return hex.replace(/^(.{8})(.{4})(.{4})(.{4})/, '$1-$2-$3-$4-');
}

/** A mentorship to name: its entry in a list (the index, a backup) and its pair's names. */
export type NamedEntry = MentorshipEntry & { pair: { mentor: string; mentee: string } };

const folded = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * What each mentorship of one list is called, in its order: no two alike, and none taken from its
 * place in the list, so that deleting or adding one renames no other (issue 22, item 3).
 *
 * Each is called by its given name, else its pair's ("Tom and Ada": mentee, then mentor), else
 * the day it was started ("Mentorship started 30 Nov 2026": `createdAt`, an ISO date-time, in
 * `timeZone`, the user's own by default), else (no date: old or hand-made data) the first 4
 * characters of its id ("Mentorship 6f3a"). Only where two or more would read the same is each
 * of them told apart by one more of, in turn: the day it was started ("Tom and Ada (started 30
 * Nov 2026)"), the time (24-hour: "…, 14:05"), the first 4 characters of its id ("…, 6f3a") and
 * its whole id (in their place), until it reads as no other. So a label changes only when it must
 * to stay distinct. Ids differ in every list of ours (the index's, a backup's: their schemas make
 * them so), and the whole id always tells two apart.
 */
export function mentorshipLabels(list: readonly NamedEntry[], timeZone?: string): string[] {
  let format: Intl.DateTimeFormat | undefined;
  // How many facts each one shows (0: its own label; 4, all of them: the whole id).
  const levels = list.map(() => 0);
  for (;;) {
    const labels = list.map(({ id, name, createdAt, pair }, i) => {
      const base =
        folded(name) || [pair.mentee, pair.mentor].map(folded).filter(Boolean).join(' and ');
      const shown = levels[i]! + (base ? 0 : 1);
      const at = new Date(createdAt);
      // "started 30 Nov 2026", "14:05": en-GB's medium date and short (24-hour) time, which CLDR
      // joins with ", " (were that to change, the day and time would show together). Read only
      // when shown (most mentorships never need it), the format made once (making one takes far
      // longer than using it).
      const facts =
        !shown || isNaN(+at)
          ? []
          : `started ${(format ??= new Intl.DateTimeFormat('en-GB', {
              dateStyle: 'medium',
              timeStyle: 'short',
              timeZone,
            })).format(at)}`.split(', ');
      facts.push(shown > facts.length + 1 ? id : id.slice(0, 4));
      const said = facts.slice(0, shown).join(', ');
      return base ? (levels[i] ? `${base} (${said})` : base) : `Mentorship ${said}`;
    });
    // Each that reads as another shows one more fact, until none does (or none has more to show).
    let again = 0;
    labels.forEach((label, i) => {
      if (levels[i]! < 4 && labels.indexOf(label) !== labels.lastIndexOf(label))
        again = ++levels[i]!;
    });
    if (!again) return labels;
  }
}

/** The index with a new mentorship added and opened. */
export const addMentorship = (index: Mentorships, entry: MentorshipEntry): Mentorships => ({
  open: entry.id,
  mentorships: [...index.mentorships, entry],
});
