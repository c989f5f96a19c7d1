/**
 * Merging a mentorship that comes in (a share link, an agreement file, a backup) into this
 * browser's copy of it, instead of replacing it (issue 26): what the merge would do, for the
 * preview shown before anything is written, and the one write that makes it. Loaded on demand,
 * with the previews. The merge itself is the domain's (src/playbook/merge/on-demand/).
 *
 * Marks. A portable mentorship may carry the change marks of its documents as `marks`, by the
 * document's portable field (`marks.kickoff`, `marks.history`, …). A mentorship without them (one
 * from before marks, or a document with none) reads as unmarked: older than any marked change.
 * The merged mentorship carries its marks the same way, so that `addPortable` writes them with
 * the documents, as one change.
 */
import { readMarks, type Marks } from '../../../playbook/merge/marks';
import { canonical, type Marked } from '../../../playbook/merge/on-demand/merge';
import { mergeMentorship } from '../../../playbook/merge/on-demand/mentorship';
import { mergeLines, type LinePart } from '../../../playbook/merge/on-demand/merge-words';
import { DOCUMENT_NAMES, type DocumentName } from '../../../playbook/documents/names';
import { declarationOf, type MentorshipDocuments } from '../../../playbook/documents/registry';
import type { Portable } from '../../../playbook/portable/portable';
import { addPortable, hasMentorship, portableOf } from '../portable';
import type { Written } from '../../storage/write-all';

/** A document's field in a portable mentorship: `kickoff`, `chooser`, `agenda`, `history`, … */
export type PortableField = MentorshipDocuments[DocumentName]['field'];

/** Every document's portable field, in the registry's order. */
export const PORTABLE_FIELDS: readonly PortableField[] = DOCUMENT_NAMES.map(
  (name) => declarationOf(name).field,
);

/** What a merge would do to this browser's copy of a mentorship, before anything is written. */
export interface MergePreview {
  /** The mentorship's id (the same here and in what came in). */
  id: string;
  /** The merged mentorship, with its marks: what `applyMerge` writes. */
  merged: Portable;
  /**
   * What the merge brings in and overwrites here, in words (see `mergeLines`), one sentence a
   * line without its full stop; the other copy's parts are `{ user }` text, never HTML. Empty when
   * nothing here would change.
   */
  lines: LinePart[][];
  /** How many units both copies changed since they last met (each named in `lines`). */
  conflicts: number;
  /** Whether merging would change anything stored here (values or marks); false: writes nothing. */
  changes: boolean;
}

type WithMarks = { marks?: Partial<Record<string, unknown>> };

/** A portable mentorship's marks of one document; none (unmarked) when it carries none. */
export function marksIn(mentorship: Portable, field: string): Marks {
  const marks = (mentorship as WithMarks).marks;
  return readMarks(marks && Object.hasOwn(marks, field) ? marks[field] : undefined);
}

const documentsOf = (mentorship: Portable, fields: readonly PortableField[]) =>
  Object.fromEntries(
    fields.map((field) => [
      field,
      { value: (mentorship as Record<string, unknown>)[field], marks: marksIn(mentorship, field) },
    ]),
  ) as Record<PortableField, Marked>;

/** The marks as two merged copies agree on them: `seen` is each browser's own note. */
const agreed = ({ at, removed, kept }: Marks) => canonical({ at, removed, kept });

/**
 * What merging `incoming` (a mentorship this browser has, by id) into this browser's copy would
 * do. `fields` are the documents to merge (by default all; an agreement file holds the kickoff
 * answers only, so its other documents must not count as emptied); the others stay as they are
 * here. `there` is what the lines call the other copy: the other person's name, or where it came
 * from ("the link"). Reads storage; writes nothing; never throws on what `readPortable` gave.
 */
export function previewMerge(
  incoming: Portable,
  options: { fields?: readonly PortableField[]; there?: string } = {},
): MergePreview {
  const { fields = PORTABLE_FIELDS, there } = options;
  const here = portableOf(incoming.id);
  const { documents, report } = mergeMentorship(
    documentsOf(here, fields),
    documentsOf(incoming, fields),
  );
  const marks: Record<string, Marks> = {};
  for (const field of PORTABLE_FIELDS) marks[field] = marksIn(here, field);
  const merged = { ...here, marks } as Portable & { marks: Record<string, Marks> };
  let changes = false;
  for (const field of fields) {
    const { value, marks: after } = documents[field];
    const before = (here as Record<string, unknown>)[field];
    if (canonical(value) !== canonical(before) || agreed(after) !== agreed(marks[field]!))
      changes = true;
    (merged as Record<string, unknown>)[field] = value;
    marks[field] = after;
  }
  return {
    id: incoming.id,
    merged,
    lines: mergeLines(report, there),
    conflicts: report.filter((change) => change.conflict).length,
    changes,
  };
}

/**
 * Writes a merge (`previewMerge`) as one change, and opens the mentorship: every document and its
 * marks, or, when storage refuses any of it, nothing (`addPortable` puts back what was there). A
 * merge that changes nothing writes nothing and succeeds. Refused when the index is read-only.
 */
export function applyMerge(preview: MergePreview): Written {
  if (!preview.changes && hasMentorship(preview.id)) return { ok: true, id: preview.id };
  return addPortable(preview.merged, 'replace');
}
